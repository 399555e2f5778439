"""The extraction pipeline: one Document in, its facts out.

Cheap checks come first: a document with no topical word costs one regex pass.
Then sentence by sentence: figures, the indicator they measure, their country
or sector, their time, the policy wording around them, and who said it.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

from extractor import attribution, policy
from extractor.gazetteer import Mention, find_mentions
from extractor.indicators import Indicator, TriggerMatch, best_trigger, by_id, find_triggers
from extractor.numbers import Figure, FigurePair, find_figures, find_pairs, number_rules
from extractor.patterns import load_toml
from extractor.records import Change, Document, Evidence, Extraction, Fact, TimeRef
from extractor.sentences import Sentence, split_sentences
from extractor.timex import TimeMention, find_times
from extractor.tokens import Token, tokenize

COUNTED_UNITS = {"person", "unit", "permit", "patent", "percent", "profession", "post",
                 "vacancy", "employer", "entry", "family"}
SEGMENT_BREAK = re.compile(r"[;:()\n]|,\s|\s[–—]\s(?=[А-ЯЁA-Z])")
QUOTE_ATTRIBUTION = re.compile(r"[\"»”],?\s*[–—-]\s*[а-яё]+.*$", re.DOTALL)
BASE_POPULATION = re.compile(r"(?:численност\w*|составля\w*|насчитыва\w*)\s+(?:рабочей\s+силы|"
                             r"экономически\s+активного\s+населения|населения)[^.;,]{0,25}$",
                             re.IGNORECASE)
# 'Квота на 2024 год' in a text that never says which quota: a quota, indicator unknown
GENERIC_QUOTA = Indicator(id="", label="quota", category="quota", unit="unit", triggers=())
NEAR_TOPIC = re.compile(r"\d|тысяч|миллион|планир|внос[ия]т|предполага|намерен|разрабатыва|"
                        r"рассматрива|проект|поправк|готовит")
MAY_HAVE_TIME = re.compile(r"\d|год|месяц|квартал|полугод|сегодня|настоящее|сейчас|момент",
                           re.IGNORECASE)
FOREIGN_AFFAIRS = re.compile(r"иностранн\w+\s+дел", re.IGNORECASE)
LABEL_GAP = re.compile(r"\s*[–—:-]\s*")
OTHERS = re.compile(r"\b(?:остальн|оставш|други|прочи|ещ[её]\b|иных\b|иные\b)", re.IGNORECASE)
# A draft's news is its figures; a plan or work under way is news without one.
MEASURE_STATUSES = ("planned", "in_progress")
SHARE_GAP = re.compile(r"\s*(?:\(|,\s*или|—|–)\s*")
SEGMENT_AFTER = re.compile(r"[;:()\n]|,\s|\s[–—]\s")
BREAKDOWN_OPENERS = re.compile(r"(?:в\s+том\s+числе|из\s+них|из\s+которых|в\s+т\.\s?ч\.|"
                               r"среди\s+них|а\s+именно)[\s:,–—-]*$|[:(]\s*$", re.IGNORECASE)


@lru_cache(maxsize=None)
def topic() -> dict:
    config = load_toml("topic.toml")
    config["document_pattern"] = re.compile("|".join(f"(?:{p})" for p in config["document_patterns"]))
    config["lemma_set"] = frozenset(config["sentence_lemmas"])
    return config


def is_topical_document(text: str) -> bool:
    """A topical word with a figure or a plan near it; anything else is skipped unread."""
    lowered = text.lower()
    for match in topic()["document_pattern"].finditer(lowered):
        window = lowered[max(0, match.start() - 250):match.end() + 250]
        if NEAR_TOPIC.search(window):
            return True
    return False


@dataclass
class Context:
    """What carries from one sentence to the next: the topic being broken down."""

    indicator: Optional[Indicator] = None
    subject: Optional[str] = None
    period: Optional[str] = None
    as_of: Optional[str] = None
    header_total: Optional[Fact] = None
    header_open: bool = False  # the last sentence ended with ':' and announced a list
    quota: Optional[Indicator] = None  # the quota the document speaks of
    last_total: Optional[Fact] = None  # the last total, for items in the next sentence
    last_total_paragraph: int = -1
    figures_seen: int = 0  # facts with a figure so far: a plan in such a text is on topic
    paragraph: int = -1


@dataclass
class SentenceView:
    """One sentence with what the pipeline needs to know about it."""

    sentence: Sentence
    text: str
    tokens: list[Token]
    mentions: list[Mention]
    triggers: list[TriggerMatch]
    times: list[TimeMention]
    topical: bool
    status: Optional[str]
    facts: list[Fact] = field(default_factory=list)


def extract(document: Document) -> Extraction:
    document = replace(document)
    document.outlet = attribution.outlet_of(document)
    if not document.text or not is_topical_document(document.text):
        return Extraction(document=document, facts=[])
    text = document.text
    tokens = tokenize(text)
    starts = [t.start for t in tokens]
    sentences = split_sentences(text)
    mentions = find_mentions(tokens)
    document.jurisdiction = document.jurisdiction or attribution.jurisdiction_of(
        document, document.outlet, mentions, lead_end=600)
    speakers = attribution.SpeakerMap(tokens, text, paragraph_spans(sentences))
    context = Context(quota=main_quota(tokens))
    facts: list[Fact] = []
    for sentence in sentences:
        view = view_of(sentence, text, tokens, starts, mentions, document.published)
        sentence_facts = facts_of(view, context, document)
        for fact in sentence_facts:
            fact.speaker = speakers.speaker(sentence.paragraph)
        facts.extend(sentence_facts)
    for fact in facts:
        fact.jurisdiction = document.jurisdiction
    return Extraction(document=document, facts=facts)


def main_quota(tokens: list[Token]) -> Optional[Indicator]:
    quotas = Counter(m.indicator.id for m in find_triggers(tokens) if m.indicator.category == "quota")
    return by_id()[quotas.most_common(1)[0][0]] if quotas else None


def paragraph_spans(sentences: list[Sentence]) -> list[tuple[int, int]]:
    spans: dict[int, tuple[int, int]] = {}
    for s in sentences:
        start, end = spans.get(s.paragraph, (s.start, s.end))
        spans[s.paragraph] = (min(start, s.start), max(end, s.end))
    return [spans[i] for i in sorted(spans)]


def view_of(sentence: Sentence, text: str, tokens: list[Token], starts: list[int],
            mentions: list[Mention], published: Optional[str]) -> SentenceView:
    low, high = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
    own_tokens = tokens[low:high]
    own_text = text[sentence.start:sentence.end]
    lemmas = {t.lemma for t in own_tokens}
    if FOREIGN_AFFAIRS.search(own_text):
        lemmas.discard("иностранный")  # 'министр иностранных дел' is diplomacy, not labour
    return SentenceView(
        sentence=sentence, text=own_text, tokens=own_tokens,
        mentions=[m for m in mentions if sentence.start <= m.start < sentence.end],
        triggers=find_triggers(own_tokens),
        times=find_times(text, sentence.start, sentence.end, published)
        if MAY_HAVE_TIME.search(own_text) else [],
        topical=bool(lemmas & topic()["lemma_set"]),
        status=policy.status_of(own_text))


def facts_of(view: SentenceView, context: Context, document: Document) -> list[Fact]:
    text = document.text
    if view.sentence.paragraph != context.paragraph and not view.sentence.is_list_item:
        context.header_open = False
    context.paragraph = view.sentence.paragraph
    add_generic_quota(view, context)
    figures = find_figures(text, view.sentence.start, view.sentence.end, view.tokens)
    pairs = find_pairs(figures, text)
    in_pairs = {id(p.first) for p in pairs} | {id(p.second) for p in pairs}
    facts: list[Fact] = []
    for pair in pairs:
        fact = pair_fact(pair, view, context, document)
        if fact:
            facts.append(fact)
    levels = [f for f in figures if f.is_level and id(f) not in in_pairs]
    for figure in levels:
        if attach_share(figure, facts, text):
            continue
        fact = level_fact(figure, view, context, document, levels)
        if fact:
            facts.append(fact)
    facts.sort(key=lambda f: f.evidence.start)
    attach_changes(figures, facts, view, text)
    if not facts and view.status in MEASURE_STATUSES and policy.is_measure(view.text) and (
            document_has_topic_words(view) or (view.topical and policy.names_a_rule(view.text))
            or context.figures_seen >= 2):
        facts.append(measure_fact(view, document))
    for fact in facts:
        fact.assign_id(document.id)
    link_breakdown(facts, view, context, text)
    update_context(view, context, facts, text)
    context.figures_seen += sum(f.value is not None for f in facts)
    return facts


def add_generic_quota(view: SentenceView, context: Context) -> None:
    """A bare 'Квота на 2024 год' means the quota the document is about."""
    if any(m.indicator.category == "quota" for m in view.triggers):
        return
    for index, token in enumerate(view.tokens):
        if token.lemma == "квота":
            view.triggers.append(TriggerMatch(context.quota or GENERIC_QUOTA, index, index, 2))


def document_has_topic_words(view: SentenceView) -> bool:
    if FOREIGN_AFFAIRS.search(view.text):
        return False
    strong = {"мигрант", "миграция", "миграционный", "иностранный", "иностранец", "квота",
              "квотирование", "ирс", "иммигрант", "патент", "кандас", "переселенец", "эмигрант",
              "трудоустройство"}
    return any(t.lemma in strong for t in view.tokens)


def token_index(view: SentenceView, position: int) -> int:
    for index, token in enumerate(view.tokens):
        if token.start >= position:
            return index
    return len(view.tokens) - 1


def indicator_for(figure: Figure, view: SentenceView, context: Context,
                  ) -> tuple[Optional[Indicator], str, float]:
    """(indicator, subject, confidence): the nearest trigger, else the running topic."""
    match = best_trigger(view.triggers, token_index(view, figure.number_start))
    if match:
        first, last = view.tokens[match.first], view.tokens[match.last]
        subject = view_text(view, first.start, last.end)
        return match.indicator, subject, 0.9
    if context.indicator is not None and (context.header_open or view.sentence.is_list_item
                                          or not view.triggers):
        return context.indicator, context.subject or context.indicator.label, 0.7
    return None, "", 0.5


def continues_topic(figure: Figure, indicator: Indicator, view: SentenceView) -> bool:
    """'Она составит 0,54%, или 49 100 единиц': the running indicator, in its own unit."""
    if figure.percent:
        return indicator.category in ("quota", "policy")
    if indicator.category == "quota":
        return figure.unit in ("unit", "person", "permit")
    return view.topical and figure.unit == indicator.unit


def view_text(view: SentenceView, start: int, end: int) -> str:
    return view.text[start - view.sentence.start:end - view.sentence.start]


def level_fact(figure: Figure, view: SentenceView, context: Context, document: Document,
               levels: list[Figure]) -> Optional[Fact]:
    text = document.text
    if figure.unit is not None and figure.unit not in COUNTED_UNITS:
        return None
    before = text[max(view.sentence.start, figure.start - 40):figure.start]
    if policy.is_baseline(before) and any(f is not figure and f.number_start < figure.number_start
                                          for f in levels):
        return None  # 'против 4,8 тыс. годом ранее': the old level of the figure before it
    if BASE_POPULATION.search(before) and not figure.percent:
        return None  # 'численность рабочей силы (9,3 млн человек)': the base, not a level
    indicator, subject, confidence = indicator_for(figure, view, context)
    dimensions = dimensions_for(figure, view, document.jurisdiction, text)
    clause = clause_text(figure, view, text)
    cap = figure.percent and figure.qualifier in ("at_most", "at_least") and policy.is_limit(clause)
    in_list = view.sentence.is_list_item or context.header_open or bool(dimensions)
    header = context.header_total if (context.header_open or view.sentence.is_list_item) else None
    if indicator is None and header is not None and dimensions and figure.unit in (None, header.unit):
        subject, confidence = header.subject, 0.6  # an item of a list whose total has no indicator
        figure.unit = header.unit
    elif indicator is None:
        if not (view.topical and (figure.unit in ("person", "permit", "patent") or cap)
                and document_has_topic_words(view)):
            return None
        subject = clause_subject(figure, view)
    elif confidence < 0.9 and not in_list and not continues_topic(figure, indicator, view):
        return None
    if figure.percent and (indicator is None or indicator.category == "count") and not cap:
        return None  # a share of a count is not a level of its own
    if figure.in_words and figure.unit is None and not (dimensions and figure.value >= 100):
        return None
    if figure.unit is None and figure.value < 10 and not figure.percent:
        return None  # a bare small number is more often an item number than a level
    unit = figure.unit or ("percent" if figure.percent else indicator.unit if indicator else None)
    category = indicator.category if indicator else header.category if header else "count"
    status = view.status if category in ("quota", "policy") else None
    qualifier = figure.qualifier
    if cap:
        category = "policy"
    direction = policy.change_direction(clause) if qualifier == "at_most" else None
    if qualifier == "at_most" and direction and words_before(text, figure.number_start, 1) == ["до"]:
        qualifier = "exact"  # 'сократили до 23 560 единиц': the new level, not a cap
        category = "policy" if category != "count" else category
    elif qualifier in ("at_most", "at_least") and policy.is_limit(clause) and category != "count":
        category = "policy"
    fact = Fact(category=category, subject=subject, value=figure.value, unit=unit,
                evidence=evidence(text, figure.start, figure.end, view),
                rule=f"level:{'trigger' if confidence >= 0.9 else 'context' if indicator else 'topic'}",
                indicator=indicator.id or None if indicator else None, qualifier=qualifier,
                dimensions=dimensions, time=time_for(figure.number_start, view, context),
                status=status, confidence=confidence)
    if direction and qualifier == "exact":
        fact.change = Change(direction=direction)
        baseline = baseline_figure(figure, levels, text, view)
        if baseline is not None:
            fact.previous = baseline.value
            fact.change = change_between(baseline.value, figure.value, direction)
    return fact


def baseline_figure(figure: Figure, levels: list[Figure], text: str,
                    view: SentenceView) -> Optional[Figure]:
    for other in levels:
        if other is figure:
            continue
        before = text[max(view.sentence.start, other.start - 40):other.start]
        if policy.is_baseline(before):
            return other
    return None


def words_before(text: str, position: int, count: int) -> list[str]:
    return re.findall(r"[а-яё]+", text[max(0, position - 40):position].lower())[-count:]


def pair_fact(pair: FigurePair, view: SentenceView, context: Context,
              document: Document) -> Optional[Fact]:
    first, second = pair.first, pair.second
    text = document.text
    if second.unit is not None and second.unit not in COUNTED_UNITS:
        return None
    indicator, subject, confidence = indicator_for(second, view, context)
    if indicator is None and not view.topical:
        return None
    unit = second.unit or first.unit or (indicator.unit if indicator else None)
    dimensions = dimensions_for(second, view, document.jurisdiction, text)
    time = time_for(pair.start, view, context)
    if pair.kind == "range":
        return Fact(category=indicator.category if indicator else "count",
                    subject=subject or clause_subject(first, view), value=second.value, unit=unit,
                    evidence=evidence(text, pair.start, pair.end, view), rule="range",
                    indicator=indicator.id or None if indicator else None, qualifier="at_most",
                    dimensions=dimensions, time=time, confidence=confidence * 0.9)
    direction = "increase" if second.value > first.value else "decrease"
    is_rule = indicator is None or indicator.category in ("quota", "policy") or bool(
        re.search(r"перечень|перечня|размер|лимит|норматив|доля|долю|квот", view.text.lower()))
    return Fact(category="policy" if is_rule else "count",
                subject=subject or clause_subject(first, view), value=second.value, unit=unit,
                evidence=evidence(text, pair.start, pair.end, view), rule="change:from_to",
                indicator=indicator.id or None if indicator else None, previous=first.value,
                dimensions=dimensions, time=time,
                status=(view.status or "adopted") if is_rule else None,
                change=change_between(first.value, second.value, direction),
                confidence=confidence)


def change_between(old: float, new: float, direction: str) -> Change:
    delta = round(new - old, 6)
    pct = round((new - old) / old * 100, 1) if old else None
    return Change(direction=direction, delta=abs(delta), delta_pct=abs(pct) if pct is not None else None)


def measure_fact(view: SentenceView, document: Document) -> Fact:
    start, end = view.sentence.start, view.sentence.end
    body = document.text[start:end]
    trimmed_start = start + (len(body) - len(body.lstrip(" «\"“„'")))
    trimmed = document.text[trimmed_start:end].rstrip()
    attribution_tail = QUOTE_ATTRIBUTION.search(trimmed)
    if attribution_tail:
        trimmed = trimmed[:attribution_tail.start()]
    trimmed_end = trimmed_start + len(trimmed)
    while trimmed_end > trimmed_start and document.text[trimmed_end - 1] in "»\"”',–—- ":
        trimmed_end -= 1
    rules_only = [m for m in view.triggers if m.indicator.category in ("quota", "policy")]
    match = best_trigger(rules_only, 0, limit=100)
    fact = Fact(category="policy", subject=document.text[trimmed_start:trimmed_end][:160],
                value=None, unit=None,
                evidence=evidence(document.text, trimmed_start, trimmed_end, view),
                rule="measure", indicator=match.indicator.id or None if match else None,
                qualifier="exact", status=view.status, confidence=0.6)
    return fact


def evidence(text: str, start: int, end: int, view: SentenceView) -> Evidence:
    return Evidence(text=text[start:end], start=start, end=end, sentence=view.text)


def clause_text(figure: Figure, view: SentenceView, text: str) -> str:
    left = text[view.sentence.start:figure.start]
    cut = max(left.rfind(";"), left.rfind(":"), left.rfind(", "))
    return left[cut + 1:] + text[figure.start:figure.end]


def clause_subject(figure: Figure, view: SentenceView) -> str:
    left = view_text(view, view.sentence.start, figure.start)
    words = left.strip(" ,:;–—-").split()
    return " ".join(words[-8:])


def segment_bounds(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The list item around a figure: between ', ', ';', ':', parentheses and new lines."""
    left_text = text[sentence.start:start]
    breaks = list(SEGMENT_BREAK.finditer(left_text))
    left = sentence.start + breaks[-1].end() if breaks else sentence.start
    if text[left - 1:left] in ("(", ":") and breaks and not text[left:start].strip(" \u00a0–—-"):
        # '(630 тыс.)' names its country just before the bracket
        earlier = list(SEGMENT_BREAK.finditer(left_text[:breaks[-1].start()]))
        left = sentence.start + earlier[-1].end() if earlier else sentence.start
    right_match = SEGMENT_AFTER.search(text, end, sentence.end)
    right = right_match.start() if right_match else sentence.end
    return left, right


