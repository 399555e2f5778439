"""The extraction pipeline: one Document in, its facts out.

Cheap checks come first: a document with no topical word costs one regex pass.
Then sentence by sentence: figures, the indicator they measure, their country
or sector, their time, the policy wording around them, and who said it.
"""
from __future__ import annotations

import bisect
from datetime import date, timedelta
import re
from collections import Counter
from copy import deepcopy
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from extractor.engine import attribution, outlet, policy
from extractor.engine.predicates import config as predicate_config
from extractor.engine.allotments import allotting_quota, note_allotting
from extractor.engine.breakdowns import (attach_changes, attach_share, carry_country, column_countries, respectively,
                                         destination_told_before,
                                         fill_list_measure,
                                         grantor_from_headline, link_breakdown, list_of_the_people_told,
                                         places_seen_from_home,
                                         scheme_of_destination,
                                         place_in_document_region, share_out)
from extractor.engine.categories import drop_label_triggers
from extractor.engine.comparisons import (attach_previous, find_comparisons, old_level_of_last,
                                          old_levels_of_recent, outside, restate_revised_quotas,
                                          take_previous)
from extractor.engine.facts import (RANGE_TAGS, evidence, host_data_paragraphs, own_data_paragraphs, is_subgroup_fact,
                                   level_fact, measure_fact, measure_year, mentions_net_migration, pair_fact,
                                   time_for, told_as_present_stock)
from extractor.engine.furniture import furniture_spans, in_furniture
from extractor.engine.gazetteer import (Mention, capitals_as_states, city_adjectives, dimension_labels,
                                         find_mentions, own_capital_mentions)
from extractor.engine.indicators import Indicator, TriggerMatch, by_id, find_triggers
from extractor.engine.numbers import find_figures, find_pairs
from extractor.patterns import AnyOf, load_toml, wording
from extractor.periods import period_or_none
from extractor.records import Document, Extraction, Fact, TimeRef
from extractor.engine.sentences import Sentence, split_sentences
from extractor.engine.state import (Context, SentenceView, cells_of, column_of, document_has_topic_words,
                                    view_at, view_text)
from extractor.engine.timex import (month_number, find_times, settle_later_dates, settle_same_months, settle_year_items,
                                    settle_year_to_date, starts_in_january, told_on)
from extractor.engine.tokens import Token, tokenize

# 'Квота на 2024 год' in a text that never says which quota: a quota, indicator unknown
GENERIC_QUOTA = Indicator(id="", label="quota", category="quota", unit="unit", triggers=())
# a sentence with neither a digit nor a word of time ('timex_may_be_here') has no time to find
HAS_DIGIT = re.compile(r"\d")
# a whole year or a span of months ('2009', '2009-01/2009-09'), not a single month
MONTH_OF_YEAR = re.compile(r"\d{4}-\d{2}")
YEAR_OR_SPAN = re.compile(r"\d{4}|\d{4}(?:-\d{2})?/\d{4}(?:-\d{2})?")
# A draft's news is its figures; a plan or work under way is news without one.
MEASURE_STATUSES = ("planned", "in_progress")
# a step still to come on an act told before: 'В рамках плана планируется создать совет'
STEP_STATUSES = ("planned", "in_progress", "proposed")


@lru_cache(maxsize=None)
def topic() -> dict:
    config = load_toml("topic.toml")
    config["document_pattern"] = re.compile("|".join(f"(?:{p})" for p in config["document_patterns"]))
    config["document_words"] = AnyOf(config["document_patterns"])
    config["lemma_set"] = frozenset(config["sentence_lemmas"])
    return config


def is_topical_document(text: str) -> bool:
    """A topical word with a figure or a plan near it; anything else is skipped unread."""
    lowered = text.lower()
    if not topic()["document_words"].search(lowered):
        return False  # most texts: a substring test per stem, no pass of the patterns
    for match in topic()["document_pattern"].finditer(lowered):
        window = lowered[max(0, match.start() - 250):match.end() + 250]
        if wording("near_topic").search(window):
            return True
    return False


TAG = re.compile(r"<[^>]*>")
SPACES = re.compile(r"\s+")


def may_be_topical(markup: str) -> bool:
    """False only when no text made from this page could pass `is_topical_document`: none of
    its topical words occurs in the markup, read with its attributes, with tags dropped, or
    with tags as spaces. It lets an archive skip HTML-to-text for most off-topic pages."""
    import html
    words = topic()["document_words"]
    lowered = html.unescape(markup).lower()
    return any(words.search(form) for form in (
        lowered, TAG.sub("", lowered), SPACES.sub(" ", TAG.sub(" ", lowered))))


