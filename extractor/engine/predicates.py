"""What the verb says: the predicate that governs a figure decides what it measures.

Nearest-trigger windows read 'в рамках квоты работодателям выдали 8 300 разрешений' as
the quota, because the quota's words are the longest match; the verb says the figure is
a count of permits issued. The classes and rules live in `patterns/predicates.toml`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from extractor.engine.indicators import Indicator, by_id
from extractor.engine.numbers import Figure, clause_tokens
from extractor.engine.tokens import Token, tokenize, tokens_before, tokens_from
from extractor.patterns import load_toml, wording

CELL = re.compile(r"\s*(?:\||\t)\s*")
COUNTED_REACH = 3  # words after the number that name what it counts ('тыс. трудовых иммигрантов')


@dataclass(frozen=True)
class Rule:
    predicate: str
    category: Optional[str]
    sources: frozenset[str]
    nouns: frozenset[str]
    units: frozenset[str]
    target: str
    counted: frozenset[str] = frozenset()  # lemmas of the noun the figure counts
    unless: frozenset[str] = frozenset()  # lemmas in the clause that keep the indicator
    states: frozenset[str] = frozenset()  # reporting states the rule holds for
    wording: Optional[str] = None  # an entry of wording.toml the clause's text must match
    not_predicates: frozenset[str] = frozenset()  # with predicate "*": verbs that keep the indicator
    sentence_wide: bool = False  # `nouns` may stand anywhere in the sentence
    topics: frozenset[str] = frozenset()  # running indicators of the document the rule holds under
    wording_wide: bool = False  # `wording` may match anywhere in the sentence
    unless_wording: Optional[str] = None  # an entry of wording.toml the sentence must not match
    wording_before: bool = False  # `wording` may match anywhere in the sentence before the figure
    wording_clause: bool = False  # `wording` may match anywhere in the figure's clause, after it too
    # what the headline's figures count, one of which the rule holds under: the story the text tells
    story: frozenset[str] = frozenset()


@lru_cache(maxsize=None)
def config() -> dict:
    return load_toml("predicates.toml")


@lru_cache(maxsize=None)
def class_of_lemma() -> dict[str, str]:
    return {lemma: name for name, lemmas in config()["classes"].items() for lemma in lemmas}


@lru_cache(maxsize=None)
def rules() -> tuple[Rule, ...]:
    return tuple(Rule(row["predicate"], row.get("category"), frozenset(row.get("from", ())),
                      frozenset(row.get("nouns", ())), frozenset(row.get("units", ())), row["to"],
                      frozenset(row.get("counted", ())), frozenset(row.get("unless", ())),
                      frozenset(row.get("states", ())), row.get("wording"),
                      frozenset(row.get("not_predicate", ())), row.get("nouns_in") == "sentence",
                      frozenset(row.get("topics", ())), row.get("wording_in") == "sentence",
                      row.get("unless_wording"), row.get("wording_in") == "before",
                      row.get("wording_in") == "clause", frozenset(row.get("story", ())))
                 for row in config()["rules"])


@lru_cache(maxsize=None)
def rules_for(predicate: Optional[str], category: str, indicator_id: str) -> tuple[Rule, ...]:
    """The rules, in their order, that can apply to a figure of this predicate and indicator:
    the checks that depend on neither the sentence nor the figure, done once per kind."""
    return tuple(rule for rule in rules()
                 if rule.predicate in (predicate, "*") and predicate not in rule.not_predicates
                 and (not rule.category or rule.category == category)
                 and (not rule.sources or indicator_id in rule.sources))


@lru_cache(maxsize=None)
def reachable() -> tuple[frozenset[str], frozenset[str]]:
    """The categories and indicator ids some rule starts from."""
    return (frozenset(r.category for r in rules() if r.category),
            frozenset(i for r in rules() for i in r.sources))


def predicate_of(figure: Figure, tokens: list[Token], text: str) -> tuple[Optional[str], list[Token]]:
    """(class of the nearest classed verb in the figure's clause, the clause's tokens).

    In a table the row's label ('выбывшие | 3797') and else the column's header
    ('2018: прибыло') say what the cell counts, whatever verb stands nearby."""
    clause = clause_tokens(tokens, figure, text)
    clause = label_tokens(tokens, figure, clause) + clause
    in_table = table_predicate(figure, text)
    if in_table:
        return in_table, clause
    classes = class_of_lemma()
    best: Optional[tuple[int, str]] = None
    contrast = contrast_end(clause, figure)
    other = other_figure_start(clause, figure)
    for token in clause:
        name = verb_class(token, classes)
        if name is None:
            continue
        name = turned_class(name, token, text)
        distance = figure.number_start - token.end if token.end <= figure.number_start \
            else token.start - figure.number_end + 20  # a verb after the figure binds more loosely
        if token.end <= contrast:
            distance += 60  # 'прибыли 12,7 тыс., а 41,8 тыс. уехали': the verb of the other half
        if token.end <= other:
            distance += 40  # 'задержаны 1 343 человека, 101 из них выдворен': the other figure's verb
        if best is None or distance < best[0]:
            best = (distance, name)
    if best is None:
        # 'Больше всего мигрантов трудятся в строительстве – 5 204 человека', 'стран, откуда
        # прибыло больше всех, – Россия – 11 711': the one kind of verb before governs the list
        kinds = {verb_class(t, classes) for t in tokens if t.lemma in classes and t.end <= figure.number_start}
        kinds.discard(None)
        return (kinds.pop() if len(kinds) == 1 else None), clause
    return best[1], clause


def verb_class(token: Token, classes: dict[str, str]) -> Optional[str]:
    """The class of a verb, unless its form is one the class does not govern by: 'привлечённых
    специалистов' names whom a stock counts, while 'привлекли 600 человек' says they came."""
    name = classes.get(token.lemma)
    if name is None:
        return None
    form = config().get("forms_not_governing", {}).get(name)
    return None if form and wording(form).match(token.text) else name