def dimensions_for(figure: Figure, view: SentenceView, jurisdiction: Optional[str],
                   text: str) -> dict[str, Optional[str]]:
    left, right = segment_bounds(text, view.sentence, figure.number_start, figure.end)
    found: dict[str, Optional[str]] = {}
    # the name before the figure ('Китай – 5330') binds before one after it
    near = sorted((m for m in view.mentions if left <= m.start < right),
                  key=lambda m: (m.start > figure.number_start, abs(m.start - figure.number_start)))
    for mention in near:
        is_label = bool(LABEL_GAP.fullmatch(text[mention.end:figure.number_start]))
        if mention.kind == "country" and mention.code == jurisdiction and not is_label:
            continue  # the reporting state is the place, not a breakdown, unless a list names it
        found.setdefault(mention.kind, mention.code)
    if OTHERS.search(text[left:right]):
        found.pop("country", None)  # 'остальные 232 человека', 'Турция и другие страны — 345'
        return found
    if "country" not in found:
        # 'В Республику Корея выехали ... 4 211 человек': the one country the sentence opens with
        others = {m.code for m in view.mentions if m.kind == "country" and m.code != jurisdiction
                  and m.start < figure.number_start}
        if len(others) == 1:
            found["country"] = others.pop()
    return found


def time_for(position: int, view: SentenceView, context: Context) -> TimeRef:
    before = [t for t in view.times if t.start <= position]
    chosen = before[-1] if before else (view.times[0] if view.times else None)
    if chosen is None:
        return TimeRef(period=context.period, as_of=context.as_of)
    if chosen.as_of:
        return TimeRef(period=None, as_of=chosen.as_of)
    return TimeRef(period=chosen.period, as_of=None)