def extract(document: Document) -> Extraction:
    document = replace(document)
    if not document.text or not is_topical_document(document.text):
        return Extraction(document=document, facts=[])
    document.outlet = attribution.outlet_of(document)
    text = document.text
    tokens = tokenize(text)
    starts = [t.start for t in tokens]
    sentences = split_sentences(text)
    mentions = city_adjectives(capitals_as_states(find_mentions(tokens), text), text)
    document.jurisdiction = document.jurisdiction or attribution.jurisdiction_of(
        document, document.outlet, mentions, lead_end=600)
    mentions = own_capital_mentions(mentions, text, document.jurisdiction)
    speakers: Optional[attribution.SpeakerMap] = None  # read only once a sentence has facts
    mention_starts = [m.start for m in mentions]  # in text order, as found
    views = [view_of(s, text, tokens, starts, mentions, mention_starts, document.published)
             for s in sentences]
    settle_year_to_date([t for view in views for t in view.times])
    settle_same_months([t for view in views for t in view.times])
    for view in views:
        settle_year_items(view.times)
    settle_later_dates([t for view in views for t in view.times], document.published)
    context = Context(quota=main_quota(views), default_quota=default_quota(document.jurisdiction, text),
                      published=document.published,
                      host_data=host_data_paragraphs(views, document.jurisdiction),
                      own_data=lru_cache(maxsize=1)(lambda: own_data_paragraphs(views, document.jurisdiction)),
                      home=lru_cache(maxsize=1)(lambda: home_state(document, mentions)))
    facts: list[Fact] = []
    carry = policy.StatusCarry()
    furniture = furniture_spans(text)
    opening = next((v for v in views if not wording("timex_page_stamp").fullmatch(v.text)), None)
    if opening is not None and not is_headline(opening, text, stamped=opening is not views[0]):
        opening = None
    before: list[Fact] = []  # the facts of the sentence just before
    for sentence, view in zip(sentences, views):
        if furniture and in_furniture(sentence.start, furniture):
            continue  # 'Популярное' and the dated headlines of other stories after it
        view.status = policy.document_status(view.text, view.status, carry.document)
        sentence_facts = facts_of(view, context, document) or \
            figures_named_again(view, before, context, document)
        before = sentence_facts
        if view is opening:
            context.story = story_of(sentence_facts)
        context.asked_now = asks_about_now(view)
        fill_list_measure(sentence_facts, view, text)
        policy.carry_partner(sentence_facts, facts, view.text)
        if any(f.rule == "measure" for f in sentence_facts):
            policy.carry_last_partner(sentence_facts, facts, view.mentions, view.text, context.home())
        carry.fill(view.status, view.text, sentence.is_list_item, sentence_facts, sentence.start,
                   headline=is_headline(view, text))
        if sentence_facts and speakers is None:
            speakers = attribution.SpeakerMap(tokens, text, paragraph_spans(sentences))
        for fact in sentence_facts:
            fact.speaker = speakers.speaker(sentence.paragraph)
        facts.extend(sentence_facts)
        if not sentence_facts:
            date_the_data(view, context, facts)
        else:
            date_by_report_day(view, context)
    facts = policy.drop_headers_of_levels(facts)
    date_rules_by_year_told_after(facts, views)
    place_in_document_region(facts, views, document.jurisdiction, text)
    policy.carry_place(facts, views)
    subgroups = subgroups_without_country(facts, views, text)
    carry_country(facts, views, document.jurisdiction, text)
    list_of_the_people_told(facts, views, document.jurisdiction)
    destination_told_before(facts, views, document.jurisdiction, text)
    grantor_from_headline(facts, views, document.jurisdiction)
    scheme_of_destination(facts, views, document.jurisdiction)
    places_seen_from_home(facts, document.jurisdiction, context.home)
    if any(f.rule == "measure" for f in facts):
        policy.partner_from_headline(facts, views, context.home())
    for fact in subgroups:
        # 'Мужчин среди них 79,7 процента': a sub-group of the people counted before takes no
        # state from the sentences around it (corpora/README.md, Sub-groups)
        fact.dimensions.pop("country", None)
    headline = next((v for v in views if not wording("timex_page_stamp").fullmatch(v.text)), None)
    if headline is not None and is_headline(headline, text, stamped=headline is not views[0]):
        headline_as_in_body(facts, headline.sentence.end)
        facts[:0] = headline_retold(facts, headline, document)
        date_headline(facts, headline.sentence.end)
        outcome_as_in_headline(facts, headline.sentence.end)
    stock: Optional[Fact] = None  # the last undated stock told in the present tense
    undated: set[int] = set()  # the flows dated by the month of the text, none of their own
    for fact in facts:
        fact.jurisdiction = document.jurisdiction
        implied = by_id()[fact.indicator].implied_sector if fact.indicator in by_id() else None
        if implied and fact.dimensions.get("sector") == implied:
            fact.dimensions.pop("sector")  # 'квота ... для работы в домашних хозяйствах': the quota's own branch
        fact.labels = dimension_labels(fact.dimensions)
        if stock is not None and fact.value is not None and fact.indicator != stock.indicator:
            stock = None  # a figure of something else ends the breakdown
        if not (fact.time.period or fact.time.as_of) and fact.category == "count" and \
                not wording("timex_habitual").search(fact.evidence.sentence):
            # (what happens 'ежегодно' or 'каждый год' has no time: it stays undated)
            fact.time.as_of = undated_stock_date(fact, context, document)
            if fact.time.as_of is not None:
                stock = fact
            elif part_of_stock(fact, stock):
                # 'действуют 16 378 разрешений. Из общего числа 637 выданы …, Китай — 3 579':
                # the breakdown of a stock given just before is a stock of the same day
                fact.time.as_of = stock.time.as_of
            if fact.time.as_of is None and wording("cumulative").search(fact.evidence.sentence):
                # a total that adds up the years ('за годы независимости вернулись 1,1 млн')
                # is the level reached by the day of the text
                fact.time.as_of = context.document_as_of or document.published
            elif fact.time.as_of is None and document.published:
                # an undated flow in the news is what just happened ('в ходе рейда выявлены 40
                # иностранцев')
                fact.time.period = document.published[:7]
                undated.add(id(fact))
        if not (fact.time.period or fact.time.as_of) and names_quota(fact) and document.published:
            # 'Квота составила 2665 человек. Квоты на 2013 год утверждены ...': the year the
            # text sets its quota for, else the quota now in force ('квоты уменьшены с 38804
            # до 38715')
            fact.time.period = quota_year(fact, facts) or document.published[:4]
        if names_quota(fact):
            fact.time = year_of_quota(fact.time)
    date_by_sum(facts)
    date_year_so_far_by_body(facts, document.published)
    date_by_campaign(facts, views, document.published, undated)
    date_shares_of_year_so_far(facts, document.published)
    return Extraction(document=document, facts=facts)


def date_rules_by_year_told_after(facts: list[Fact], views: list[SentenceView]) -> None:
    """'Власти области запретили мигрантам трудиться в 19 сферах. Постановление начнёт действовать
    с 1 января 2026 года', 'с нового года нельзя будет работать в такси. Запрет рассчитан на весь
    2025 год': a ban or a cap is set for a calendar year, and the press often names that year in
    the sentence after the rule, not in its own. A rule whose sentence tells no time takes the
    year the next two sentences give for it, unless one of them tells another time first."""
    starts = [view.sentence.start for view in views]
    for fact in facts:
        if fact.category != "policy" or not (fact.indicator == "sector_cap" or policy.tells_ban(fact.evidence.sentence)):
            continue
        index = max(0, bisect.bisect_right(starts, fact.evidence.start) - 1)
        if any(t.period or t.as_of for t in views[index].times):
            continue  # the rule's own sentence dates it
        year = year_in_force_after(views[index + 1:index + 3])
        if year is not None:
            fact.time = TimeRef(period=year)


def year_in_force_after(following: list[SentenceView]) -> Optional[str]:
    """The year the first of `following` names for a rule ('начнёт действовать с 1 января 2026
    года', 'рассчитан на весь 2025 год'); none once a sentence tells another time."""
    for view in following:
        named = wording("timex_rule_year_in_force").search(view.text)
        if named is not None:
            return named["year"]
        if any(t.period or t.as_of for t in view.times):
            return None
    return None


def figures_named_again(view: SentenceView, before: list[Fact], context: Context,
                        document: Document) -> list[Fact]:
    """'В 2023 г. эти показатели составили 2 955 и 17 336 чел. соответственно': a sentence
    that names the figures of the sentence just before as a whole gives their new levels in
    the same order, each at the time this sentence names. Only when it gives as many figures
    as that sentence had counts, so each new level has one old indicator to take."""
    text = document.text
    if len(before) < 2 or not wording("figures_named_again").search(view.text):
        return []
    if any(f.category != "count" or f.value is None or f.unit == "percent" for f in before):
        return []
    figures = [f for f in find_figures(text, view.sentence.start, view.sentence.end, view.tokens)
               if f.role == "level" and f.excluded is None and not f.percent and not f.tags & RANGE_TAGS]
    if len(figures) != len(before):
        return []
    facts = []
    for figure, old in zip(figures, before):
        fact = deepcopy(old)
        fact.value, fact.previous, fact.qualifier = figure.value, None, figure.qualifier
        fact.change, fact.share_pct, fact.id, fact.rule = None, None, "", "named_again"
        fact.evidence = evidence(text, figure.start, figure.end, view)
        fact.time = time_for(figure.number_start, view, context, None, category="count")
        fact.assign_id(document.id)
        facts.append(fact)
    return facts