def other_figure_start(clause: list[Token], figure: Figure) -> int:
    """The start of another figure before this one in its clause, cut off from it by a comma
    ('выявлено 100 нарушений, к четырём иностранцам применено выдворение'), else 0; a year
    ('в 2015 году, …') is no figure."""
    start = seen = 0
    for token, after in zip(clause, clause[1:] + clause[-1:]):
        if token.end > figure.number_start:
            break
        if token.text[0].isdigit() and after.lemma not in YEAR_WORDS:
            seen = token.start
        elif token.text == "," and seen:
            start = seen
    return start


YEAR_WORDS = frozenset(["год", "г", "гг"])
CONTRASTS = frozenset(["а", "но", "тогда", "зато", "однако"])


def contrast_end(clause: list[Token], figure: Figure) -> int:
    """The end of the last ', а' (', но', ', тогда как') before the figure in its clause, else 0."""
    end = 0
    for before, token in zip(clause, clause[1:]):
        if token.end > figure.number_start:
            break
        if before.text == "," and token.lemma in CONTRASTS:
            end = token.end
    return end


def turned_class(name: str, verb: Token, text: str) -> str:
    """'переехали за границу': a verb of arrival with a place abroad after it is a departure;
    a turn marked `before` reads the words right before the verb ('уехали работать': the
    infinitive tells what for, the verb of leaving what happened)."""
    turn = config().get("turns", {}).get(name)
    if not turn:
        return name
    if turn.get("before"):
        turned = wording(turn["wording"]).search(text, max(verb.start - 48, 0), verb.start)
    else:
        turned = wording(turn["wording"]).match(text, verb.end, verb.end + 64)
    return turn["to"] if turned else name


DASHES = ("—", "–", "-")
LABEL_STOPS = (",", ";", ":", "(", ")", ".", "•", "—", "–")


def label_tokens(tokens: list[Token], figure: Figure, clause: list[Token]) -> list[Token]:
    """'квота на выдачу приглашений на въезд — 119 950', 'в Казахстане — 6 197': the words
    before the dash are the label of the figure after it, cut off from its clause by the dash."""
    if clause and clause[0].end <= figure.number_start:
        return []  # the clause has words before the figure already
    left = tokens_before(tokens, figure.number_start)
    while left and left[-1].lemma in QUALIFIERS:
        left.pop()
    if not left or left[-1].text not in DASHES:
        return []
    label: list[Token] = []
    for token in reversed(left[:-1]):
        if token.text in LABEL_STOPS:
            break
        label.append(token)
    return label[::-1]


QUALIFIERS = frozenset(["около", "порядка", "более", "свыше", "почти", "примерно", "менее", "до",
                        "еще", "ещё", "лишь", "только", "всего", "уже"])