def attach_share(figure: Figure, facts: list[Fact], text: str) -> bool:
    """'3 768 человек (25,6%)': the share belongs to the count before it."""
    if not figure.percent:
        return False
    for fact in reversed(facts):
        if fact.unit != "percent" and fact.evidence.end <= figure.start and \
                SHARE_GAP.fullmatch(text[fact.evidence.end:figure.start]):
            fact.share_pct = figure.value
            return True
    return False


def attach_changes(figures: list[Figure], facts: list[Fact], view: SentenceView, text: str) -> None:
    """'на 44 тыс. больше', 'в 2,8 раза': the change of the nearest level before it."""
    increase = set(number_rules()["differences"]["increase_lemmas"])
    decrease = set(number_rules()["differences"]["decrease_lemmas"])
    lemmas = {t.lemma for t in view.tokens}
    direction = "increase" if lemmas & increase else "decrease" if lemmas & decrease else None
    for figure in figures:
        if figure.role not in ("difference", "ratio") or direction is None:
            continue
        earlier = [f for f in facts if f.evidence.start < figure.start and f.value is not None]
        target = earlier[-1] if earlier else next((f for f in facts if f.value is not None), None)
        if target is None:
            continue
        change = target.change or Change(direction=direction)
        if figure.role == "ratio":
            change.ratio = figure.value
        elif figure.percent and "percentage_points" not in figure.tags and target.unit != "percent":
            change.delta_pct = figure.value
        else:
            change.delta = figure.value
        target.change = change