def date_year_so_far_by_body(facts: list[Fact], published: Optional[str]) -> None:
    """'Больше 2 млн граждан въехали в 2021 году' in a text of December 2021 over a body that
    gives 'С января по сентябрь зарегистрировано 2 025 712 въездов': a figure of the year still
    running is a year so far; when a later figure is the same one, rounded or not, told with
    its span of months of that year, the loose year takes that span."""
    if not published:
        return
    year = published[:4]
    spans = [f for f in facts if f.category == "count" and f.value and f.unit != "percent"
             and f.time.period and f.time.period[:4] == year and starts_in_january(f.time.period)]
    if not spans:
        return
    for fact in facts:
        if fact.time.period != year or fact.category != "count" or not fact.value or fact.unit == "percent":
            continue
        told = next((f for f in spans if f.evidence.start > fact.evidence.start and same_figure(fact, f.value)
                     and (f.unit == fact.unit or {f.unit, fact.unit} == PEOPLE_OR_ENTRIES)), None)
        if told is not None:
            fact.time = TimeRef(period=told.time.period)


# 'въехали 2 млн граждан' and 'зарегистрировано 2 025 712 въездов' count the same arrivals
PEOPLE_OR_ENTRIES = {"person", "entry"}


def same_figure(rounded: Fact, value: float) -> bool:
    """Is `value` the figure `rounded` gives ('больше 2 млн' of 2 025 712, 'около 1,6 млн' of
    1,6 млн)? A figure given exactly must be equal; a rounded one within 5% on its side."""
    if value == rounded.value:
        return True
    if rounded.qualifier == "exact" or not rounded.value:
        return False
    gap = (value - rounded.value) / rounded.value
    if rounded.qualifier in ("at_least", "more_than"):
        return 0 < gap <= 0.05
    if rounded.qualifier in ("at_most", "less_than"):
        return -0.05 <= gap < 0
    return abs(gap) <= 0.05


def date_by_sum(facts: list[Fact]) -> None:
    """'С января по сентябрь статус получили 711 ... За годы независимости переселились более 70
    тысяч ...' and then '- Таджикистан — 629; - Узбекистан — 54; ...': the items of a list that
    add up to a figure told before, not to the total they were hung on, break that figure down
    and take its time."""
    index = 0
    while index < len(facts):
        parent = facts[index].parent
        run_end = index
        while run_end + 1 < len(facts) and parent is not None and facts[run_end + 1].parent == parent:
            run_end += 1
        if run_end > index and run_end + 1 < len(facts) and facts[run_end + 1].parent is None and \
                facts[run_end + 1].evidence.sentence.lstrip()[:1] in "-–—•":
            run_end += 1  # '- другие страны — 1': the rest, hung on nothing
        items = facts[index:run_end + 1]
        index = run_end + 1
        if len(items) < 3 or any(f.value is None or f.unit != items[0].unit for f in items) or \
                items[0].unit == "percent":
            continue
        total = sum(f.value for f in items)
        earlier = [f for f in facts if f.evidence.start < items[0].evidence.start and f.value is not None
                   and f.unit == items[0].unit and f.indicator == items[0].indicator]
        hung_on = next((f for f in earlier if f.id == parent), None)
        if hung_on is None or hung_on.value == total:
            continue
        summed = next((f for f in reversed(earlier) if f.value == total and not f.parent), None)
        if summed is not None and (summed.time.period or summed.time.as_of):
            for fact in items:
                fact.time = replace(summed.time)


def date_shares_of_year_so_far(facts: list[Fact], published: Optional[str]) -> None:
    """'С начала 2025 года статус получили 9 586 … В текущем году больше всего приехали из
    Узбекистана (45,7%)', 'Откуда приехали кандасы в 2025 году: из Китая – 42,3%': a share of a
    flow in the year still running is a share of the count so far, so it covers the months the
    text gave that count, not the whole year."""
    if not published:
        return
    year = published[:4]
    so_far: Optional[str] = None
    total: Optional[Fact] = None  # the last count before, if a total since a year long past
    for fact in facts:
        period = fact.time.period
        if fact.category != "count" or fact.value is None:
            continue
        if fact.unit != "percent":
            total = fact if fact.time.as_of and not period and added_up(fact) else None
        if fact.unit != "percent" and period and period[:4] == year and starts_in_january(period):
            so_far = period
        elif fact.unit == "percent" and period == year and so_far is not None:
            fact.time = TimeRef(period=so_far)
        elif fact.unit == "percent" and so_far is not None and total is not None and \
                fact.time.as_of == total.time.as_of and not period:
            # 'С 1991 года вернулись более 1,15 млн. Большинство переселенцев — трудоспособного
            # возраста (60,7 %)': the make-up of those who came is of the flow the text reports,
            # not of the total since 1991 told between
            fact.time = TimeRef(period=so_far)


def added_up(fact: Fact) -> bool:
    """A total that adds up the years since one long past ('с 1991 года вернулись 1,15 млн')."""
    return bool(SINCE_YEAR.search(fact.evidence.sentence) or wording("cumulative").search(fact.evidence.sentence))


SINCE_YEAR = re.compile(r"(?<![а-яё])[Сс]\s+(?:19|20)\d{2}\s*(?:года|г\.)")


def home_state(document: Document, mentions: list[Mention]) -> Optional[str]:
    """The outlet's state, from how the page names states and people, read once."""
    countries = [m for m in mentions if m.kind == "country"]
    return outlet.outlet_state(document.text, document.url, document.outlet, document.jurisdiction,
                               Counter(m.code for m in countries),
                               lambda: Counter(m.code for m in countries if attribution.is_people(document.text, m)))


def subgroups_without_country(facts: list[Fact], views: list[SentenceView], text: str) -> list[Fact]:
    """The facts of no country of their own that are items of a breakdown by sex or age."""
    starts = [view.sentence.start for view in views]
    return [fact for fact in facts if "country" not in fact.dimensions and fact.value is not None
            and is_subgroup_fact(fact, view_at(views, starts, fact.evidence.start), text)]


def quota_year(fact: Fact, facts: list[Fact]) -> Optional[str]:
    """The year of the first quota of the same indicator the text dates by a year."""
    return next((f.time.period for f in facts if f is not fact and f.indicator == fact.indicator
                 and f.time.period and re.fullmatch(r"\d{4}", f.time.period)), None) if fact.indicator else None


def year_of_quota(time: TimeRef) -> TimeRef:
    """A quota is set for a year: one told in a February text ('Корея предложила 800 квот'),
    with the month it was changed in ('в августе квоту подняли до 0,25%') or with a day
    ('на 1 марта') is the quota of that year, never of a month, a quarter or a day. A run of
    months is kept: 'с начала года привлекли в рамках квоты 9,7 тыс.' counts, it is no quota."""
    span = period_or_none(time.period or time.as_of)
    if span is None or span.kind in ("year", "range"):
        return time
    return TimeRef(period=str(span.start.year))


def names_quota(fact: Fact) -> bool:
    """A quota, or a change of one: with no year named it is the quota now in force."""
    indicator = by_id().get(fact.indicator or "")
    return fact.category == "quota" or (indicator is not None and indicator.category == "quota")


def headline_as_in_body(facts: list[Fact], headline_end: int) -> None:
    """'По четыре тысячи переселенцев в год' over a body that tells 'область будет принимать
    около 4 тысяч соотечественников': the headline's figure is the body's, so it takes the
    place the body gives it, which the headline, written before the region is named, lacks
    (corpora/README.md: the same figure at each mention, with the same identity)."""
    body = [f for f in facts if f.evidence.start >= headline_end and f.value is not None]
    for fact in facts:
        if fact.evidence.start >= headline_end or fact.value is None or "region" in fact.dimensions:
            continue
        same = [f for f in body if f.value == fact.value and f.unit == fact.unit and f.indicator == fact.indicator
                and all(f.dimensions.get(k) == v for k, v in fact.dimensions.items())]
        regions = {f.dimensions.get("region") for f in same}
        if len(regions) == 1 and None not in regions:
            fact.dimensions["region"] = regions.pop()