def table_predicate(figure: Figure, text: str) -> Optional[str]:
    """The class of the row label of the figure's table row, else of its column header."""
    line_start = text.rfind("\n", 0, figure.number_start) + 1
    line_end = text.find("\n", figure.number_end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if "|" not in line and "\t" not in line:
        return None
    cells = CELL.split(line.strip(" |\t"))
    column = len(CELL.findall(text[line_start:figure.number_start].lstrip(" |\t")))
    label = class_of_text(" ".join(c for c in cells if not has_digit_only(c)))
    if label:
        return label
    header = header_line(text, line_start)
    if header is None:
        return None
    names = CELL.split(header.strip(" |\t"))
    return class_of_text(names[column]) if column < len(names) else None


def table_indicator(figure: Figure, text: str) -> Optional[Indicator]:
    """What a table cell with no trigger counts, from its row label or column header alone:
    'прибывшие | 2908' in a statistics bureau's table is people who arrived."""
    name = table_predicate(figure, text)
    target = config().get("table_defaults", {}).get(name) if name else None
    return by_id()[target] if target else None


def predicate_indicator(figure: Figure, tokens: list[Token], text: str) -> Optional[Indicator]:
    """What people with no trigger of their own are, from their verb alone: 'выявлено 46
    иностранцев' are breaches found, 'нарушили правила 57 мигрантов' too."""
    if figure.unit != "person":
        return None
    name, _ = predicate_of(figure, tokens, text)
    target = config().get("predicate_defaults", {}).get(name) if name else None
    unless = config().get("predicate_defaults_unless", {}).get(name) if target else None
    if unless and wording(unless).search(sentence_text(tokens, text)):
        return None  # 'въехали 70 тысяч наших граждан': whose people they are decides
    if target is None:
        # 'около 99 тысяч иностранцев потеряли возможность въезда': wording, not one verb
        sentence = sentence_text(tokens, text)
        target = next((to for entry, to in config().get("wording_defaults", {}).items()
                       if wording(entry).search(sentence)), None)
    return by_id()[target] if target else None


def sentence_text(tokens: list[Token], text: str) -> str:
    return text[tokens[0].start:tokens[-1].end] if tokens else ""


def header_line(text: str, line_start: int, reach: int = 40) -> Optional[str]:
    """The nearest line above in the same table whose cells are all words: its header."""
    end = line_start - 1
    for _ in range(reach):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if "|" not in line and "\t" not in line:
            return None
        cells = [c for c in CELL.split(line.strip(" |\t")) if c]
        if len(cells) > 1 and not any(has_digit_only(c) for c in cells[1:]):
            return line
        end = start - 1
    return None


def has_digit_only(cell: str) -> bool:
    return bool(re.fullmatch(r"[\s\d,.\-–—%()x]*\d[\s\d,.\-–—%()x]*", cell))


@lru_cache(maxsize=1024)
def class_of_text(cell: str) -> Optional[str]:
    classes = class_of_lemma()
    found = {classes[t.lemma] for t in tokenize(cell) if t.lemma in classes}
    return found.pop() if len(found) == 1 else None


def clause_text_before(figure: Figure, text: str, reach: int = 160) -> str:
    """The text of the figure's clause up to its end: 'отсутствие разрешений на работу (9 279)'."""
    left = text[max(0, figure.number_start - reach):figure.number_start]
    cut = max(left.rfind(". "), left.rfind(";"), left.rfind(":"), left.rfind(", "), left.rfind("\n"))
    return left[cut + 1:] + text[figure.number_start:figure.end]


def wording_scope(rule: Rule, figure: Figure, tokens: list[Token], clause: list[Token],
                  text: str, lead: str = "") -> str:
    """The text a rule's wording is looked for in: the figure's clause up to it, the whole
    clause ('76 иностранцев, находящихся в стране незаконно'), the sentence up to the figure
    ('будет выдано 726 разрешений, по второй категории — 3 402'), or the sentence."""
    if rule.wording_wide:
        return sentence_text(tokens, text)
    if rule.wording_clause:
        return clause_text_before(figure, text) + clause_text_after(figure, text)
    if rule.wording_before:
        return lead + " " + (text[tokens[0].start:figure.number_start] if tokens else "")
    return clause_text_before(figure, text)


# ', а 1 732 ...', ', в рамках корпоративного перевода – ...': the next item of the sentence, not
# a participle's comma ('76 иностранцев, находящихся ...', ', в отношении которых ...')
CLAUSE_END = re.compile(r"[;:–—.!?\d]|,\s+(?:а|но|тогда\s+как)\s|,\s+(?:в|во|на|по|для)\s+(?!(?:\w+\s+){0,2}?котор)")
LABEL_DASH = re.compile(r"\s*(?:[–—-]\s*)?")
SHARE_AFTER = re.compile(r"\s*(?:[а-яё]+\s*)?\(\s*\d+(?:[.,]\d+)?\s*%\s*\)", re.IGNORECASE)


def clause_text_after(figure: Figure, text: str, reach: int = 100) -> str:
    """The text after a figure up to a break, the next figure or another half of the sentence
    (', а 1 732 работают ...'), across a participle's comma: '76 иностранцев, находящихся на
    территории страны незаконно'; a share in brackets ('926 человек (5%) заняты') is no break."""
    share = SHARE_AFTER.match(text, figure.end)
    start = LABEL_DASH.match(text, share.end() if share else figure.end).end()  # '133 — режим въезда'
    end = CLAUSE_END.search(text, start, min(len(text), start + reach))
    return text[figure.end:end.start() if end else min(len(text), start + reach)]


def sentence_lemmas(tokens: list[Token]) -> frozenset[str]:
    return frozenset(t.lemma for t in tokens)


def counted_lemmas(figure: Figure, tokens: list[Token]) -> set[str]:
    """Lemmas of the words just after the number: the noun it counts and its modifiers."""
    after = tokens_from(tokens, figure.number_end)[:COUNTED_REACH]
    return {t.lemma for t in after}


def governed(indicator: Optional[Indicator], figure: Figure, tokens: list[Token], text: str,
             quota: Optional[Indicator], jurisdiction: Optional[str] = None,
             topic: Optional[Indicator] = None, lead: str = "",
             story: frozenset[str] = frozenset()) -> Optional[Indicator]:
    """The indicator the figure's predicate asks for, else the one given; `lead` is the header
    a list item stands under, read as the start of its sentence; `story` what the headline's
    figures count.

    Rules compose: 'по разрешениям на сезонных работах заняты 2 299 человек' is first a
    stock, not permits, and then a stock of seasonal workers."""
    for _ in range(3):
        found = governed_once(indicator, figure, tokens, text, quota, jurisdiction, topic, lead, story)
        if found is indicator:
            break
        indicator = found
    return indicator


def governed_once(indicator: Optional[Indicator], figure: Figure, tokens: list[Token], text: str,
                  quota: Optional[Indicator], jurisdiction: Optional[str],
                  topic: Optional[Indicator] = None, lead: str = "",
                  story: frozenset[str] = frozenset()) -> Optional[Indicator]:
    if indicator is None:
        return None
    categories, sources = reachable()
    if indicator.category not in categories and indicator.id not in sources:
        return indicator  # no rule could change it: skip reading the clause
    predicate, clause = predicate_of(figure, tokens, text)
    lemmas = {t.lemma for t in clause}
    counted: Optional[set[str]] = None
    in_sentence: Optional[frozenset[str]] = None  # the sentence's lemmas, read once if a rule asks
    scopes: dict[tuple[bool, bool, bool], str] = {}  # the text of each kind of scope, cut once
    for rule in rules_for(predicate, indicator.category, indicator.id):
        if rule.nouns and rule.sentence_wide and in_sentence is None:
            in_sentence = sentence_lemmas(tokens)
        if rule.nouns and rule.nouns.isdisjoint(in_sentence if rule.sentence_wide else lemmas):
            continue
        if rule.units and figure.unit not in rule.units and not (
                figure.unit is None and not figure.percent and "none" in rule.units):
            continue
        if rule.unless and rule.unless & lemmas:
            continue
        if rule.states and jurisdiction not in rule.states:
            continue
        if rule.topics and (topic is None or topic.id not in rule.topics):
            continue
        if rule.story and rule.story.isdisjoint(story):
            continue
        if rule.counted:  # (before any wording: a set of lemmas costs less than a search)
            counted = counted_lemmas(figure, tokens) if counted is None else counted
            if not rule.counted & counted:
                continue
        if rule.wording:
            kind = (rule.wording_wide, rule.wording_clause, rule.wording_before)
            if kind not in scopes:
                scopes[kind] = wording_scope(rule, figure, tokens, clause, text, lead)
            if not wording(rule.wording).search(scopes[kind]):
                continue
        if rule.unless_wording and wording(rule.unless_wording).search(
                (lead + " " if rule.wording_before else "") + sentence_text(tokens, text)):
            continue
        if rule.target == "@same":
            return indicator
        if rule.target == "@none":
            return None  # 'приняли 107 тыс. заявлений', 'отказали 3 000 мигрантам': no level of any
        if rule.target == "@quota":
            if quota is None:
                continue  # no quota read yet: a later rule may still say what the places are
            return quota
        return by_id()[rule.target]
    return indicator