def link_breakdown(facts: list[Fact], view: SentenceView, context: Context, text: str) -> None:
    """Items with a country or sector after a total point to it and share its indicator."""
    total: Optional[Fact] = None
    if view.sentence.is_list_item and context.header_total is not None:
        total = context.header_total
    elif context.last_total is not None and context.last_total_paragraph == view.sentence.paragraph:
        total = context.last_total  # 'работают 15 406 иностранцев. Из Китая – 5 011, ...'
    own_time = bool(view.times)
    for fact in facts:
        if not fact.dimensions:
            after = text[fact.evidence.end:fact.evidence.end + 30]
            if BREAKDOWN_OPENERS.search(after[:after.find(" ", 20) if len(after) > 20 else None]) or \
                    re.match(r"\s*(?::|\(|,?\s*(?:в\s+том\s+числе|из\s+них|из\s+которых))", after):
                total = fact
            continue
        if total is None or total is fact or total.unit != fact.unit:
            continue
        if fact.indicator not in (None, total.indicator) and fact.rule != "level:context":
            continue
        fact.parent = total.id
        fact.indicator = total.indicator
        if not own_time or (fact.time.period is None and fact.time.as_of is None):
            fact.time = replace(total.time)


def update_context(view: SentenceView, context: Context, facts: list[Fact], text: str) -> None:
    stripped = view.text.rstrip(" \"»”")
    opens_list = stripped.endswith(":")
    if view.triggers:
        match = max(view.triggers, key=lambda m: (m.size, -m.first))
        context.indicator = match.indicator
        first, last = view.tokens[match.first], view.tokens[match.last]
        context.subject = view_text(view, first.start, last.end)
    if view.times:
        latest = view.times[-1]
        context.period = latest.period or context.period
        context.as_of = latest.as_of if opens_list else None
    totals = [f for f in facts if not f.dimensions and f.value is not None]
    if totals:
        context.last_total, context.last_total_paragraph = totals[-1], view.sentence.paragraph
    if opens_list:
        context.header_open = True
        context.header_total = totals[-1] if totals else None
    elif not view.sentence.is_list_item:
        context.header_open = False
        context.header_total = None