def story_of(headline_facts: list[Fact]) -> frozenset[str]:
    """What the headline's figures count ('Калужские приставы выслали 13 иностранцев':
    deportations): the outcome of the story the body tells, which a figure of the body told as a
    step of it ('Страну покинули семь граждан Кубы') is (`story` of patterns/predicates.toml); a
    headline quota ('утвердили квоту на иностранных работников: 2665 человек') makes the body's
    list of workers with no verb of their own the quota's items."""
    return frozenset(f.indicator for f in headline_facts
                     if f.indicator and f.value is not None and f.category in ("count", "quota"))


def outcome_as_in_headline(facts: list[Fact], headline_end: int) -> None:
    """'Из Алматы выдворили 40 иностранцев' over a body that tells how it went ('в мегаполисе
    выявлены 40 иностранцев, нарушивших законодательство'), 'выдали разрешения 5 тысячам
    иностранных специалистов' over 'право работать получили свыше 5 тыс. иностранных
    специалистов': a headline that gives one figure, with the words of what it counts, names the
    outcome the text reports; the body's retelling of that figure is the same count
    (corpora/README.md: the same figure at each mention), whatever step of the story its own
    sentence tells. A headline of two figures may bind its words to the wrong one, and is left."""
    headline = [f for f in facts if f.evidence.start < headline_end and f.value is not None]
    if len(headline) != 1 or headline[0].rule != "level:trigger" or not headline[0].indicator \
            or headline[0].category != "count":
        return
    told = headline[0]
    for fact in facts:
        if fact.evidence.start >= headline_end and fact.category == "count" and fact.value == told.value \
                and (fact.unit == "percent") == (told.unit == "percent") and fact.indicator != told.indicator:
            fact.indicator, fact.subject = told.indicator, told.subject


def headline_retold(facts: list[Fact], headline: SentenceView, document: Document) -> list[Fact]:
    """'Более 204 тысяч таджикистанцев стали гражданами России за пять лет' over a body that
    reports 'гражданство получили более 204 тысяч таджикистанцев': a headline's figure with
    no fact of its own that a count of the body retells, in the same unit, is that count at
    the headline's mention (corpora/README.md: one fact per mention)."""
    text, sentence = document.text, headline.sentence
    if any(f.evidence.start < sentence.end for f in facts):
        return []
    body = [f for f in facts if f.category == "count" and f.value is not None and f.unit]
    if not body:
        return []
    retold: list[Fact] = []
    for figure in find_figures(text, sentence.start, sentence.end, headline.tokens):
        if not figure.is_level or figure.tags & RANGE_TAGS:
            continue
        same = [f for f in body if f.value == figure.value and (f.unit == "percent") == figure.percent
                and figure.unit in (None, f.unit)]
        if not same or any(f.dimensions != same[0].dimensions or f.indicator != same[0].indicator
                           for f in same):
            continue  # no body count, or two of them that differ: which one it is is unknown
        clause_end = HEADLINE_CLAUSE_END.search(text, figure.end, sentence.end)
        named = {m.code for m in headline.mentions if m.kind == "country" and m.demonym and
                 figure.number_end <= m.start < (clause_end.start() if clause_end else sentence.end)}
        if named and named != {same[0].dimensions.get("country")}:
            continue  # '17 узбекистанцев' over a count read as of another state: not sure it is one
        fact = replace(same[0], dimensions=dict(same[0].dimensions), time=replace(same[0].time),
                       evidence=evidence(text, figure.start, figure.end, headline),
                       rule="level:headline", confidence=min(same[0].confidence, 0.6),
                       previous=None, change=None, parent=None, qualifier=figure.qualifier)
        fact.assign_id(document.id)
        retold.append(fact)
    return retold


# where the figure's own words in a headline end ('Более 130 задержанных в Москве таджикских
# мигрантов вернут на родину' holds its people's state; ', ' or ':' opens another clause)
HEADLINE_CLAUSE_END = re.compile(r"[,:;]\s|\s[–—]\s")


def date_headline(facts: list[Fact], headline_end: int) -> None:
    """A headline seldom says when ('Мигрантам оформлено 630 тысяч патентов'); the lead
    that retells it does. An undated headline figure takes the time of the first dated
    figure of its indicator below it, else of the first dated figure."""
    headline = [f for f in facts if f.evidence.start < headline_end and f.value is not None]
    if not headline:
        return
    lead = [f for f in facts if f.evidence.start >= headline_end and f.value is not None]
    body = [f for f in lead if f.time.period or f.time.as_of]
    for fact in headline:
        # the lead retelling the headline's figure ('В России находятся 411 тысяч' over
        # 'пребывают 411 тысяч граждан') dates it, even when its own date comes later or the
        # headline's is looser ('В 2021 году выехали 330 тыс.' over 'за десять месяцев')
        if fact.time.period or fact.time.as_of:
            retold = next((f for f in body if f.value == fact.value and f.unit == fact.unit
                           and f.dimensions.get("country") == fact.dimensions.get("country")), None)
            if retold is not None and within(retold.time.period, fact.time.period):
                fact.time = replace(retold.time)
            continue
        retold = next((f for f in lead if f.value == fact.value), None)
        if retold is not None:
            fact.time = replace(retold.time)
            continue
        indicator = by_id().get(fact.indicator or "")
        # a stock's own date is the day of the text, not another figure's period
        fallback = body[0] if body and not (indicator is not None and indicator.stock) else None
        source = next((f for f in body if f.indicator == fact.indicator), fallback)
        if source is not None:
            fact.time = replace(source.time)


def within(period: Optional[str], whole: Optional[str]) -> bool:
    """Is span `period` a part of span `whole` ('2021-01/2021-10' of '2021')?"""
    part, span = period_or_none(period), period_or_none(whole)
    return bool(part and span) and span.start <= part.start and part.end <= span.end


def date_the_data(view: SentenceView, context: Context, facts: list[Fact]) -> None:
    """'Данные приводятся на 1 мая 2023 года.': the date of the figures stated apart from them."""
    dates = [t.as_of for t in view.times if t.as_of]
    if date_by_report_day(view, context):
        return
    if len(dates) != 1 or not wording("data_date").search(view.text):
        return
    context.document_as_of = dates[0]
    for fact in facts:
        if fact.category == "count" and not (fact.time.period or fact.time.as_of):
            fact.time.as_of = dates[0]


def date_by_report_day(view: SentenceView, context: Context) -> bool:
    """'Такие данные приводятся в докладе ..., опубликованном 21 июня', 'По докладу ведомства,
    опубликованному 21 июня, ... 55 тысяч': the report's day dates the text's undated stocks,
    whether the sentence that names it gives figures or not. Is the sentence such a one?"""
    if any(t.as_of for t in view.times) or not context.published:
        return False
    published = wording("data_published_on").search(view.text)
    if published is None:
        return False
    day = report_day(published, context.published)
    if day:
        context.document_as_of = day
    return True


def report_day(match: re.Match, published: str) -> Optional[str]:
    """The day and month of `match`, in the year of the text (the year before, for a month later
    than the text's); none past the day of the text."""
    month = month_number(match["month"])
    year = int(published[:4]) - (1 if month > int(published[5:7]) else 0)
    try:
        day = date(year, month, int(match["day"])).isoformat()
    except ValueError:
        return None
    return day if day <= published else None


def campaign_span(views: list[SentenceView], published: str) -> Optional[tuple[str, bool]]:
    """The span of a campaign the text reports on, when it states one that runs through the
    day of the text: 'Акция ... продлится с 1 августа до 31 декабря', 'в ходе операции,
    которая проходит с 30 июля по 30 августа', or one just over, that ended in the month
    before the text ('Акция длилась с 30 июля по 30 августа' on 15 September); with it,
    whether it is over. The campaign may be named in the sentence before the one that dates
    it ('Она ... продлится ...')."""
    day = published[:7]
    year, month = int(published[:4]), int(published[5:7])
    month_before = f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
    for index, view in enumerate(views):
        spans = [t.period for t in view.times if t.period and ("/" in t.period or len(t.period) == 7)]
        if len(spans) != 1:
            continue
        named = wording("timex_campaign").search(view.text) or (
            index > 0 and views[index - 1].sentence.paragraph == view.sentence.paragraph
            and wording("timex_campaign").search(views[index - 1].text))
        bounds = period_or_none(spans[0])
        if named and bounds and bounds.months[0] <= day <= bounds.months[1]:
            return spans[0], False
        if named and bounds and bounds.months[1] == month_before:
            return spans[0], True
    return None


def date_by_campaign(facts: list[Fact], views: list[SentenceView], published: Optional[str],
                     undated: set[int]) -> None:
    """A count a running campaign has reached 'на сегодня' or 'с начала акции' (legalised,
    returned, expelled) is the campaign's outcome: it takes the campaign's span, not the day
    of the text. People said to work or stay somewhere are a stock and keep their date. After
    a campaign just over, only the flows with no time of their own are its outcome ('За
    месяц акции вернулись около 1300 человек'), not a count the text dates by its month."""
    if not published:
        return
    dated_by_the_text = [f for f in facts if f.value is not None and f.category == "count"
                         and (f.time.as_of == published or f.time.period == published[:7])
                         and not wording("timex_stock_verbs").search(f.evidence.sentence)]
    if not dated_by_the_text:
        return
    found = campaign_span(views, published)
    if found is None:
        return
    span, over = found
    for fact in dated_by_the_text:
        if (not over or id(fact) in undated) and not dated_by_own_days(fact, views):
            fact.time = TimeRef(period=span)


def dated_by_own_days(fact: Fact, views: list[SentenceView]) -> bool:
    """'Только за 27 и 28 июня выявлено 3 762 нарушения' in a raid still running: the month
    is the days its own sentence names, not the month of the text standing for no date."""
    view = next((v for v in views if v.sentence.start <= fact.evidence.start < v.sentence.end), None)
    return view is not None and any(t.period == fact.time.period and t.days for t in view.times)


def asks_about_now(view: SentenceView) -> bool:
    """'— А сколько всего кыргызстанцев работает за рубежом?': a question of an interview that
    asks, with no time of its own but 'сейчас', how many people work or stay somewhere now."""
    return view.text.rstrip(" »\"").endswith("?") and all(t.today for t in view.times) and \
        bool(wording("timex_stock_now").search(view.text))


def part_of_stock(fact: Fact, stock: Optional[Fact]) -> bool:
    return stock is not None and fact.indicator == stock.indicator and fact.unit == stock.unit and \
        0 < fact.evidence.start - stock.evidence.start < 1000 and \
        (fact.value is None or stock.value is None or fact.value < stock.value)


def undated_stock_date(fact: Fact, context: Context, document: Document) -> Optional[str]:
    """A stock with no date anywhere is as of the day the text says it ('работают 15 786')."""
    if context.document_as_of:
        return context.document_as_of
    indicator = by_id().get(fact.indicator or "")
    offset = fact.evidence.sentence.find(fact.evidence.text)
    if indicator is not None and indicator.stock:
        return day_told(fact.evidence.sentence, offset, document.published)
    # 'Более 900 тысяч этнических кыргызов проживают за рубежом': the verb tells a stock
    return day_told(fact.evidence.sentence, offset, document.published) if offset >= 0 and (told_as_present_stock(
        fact.evidence.sentence, offset) or told_as_verbless_stock(fact.evidence.sentence, offset)) else None


def day_told(sentence: str, offset: int, published: Optional[str]) -> Optional[str]:
    """A stock told in a statement whose day the text gives ('21 мая сообщил, что в стране
    находятся около 5 тысяч', 'накануне заявил, что ... трудятся') is of that day, not of the
    day of the text (corpora/README.md, Time)."""
    if not published or offset < 0:
        return published
    said = None if not any(c.isdigit() for c in sentence[:offset]) and "накануне" not in sentence else \
        wording("timex_said_on_day").search(sentence, 0, offset)
    if said is None:
        # 'работают около 800 тысяч, заявил министр на заседании 12 марта': the verb before the day
        return told_on(sentence, published) or published
    if said["eve"]:
        return (date.fromisoformat(published) - timedelta(days=1)).isoformat()
    return report_day(said, published) or published


def told_as_verbless_stock(sentence: str, offset: int) -> bool:
    """'В «черном списке» – 84 тыс.', 'В России – 1 млн 63 тыс.': a place or a register, a dash
    and the figure, with no verb of a move or an issue before it, is what is there now."""
    start = max(sentence.rfind(mark, 0, offset) for mark in ",;:") + 1
    clause = wording("timex_stock_where").search(sentence, start, offset + 20)  # 'около 70'
    return clause is not None and clause.start() < offset and \
        not wording("timex_flow_verbs").search(sentence, 0, offset)


def default_quota(jurisdiction: Optional[str], text: str = "") -> Optional[Indicator]:
    """A bare 'квота' in a Kazakh release is the quota for foreign labour, in a Russian one
    the quota of work permits (`patterns/topic.toml`); in a text that speaks of residence
    permits more than of work ('смогут получить разрешение на временное проживание ... Такая
    квота'), of no quota the taxonomy has."""
    quota_id = topic()["default_quota"].get(jurisdiction or "")
    usual = by_id()[quota_id] if quota_id else None
    if usual is not None and usual.blockers and text and \
            len(wording("residence_papers").findall(text)) > len(wording("work_papers").findall(text)):
        return GENERIC_QUOTA
    return usual


def main_quota(views: list[SentenceView]) -> Optional[Indicator]:
    # a bare 'квота' never means the part of one category ('на сезонные работы выделили 600 квот')
    quotas = Counter(m.indicator.id for view in views for m in view.triggers
                     if m.indicator.category == "quota" and m.indicator.only_category is None)
    return by_id()[quotas.most_common(1)[0][0]] if quotas else None


def paragraph_spans(sentences: list[Sentence]) -> list[tuple[int, int]]:
    spans: dict[int, tuple[int, int]] = {}
    for s in sentences:
        start, end = spans.get(s.paragraph, (s.start, s.end))
        spans[s.paragraph] = (min(start, s.start), max(end, s.end))
    return [spans[i] for i in sorted(spans)]


def view_of(sentence: Sentence, text: str, tokens: list[Token], starts: list[int],
            mentions: list[Mention], mention_starts: list[int],
            published: Optional[str]) -> SentenceView:
    """The sentence's own tokens and mentions are found by bisection, not by a pass over
    the document's: the cost of a document stays linear in its length."""
    low, high = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
    own_tokens = tokens[low:high]
    first = bisect.bisect_left(mention_starts, sentence.start)
    last = bisect.bisect_left(mention_starts, sentence.end)
    own_text = text[sentence.start:sentence.end]
    lemmas = {t.lemma for t in own_tokens}
    if wording("not_topic").search(own_text):
        lemmas.discard("иностранный")  # 'министр иностранных дел' is diplomacy, not labour
    return SentenceView(
        sentence=sentence, text=own_text, tokens=own_tokens,
        mentions=mentions[first:last],
        triggers=outside_body_names(find_triggers(own_tokens), own_tokens, own_text, sentence.start),
        times=find_times(text, sentence.start, sentence.end, published)
        if HAS_DIGIT.search(own_text) or wording("timex_may_be_here").search(own_text) else [],
        topical=bool(lemmas & topic()["lemma_set"]),
        status=policy.status_of(own_text))


def outside_body_names(matches: list[TriggerMatch], tokens: list[Token], text: str,
                       offset: int) -> list[TriggerMatch]:
    """The triggers not wholly inside the name of a body for work abroad given as the source of
    the figures ('директор Центра трудоустройства граждан за рубежом', 'со ссылкой на Агентство
    внешней трудовой миграции'): the name says what the body does, not what the figures of its
    sentence count."""
    names = [(m.start() + offset, m.end() + offset) for m in wording("labour_body_name").finditer(text)]
    if not names:
        return matches
    return [m for m in matches if not any(start <= tokens[m.first].start and tokens[m.last].end <= end
                                          for start, end in names)]


def facts_of(view: SentenceView, context: Context, document: Document) -> list[Fact]:
    text = document.text
    if view.sentence.paragraph != context.paragraph and not view.sentence.is_list_item:
        context.header_open = False
    context.paragraph = view.sentence.paragraph
    note_table_section(view, context)
    add_generic_quota(view, context, document.jurisdiction)
    note_allotting(view, context)
    figures = find_figures(text, view.sentence.start, view.sentence.end, view.tokens)
    if figures:
        drop_label_triggers(view)
    pairs = find_pairs(figures, text)
    in_pairs = {id(p.first) for p in pairs} | {id(p.second) for p in pairs}
    comparisons = find_comparisons([f for f in figures if id(f) not in in_pairs], text,
                                   view.sentence.start, view.sentence.end, view.times,
                                   document.published)
    if comparisons:
        view.times = outside(view.times, comparisons)
    old_level = old_level_of_last(figures, text, view.sentence.start)
    if old_level is not None and context.last_level is not None and context.last_level.previous is None:
        context.last_level.previous = old_level.value
    elif context.recent_levels and view.sentence.paragraph - context.last_level_paragraph <= 2:
        for figure, fact in old_levels_of_recent(figures, text, view.sentence.start, view.times,
                                                 context.recent_levels, document.published):
            take_previous(fact, figure.value)
    facts: list[Fact] = []
    for pair in pairs:
        fact = pair_fact(pair, view, context, document)
        if fact:
            facts.append(fact)
    levels = [f for f in figures if f.is_level and id(f) not in in_pairs]
    if context.net_list and is_list_row(view):
        levels = []  # the items of a net-migration list: arrivals less departures
    for figure in levels:
        if attach_share(figure, facts, text):
            continue
        fact = level_fact(figure, view, context, document, levels, facts,
                          [c.previous for c in comparisons if c.current is figure])
        if fact:
            facts.append(fact)
    facts.sort(key=lambda f: f.evidence.start)
    attach_previous(comparisons, facts)
    restate_revised_quotas(comparisons, facts, text)
    attach_changes(figures, facts, view, text)
    item = operative_item(view, context, facts)
    measure = item or listed_measure(view, context, facts) \
        or (None if facts else policy.measure_status(view.text, view.status, context.measure_told))
    if measure is None and not facts and context.last_measure_status and policy.lists_package_items(view.text):
        measure = context.last_measure_status  # 'Среди них — соглашение о ...' after 'подписали пакет документов'
    if measure and (measure_on_topic(view, context, measure) or (item and context.topic_seen)) and not policy.tells_precedents(view.text, view.mentions) \
            and not (context.measure_told and policy.reviews_bill_told(view.text)) \
            and policy.may_state_measure(
            view.text, measure, counted=not item and any(not policy.counts_institutions(text, f) for f in levels), headline=is_headline(view, text),
            names_quota=any(m.indicator.category == "quota" for m in view.triggers)):
        view.status = measure
        if measure == "adopted" and policy.told_as_history(view.text, view.sentence.start, view.times,
                                                           document.published):
            return []  # 'Алматинский процесс запущен в 2011 году' in a text of 2017
        facts.append(measure_fact(view, document, context.home()))
        if item and facts[-1].indicator is None and context.indicator is not None:
            facts[-1].indicator = context.indicator.id  # the act's title named what its items rule on
        context.last_measure_status = measure
        facts[-1].time = TimeRef(period=measure_year(view, context, document))
        if policy.opens_facility(view.text):
            story_partner(facts[-1], view, context, document.jurisdiction)
    facts = share_out(facts, view, text)
    respectively(facts, view, text)
    for fact in facts:
        fact.assign_id(document.id)
    link_breakdown(facts, view, context, text)
    column_countries(facts, view, context, document.jurisdiction)
    update_context(view, context, facts, text)
    context.policy_stated = context.policy_stated or any(f.category in ("policy", "quota") for f in facts)
    context.body_topic_told = context.body_topic_told or (view.topical and view.sentence.paragraph > 0)
    context.figures_seen += sum(f.value is not None for f in facts)
    return facts


def listed_measure(view: SentenceView, context: Context, facts: list[Fact]) -> Optional[str]:
    """An item of a list of measures opening with an infinitive ('выстроить систему защиты прав
    граждан за рубежом' under 'предстоит решить три задачи:' after a draft's concept): the list's
    status, when the item has no figure of its own."""
    if context.measure_list and not facts and policy.opens_with_infinitive(view.text):
        return context.measure_list
    return None


def operative_item(view: SentenceView, context: Context, facts: list[Fact]) -> Optional[str]:
    """An item of an act's operative part with no figure of its own ('1. Одобрить проект
    Протокола о внесении изменений в Соглашение', 'Внести изменения в приложения к приказу'):
    a measure of the act whose text this is, whatever its own words name; the items with a
    figure are the act's levels. The enacting formula opens the part for the sentences after it."""
    if context.operative_part and not facts:
        return policy.operative_item_status(view.text)
    return None


# a line this short after a list header is an item of the list even with no bullet
# ('Астана (36821 человек),')
LIST_ROW_CHARACTERS = 60


def is_list_row(view: SentenceView) -> bool:
    return view.sentence.is_list_item or len(view.text.strip()) <= LIST_ROW_CHARACTERS


def measure_on_topic(view: SentenceView, context: Context, measure: str) -> bool:
    """A measure's sentence is on topic by its own words, or, in a text that has told a
    measure on topic already (its headline too), by naming the act or the rule it goes on
    about: 'Постановление подписал губернатор', 'Под запрет попала работа в такси'. In a text
    whose topic is named before it, a plan to open courses, a centre or a platform is the
    text's first measure though its own words name no migrant ('В трёх областях откроются
    курсы японского языка', 'С июня заработает онлайн-платформа для поиска вакансий'). A topical
    sentence that moves a procedure online ('С 1 января документы на разрешение подаются через
    портал') is on topic as one naming a rule is; so is, in a text whose topic is named, what is
    done under an agreement told as signed ('Экзамен проводится по соглашению, подписанному в
    декабре'): the deal the text is about."""
    if document_has_topic_words(view) or policy.on_topic(view.text) \
            or (view.topical and (policy.names_a_rule(view.text) or policy.moves_online(view.text.lower()))) \
            or (context.figures_seen >= 2 and measure in MEASURE_STATUSES) \
            or (not context.measure_told and measure == "adopted" and policy.tells_act_step(view.text)) \
            or opens_facility_first(view, context, measure) \
            or tells_partner_step(view, context, measure) \
            or (context.topic_seen and measure == "adopted" and policy.under_signed_deal(view.text.lower())) \
            or tells_headline_act(view, context, measure):
        context.measure_told = True
        return True
    return context.measure_told and (policy.continues_rule(view.text) or policy.continues_deal(view.text)
                                     or policy.lists_package_items(view.text)
                                     or (measure == "adopted" and policy.tells_similar_act(view.text, view.mentions))
                                     or (measure in STEP_STATUSES and policy.continues_act(view.text)))


def tells_partner_step(view: SentenceView, context: Context, measure: str) -> bool:
    """'Посольство призвало всех, кто летит в Россию, проверять статус', 'Российская сторона изучает
    возможность увеличить число мест для абитуриентов из Узбекистана', 'Москва и Ташкент обсуждают
    возможность поездок граждан по внутренним документам': in a text whose topic is named, a call, an
    offer or a plan about people who go to or come from another state, or its consulates, is on topic
    though it names no migrant."""
    home = context.home()
    return context.topic_seen and measure in ("proposed", "planned") \
        and any(m.kind == "country" and m.code != home or m.kind == "region" and home and m.code[:2] != home
                for m in view.mentions) \
        and policy.about_people_abroad(view.text)


def tells_headline_act(view: SentenceView, context: Context, measure: str) -> bool:
    """'В регионе ввели запрет на работу мигрантов' over 'С 21 января в крае начнёт действовать
    новый запрет', 'Соответствующее постановление подписал губернатор': a headline's measure is no
    fact of its own, so the body's first telling of its act, signed or in force from a day, is the
    measure though it names the act alone; once the body has told a measure it only retells it."""
    return context.measure_told and not context.body_topic_told and not context.policy_stated \
        and not context.figures_seen and measure == "adopted" \
        and policy.tells_act_in_force(view.text)


def opens_facility_first(view: SentenceView, context: Context, measure: str) -> bool:
    """'В трёх областях откроются курсы' as a text's first measure; one 'в рамках плана' points
    to a plan the text has not told, and goes on about it only after it (`continues_act`)."""
    return not context.measure_told and context.topic_seen and measure in STEP_STATUSES \
        and policy.opens_facility(view.text) and not policy.points_to_act(view.text)


def story_partner(fact: Fact, view: SentenceView, context: Context, jurisdiction: Optional[str]) -> None:
    """'Япония примет 10 тыс. специалистов из Узбекистана. В трёх областях откроются курсы':
    courses or a platform whose sentence names no state nor place abroad are for the partner of
    the figure told just before."""
    last = context.last_level
    if fact.dimensions.get("country") or last is None or view.sentence.start - last.evidence.end > policy.CARRY_REACH:
        return
    partner = last.dimensions.get("country")
    # a state or a city abroad named ('представительства в Екатеринбурге') is not the story's
    # partner; the partner's own adjective ('с японскими работодателями') is
    elsewhere = any(m.kind == "country" and not (m.demonym and m.code == partner)
                    or m.kind == "region" and m.code[:2] != jurisdiction for m in view.mentions)
    if partner and partner != jurisdiction and not elsewhere:
        fact.dimensions["country"] = partner


def note_measure_list(view: SentenceView, context: Context) -> None:
    """A header ending in ':' that names tasks, measures or provisions opens a list of measures in a
    text that told one (its status) or when it has a status of its own; the list runs while its
    items open with an infinitive. Advice to people ('Мигрантам советуют:') heads none."""
    if view.text.rstrip(" \"»”").endswith(":"):
        context.measure_list = (context.last_measure_status or view.status) \
            if policy.heads_measure_list(view.text) else None
    elif not policy.opens_with_infinitive(view.text):
        context.measure_list = None


def note_table_section(view: SentenceView, context: Context) -> None:
    """A table row that only labels the rows below it ('внутрирегиональная | ||', 'в том
    числе: в пределах России') says whether they count moves inside the country."""
    if "|" not in view.text:
        context.internal_rows = False
    elif not HAS_DIGIT.search(view.text) and LETTER.search(view.text):
        context.internal_rows = bool(wording("internal_rows_label").search(view.text))


LETTER = re.compile(r"[а-яё]", re.IGNORECASE)


def is_headline(view: SentenceView, text: str, stamped: bool = False) -> bool:
    """The first line of a text with a body after it, not ending as a sentence does; when
    `stamped`, the page's date and hour stand above it ('12 марта, 10:15')."""
    sentence = view.sentence
    return ((sentence.paragraph == 0 or stamped) and "\n" in text[sentence.end:sentence.end + 400]
            and not view.text.rstrip().endswith((".", "!", "?", ":")))


def note_column_times(view: SentenceView, context: Context, facts: list[Fact]) -> None:
    """A table header row that names a time per column dates the cells below it, until the
    text leaves the table."""
    if "|" not in view.text:
        context.column_times = {}
        return
    if facts or not view.times:
        return
    columns = {column_of(view, t.start): TimeRef(period=t.period, as_of=t.as_of)
               for t in view.times if not t.year_before}
    if len(columns) >= 2:
        context.column_times = columns
        context.column_cells = cells_of(view)


def is_month_of_year_to_date(period: Optional[str], year_to_date: Optional[str]) -> bool:
    """'2025-10' after '2025-01/2025-10': the last month of the span told before."""
    if not period or not year_to_date or len(period) != 7:
        return False
    span = period_or_none(year_to_date)
    return bool(span) and span.months[1] == period


def add_generic_quota(view: SentenceView, context: Context, jurisdiction: Optional[str] = None) -> None:
    """A bare 'Квота на 2024 год' means the quota the document is about."""
    usual = default_quota(jurisdiction)
    if usual is not None and usual.blockers and context.default_quota is GENERIC_QUOTA and \
            any(t.lemma == "квота" for t in view.tokens):
        # a text about residence-permit quotas: 'резерв квоты на выдачу таких разрешений' after
        # it names no quota of work permits, nor permits issued
        view.triggers = [m for m in view.triggers if not m.indicator.blockers]
    if any(m.indicator.category == "quota" for m in view.triggers):
        return
    for index, token in enumerate(view.tokens):
        if token.lemma == "квота":
            quota = context.quota or running_quota(context) or context.default_quota or GENERIC_QUOTA
            if quota.blockers and (context.default_quota is GENERIC_QUOTA or any(
                    t.lemma in quota.blockers for t in view.tokens[index:index + 16])):
                # 'квота на выдачу разрешений на временное проживание': no quota of work permits,
                # nor is 'резерв квоты' after it in the same text
                quota = context.default_quota = GENERIC_QUOTA
            view.triggers.append(TriggerMatch(quota, index, index, 2))


def running_quota(context: Context) -> Optional[Indicator]:
    """'Для расселения кандасов определены регионы. Квота приема на 2025 год – 2 309 человек': in a
    text that names no quota, a bare 'квота' after a count that one quota alone allots (the
    `allots` of `patterns/indicators.jsonl`) is that quota, not the state's usual one."""
    topic = context.indicator
    return allotting_quota(topic.id) if topic is not None and topic.category == "count" else None


def tells_a_move(view: SentenceView) -> bool:
    """'в этом году приехали 1,2 млн', 'уехали': people who came or left this once, whose count
    is no running topic of the figures after it (as people staying or applying are)."""
    classes = predicate_config()["classes"]
    moves = frozenset(classes["arrived"]) | frozenset(classes["departed"])
    return any(t.lemma in moves for t in view.tokens)


def update_context(view: SentenceView, context: Context, facts: list[Fact], text: str) -> None:
    context.operative_part = context.operative_part or policy.enacting_formula(view.text)
    note_measure_list(view, context)
    if not context.topic_seen and view.topical and document_has_topic_words(view):
        context.topic_seen = True  # the headline or a sentence before named the topic
    stripped = view.text.rstrip(" \"»”")
    opens_list = stripped.endswith(":")
    if opens_list:
        context.net_list = not facts and mentions_net_migration(view.text)
    elif not is_list_row(view):
        context.net_list = False
    # a bare 'квота' read as the state's usual quota names no topic for the sentences after it
    unnamed = (GENERIC_QUOTA, context.default_quota if context.quota is None else None)
    named = [m for m in view.triggers if m.indicator not in unnamed]
    if named:
        match = max(named, key=lambda m: (m.size, -m.first))
        context.indicator = match.indicator
        first, last = view.tokens[match.first], view.tokens[match.last]
        context.subject = view_text(view, first.start, last.end)
        # 'трудились 13,2 тыс. специалистов, привлеченных работодателями': the verb made the
        # figure a stock, and the list after it breaks the stock down
        said = next((f.indicator for f in reversed(facts) if f.indicator and f.value is not None
                     and f.rule == "level:trigger" and not {"country", "category"} & set(f.dimensions)),
                    None) or \
            next((f.indicator for f in reversed(facts)
                  if f.subject == context.subject and f.indicator and f.value is not None), None)
        if said and said != match.indicator.id:
            context.indicator = by_id()[said]
    elif context.indicator is None:
        # 'в Южной Корее находятся 55 тысяч граждан Узбекистана': a text that opens with a stock
        # its verb named (people staying), and no trigger yet, runs on that stock
        said = next((f.indicator for f in facts if f.indicator and f.value is not None
                     and f.category == "count" and f.rule == "level:trigger"
                     and by_id()[f.indicator].stock), None)
        if said and not tells_a_move(view):
            context.indicator = by_id()[said]
    note_column_times(view, context, facts)
    looks_back = any(t.year_before for t in view.times)
    # 'В прежние годы ...: в первом полугодии 2018 года – 6568': the figures of a look back
    # date no later figure
    for_comparison = bool(wording("for_comparison").match(view.text))
    for fact in facts:
        if view.times and (fact.time.period or fact.time.as_of):
            context.last_figure_time = fact.time
        if view.times and not looks_back and (fact.time.period or fact.time.as_of):
            if for_comparison:
                continue  # ('Большинство из них ...' after it takes the time of its figure)
            if fact.indicator:
                context.time_by_indicator[fact.indicator] = fact.time
            if not is_month_of_year_to_date(fact.time.period, context.year_to_date):
                # 'За октябрь выдано 148 215 патентов. Разрешений на работу оформлено 119,4
                # тыс.': another measure with no time goes on with the year to date
                context.time_by_category[fact.category] = fact.time
            if fact.time.period and starts_in_january(fact.time.period):
                context.year_to_date = fact.time.period
    own_times = [t for t in view.times if not t.year_before]  # 'годом ранее' does not carry on
    if for_comparison and not (opens_list and not facts):
        own_times = []  # 'Для сравнения, в 2018 году квота составляла ...' is a look back
    if own_times and opens_list and not facts and own_times[-1].period and \
            MONTH_OF_YEAR.fullmatch(own_times[-1].period) and \
            any(m.indicator.category == "quota" for m in view.triggers):
        # 'Для сравнения, в августе 2025 года квота выглядела иначе:' dates the items of its
        # list by the year: a quota is for a year, not for the month it was looked at
        own_times = own_times[:-1] + [replace(own_times[-1], period=own_times[-1].period[:4])]
    # a plain year, or a statistical span ('За девять месяцев этого года миграция снизилась'),
    # dates what follows even from a sentence with no figure of its own
    latest_period = (own_times[-1].period or "") if own_times else ""
    plain_year = bool(YEAR_OR_SPAN.fullmatch(latest_period))
    if own_times and (facts or named or opens_list or plain_year or is_headline(view, text)):
        # only the time of figures carries on; 'вынесен на обсуждение в ноябре' does not
        latest = own_times[-1]
        context.period = latest.period or context.period
        if opens_list and not facts:
            # 'Распределение по странам за девять месяцев:' dates its list, not an earlier figure
            context.time_by_indicator.clear()
            context.time_by_category.clear()
        context.as_of = latest.as_of if (opens_list or view.sentence.is_list_item) else None
    elif not view.sentence.is_list_item:
        context.as_of = None  # a date of a stock holds for its list, not beyond
    with_figures = [f for f in facts if f.value is not None]
    if context.quota is None:
        # a text whose quota no trigger names ('Корея предоставила Кыргызстану 3 300 квот'): the
        # quota its first figure turned out to be is what a bare 'квота' means after it
        named_quota = next((by_id()[f.indicator] for f in with_figures if f.category == "quota"
                            and f.indicator and by_id()[f.indicator].only_category is None), None)
        context.quota = named_quota
    if with_figures:
        context.last_level = with_figures[-1]
        context.last_level_paragraph = view.sentence.paragraph
        context.recent_levels = context.last_sentence_levels + with_figures
        context.last_sentence_levels = with_figures
    totals = [f for f in facts if not f.dimensions and f.value is not None]
    if totals:
        context.last_total, context.last_total_paragraph = totals[-1], view.sentence.paragraph
    if not view.sentence.is_list_item:
        for total in totals:
            context.recent_totals[(total.indicator, total.unit)] = total
    if opens_list:
        context.header_open = True
        context.header_total = totals[-1] if totals else None
        context.header_dated = bool(own_times) and not facts
        context.header_text = view.text
    elif not view.sentence.is_list_item:
        context.header_open = False
        context.header_total = None
        context.header_dated = False
        context.header_text = ""
