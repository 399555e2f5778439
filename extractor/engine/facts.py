"""Facts from figures: a level, a change 'с X до Y', a range, or a measure with no number.

Each builder decides whether a figure is worth reporting (a wrong number is worse
than a missing one) and fills the fact's indicator, unit, category, time and status.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Optional, Sequence

from extractor.engine import policy
from extractor.engine.attribution import is_location
from extractor.engine.breakdowns import (dimensions_for, drop_destination, host_side_country,
                                         is_citizenship, measure_region, measure_sector, named_as_place,
                                         take_destination, told_from_origin)
from extractor.engine.allotments import allotted_item
from extractor.engine.gazetteer import region_country
from extractor.engine.categories import config as categories_config, job_category, own_category
from extractor.engine.predicates import (config as predicate_config, counted_lemmas, governed,
                                         predicate_indicator, predicate_of,
                                         table_indicator, table_predicate)
from extractor.engine.tokens import is_verb
from extractor.engine.indicators import Indicator, best_trigger, by_id
from extractor.engine.numbers import LIST_JOINER_BEFORE, Figure, FigurePair, opens_part, unit_table
from extractor.engine.timex import TimeMention, tells_a_flow, year_to
from extractor.patterns import wording
from extractor.records import Change, Document, Evidence, Fact, TimeRef
from extractor.engine.state import (Context, SentenceView, cells_of, column_of, document_has_topic_words, token_index,
                             view_text)

COUNTED_UNITS = {"person", "unit", "permit", "patent", "percent", "profession", "post",
                 "vacancy", "activity", "entry", "family", "violation", "document", "application"}
# a figure that is one end of a range: '580-590 тысяч' read as one, '80–90 тысяч' as two
RANGE_TAGS = frozenset(["hyphen_range", "range_end"])
QUOTE_ATTRIBUTION = re.compile(r"[\"»”],?\s*[–—-]\s*[а-яё]+.*$", re.DOTALL)


def indicator_for(figure: Figure, view: SentenceView, context: Context, reach: int = 30,
                  ) -> tuple[Optional[Indicator], str, float]:
    """(indicator, subject, confidence): the nearest trigger within `reach` tokens, else the
    running topic."""
    match = best_trigger(view.triggers, token_index(view, figure.number_start), limit=reach)
    if match:
        first, last = view.tokens[match.first], view.tokens[match.last]
        subject = view_text(view, first.start, last.end)
        return match.indicator, subject, 0.9
    if context.indicator is not None and (context.header_open or view.sentence.is_list_item
                                          or not view.triggers):
        return context.indicator, context.subject or context.indicator.label, 0.7
    return None, "", 0.5


def labour_force_quota(figure: Figure, view: SentenceView, context: Context, text: str,
                       indicator: Optional[Indicator]) -> Optional[Indicator]:
    """'установить квоту для трудовых иммигрантов в размере 2,9% от численности рабочей силы':
    a share of the labour force is how a quota is set, whatever people the clause names; the
    quota of immigrants hired by private persons is the household one."""
    if not figure.percent or not wording("labour_force_share").match(text, figure.end):
        return None
    if indicator is not None and (indicator.category == "policy" or (
            indicator.category == "quota" and indicator.id != "foreign_labour_quota")):
        return None
    quotas = [m for m in view.triggers if m.indicator.category == "quota"]
    fallback = context.quota or context.default_quota
    if not quotas and not wording("sets_a_quota").search(view.text) and not (
            figure.qualifier == "at_most" and fallback is not None):
        return None  # 'в объеме до 0,25% от численности рабочей силы' in a text on the quota
    household = by_id().get("household_immigrant_quota")
    if household is not None and wording("household_quota").search(view.text):
        return household
    match = best_trigger(quotas, token_index(view, figure.number_start), limit=100)
    return match.indicator if match else fallback


def carries_over(figure: Figure, indicator: Indicator, view: SentenceView, context: Context,
                 has_dimension: bool, labelled: bool = False, text: str = "") -> bool:
    """May a figure with no trigger of its own take the running indicator?

    A list under a header does; so does a figure in the indicator's own unit. A quota
    carries over only in its own terms: 'выехали 1 034 человека' after a quota is a count,
    'Павлодарская область – 977 чел.' under a quota of people is an item of it.
    """
    # 'По регионам: в Атырауской области – 5 400, в Алматы – 4 100': a list the sentence opens
    in_list = view.sentence.is_list_item or context.header_open or (
        labelled and ":" in view.text[:figure.start - view.sentence.start])
    if indicator.category == "quota":
        # 'Из них на Бишкек приходится 100, на Ош – 30': a quota's share allotted to a region
        return continues_topic(figure, indicator, view) or (in_list and figure.unit is None) or (
            in_list and labelled and figure.unit == indicator.unit) or (
            has_dimension and figure.unit in (None, indicator.unit) and bool(text)
            and bool(wording("quota_share").search(text, view.sentence.start, figure.start))
            and predicate_of(figure, view.tokens, text)[0] == "allotted")
    before = max(view.sentence.start, figure.start - 60), figure.start
    # 'показатель вырос: 2022 год – 8 790, 2023 – 17 336': a list by year the sentence opens
    by_year = ":" in view.text[:figure.start - view.sentence.start] and \
        bool(wording("year_label_before").search(text, *before))
    return in_list or has_dimension or by_year or continues_topic(figure, indicator, view) or \
        bool(wording("counted_before").search(text, *before)) or \
        (names_status(indicator) and bool(wording("status_named_before").search(text, *before)))


def names_status(indicator: Indicator) -> bool:
    """Is the indicator a status people are given ('статус кандаса')? A bare 'статус' then
    stands for it."""
    return any("статус" in trigger for trigger in indicator.triggers)


def moves_people(figure: Figure, view: SentenceView, text: str) -> bool:
    """'из страны выехали 41,9 тыс. человек, а прибыли 12,8 тыс.': in a text about migration
    (the document passed its filter), people who arrive or leave are a count even with no
    topical noun."""
    if figure.unit == "entry":
        return True  # '12,8 млн выездов за границу': a crossing is a move in itself
    return figure.unit == "person" and predicate_of(figure, view.tokens, text)[0] in MOVING


MOVING = ("arrived", "departed", "returned")


def counted_further(figure: Figure, view: SentenceView, context: Context, text: str) -> bool:
    """'Еще 17 479 гражданам помогли вернуться', 'Также 34 тыс. мигрантам сократили срок' right
    after a count of people: more of the people the text is counting, even where the sentence
    has no word of migration. A figure in another unit (money, days) is something else."""
    last = context.last_level
    if last is None or last.unit != "person" or last.value is None or \
            view.sentence.paragraph - context.last_level_paragraph > 1:
        return False
    return figure.unit == "person" and bool(wording("further_count_before").match(
        text, view.sentence.start, figure.number_start))


def citizenship_acquired(view: SentenceView) -> bool:
    """'гражданами России стали 63 тыс. таджикистанцев', 'стали гражданами РФ': people who
    became citizens of a state the sentence names are the grant of its citizenship, as those
    who 'получили гражданство' are; citizens of a town ('почётными гражданами Бишкека') are none."""
    start = view.sentence.start
    return any(m.kind == "country" and not m.demonym and start + match.start() <= m.start < start + match.end()
               for match in wording("citizenship_acquired").finditer(view.text) for m in view.mentions)


def names_sending_people(figure: Figure, text: str) -> bool:
    """'задержали 17 узбекистанцев', 'выдворены 40 таджикистанцев': people a figure counts,
    named by a sending state's demonym, are its citizens abroad, as 'граждан Узбекистана' is,
    so the verb before them tells what they are counted for."""
    return figure.unit == "person" and bool(wording("sending_people_named").match(text, figure.number_end))


def sending_citizens_present(figure: Figure, view: SentenceView, text: str) -> bool:
    """'в России находились 544 тысячи 956 граждан КР', 'там пребывают 1,1 млн
    таджикистанцев': citizens of a sending state staying or working in a host state are its
    migrants, even where the sentence has no word of migration."""
    return figure.unit == "person" and bool(wording("sending_citizens_counted").match(
        text, figure.number_end, min(view.sentence.end, figure.end + 40))) and \
        predicate_of(figure, view.tokens, text)[0] == "stock"


def studies_abroad(figure: Figure, view: SentenceView, text: str, jurisdiction: Optional[str]) -> bool:
    """'в российских вузах учатся более 11 тысяч студентов из Кыргызстана', 'в вузы за рубежом
    поступили 6665 абитуриентов': a state's people who study or enrolled abroad, told by a verb
    of study (`patterns/predicates.toml`, class 'enrolled') with a foreign state or 'за рубежом'
    named, are a count with no indicator, by the host (corpora/README.md)."""
    if jurisdiction is None or figure.unit != "person" or figure.percent:
        return False
    if predicate_of(figure, view.tokens, text)[0] != "enrolled":
        return False
    return any(m.kind == "country" and m.code != jurisdiction for m in view.mentions) \
        or bool(wording("abroad").search(view.text))


def continues_topic(figure: Figure, indicator: Indicator, view: SentenceView) -> bool:
    """'Она составит 0,54%, или 49 100 единиц': the running indicator, in its own unit."""
    if figure.percent:
        return indicator.category in ("quota", "policy")
    if indicator.category == "quota":
        # people are a quota's unit only where the sentence still speaks of allotting
        return figure.unit in ("unit", "permit") or (
            figure.unit == "person" and bool(wording("quota_wording").search(view.text)
                                             or wording("quota_referred").search(view.text)))
    # 'Разрешений оформлено 119,4 тыс. В октябре их выдано 11,9 тыс.': the same quantity
    return view.topical and (figure.unit == indicator.unit or (figure.unit is None and figure.scaled))


def level_fact(figure: Figure, view: SentenceView, context: Context, document: Document,
               levels: list[Figure], earlier: list[Fact],
               compared_with: Sequence[Figure] = ()) -> Optional[Fact]:
    """A level from one figure; `earlier` are the facts already read in this sentence,
    `compared_with` the old levels the sentence compares the figure with."""
    text = document.text
    if not stands_alone(figure, view, levels, text):
        return None
    if is_net_migration(figure, view, text):
        return None  # arrivals less departures: a difference, not a fact
    if wording("increment_stated").search(clause_text(figure, view, text)[:figure.start - figure.end or None]):
        return None  # 'прибавка составила 508 кандасов и 323 переселенца': by how much, no level
    if figure.percent and words_before(text, figure.number_start, 1) == ["на"]:
        # 'квота исчерпана в Москве на 100%, в Южном округе на 65%': how far it was used, or by
        # how much a level moved, never a level of its own (corpora/README.md)
        return None
    if wording("local_staff").search(clause_text(figure, view, text) +
                                     text[figure.end:min(view.sentence.end, figure.end + 30)]) and \
            not wording("abroad_place").search(view.text) and \
            "иностран" not in text[figure.number_end:figure.number_end + 20].lower():
        return None  # 'у них трудятся 433 тыс. казахстанцев': the employers' own staff at home
    if wording("local_staff_label").search(text, max(view.sentence.start, figure.number_start - 90),
                                           figure.number_start):
        return None  # 'персонала – казахстанцы: более 348 тыс. человек'
    if staff_of_foreign_labour_employers(figure, view, document.jurisdiction, text):
        return None  # 'на предприятиях, привлекающих ИРС, трудятся 31,4 тыс. граждан Таджикистана'
    if is_row_number(figure, text):
        return None
    if is_state_population(figure, view, document.jurisdiction, text):
        return None  # 'в Узбекистане проживали 33 085 200 человек': the population, no migrants
    if wording("home_labour_market").search(view.text) and \
            not wording("home_labour_market_migrants").search(view.text) and \
            not in_a_foreign_state(view, document.jurisdiction, text):
        return None  # 'численность трудовых ресурсов достигла 20,35 млн': the labour market at home
        # (not 'через центр занятости трудоустроены 4 200 граждан в Великобритании')
    if wording("casualties").search(view.text) or \
            wording("per_each").search(text, max(view.sentence.start, figure.start - 16), figure.start) or \
            wording("print_run").search(text, max(view.sentence.start, figure.start - 16), figure.start):
        return None  # 'погибли 73 мигранта', 'на каждые 10 работников приходится один', 'тиражом в 5 тысяч'
    if is_ratio_or_sample(figure, view, text):
        return None  # 'восемь из десяти мигрантов'; 'в опросе приняли участие 22 800 человек'
    if is_rate(figure, text) or wording("internal_migration").search(view.text) or \
            (context.internal_rows and "|" in view.text):
        return None  # '2,3 человека на 1000 жителей'; 'переезжают внутри страны'
    if figure.percent and wording("share_of_total").match(text, figure.end, view.sentence.end) and \
            not shares_whole_by_place(figure, view, text, False):
        return None  # '(16% от суммарной потребности регионов)': a part of a total given elsewhere
    if figure.percent and wording("share_of_quota").match(text, figure.end, view.sentence.end) and \
            not allotted_to_region(figure, view, text):
        return None  # '72,6% от потребности', '92% квоты': a part of another level, no level
    if counts_other_people(figure, view, text):
        return None  # the players of a match, a demand for staff, local suspects
    indicator, subject, confidence = indicator_for(figure, view, context)
    whole = total_of_part(figure, view, context, text, earlier)
    if whole is not None and not figure.percent:
        figure.unit = whole.unit
    if whole is not None and (confidence < 0.9 or indicator is None):
        # 'более 26 000 человек. Почти 15 000 из них прошли отбор': the part counts what its
        # total counted, at its time, unless its own words name another measure
        indicator = by_id()[whole.indicator] if whole.indicator else None
        subject, confidence = whole.subject, 0.9
    if figure.unit == "activity" and (view.status or policy.bans_activities(view.text)):
        if policy.shares_in_activities(view.text):
            return None  # 'снизить долю иностранцев в девяти видах деятельности': where shares change
        # 'привлекать иностранцев нельзя будет в 88 видах деятельности': the reach of a ban
        indicator, subject, confidence = by_id()["sector_cap"], by_id()["sector_cap"].label, 0.9
    elif figure.unit == "activity":
        return None  # 'заняты в 12 сферах': the branches people work in are no count of people
    share_quota = labour_force_quota(figure, view, context, text, indicator)
    if share_quota is not None:
        indicator, subject, confidence = share_quota, share_quota.label, 0.9
    if indicator is not None and indicator.category == "quota" and not figure.percent and \
            wording("part_of_total").search(text, max(view.sentence.start, figure.number_start - 40),
                                            figure.number_start) and \
            not wording("share_set_aside").match(text, figure.end):
        # 'квота – 2 309 человек, из которых 1 286 уже переселены': what its verb measures
        indicator = predicate_indicator(figure, view.tokens, text)
        subject, confidence = (indicator.label, 0.9) if indicator is not None else (subject, confidence)
    dimensions = dimensions_for(figure, view, document.jurisdiction, text)
    own = own_category(figure, view, text)
    if own:
        dimensions["category"] = own  # '549 руководителей и заместителей, 3,7 тыс. специалистов'
    elif "category" not in dimensions:
        slug = job_category(figure, view, text, any("category" in f.dimensions for f in earlier))
        if slug:
            dimensions["category"] = slug
    if indicator is not None and confidence < 0.9 and counts_other_things(indicator, figure, dimensions,
                                                                           earlier):
        # 'По странам исхода лидирует Китай — 5 512 человек' after the quota's paragraph, 'в
        # строительстве – 5 204 человека' after the permits': the people counted by the last
        # total of people, not the quota or the permits the running topic is about
        people = [f for f in context.recent_totals.values() if f.unit == "person" and
                  f.category == "count" and f.indicator]
        if people:
            indicator, subject = by_id()[people[-1].indicator], people[-1].subject
    runs_on = list_runs_on(figure, dimensions, view, context.last_level, text) \
        if confidence < 0.9 else None
    if runs_on is not None:
        # 'Китай — 5 512 человек. Далее идут Турция (1 811), Индия (1 268)': the list of the
        # sentence before goes on, counting what it counted
        indicator, subject, confidence = by_id()[runs_on.indicator], runs_on.subject, 0.8
    if indicator is None:
        indicator = table_indicator(figure, text) or (
            predicate_indicator(figure, view.tokens, text)
            if view.topical or names_sending_people(figure, text) else None)
        confidence = 0.9 if indicator is not None else confidence
        subject = indicator.label if indicator is not None else subject
    if indicator is None and residence_places_allowed(figure, view, context, text):
        # 'Смоленская область сможет выдать разрешения на временное проживание 2 500 иностранцев',
        # 'может быть выдано 110 880 разрешений' in a text on residence-permit quotas: what the
        # quota allows, a level of no quota the taxonomy has, not people or permits counted
        indicator, subject, confidence = context.default_quota, context.default_quota.label, 0.9
    if indicator is None and "category" in dimensions:
        # the fifth item of a list of categories is far from the quota the list opens with
        indicator, subject, confidence = indicator_for(figure, view, context, reach=200)
    last = context.last_level
    of_last_quota = (confidence < 0.9 and "category" in dimensions and last is not None
                     and bool(last.indicator) and last.category == "quota"
                     and by_id()[last.indicator].only_category in (None, dimensions["category"])
                     and all(f.indicator == last.indicator for f in earlier))
    if of_last_quota:
        # 'выделено 7 723 квоты. По первой категории из них – 144': the quota just given
        indicator, subject, confidence = by_id()[last.indicator], last.subject, 0.8
    listed = [f for f in earlier if "category" in f.dimensions and f.indicator
              and by_id()[f.indicator].only_category in (None, dimensions.get("category"))]
    if "category" in dimensions and confidence < 0.9 and listed:
        # 'для первой категории выдано 374 разрешения, для второй – 1 200': the list's own
        # measure, unless it is one of a single category ('на сезонные работы привлечены 798')
        indicator, confidence = by_id()[listed[-1].indicator], 0.8
    allotted = allotted_item(indicator, figure, view, context, text)
    if allotted is not None:
        # 'Распределение квоты: для кандасов: Павлодарская область – 977 чел.': an item of the quota
        indicator, subject, confidence = allotted, allotted.label, 0.9
    found = indicator
    indicator = governed(indicator, figure, view.tokens, text, context.quota, document.jurisdiction,
                         context.indicator, list_lead(view, context), context.story)
    if indicator is not None and indicator is not found and indicator.category == "quota" and \
            indicator.id in context.story:
        # 'Край получил квоту на 3 100 иностранцев' over 'Это каменщики – 900 человек': a count
        # the headline's quota makes its item is read as surely as the quota itself
        confidence = max(confidence, 0.9)
    bare_quota = indicator is not None and (not indicator.id or (
        context.quota is None and indicator is context.default_quota))
    if bare_quota and indicator.category == "quota" and \
            dimensions.get("country") not in (None, document.jurisdiction) and \
            document.jurisdiction in predicate_config()["direction"]["sending_states"]:
        # 'С британцами начали в 2022 году – тогда квота была 1 тысяча человек': in a sending
        # state's text a quota of a foreign state is its scheme for the state's citizens
        indicator = by_id()["seasonal_visa_quota"]
    if indicator is not None and confidence < 0.9 and table_predicate(figure, text):
        confidence = 0.9  # the row label or column header names what the cell counts
    if indicator is None or (confidence < 0.9 and indicator.host_side):
        # 'Всего в России проживают 630 тысяч граждан Кыргызстана' after a paragraph on the
        # black list: the state's own people staying abroad, not the host's list going on
        indicator, subject, confidence = own_people_present(
            figure, view, document.jurisdiction, text, dimensions) or (indicator, subject, confidence)
    if indicator is None:
        indicator = present_in_host(figure, view)
        subject, confidence = (indicator.label, 0.9) if indicator is not None else (subject, confidence)
    rest = rest_of_list(figure, dimensions, view, text, earlier + (
        [context.last_level] if view.sentence.is_list_item and context.last_level else []))
    sibling = None if rest or confidence >= 0.9 else next_item_of(figure, dimensions, view, text, earlier)
    if sibling is not None:
        # 'занята на стройках – 82 187, в сфере обслуживания – 14 581': the next item of the
        # same list, whatever its label names
        indicator, subject, confidence, rest = by_id()[sibling.indicator], sibling.subject, 0.8, True
    item = None if rest or confidence >= 0.9 else earlier_item(figure, dimensions, text, earlier)
    if item is not None:
        # 'в Павлодарской области предусмотрен приём 977 человек, в Акмолинской — 285': the
        # next region or country of the list this sentence began, measuring what it measured
        indicator, subject, confidence = by_id()[item.indicator], item.subject, 0.8
    if rest:
        dimensions.pop("country", None)  # '2,9% – из Монголии и 4% – из других стран': no country
    by_sex = is_sex_item(figure, view, text) or is_subgroup_item(figure, view, text)
    if indicator is None and earlier and ("country" in dimensions or "region" in dimensions
                                          or "sector" in dimensions or rest or by_sex
                                          or quota_by_year(figure, view, text, earlier)):
        # 'в Казахстане находятся 65 тыс. кыргызстанцев, в Турции — 60 тыс.', 'заняты в
        # строительстве – 5 204, ..., в торговле – 850': the list's measure
        first = next((f for f in earlier if f.indicator and f.value is not None
                      and (f.unit == "percent") == figure.percent), None)
        if first is not None and figure.unit in (None, first.unit):
            indicator, subject, confidence = by_id()[first.indicator], first.subject, 0.8
    entry = host_entry(indicator, figure, view, context, text)
    indicator = entry or indicator
    seen = indicator if entry or foreign_counted(figure, view) else \
        as_seen_by(indicator, view, document.jurisdiction, clause_text(figure, view, text))
    if seen is not indicator:
        # the state's own people abroad: 'через агентства выехали' is then organised recruitment
        indicator = governed(seen, figure, view.tokens, text, context.quota, document.jurisdiction,
                             context.indicator, story=context.story)
    if indicator is not None and indicator.id == "immigrants_arrived" and (
            confidence < 0.9 or wording("neutral_move").search(view.text)) and \
            moved_abroad(figure, dimensions, view, document.jurisdiction, text):
        indicator = by_id().get("emigrants_departed", indicator)
    if indicator is not None and indicator.host_side:
        host_side_country(figure, dimensions, view, document.jurisdiction, text, indicator.sends_back)
        if indicator.sends_back and "country" not in dimensions and \
                document.jurisdiction in predicate_config()["direction"]["sending_states"] and \
                wording("counted_before").search(text, max(view.sentence.start, figure.start - 60),
                                                 figure.start):
            # 'Выросло число граждан, выдворенных из России. За полгода их было 17 134' in a
            # Tajik release: the state's own people sent back, told of in the sentence before
            dimensions["country"] = document.jurisdiction
    if indicator is not None and indicator.inbound:
        drop_destination(figure, dimensions, view, text)
    # (the host's own count of entries for work is by citizenship: host_side_country above)
    if entry is None and indicator is not None and (
            indicator.outbound or document.jurisdiction in indicator.outbound_states) and confidence >= 0.9:
        # (a running topic may be wrong: 'российский паспорт получили 13 тыс. узбекистанцев')
        take_destination(figure, dimensions, view, document.jurisdiction, text)
    elif entry is None and dimensions.get("country") is not None and \
            dimensions["country"] == document.jurisdiction \
            and wording("own_people_work_abroad").search(view.text) \
            and not placed_in_another_state(dimensions, document.jurisdiction):
        # 'из 15 тысяч казахстанцев, которые работают в Южной Корее' in a Kazakh text: its own
        # people working or gone abroad, counted by where they are, whatever the measure read
        take_destination(figure, dimensions, view, document.jurisdiction, text)
    if entry is None and told_from_origin(figure, view, document.jurisdiction, text, context.own_data):
        # 'в Россию выехали 638 934 гражданина Таджикистана' in a text read as Russia's: a
        # state's people gone abroad, counted by where they went (corpora/README.md)
        dimensions["country"] = document.jurisdiction
        if indicator is None or indicator.host_side:
            indicator = by_id()["citizens_abroad"]
    clause = clause_text(figure, view, text)
    cap = figure.percent and figure.qualifier in ("at_most", "at_least") and policy.is_limit(clause)
    header = context.header_total if (context.header_open or view.sentence.is_list_item) else None
    if header is None and indicator is None and "country" in dimensions and \
            context.last_total is not None and context.last_total.unit == "person" and \
            context.last_total_paragraph == view.sentence.paragraph - 1 and \
            is_labelled_item(figure, dimensions, text):
        # 'вернули 621 человека.' then a paragraph 'из России — 460 человек, из Турции — 71':
        # the items of the total just given
        header = context.last_total
    if header is None and indicator is None and "country" in dimensions:
        # 'гражданами России стали 650 тыс. иностранцев, из них 63 400 — таджикистанцы': the
        # part of a total of this sentence that has no indicator either
        header = total_broken_down(figure, text, earlier)
        if header is not None and header.dimensions.get("country") == dimensions["country"]:
            header = None
    if header is None and indicator is None:
        # 'в Турции находятся 60 тыс. кыргызстанцев, в Казахстане — 45 тыс.': the next item of
        # a list by country whose first item names no measure either
        header = unnamed_list_item(figure, dimensions, text, earlier or items_just_before(view, context))
    by_year = None
    if header is None and indicator is None:
        # 'в 2017 году гражданство получили 23 334 человека, в 2018-м – 21 067': the next year
        # of a count with no indicator, of the same people
        header = by_year = unnamed_year_item(figure, text, earlier)
        if by_year is not None:
            for key, code in by_year.dimensions.items():
                dimensions.setdefault(key, code)
    referred = changed = None
    if indicator is None or confidence < 0.9:
        referred = level_referred_to(figure, view, context, text, levels)
    own_level = own_level_taken_up(figure, [*levels, *compared_with], view, text) if referred is None else None
    if indicator is None or confidence < 0.9:
        changed = referred.unit if referred is not None else own_level.unit if own_level is not None \
            else new_level_unit(figure, view, text)
    if own_level is not None:
        # 'для граждан Узбекистана выделялось 228 мест, а ... их число выросло до 405': the new
        # level is of whom the old one was
        for key, code in dimensions_for(own_level, view, document.jurisdiction, text).items():
            if code is not None:
                dimensions.setdefault(key, code)
        partner = None if "country" in dimensions else policy.partner_country(
            view.mentions, context.home() or document.jurisdiction, text, view.text)
        if partner:
            dimensions["country"] = partner  # 'по Корее у нас было 750 мест': the state the places are with
    if referred is not None:
        # 'Квота составляла 14 800 единиц. С марта её увеличили до 16 500': the level before
        indicator, subject, confidence = by_id()[referred.indicator], referred.subject, 0.8
        figure.unit = figure.unit or referred.unit
    elif changed is not None and indicator is not None and (indicator.unit != changed or not carries_over(
            figure, indicator, view, context, bool(dimensions) or rest or by_sex,
            is_labelled_item(figure, dimensions, text))):
        # 'число мест увеличено на 120 – до 750' after a paragraph on migrants: the change
        # names what it counts, and the running topic is not it
        indicator, header, confidence = None, None, 0.0
    if indicator is None and header is not None and (dimensions or by_year) and \
            figure.unit in (None, header.unit):
        subject, confidence = header.subject, 0.6  # an item of a list whose total has no indicator
        figure.unit = header.unit
    elif indicator is None and whole is None:
        if changed is None and not (
                view.topical and (figure.unit in ("person", "permit", "patent", "entry", "application") or cap)
                and (document_has_topic_words(view) or moves_people(figure, view, text)
                     or sending_citizens_present(figure, view, text)
                     or citizenship_acquired(view)
                     or studies_abroad(figure, view, text, document.jurisdiction))) and \
                not counted_further(figure, view, context, text):
            return None
        figure.unit = figure.unit or changed
        subject = clause_subject(figure, view)
        if studies_abroad(figure, view, text, document.jurisdiction):
            # 'в российских вузах учатся 11 тысяч студентов из Кыргызстана': counted by the host
            take_destination(figure, dimensions, view, document.jurisdiction, text)
    elif confidence < 0.9 and not of_last_quota and item is None and referred is None and \
            not carries_over(figure, indicator, view, context, bool(dimensions) or rest or by_sex,
                             is_labelled_item(figure, dimensions, text), text):
        moved = predicate_indicator(figure, view.tokens, text) if moves_people(figure, view, text) else None
        if moved is not None:
            # 'каждый год приезжают примерно 3,5 млн иностранцев' in a text on the quota: people
            # who come or leave, told by their own verb, whatever measure the text runs on
            indicator, subject, confidence = moved, moved.label, 0.9
        elif not counted_further(figure, view, context, text):
            return None
        else:
            # 'Еще примерно у 17 тысяч человек сокращен срок пребывания': more of the same
            # people, with an act of their own that the running measure does not name
            indicator, subject = None, clause_subject(figure, view)
    labelled = rest or is_labelled_item(figure, dimensions, text) or is_row_figure(figure, view, text) \
        or heads_share_list(figure, dimensions, levels, text) or (by_sex and not dimensions) \
        or "counted_one" in figure.tags
    if figure.percent and whole is not None and not share_of_part_by_place(figure, whole, dimensions, view) \
            and not share_by_place(figure, indicator, dimensions, view, text):
        return None  # '30% из них — женщины': a share of the total by no place of its own
    if not is_plausible_level(figure, indicator, bool(dimensions), cap, clause, labelled) and \
            not share_by_place(figure, indicator, dimensions, view, text) and \
            not share_of_part_by_place(figure, whole, dimensions, view) and \
            not (indicator is not None and indicator.category == "quota" and allotted_to_region(figure, view, text)):
        return None
    if indicator is not None and indicator.unit == "percent" and not figure.percent \
            and figure.unit is None and confidence < 0.9:
        return None  # 'Фото: Астрахань 24' under a cap in shares: a share is written as one
    if indicator is not None and dimensions.get("category") == "seasonal" and \
            indicator.id in categories_config()["abroad_indicators"]:
        del dimensions["category"]  # 'сезонных виз', 'на сезонные работы в Англию': no quota category
    category = "policy" if cap else (indicator.category if indicator
                                     else header.category if header else "count")
    if category == "count" and told_as_forecast(figure, view, text):
        return None  # 'до миллиона мигрантов могут вернуться': a forecast, not a count
    if category in ("count", "quota") and figure.tags & RANGE_TAGS:
        return None  # '80–90 тысяч кыргызстанцев': a count given as a range (corpora/README.md)
    qualifier = figure.qualifier
    step_clause = change_clause(figure, view, text) if qualifier == "at_most" else clause
    direction = policy.change_direction(step_clause) if qualifier == "at_most" else None
    if direction and words_before(text, figure.number_start, 1) == ["до"]:
        qualifier = "exact"  # 'сократили до 23 560 единиц': the new level, not a cap
        if category != "count" or (indicator is None and (
                figure.unit != "person" or policy.is_act_of_change(step_clause))):
            category = "policy"  # 'число мест увеличено на 120 – до 750': a rule's new level
        elif policy.changes_quota(step_clause, text[view.sentence.start:figure.start]):
            category = "policy"  # 'квота ... в 2024 году она вырастет до 10 000': the quota's new level
    elif qualifier in ("at_most", "at_least") and policy.is_limit(clause) and category != "count":
        category = "policy"
    elif category == "quota" and wording("quota_proposed_level").search(clause):
        category = "policy"  # 'квоту предложили установить в 278,9 тыс.': a proposal with its level
    fact = Fact(category=category, subject=subject, value=figure.value,
                unit=figure.unit or ("percent" if figure.percent else
                                     # 'число бюджетных мест увеличено до 800': the amount's noun
                                     new_level_unit(figure, view, text) or
                                     papers_unit(indicator, earlier) or
                                     unit_of_running_total(view, context, earlier) or
                                     (indicator.unit if indicator else None)),
                evidence=evidence(text, figure.start, figure.end, view),
                rule=f"level:{'trigger' if confidence >= 0.9 else 'context' if indicator else 'topic'}",
                indicator=indicator.id or None if indicator else None, qualifier=qualifier,
                dimensions=dimensions,
                time=time_for(figure.number_start, view, context, indicator, category=category,
                              end=figure.end),
                status=view.status if category in ("quota", "policy") else None,
                confidence=confidence)
    if header is not None and header is context.last_total and \
            not (fact.time.period or fact.time.as_of):
        fact.time = replace(header.time)  # an item of the total before it, at its time
    if whole is not None and not (fact.time.period or fact.time.as_of):
        fact.time = replace(whole.time)
    if whole is not None and "country" not in fact.dimensions and whole.dimensions.get("country") and \
            "part_opened" not in figure.tags:  # 'из них 39 женщин': a part by its own words
        fact.dimensions["country"] = whole.dimensions["country"]
    if direction and qualifier == "exact":
        baseline = baseline_figure(figure, levels, text, view) or own_level
        fact.previous = baseline.value if baseline else referred.value if referred else None
        fact.change = (change_between(baseline.value, figure.value, direction) if baseline
                       else Change(direction=direction))
    if fact.category == "count" and fact.unit == "person" and policy.under_amnesty(
            text[max(view.sentence.start, figure.start - 90):min(view.sentence.end, figure.end + 40)]):
        # 'амнистия для 158 тыс. граждан', 'амнистированы 120 590 граждан': the reach of a measure
        fact.category, fact.status = "policy", view.status or "adopted"
        if fact.indicator is None:
            fact.indicator = "entry_bans"
        # a host's amnesty counts its foreigners by citizenship ('амнистия в России коснулась
        # 150 тысяч узбекистанцев' is UZ), as its bans and expulsions do
        host_side_country(figure, fact.dimensions, view, document.jurisdiction, text, True)
    return fact


def residence_places_allowed(figure: Figure, view: SentenceView, context: Context, text: str) -> bool:
    """A figure told as what may be granted ('смогут оформить', 'может быть выдано', 'сможет
    принять', 'предусматривает') in a text whose bare 'квота' is the quota of residence permits
    (its default quota has no id: `pipeline.default_quota`)."""
    quota = context.default_quota
    return quota is not None and not quota.id and figure.unit in (None, "person", "permit") and \
        wording("residence_places_allowed").search(text, view.sentence.start, figure.end) is not None


def moved_abroad(figure: Figure, dimensions: dict, view: SentenceView, jurisdiction: Optional[str],
                 text: str) -> bool:
    """'Из них 6 813 переехали в Казахстан, 46% – в Россию', 'Основные направления – Казахстан
    (14 тыс.)': a country other than the reporting state that people moved into is where they
    went, so they left; arrivals come from a country ('из России'). Only for a figure with no
    trigger of its own or a move with no direction ('переехали'): 'прибывших в Узбекистан' says
    the arrivals itself."""
    country = dimensions.get("country")
    if not country or not jurisdiction or country == jurisdiction:
        return False
    countries = [m for m in view.mentions if m.kind == "country"]
    if any(wording("from_country_before").search(text, max(0, m.start - 4), m.start)
           or is_citizenship(m, text) for m in countries):
        # 'из России в Кыргызстан прибыли 192 258', 'в Узбекистан переехали 140 граждан
        # Таджикистана': an arrival counted by its origin
        return False
    for mention in countries:
        if mention.code == country and \
                wording("into_country_before").search(text, max(0, mention.start - 4), mention.start) \
                and not is_location(text, mention):
            return True
    return bool(wording("destinations_named").search(text, view.sentence.start, figure.number_start))


def quota_by_year(figure: Figure, view: SentenceView, text: str, earlier: list[Fact]) -> bool:
    """'устанавливает квоту: в 2021 году – не более 18 тыс., в 2022 году – 23 тыс., а начиная с
    2023 года – 30 тыс.': a quota's levels year by year after a colon, each item the quota's."""
    colon = text.rfind(":", view.sentence.start, figure.start)
    return colon >= 0 and all(f.evidence.start > colon and f.indicator and by_id()[f.indicator].category == "quota"
                              for f in earlier if f.value is not None)


def own_people_present(figure: Figure, view: SentenceView, jurisdiction: Optional[str],
                       text: str, dimensions: dict[str, Optional[str]],
                       ) -> Optional[tuple[Indicator, str, float]]:
    """'В России находятся 411 тысяч кыргызстанцев' in a Kyrgyz text: the state's own people
    staying or working abroad, named by their citizenship right after the figure, with a verb
    of being or working (`patterns/predicates.toml`, class 'stock'), in a foreign country or
    'за рубежом'."""
    if jurisdiction is None or figure.unit != "person" or figure.percent:
        return None
    if dimensions.get("country") in (None, jurisdiction) and not wording("abroad").search(view.text):
        return None
    own = wording("own_people_after").match(text, figure.number_end, view.sentence.end) or any(
        m.kind == "country" and m.code == jurisdiction and m.start <= figure.end + 16
        and m.start >= figure.number_end and is_citizenship(m, text) for m in view.mentions)
    predicate, clause = predicate_of(figure, view.tokens, text)
    # 'В России около 640 тысяч кыргызстанцев.': with no verb at all, the country says where
    verbless = predicate is None and dimensions.get("country") not in (None, jurisdiction) \
        and not any(is_verb(t.text) for t in view.tokens)
    studying_there = studying(predicate, clause) and any(
        m.kind == "country" and m.code != jurisdiction and named_as_place(m, text) for m in view.mentions)
    if not own or not (predicate == "stock" or verbless or studying_there):
        return None
    return by_id()["citizens_abroad"], clause_subject(figure, view), 0.9


def studying(predicate: Optional[str], clause: list) -> bool:
    """'учатся', 'обучаются': of the verbs of enrolling, those that keep people where they study
    (`patterns/predicates.toml`, `staying_abroad`), not 'поступили', 'зачислены'."""
    lemmas = predicate_config()["staying_abroad"]["lemmas"]
    return predicate == "enrolled" and any(t.lemma in lemmas for t in clause)


def present_in_host(figure: Figure, view: SentenceView) -> Optional[Indicator]:
    """'на январь в России находились 544 тысячи 956 граждан КР': with no measure found, people
    counted as a state's citizens, in a sentence of being or registering on a host's soil, are
    the host's count of foreigners present (`patterns/predicates.toml`, `present_defaults`)."""
    if figure.unit != "person" or figure.percent or "гражданин" not in counted_lemmas(figure, view.tokens):
        return None
    return next((by_id()[to] for entry, to in predicate_config().get("present_defaults", {}).items()
                 if wording(entry).search(view.text)), None)


def counts_other_things(indicator: Indicator, figure: Figure, dimensions: dict,
                        earlier: list[Fact]) -> bool:
    """A figure of people under a running topic that counts something else."""
    people = figure.unit == "person" or (figure.unit is None and not figure.percent
                                         and bool(earlier) and earlier[-1].unit == "person")
    if not people:
        return False
    if indicator.category == "quota":
        return "country" in dimensions
    return indicator.unit in ("permit", "patent") and figure.unit == "person"


def list_runs_on(figure: Figure, dimensions: dict, view: SentenceView, last: Optional[Fact],
                 text: str) -> Optional[Fact]:
    """The item of a breakdown whose list began in the sentence before, in the same paragraph
    (the last fact read was an item by the same dimension), when this sentence names no
    measure of its own: the earlier item, whose indicator the list keeps."""
    if last is None or not last.indicator or last.value is None or last.category != "count" \
            or view.triggers:
        return None
    # 'Выехали 4847 человек. Чаще всего – в Казахстан (56,3%), затем в Россию (36,9%)': the
    # total just given, broken down by country in shares or in its own unit
    of_total = not last.dimensions and last.unit == "person" and "country" in dimensions and \
        (figure.percent or figure.unit in (None, "person"))
    if not of_total and not dimensions.keys() & last.dimensions.keys() & LIST_DIMENSIONS:
        return None
    if last.evidence.end > view.sentence.start or \
            "\n" in text[last.evidence.end:view.sentence.start]:
        return None  # the same sentence is read by its own rules; a new paragraph starts anew
    if not of_total and (figure.percent != (last.unit == "percent") or figure.unit not in (None, last.unit)):
        return None
    return last if is_labelled_item(figure, dimensions, text) else None


LIST_DIMENSIONS = {"country", "region"}


def list_lead(view: SentenceView, context: Context) -> str:
    """The header a list item stands under ('Основные страны выхода:'), which says what the
    items count as a sentence's start would; else nothing."""
    return context.header_text if view.sentence.is_list_item and context.header_open else ""


def unnamed_list_item(figure: Figure, dimensions: dict, text: str,
                      earlier: list[Fact]) -> Optional[Fact]:
    """The item before in this sentence's list by country of people with no indicator, when
    the figure is the next item, labelled beside it ('выходцы из Армении (7,5 тыс. человек) и
    Казахстана (4,1 тыс.)'), in the same unit, and of another country."""
    if "country" not in dimensions or figure.percent or figure.unit not in (None, "person") or \
            not is_labelled_item(figure, dimensions, text):
        return None
    before = [f for f in earlier if f.evidence.end <= figure.start]
    item = before[-1] if before else None
    if item is None or item.indicator or item.value is None or item.category != "count" or \
            item.unit != "person" or not item.dimensions.get("country") or \
            item.dimensions["country"] == dimensions["country"]:
        return None
    return item


def items_just_before(view: SentenceView, context: Context) -> list[Fact]:
    """'Больше всего вернули из России — 460 человек. Из США — 56, из Казахстана — 17': a list by
    country the sentence before opened, in the same paragraph, goes on in this one."""
    if context.last_level_paragraph != view.sentence.paragraph and not (
            context.last_level_paragraph == view.sentence.paragraph - 1
            and wording("ranking_goes_on").match(view.text)):
        # 'Следом идут граждане Украины (22 тыс.)' opening the next paragraph goes on too
        return []
    return context.last_sentence_levels


def unnamed_year_item(figure: Figure, text: str, earlier: list[Fact]) -> Optional[Fact]:
    """The count just before in this sentence, of people and with no indicator, when only a
    year's label stands between it and the figure ('..., в 2018-м – 21 067'): the figure is
    the same count in the next year of the list."""
    if figure.percent or figure.unit is not None or not earlier:
        return None
    last = earlier[-1]
    if last.indicator or last.value is None or last.category != "count" or last.unit != "person" or \
            last.evidence.end > figure.start:
        return None
    return last if wording("year_item_gap").fullmatch(text[last.evidence.end:figure.start]) else None


def total_of_part(figure: Figure, view: SentenceView, context: Context, text: str,
                  earlier: list[Fact]) -> Optional[Fact]:
    """The total a bare figure is a part of when 'из них' follows it: the last count of this
    sentence before it, or else the last one of the sentence before ('содержатся 136 граждан.
    Для 133 из них оформлены свидетельства'). Shares and figures with a unit of their own
    are read by their own words, save a share that 'из них' follows ('80 процентов из них
    получили граждане Китая'): a part of that total, in percent."""
    if figure.percent:
        return share_of_total_before(figure, view, context, text, earlier)
    before = [f for f in earlier if f.value is not None and f.evidence.start < figure.start]
    if not wording("part_of_them_after").match(text, figure.end) or figure.unit is not None:
        # 'Из них 2 038 выданы', 'Больше половины из них — 6 100 человек': the part told first
        if figure.unit not in (None, "person"):
            return None
        if not opens_part(figure, text, view.sentence.start):
            # 'Среди вернувшихся — 326 женщин, 295 мужчин и 189 детей': the next items of the
            # part opened just before are parts of the same whole
            chain = parts_before(figure, view, text, before)
            if not chain:
                return None
            before = before[:len(before) - chain]
        figure.tags.add("part_opened")
    whole = last_told(before, view, context)
    if whole is None or whole.unit in (None, "percent") or whole.category != "count" or \
            whole.value is None or whole.value <= figure.value or figure.unit not in (None, whole.unit):
        return None
    return whole


def last_told(before: list[Fact], view: SentenceView, context: Context) -> Optional[Fact]:
    """The figure a part points back to: the last of this sentence's before it, or else the
    level told last in this paragraph or the one before, close enough to be the same story."""
    if before:
        return before[-1]
    last = context.last_level
    if last is not None and last.value is not None and \
            context.last_level_paragraph >= view.sentence.paragraph - 1 and \
            last.evidence.end >= view.sentence.start - 400:
        return last
    return None


def share_of_total_before(figure: Figure, view: SentenceView, context: Context, text: str,
                          earlier: list[Fact]) -> Optional[Fact]:
    """'Выдано 14 200 разрешений. 80 процентов из них получили граждане Китая': a share that
    'из них' follows is a part of the last count told before it, in this sentence or the one
    before, measuring what that count measured at its time."""
    if figure.value is None or figure.value > 100 or not wording("part_of_them_after").match(text, figure.end):
        return None
    before = [f for f in earlier if f.value is not None and f.evidence.start < figure.start]
    whole = last_told(before, view, context)
    if whole is None or whole.unit in (None, "percent") or whole.category != "count" or whole.value is None:
        return None
    return whole


def parts_before(figure: Figure, view: SentenceView, text: str, before: list[Fact]) -> int:
    """How many facts just before the figure are the items of a breakdown by sex or age that
    'из них', 'среди вернувшихся' opened, when the figure is the next such item ('326 женщин,
    295 мужчин и 189 детей'): 0 when it is none."""
    end, count = figure.start, 0
    for fact in reversed(before):
        if fact.unit != "person" or not SUBGROUP_GAP.fullmatch(text, fact.evidence.end, end):
            return 0
        count += 1
        if opens_part(Figure(value=fact.value, start=fact.evidence.start, end=fact.evidence.end,
                             number_start=fact.evidence.start, number_end=fact.evidence.end),
                      text, view.sentence.start):
            return count if is_sex_item(figure, view, text) or is_subgroup_item(figure, view, text) else 0
        end = fact.evidence.start
    return 0


# between two items of a breakdown by sex or age: the first one's label, a comma or 'и'
SUBGROUP_GAP = re.compile(r"(?:\s+[а-яё]+)?\s*(?:,\s*(?:и\s+|а\s+)?|\s+и\s+)")


def total_broken_down(figure: Figure, text: str, earlier: list[Fact]) -> Optional[Fact]:
    """The total of people given earlier in the sentence with no indicator (and not of the
    figure's country), when 'из них', 'в том числе' stands between it and the figure."""
    total = next((f for f in reversed(earlier) if f.value is not None and f.indicator is None
                  and f.unit == "person"), None)
    if total is None or total.evidence.end > figure.start or figure.unit not in (None, "person"):
        return None
    return total if wording("part_of_list").search(text, total.evidence.end, figure.start) else None


def heads_share_list(figure: Figure, dimensions: dict, levels: list[Figure], text: str) -> bool:
    """'44,2% кандасов ... являются выходцами из Узбекистана, 43,2% – из КНР, 5% – из ...': the
    first share of a breakdown in shares, its label far from it, the next ones labelled."""
    if not figure.percent or "country" not in dimensions:
        return False
    following = next((f for f in levels if f.number_start > figure.end), None)
    return following is not None and following.percent and \
        bool(ITEM_AFTER.match(text, following.end) or ITEM_BEFORE.search(text[max(0, following.start - 6):following.start]))


def earlier_item(figure: Figure, dimensions: dict, text: str, earlier: list[Fact]) -> Optional[Fact]:
    """The last fact of this sentence that is an item by the same dimension (country or
    region), when the figure is a labelled item of that list in the same unit."""
    kinds = dimensions.keys() & LIST_DIMENSIONS
    if not kinds or not is_labelled_item(figure, dimensions, text):
        return None
    for fact in reversed(earlier):
        if fact.indicator and fact.value is not None and kinds & fact.dimensions.keys():
            same_unit = figure.unit in (None, fact.unit) and figure.percent == (fact.unit == "percent")
            return fact if same_unit else None
    return None


def is_net_migration(figure: Figure, view: SentenceView, text: str) -> bool:
    """The figure stands under a net-migration wording with no arrival or departure between."""
    if not mentions_net_migration(view.text):
        return False
    before = text[view.sentence.start:figure.start]
    nets = list(wording("net_migration").finditer(before))
    return bool(nets) and not wording("flow_verbs").search(before, nets[-1].end())


@lru_cache(maxsize=4096)
def mentions_net_migration(sentence: str) -> bool:
    return bool(wording("net_migration").search(sentence))


# how far after a figure the citizenship of its people is read ('свыше 339,1 тыс. человек,
# составляют граждане Казахстана')
STAFF_CITIZENSHIP_REACH = 45


def staff_of_foreign_labour_employers(figure: Figure, view: SentenceView, jurisdiction: Optional[str],
                                      text: str) -> bool:
    """The reporting state's own citizens counted at the employers that take on foreign labour
    ('Работодатели, привлекающие иностранную рабочую силу, дают работу 397 тысячам граждан
    Казахстана', 'на предприятиях, которым выданы лицензии на привлечение рабочей силы из-за
    рубежа, трудятся 31,4 тысячи граждан Таджикистана'): the employers' staff at home, no
    migrants. Not where the sentence names another state or work abroad: there the state's
    citizens are the foreign labour ('российские компании, привлекающие иностранцев, наняли
    5 тысяч кыргызстанцев')."""
    if jurisdiction is None or figure.unit not in (None, "person"):
        return False
    if not employers_of_foreign_labour_named(view, text) or wording("abroad_place").search(view.text):
        return False
    if any(m.kind == "country" and m.code != jurisdiction for m in view.mentions):
        return False
    reach = min(view.sentence.end, figure.end + STAFF_CITIZENSHIP_REACH)
    return any(m.kind == "country" and m.code == jurisdiction and figure.number_end <= m.start < reach
               and is_citizenship(m, text) for m in view.mentions)


# how far before a sentence on the employers' staff ('96% их персонала') the employers are read
EMPLOYERS_LOOKBACK = 200


def employers_of_foreign_labour_named(view: SentenceView, text: str) -> bool:
    """The sentence names the employers that take on foreign labour, or, when it speaks of
    their staff ('их персонала'), the clause just before it in the paragraph does ('Иностранцев
    привлекли 1 896 работодателей; 96% их персонала ...')."""
    if wording("foreign_labour_employers").search(view.text):
        return True
    if not wording("staff_named").search(view.text):
        return False
    before = text[max(0, view.sentence.start - EMPLOYERS_LOOKBACK):view.sentence.start]
    return bool(wording("foreign_labour_employers").search(before.rsplit("\n", 1)[-1]))


def is_state_population(figure: Figure, view: SentenceView, jurisdiction: Optional[str],
                        text: str) -> bool:
    """The people living in the reporting state, named as its population: a verb of living
    right before the figure, nothing but 'человек' after it, the state itself (or 'в стране')
    the place, and no word for migrants or citizens in the sentence."""
    if figure.unit not in (None, "person") or figure.percent or jurisdiction is None:
        return False
    if not wording("residents_before").search(text, max(view.sentence.start, figure.number_start - 60),
                                              figure.number_start):
        return False
    if not wording("residents_after").match(text, figure.number_end, view.sentence.end + 1):
        return False
    if wording("migrant_words").search(view.text):
        return False
    places = {m.code for m in view.mentions if m.kind == "country"}
    return places == {jurisdiction} or (not places and bool(wording("at_home").search(view.text)))


def is_rate(figure: Figure, text: str) -> bool:
    """'2,3 человека на 1000 жителей', '4 тысячи посетителей ежедневно': a rate, and its base,
    are no levels."""
    if wording("per_day_after").match(text, figure.end, figure.end + 40) or \
            wording("per_day_before").search(text, max(0, figure.start - 60), figure.start):
        return True
    after = text[figure.number_end:figure.number_end + 40]
    rate = wording("per_capita").match(after)
    if rate and rate["base"]:
        return True  # the rate before its base
    return bool(rate) and bool(wording("per_capita_before").search(
        text, max(0, figure.number_start - 4), figure.number_start))


def is_ratio_or_sample(figure: Figure, view: SentenceView, text: str) -> bool:
    """'восемь из десяти мигрантов' is a ratio, and its two numbers no levels; the people a
    survey asked are its sample, no migration figure."""
    before_start = max(view.sentence.start, figure.number_start - 120)
    return bool(wording("ratio_base").search(text, max(before_start, figure.number_start - 24),
                                              figure.number_start)
                or wording("ratio_numerator").match(text[figure.number_end:figure.number_end + 16])
                or wording("poll_share").match(text[figure.number_end:figure.number_end + 40])
                or wording("survey_sample").search(text[before_start:figure.number_start]))


def is_row_number(figure: Figure, text: str) -> bool:
    """'| 10 | Московская область | 10479 |': the first cell of a table row numbers the row."""
    line_start = text.rfind("\n", 0, figure.start) + 1
    return (not figure.percent and figure.value < 1000 and float(figure.value).is_integer()
            and not text[line_start:figure.start].strip(" |\t")
            and bool(re.match(r"[ \t]*(?:\||\t)", text[figure.end:figure.end + 3])))


def as_seen_by(indicator: Optional[Indicator], view: SentenceView,
               jurisdiction: Optional[str], clause: str = "") -> Optional[Indicator]:
    """Migrants who are the reporting state's own citizens are its citizens abroad."""
    if indicator is None or not indicator.own_citizens or jurisdiction is None:
        return indicator
    own = any(m.kind == "country" and m.code == jurisdiction and (m.demonym or own_state_named(
        view.text[max(0, m.start - view.sentence.start - 16):m.start - view.sentence.start]))
        for m in view.mentions) or abroad(view) \
        or bool(wording("own_people").search(clause)) or (not indicator.host_side and sent_by(view, jurisdiction))
    return by_id()[indicator.own_citizens] if own else indicator


def host_data_paragraphs(views: list[SentenceView], jurisdiction: Optional[str]) -> frozenset[int]:
    """The paragraphs of a sending state's text that name a host's body as the source of their
    figures ('по данным МВД России', 'Такие данные ФСБ РФ приводит', 'по данным российского
    правительства'): there the migrants are counted as the host counts foreigners, by their
    citizenship, not as the state's own people abroad by where they are."""
    if jurisdiction not in predicate_config()["direction"]["sending_states"]:
        return frozenset()
    return source_paragraphs(views, lambda code: code != jurisdiction, True)


def own_data_paragraphs(views: list[SentenceView], jurisdiction: Optional[str]) -> frozenset[int]:
    """The paragraphs that name a body of the reporting state itself as the source of their
    figures ('По данным Росстата', 'данные ФСБ РФ' in a text read as Russia's): there people
    who came in are the host's count of foreigners, whatever verb tells their move."""
    if not jurisdiction:
        return frozenset()
    return source_paragraphs(views, lambda code: code == jurisdiction, jurisdiction == "RU")


def source_paragraphs(views: list[SentenceView], of_state: Callable[[str], bool],
                      unnamed: bool) -> frozenset[int]:
    """The paragraphs with a sentence that gives a body of a state `of_state` accepts as the
    source of its data; `unnamed`: Russia's bodies named with no state ('Росстат') count."""
    found = set()
    for view in views:
        if view.sentence.paragraph in found or not wording("host_data_cue").search(view.text):
            continue
        if (unnamed and wording("host_data_named").search(view.text)) or any(
                names_body_of(view, body.start(), body.end(), of_state)
                for body in wording("host_data_body").finditer(view.text)):
            found.add(view.sentence.paragraph)
    if 1 in found:
        found.add(0)  # the headline tells the figures of the lead
    return frozenset(found)


def names_body_of(view: SentenceView, start: int, end: int, of_state: Callable[[str], bool]) -> bool:
    """'МВД России', 'службы безопасности РФ', 'российского правительства': the body of a
    state `of_state` accepts (offsets in the sentence's text)."""
    start, end = start + view.sentence.start, end + view.sentence.start
    return any(m.kind == "country" and of_state(m.code) and (
        0 <= m.start - end <= 2 or (m.demonym and 0 <= start - m.end <= 2)) for m in view.mentions)


def host_entry(indicator: Optional[Indicator], figure: Figure, view: SentenceView, context: Context,
               text: str) -> Optional[Indicator]:
    """'на заработки в Россию выехали 173 тыс. кыргызстанцев' by the FSB's data: the host's
    count of entries for work, by citizenship, not the sending state's count of its people
    abroad (those staying there are still counted by where they are)."""
    if indicator is None or view.sentence.paragraph not in context.host_data:
        return None
    counterparts = predicate_config()["direction"]["host_counterparts"]
    if indicator.id in counterparts.values():
        return indicator  # 'по данным МВД России, в страну прибыли 6 млн мигрантов': already the host's
    if not indicator.outbound:
        return None
    kind = predicate_of(figure, view.tokens, text)[0]
    return by_id()[counterparts[kind]] if kind in counterparts else None


def own_state_named(before: str) -> bool:
    """'граждан Узбекистана', 'мигрантов из Узбекистана' in an Uzbek release: its own people."""
    return bool(wording("citizens_of").search(before) or wording("origin_before").search(before))


def foreign_counted(figure: Figure, view: SentenceView) -> bool:
    """'34 528 граждан республики и 4 тыс. иностранцев': the noun the figure counts says foreigners."""
    foreign = set(predicate_config()["direction"]["foreigner_lemmas"])
    return bool(counted_lemmas(figure, view.tokens) & foreign)


def sent_by(view: SentenceView, jurisdiction: str) -> bool:
    """In a sending state's release, migrants are its own people unless named foreigners:
    'в России – более 640 тысяч', 'на заработки выехали 83 062 человека'."""
    direction = predicate_config()["direction"]
    if jurisdiction not in direction["sending_states"]:
        return False
    foreign = set(direction["foreigner_lemmas"])
    if any(t.lemma in foreign for t in view.tokens) or wording("at_home").search(view.text):
        return False
    for m in view.mentions:
        if m.kind == "region" and m.code.startswith(jurisdiction + "-"):
            return False  # 'в Бишкеке – 5 тыс.': at home
        if m.kind != "country" or m.code == jurisdiction:
            continue
        before = view.text[max(0, m.start - view.sentence.start - 16):m.start - view.sentence.start]
        if m.demonym or wording("citizens_of").search(before) or re.search(r"\bиз\s+$", before, re.I):
            return False  # 'граждан Китая', 'китайцев', 'из Индии': other states' people
    return True


def abroad(view: SentenceView) -> bool:
    """'за рубежом трудятся 710 тыс. граждан': the state's own people, working abroad."""
    lemmas = [t.lemma for t in view.tokens]
    return ("рубеж" in lemmas or "граница" in lemmas) and "гражданин" in lemmas \
        and "иностранный" not in lemmas and "иностранец" not in lemmas \
        and not wording("from_abroad").search(view.text)


def papers_unit(indicator: Optional[Indicator], earlier: list[Fact]) -> Optional[str]:
    """'работают 12 800 иностранцев. Основная часть разрешений приходится на специалистов:
    5 410 и 760': a bare figure its verb made a count of papers counts papers, not the people
    of the total before it, unless a total of this sentence says otherwise."""
    if indicator is None or indicator.unit not in ("permit", "patent") or indicator.category != "count":
        return None
    return None if any(not f.dimensions and f.value is not None for f in earlier) else indicator.unit


def unit_of_running_total(view: SentenceView, context: Context,
                          earlier: list[Fact]) -> Optional[str]:
    """'2,1 млн иностранцев, в том числе граждане Узбекистана – 1,2 млн': items count people too."""
    totals = [f for f in earlier if not f.dimensions and f.value is not None and f.unit != "percent"]
    if totals:
        return totals[-1].unit
    if context.header_total is not None and (context.header_open or view.sentence.is_list_item):
        return context.header_total.unit
    if context.last_total is not None and context.last_total_paragraph == view.sentence.paragraph:
        return context.last_total.unit
    return None


def stands_alone(figure: Figure, view: SentenceView, levels: list[Figure], text: str) -> bool:
    """Not money or time, not the old level of a figure before it, not a population base."""
    if figure.unit == "employer":
        # employers engage the people counted ('1 751 работодатель'), and those fined for it
        # ('оштрафованы две тысячи работодателей') are no migration figure either: a count of
        # employers is no fact (corpora/README.md, "Settled cases")
        return False
    if figure.unit is not None and figure.unit not in COUNTED_UNITS:
        return False
    before = text[max(view.sentence.start, figure.start - 40):figure.start]
    if policy.is_baseline(before) and any(f is not figure and f.number_start < figure.number_start
                                          for f in levels):
        return False  # 'изначально планировалось 28 352': the old level of the figure before it
    if any(f.number_start > figure.number_start and own_level_taken_up(f, levels, view, text) is figure
           for f in levels):
        return False  # '228 мест, а в 2021 году их число выросло до 405': the old level of a change
    if wording("subset_base").search(before) and not wording("quota_whole").match(
            text, figure.number_end) and any(
            f.number_start > figure.end and not SUBSET_GAP.search(text, figure.end, f.number_start)
            for f in levels):
        return False  # 'из 15 тысяч в Корее 11 тысяч работают': the whole, then its part
    return not (wording("base_population").search(before) and not figure.percent)


AID_STEMS = ("выплат", "помощ", "помог", "субсиди", "компенсаци", "пособи")


def counts_other_people(figure: Figure, view: SentenceView, text: str) -> bool:
    """People in news about migrants who are no migration figure: those at an event ('в турнире
    примут участие 150 мигрантов'), staff in demand ('требуется 3 тысячи сварщиков'), and the
    residents of a place held as suspects ('задержаны трое жителей Сарыагашского района')."""
    before = text[max(view.sentence.start, figure.start - 120):figure.start]
    if wording("event_participants").search(before) and \
            not wording("participation_programme").search(view.text):
        return True
    if wording("staff_demand").search(before[-60:]):
        return True
    if wording("interviewed").search(before[-40:]):
        return True  # 'мы встретились с тремя мигрантами', 'опросили 1 200 мигрантов': met or asked
    window = text[max(view.sentence.start, figure.start - 60):min(view.sentence.end, figure.end + 60)]
    if any(stem in window for stem in AID_STEMS) and \
            wording("aid_received").search(own_clause(figure, view, text)):
        return True  # '62 семьи получили выплату на переезд', 'помощь получили 33 гражданина'
    if figure.unit != "person" or not wording("suspects").search(view.text):
        return False
    if wording("acting_on_migrants").match(text, figure.number_end, view.sentence.end):
        return True  # 'задержали девять человек, которые предоставляли иностранцам документы'
    residents = wording("local_residents").match(text, figure.number_end, view.sentence.end)
    if residents is None:
        return False
    # 'задержаны 30 жителей Киргизии': a state's people are migrants where they are held
    return not any(m.kind == "country" and figure.number_end < m.start <= residents.end() + 1
                   for m in view.mentions)


SUBSET_GAP = re.compile(r"[;.:]|,\s")


def rest_of_list(figure: Figure, dimensions: dict[str, Optional[str]], view: SentenceView,
                 text: str, earlier: list[Fact]) -> bool:
    """'из Турции – 3, из других стран – 10', 'прочие – 120': the last item of a breakdown by
    country names no country, but is an item of the list before it all the same."""
    if not any(f.dimensions.get("country") for f in earlier):
        return False
    left = text[max(view.sentence.start, figure.start - 40):figure.start]
    right = text[figure.end:min(view.sentence.end, figure.end + 40)]
    before = left[max(left.rfind(","), left.rfind(";")) + 1:]
    after = re.split(r"[,;.]", right, maxsplit=1)[0]
    return bool((ITEM_BEFORE.search(before) and wording("others").search(before))
                or (figure.percent and ITEM_AFTER.match(after) and wording("others").search(after)))


def is_sex_item(figure: Figure, view: SentenceView, text: str) -> bool:
    """'мужчины — 454 тыс., женщин — 77 тыс.': an item of a breakdown of people by sex, an item
    of the count the text is about like an item by country."""
    if figure.percent or figure.unit not in (None, "person"):
        return False
    return bool(wording("sex_label").search(text, max(view.sentence.start, figure.start - 40),
                                            figure.start))


def is_subgroup_item(figure: Figure, view: SentenceView, text: str) -> bool:
    """'57,4% кандасов – трудоспособного возраста, 34% – несовершеннолетние', 'высшее
    образование имеют 11,4%, среднее специальное – 40,3%', 'у 50 человек – высшее
    образование': an item of a breakdown of the people counted by age, education or sex, its
    label within the figure's own list item (`patterns/wording.toml`, subgroup_label)."""
    if figure.unit not in (None, "person") and not figure.percent:
        return False
    breaks = list(ITEM_BOUND.finditer(text, max(view.sentence.start, figure.number_start - 70),
                                      figure.number_start))
    left = breaks[-1].end() if breaks else max(view.sentence.start, figure.number_start - 70)
    following = ITEM_BOUND.search(text, figure.end, min(view.sentence.end, figure.end + 50))
    right = following.start() if following else min(view.sentence.end, figure.end + 50)
    if wording("subgroup_label").search(text[left:figure.number_start].lower()):
        return True
    # after the figure the label comes first in the item ('34% – дети', '15,4% имеют высшее
    # образование', '4 ребёнка'), not a word further on ('пяти бутылей ... ребенка')
    after = wording("subgroup_label").search(text[figure.end:right].lower())
    return after is not None and after.start() <= (LABEL_REACH if figure.percent else 1)


def is_subgroup_fact(fact: Fact, view: SentenceView, text: str) -> bool:
    """'Мужчин среди них 79,7 процента, женщин — 20,3 процента': a fact already made that is an
    item of a breakdown by sex, age or education of the people counted before it."""
    if fact.value is None or fact.category != "count":
        return False
    start, end = fact.evidence.start, fact.evidence.end
    figure = Figure(value=fact.value, start=start, end=end, number_start=start, number_end=end,
                    percent=fact.unit == "percent", unit=None if fact.unit == "percent" else fact.unit)
    return bool(wording("sex_label").search(text, max(view.sentence.start, start - 40), start)) or \
        is_subgroup_item(figure, view, text)


LABEL_REACH = 30  # '57,4% кандасов относятся к трудоспособному возрасту'
# where one item of a list ends and the next begins: ', ', ';', ' и ', '(', a new line
ITEM_BOUND = re.compile(r"[;:()\n]|,\s|\s(?:и|а)\s")


def next_item_of(figure: Figure, dimensions: dict, view: SentenceView, text: str,
                 earlier: list[Fact]) -> Optional[Fact]:
    """The item just before in a list 'label – N, label – M' or 'label (N), label (M)' of this
    sentence, when the figure is the next one: only a comma and a label stand between them."""
    if not earlier or "country" in dimensions:
        return None
    last = earlier[-1]
    if not last.indicator or last.value is None or last.category != "count" or \
            figure.unit not in (None, last.unit) or figure.percent != (last.unit == "percent"):
        return None
    between = text[last.evidence.end:figure.start]
    if wording("year_item_gap").fullmatch(between):
        return last  # 'за 2020 год их исполнено 4691, за 2019-й – 5531': the list goes on by year
    labelled = DASH_BEFORE.search(text, max(0, last.evidence.start - 8), last.evidence.start)
    if labelled and SIBLING_GAP.fullmatch(between):
        return last
    # 'заняты в строительстве (11,9 тыс. человек), горнодобывающей (2,6 тыс.) и обрабатывающей
    # (1,9 тыс.) промышленности': each item in brackets after its label
    bracketed = text[max(0, last.evidence.start - 1):last.evidence.start] == "("
    return last if bracketed and wording("bracketed_sibling_gap").fullmatch(between) else None


# ', в сфере обслуживания – ': a comma, a short label with no verb sign of a new clause, a dash
SIBLING_GAP = re.compile(r"[^.;:!?()\d«»\n]{0,8},\s[^.;:!?()\d«»,\n]{2,45}\s(?:[–—]|-(?=\s))\s?")
DASH_BEFORE = re.compile(r"(?:[–—]|\s-)\s?$")


def is_row_figure(figure: Figure, view: SentenceView, text: str) -> bool:
    """'Специалисты в области инженерных наук — 2' on a line of its own: the row's figure,
    however small."""
    return view.sentence.is_list_item and bool(ROW_BEFORE.search(text, max(0, figure.start - 6),
                                                                 figure.start)) \
        and not text[figure.end:view.sentence.end].strip(" ;.,\u00a0")


def is_labelled_item(figure: Figure, dimensions: dict[str, Optional[str]], text: str) -> bool:
    """'из Египта — 2', 'Киргизия (10,4%)', '4,1% – из Туркменистана', '7 – из Узбекистана': an
    item of a breakdown by country or region, labelled right beside its figure."""
    if not ("country" in dimensions or "region" in dimensions):
        return False
    before = text[max(0, figure.start - 6):figure.start]
    after = text[figure.end:figure.end + 3]
    # the label after the figure: '4,1% – из Туркменистана', '7 – из Узбекистана'; a number
    # word only as a later item of the list ('29 граждан Узбекистана, трое — Азербайджана')
    if figure.unit is None and not figure.percent and ORIGIN_AFTER.match(text, figure.end) and \
            LATER_ITEM_BEFORE.search(text, max(0, figure.start - 6), figure.start):
        # '10 выходцев из Узбекистана, трое из Молдовы, по двое из Беларуси и Индии': a later
        # item of a list by origin, its state right after 'из'
        return True
    if figure.unit is None and not figure.percent and not figure.in_words and \
            ORIGIN_VERB_BEFORE.search(text, max(0, figure.start - 60), figure.start):
        return True  # 'Из Турции приехали 71, из США — 56': the label, then its verb of coming
    return bool(ITEM_BEFORE.search(before) or (
        (figure.percent or (figure.unit is None and (not figure.in_words or bool(
            LIST_JOINER_BEFORE.search(text, max(0, figure.start - 3), figure.start)))))
        and ITEM_AFTER.match(after)))


ORIGIN_AFTER = re.compile(r"\s+из\s+[А-ЯЁ]")
# an item by origin whose label and verb of coming stand before its bare figure ('Из Турции
# приехали 71', 'из Южной Кореи вернулись 12')
ORIGIN_VERB_BEFORE = re.compile(
    r"(?:^|[\s,;(])[Ии]з\s+(?:[А-ЯЁ][а-яё-]+\s+){1,2}(?:ещ[её]\s+)?(?:приехал[аио]?|приехали|прибыл[аио]?|"
    r"прибыли|вернул(?:ись|ся|ась|ось|и)|возвратил(?:ись|ся|и)|доставлен[аоы]?|доставили)\s+(?:ещ[её]\s+)?$")
LATER_ITEM_BEFORE = re.compile(r"(?:[,;]|\sи)\s(?:по\s)?$")


ITEM_BEFORE = re.compile(r"(?:[–—:]\s?|\s-\s|\(\s?)(?:по\s)?$")  # 'из Египта — 2', '— по 3'
ITEM_AFTER = re.compile(r"(?:\s?[–—]|\s-)\s")
ROW_BEFORE = re.compile(r"(?:[–—:]\s?|\s-\s|\(\s?|\n\s*)$")  # 'Водители — 19', 'Водители\n\n19'


def is_plausible_level(figure: Figure, indicator: Optional[Indicator], has_dimension: bool,
                       cap: bool, clause: str, labelled: bool = False) -> bool:
    if figure.percent and labelled and indicator is not None and indicator.category == "count" \
            and not wording("usage_share").search(clause):
        return True  # a breakdown given in shares only: each share is the item's level
    if labelled and figure.unit is None and not figure.percent and figure.value >= 1 \
            and float(figure.value).is_integer():
        return True  # 'из Турции – 3': the smallest items of a list are figures too
    if figure.percent and (indicator is None or indicator.category == "count") and not cap:
        return False  # a share of a count is not a level of its own
    if figure.percent and not cap and wording("usage_share").search(clause):
        return False  # 'из нее использовано почти 83%': how much of it, not its level
    if figure.in_words and figure.unit is None and not figure.scaled and \
            not (has_dimension and figure.value >= 100):
        return False  # 'шесть' alone is rarely a figure; 'около пятисот' in a list is
    # a bare small number is more often an item number than a level
    return not (figure.unit is None and figure.value < 10 and not figure.percent)


def share_by_place(figure: Figure, indicator: Optional[Indicator], dimensions: dict,
                   view: SentenceView, text: str) -> bool:
    """'82,2% прибывших – из стран СНГ', 'доля выбывших – 80,8%', 'на граждан Таджикистана
    приходится 40% патентов': a share of a flow or stock named beside it, by the country or
    group of states it comes from or goes to, is the level of that item (corpora/README.md,
    "Shares"); a share with no place (by sex, by age) is still no fact of its own."""
    if indicator is None or indicator.category != "count" or (
            figure.qualifier in ("at_most", "at_least") and policy.is_limit(clause_text(figure, view, text))):
        return False  # 'не более 50% работников': a cap, read as one elsewhere
    return shares_whole_by_place(figure, view, text, bool(dimensions.get("country")))


def share_of_part_by_place(figure: Figure, whole: Optional[Fact], dimensions: dict,
                           view: SentenceView) -> bool:
    """'80 процентов из них получили граждане Китая': a share of the total 'из них' points
    back to, by the country or sector it names, is that item's level; a share with no place
    ('30% из них — женщины'), or with only the place of the total ('граждан Кыргызстана
    въехало 460 тысяч, 57% из них — на работу'), is still no fact of its own."""
    if not figure.percent or whole is None:
        return False
    return any(m.kind in ("country", "sector") and m.start >= figure.end and
               dimensions.get(m.kind) == m.code for m in view.mentions)


JOINED_PLACES = re.compile(r"\s*(?:,|и|или)\s*")


def in_a_foreign_state(view: SentenceView, jurisdiction: Optional[str], text: str) -> bool:
    """The sentence places its people in another state than the reporting one or their own
    ('трудоустроены 4 200 граждан Кыргызстана в Великобритании')."""
    states = [m for m in view.mentions if m.kind == "country"]
    return any(is_location(text, place) and (place.code != jurisdiction or
                                              any(m.code != place.code for m in states))
               for place in states)


def allotted_to_region(figure: Figure, view: SentenceView, text: str) -> bool:
    """'Бишкеку отведено 48 процентов квот', 'на Алматы приходится 12% квоты': the region named
    just before, with the verb that allots the share to it, takes its part of the quota."""
    return figure.percent and any(m.kind == "region" and m.end <= figure.number_start and
               wording("place_allotted_share").fullmatch(text, m.end, figure.number_start)
               for m in view.mentions)


def shares_whole_by_place(figure: Figure, view: SentenceView, text: str, has_country: bool) -> bool:
    """The share names its whole (before or after it) and one place: a country, a group of
    states, or a pronoun for the group the sentence before named ('на их долю пришлось 82%')."""
    if not figure.percent:
        return False
    if not (wording("share_whole_after").match(text, figure.end, view.sentence.end) or
            wording("share_whole_before").search(text, view.sentence.start, figure.number_start)):
        return False
    countries = [m for m in view.mentions if m.kind == "country"]
    after = [m for m in countries if m.start >= figure.end]
    if any(a.code != b.code and JOINED_PLACES.fullmatch(text, a.end, b.start) for a, b in zip(after, after[1:])):
        return False  # '60% уехавших выбрали Британию, Турцию и Германию': several places at once
    if has_country or countries or wording("share_place_group").search(view.text):
        return True
    return bool(wording("share_place_referred").search(view.text) and wording("share_place_group").search(
        text, max(0, view.sentence.start - 200), view.sentence.start))


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
    # 'на привлечение трудовых иммигрантов уменьшена с 3% до 2,95%': what the clause says the
    # new level is, as for a level alone (a change of places stays one though no level is read)
    indicator = governed(indicator, second, view.tokens, text, context.quota, document.jurisdiction,
                         context.indicator, story=context.story) or indicator
    # 'число сфер, закрытых мигрантам, выросло с 36 до 88': bare numbers count what the amount
    # noun names, not the share a cap's indicator is given in
    unit = second.unit or first.unit or (
        amount_unit(second, view) if not (first.percent or second.percent) else None) or (
        indicator.unit if indicator else None)
    if unit not in (None, "percent") and not second.percent and not (
            whole_count(first) and whole_count(second)):
        return None  # 'цифры «2,8592» заменить цифрами «2,9323»': a coefficient, not patents
    dimensions = dimensions_for(second, view, document.jurisdiction, text)
    time = time_for(pair.start, view, context, indicator, skip=(pair.start, pair.end), cell=second.start)
    if pair.kind == "range" and (indicator is None or indicator.category == "count"):
        return None  # 'от 4 до 6 млн мигрантов': a count given as a range is no fact (corpora/README.md)
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
                status=view.status if is_rule else None,  # else the list's or the text's, else adopted
                change=change_between(first.value, second.value, direction),
                confidence=confidence)


def whole_count(figure: Figure) -> bool:
    """People, permits and places come in whole numbers, unless written in thousands."""
    return figure.scaled or figure.percent or float(figure.value).is_integer()


def change_between(old: float, new: float, direction: str) -> Change:
    delta = round(new - old, 6)
    pct = round((new - old) / old * 100, 1) if old else None
    return Change(direction=direction, delta=abs(delta), delta_pct=abs(pct) if pct is not None else None)


def measure_year(view: SentenceView, context: Context, document: Document) -> Optional[str]:
    """A rule is in force for a year: the year its sentence names ('продлили на 2026 год',
    'С 2025 года запрещено'), else the year the text is telling, else the year of the text
    ('Уже с 1 марта мигрантов не допустят')."""
    years = [t.period for t in view.times if t.period and re.fullmatch(r"\d{4}", t.period)
             and not t.year_before]
    if years:
        return years[0]
    if context.period and re.fullmatch(r"\d{4}", context.period):
        return context.period
    return document.published[:4] if document.published else None


def measure_fact(view: SentenceView, document: Document, home: Optional[str] = None) -> Fact:
    """A measure with no number; its partner is the other state seen from `home`, the state
    the page is written from (the jurisdiction when none is known)."""
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
    partner = policy.partner_country(view.mentions, home or document.jurisdiction, document.text, view.text)
    if partner:
        fact.dimensions["country"] = partner
    region = None if partner else measure_region(view, document.text)
    if region:
        fact.dimensions["region"] = region
    sector = measure_sector(view, document.text) if policy.tells_ban(view.text) else None
    if sector:
        fact.dimensions["sector"] = sector
    return fact


def evidence(text: str, start: int, end: int, view: SentenceView) -> Evidence:
    return Evidence(text=text[start:end], start=start, end=end, sentence=view.text)


def clause_text(figure: Figure, view: SentenceView, text: str) -> str:
    left = text[view.sentence.start:figure.start]
    cut = max(left.rfind(";"), left.rfind(":"), left.rfind(", "))
    return left[cut + 1:] + text[figure.start:figure.end]


def own_clause(figure: Figure, view: SentenceView, text: str) -> str:
    """The figure's clause, between commas, semicolons and colons on both sides."""
    left = text[view.sentence.start:figure.start]
    cut = max(left.rfind(";"), left.rfind(":"), left.rfind(", "))
    right = CLAUSE_END.search(text, figure.end, view.sentence.end)
    return left[cut + 1:] + text[figure.start:right.start() if right else view.sentence.end]


def told_as_forecast(figure: Figure, view: SentenceView, text: str) -> bool:
    """The figure's clause (between commas, semicolons and colons) says what may or is
    expected to happen, not what was counted."""
    left = text[view.sentence.start:figure.start]
    return bool(wording("forecast").search(own_clause(figure, view, text))
                or wording("forecast_source").search(left))


CLAUSE_END = re.compile(r"[;:]|,\s")


def change_clause(figure: Figure, view: SentenceView, text: str) -> str:
    """The clause of a new level with the step before it: 'увеличилось на 120, до 750' is one
    change, though a comma stands between the step and the level."""
    clause = clause_text(figure, view, text)
    if not clause.lstrip().startswith("до "):
        return clause
    before = text[view.sentence.start:figure.start]
    before = before[:len(before) - len(clause) + (figure.end - figure.start)]
    if not policy.ends_on_step(before):
        return clause
    cut = max(before.rfind(";"), before.rfind(":"), before.rstrip(" ,–—-").rfind(", "))
    return before[cut + 1:] + clause


def level_referred_to(figure: Figure, view: SentenceView, context: Context, text: str,
                      levels: list[Figure]) -> Optional[Fact]:
    """The level of the sentence before that a pronoun takes up in a change: 'Квота составляла
    14 800 единиц. С марта её увеличили до 16 500 единиц'."""
    last = context.last_level
    if figure.qualifier != "at_most" or last is None or not last.indicator or last.value is None or last.category == "count" \
            or last.evidence.sentence == view.text or figure.percent != (last.unit == "percent") \
            or figure.unit not in (None, last.unit) or any(
                f.number_start < figure.number_start for f in levels):
        return None  # a count grows by itself; 'было 750 мест, то их число ...' takes up its own
    if words_before(text, figure.number_start, 1) != ["до"]:
        return None
    return last if policy.refers_back(change_clause(figure, view, text)) else None


def own_level_taken_up(figure: Figure, levels: list[Figure], view: SentenceView,
                       text: str) -> Optional[Figure]:
    """The old level of the same sentence that the pronoun of a change takes up: 'в прошлом году
    выделялось 228 мест, а в 2021 году их число выросло до 405'. Only one earlier figure, of
    places or units, may be it: people whose number grew are counted, not allotted."""
    if figure.qualifier != "at_most" or figure.percent or figure.unit is not None or \
            words_before(text, figure.number_start, 1) != ["до"] or \
            not policy.takes_up_own_level(change_clause(figure, view, text)):
        return None
    earlier = [f for f in levels if f is not figure and f.number_start < figure.number_start]
    if len(earlier) != 1 or earlier[0].percent or earlier[0].unit not in policy.own_level_units():
        return None
    return earlier[0]


def new_level_unit(figure: Figure, view: SentenceView, text: str) -> Optional[str]:
    """The unit of the new level of a change that names no indicator: 'число мест для граждан
    Таджикистана увеличено на 120 – до 750' counts places, 'численность студентов планируется
    довести до 500 тыс.' people. None when the figure is no such level or the noun is unknown."""
    if figure.qualifier != "at_most" or figure.percent or words_before(text, figure.number_start, 1) != ["до"] \
            or not policy.change_direction(change_clause(figure, view, text)):
        return None
    unit = figure.unit or amount_unit(figure, view)
    if unit is None or not (view.topical or unit in ("unit", "permit")):
        return None  # 'число мест в гостиницах' outside the topic stays unread
    return unit


def amount_unit(figure: Figure, view: SentenceView) -> Optional[str]:
    """'число мест', 'количество квот для студентов': the unit of the noun after the amount word."""
    tokens = [t for t in view.tokens if t.end <= figure.start]
    nouns = policy.amount_nouns()
    for index, token in enumerate(tokens):
        if token.lemma not in nouns:
            continue
        for after in tokens[index + 1:index + 6]:  # 'число закрытых для них сфер'
            unit = counted_unit(after.lemma)
            if unit is not None:
                return unit
    return None


def counted_unit(lemma: str) -> Optional[str]:
    unit, excluded = unit_table().get(lemma.replace("ё", "е"), (None, True))
    return unit if not excluded and unit in COUNTED_UNITS else None


def clause_subject(figure: Figure, view: SentenceView) -> str:
    left = view_text(view, view.sentence.start, figure.start)
    words = left.strip(" ,:;–—-").split()
    return " ".join(words[-8:])


def is_part_of_year(mention: TimeMention) -> bool:
    """A month, quarter or run of months: never the period of an allotment for a year
    ('с начала года' is kept: a count since January read as a quota is misread, not undated)."""
    return bool(mention.period) and not re.fullmatch(r"\d{4}(?:/\d{4})?", mention.period)


def told_as_habit(position: int, view: SentenceView) -> bool:
    """The figure counts what happens every year: near it, in its sentence part, 'ежегодно',
    'каждый год' or 'в год', and no year or span of its own in that part."""
    offset = position - view.sentence.start
    start = max(view.text.rfind(mark, 0, offset) for mark in ";:") + 1  # 'тыс.' ends no part
    end = view.text.find(";", offset)
    low, high = max(start, offset - 60), min(end if end >= 0 else len(view.text), offset + 50)
    if not wording("timex_habitual").search(view.text, low, high):
        return False
    clause = max(view.text.rfind(",", 0, offset), low)
    clause_end = view.text.find(",", offset)
    clause_end = high if clause_end < 0 else min(clause_end, high)
    return not any(clause <= t.start - view.sentence.start < clause_end for t in view.times)


def running_time(context: Context) -> TimeRef:
    """The time the text is telling: a stock's date carried through its list ('— Сколько
    граждан сейчас работает за границей? — Примерно 1,9 млн') is a day, not also a span."""
    return TimeRef(period=None if context.as_of else context.period, as_of=context.as_of)


def counted_now(position: int, view: SentenceView, context: Context) -> bool:
    """'Сегодня в России трудятся около трех миллионов' in a text about last year's flows: a
    stock in the present tense in the figure's clause, in a paragraph of its own (an item of a
    list or a breakdown, or a figure after others of its paragraph, keeps the time told)."""
    if view.sentence.is_list_item or context.header_open or "|" in view.text or \
            context.last_level_paragraph == view.sentence.paragraph:
        return False
    if wording("timex_breakdown_between").match(view.text.lstrip(" «\"—–-")):
        return False
    offset = position - view.sentence.start
    return told_as_present_stock(view.text, offset) or item_of_stock_told_now(view, offset)


def answer_to_now(view: SentenceView, offset: int, context: Context) -> bool:
    """'— А сколько всего кыргызстанцев работает за рубежом? — По нашим оценкам, порядка 800
    тысяч человек': the first figure of the answer to a question about a stock now, with no
    verb of a move or an issue of its own, is that stock."""
    if not context.asked_now or not view.text.lstrip().startswith(("—", "–", "-")):
        return False
    return not tells_a_flow(view.text[:offset]) and not any(
        t.start - view.sentence.start < offset for t in view.times)


def item_of_stock_told_now(view: SentenceView, offset: int) -> bool:
    """'Иностранцы заняты в строительстве (11,9 тыс.), в торговле (3,2 тыс.) и в горнодобывающей
    промышленности (2,6 тыс.)': an item with no verb of its own, after a present-tense stock
    told earlier in its sentence, is a part of that stock, with no move, issue or time between."""
    start = max(view.text.rfind(mark, 0, offset) for mark in ",;:") + 1
    ends = [e for e in (view.text.find(mark, offset) for mark in ",;") if e >= 0]
    if tells_a_flow(view.text[start:min(ends, default=len(view.text))]) or start == 0:
        return False
    told = None
    for told in wording("timex_stock_now").finditer(view.text, 0, start):
        pass
    if told is None or tells_a_flow(view.text[told.end():offset]):
        return False
    return not any(told.end() <= t.start - view.sentence.start < offset for t in view.times)


def told_as_present_stock(sentence: str, offset: int) -> bool:
    """The clause of the figure at `offset` counts people who work, stay or live somewhere
    now ('проживают', 'трудятся', 'стоят на учете')."""
    start = max(sentence.rfind(mark, 0, offset) for mark in ",;:") + 1
    ends = [e for e in (sentence.find(mark, offset) for mark in ",;") if e >= 0]  # not at "тыс."
    end = min(ends, default=len(sentence))
    # 'из 15 тысяч казахстанцев, которые работают в Корее': the clause after it tells what they do
    return bool(wording("timex_stock_now").search(sentence, start, end)) or \
        bool(wording("timex_stock_after").match(sentence, end))


def since_as_of(position: int, view: SentenceView, context: Context,
                times: list[TimeMention]) -> Optional[TimeRef]:
    """'Всего с 1991 года вернулись 1 млн 112,6 тыс.': a count that adds up the years since
    one is a total reached, as of the date the text gives its data ('По данным на 1 октября
    ..., а всего с 1991 года ...', or the sentence before), else as of the day of the text."""
    dates = [t.as_of for t in times if t.as_of and t.start <= position]
    if not dates and context.last_level is not None and \
            context.last_level_paragraph == view.sentence.paragraph:
        dates = [context.last_level.time.as_of] if context.last_level.time.as_of else []
    day = dates[-1] if dates else (context.document_as_of or context.published)
    return TimeRef(as_of=day) if day else None


def time_for(position: int, view: SentenceView, context: Context, indicator: Optional[Indicator],
             skip: tuple[int, int] = (0, 0), category: Optional[str] = None,
             cell: Optional[int] = None, end: Optional[int] = None) -> TimeRef:
    """The time expression nearest before the figure, else the sentence's first one, else
    the time of the last figure of the same indicator, else the running time.

    `skip` leaves out a span: in 'с 0,41% в 2020 году до 0,28%' the year is the old level's.
    `cell` is where the figure stands in a table row, when that is not `position`.
    """
    if (indicator is None or indicator.category != "quota") and told_as_habit(position, view):
        return TimeRef()  # 'из 460 тыс. граждан, ежегодно выезжающих на заработки': every year
    times = [t for t in view.times if not skip[0] <= t.start < skip[1]]
    if indicator is not None and indicator.category == "quota":
        # a quota is set for a year: 'вынесенном на обсуждение в ноябре' is when, not for when
        times = [t for t in times if not is_part_of_year(t) or t.to_date]
    before = [t for t in times if t.start <= position]
    # 'въехали 3 417 220 иностранцев, из них в октябре – 298 604': a time after the figure
    # that its breakdown opens with is the breakdown's
    after = [t for t in times if t.start > position and not t.then and not wording("timex_breakdown_between").search(
        view_text(view, position, t.start))]
    if after and before and all(t.said for t in before):
        before = []  # 'В октябре он сообщал, что трудоустроено 106 тысяч с начала года'
    if after and before and end is not None and time_right_after(view, end, after[0]):
        # '547 тысяч в первом квартале 2023 года и 538 тысяч в первом квартале 2024 года', 'схема
        # продлена до конца 2024 года, но квота сокращена до 30 000 в 2023 году': a time right
        # after the figure is its own, whatever time the sentence named before it
        before = []
    chosen = before[-1] if before else (after[0] if after else None)
    if chosen is None and context.column_times and "|" in view.text:
        # a header row with no cell over the row labels ('январь-июль 2024 г. | январь-июль
        # 2023 г.' above 'прибывшие | 3416 | 3188') heads the last cells of each row
        shift = max(0, cells_of(view) - context.column_cells) if 0 in context.column_times else 0
        column = context.column_times.get(column_of(view, position if cell is None else cell) - shift)
        if column is not None:
            return replace(column)  # a table cell: the time heading its column
    if chosen is None and context.last_level is not None and \
            (context.last_level.time.period or context.last_level.time.as_of) and \
            wording("timex_breakdown_between").search(view_text(view, view.sentence.start, position)):
        # 'Для сравнения: за 2021 год работу получили 108 592. Большинство из них, 100 111
        # человек, уехали в Россию': a part of the figure before it, at its time
        return replace(context.last_level.time)
    if chosen is None:
        # 'на 1 июля ... трудятся 16,4 тыс.; квота на 2024 год ...; Китай — 5 512': the stock's date
        # a stock's date the list just gave comes first ('— Сколько сейчас ...? — Около 1,9 млн'),
        # but not for a quota, which is for a year
        same_kind = context.time_by_indicator.get(indicator.id) if indicator and (
            context.as_of is None or indicator.category == "quota") else None
        own_kind = same_kind is not None  # the time of an earlier figure of the same measure
        if same_kind is None and category and context.as_of is None:
            same_kind = context.time_by_category.get(category)
        carried = replace(same_kind) if same_kind else running_time(context)
        if indicator is not None and indicator.category == "quota" and same_kind and \
                told_in_past(position, view) and context.period and context.period.isdigit() and \
                carried.period and carried.period.isdigit() and context.period < carried.period:
            # 'квота на 2024 год – 22 тысячи … За 2023 год выдано 14,5 тыс. … квоты, которая
            # составляла 18 тыс.': a quota told in the past is of the year being told, not this one
            return TimeRef(period=context.period)
        if indicator is not None and indicator.category == "quota" and carried.as_of and not carried.period:
            # 'Сейчас квота распределена так:' dates its items by the year: a quota is for a year
            return TimeRef(period=carried.as_of[:4])
        if not own_kind and carried.as_of and not carried.period and carried.as_of == context.published and \
                category != "policy" and (indicator is None or indicator.category == "count") and \
                tells_a_flow(figure_clause(position, view)):
            # 'Сейчас на учёте состоят 11 918 иностранцев. … Оформлено 6 535 патентов': the day of
            # a stock of another measure told as now is not when a flow happened; undated, the
            # pipeline dates it by the month of the text
            return TimeRef()
        if carried.period and answer_to_now(view, position - view.sentence.start, context):
            # '— А сколько всего граждан работает за рубежом? — Около 800 тысяч': the stock asked
            # about, of the day of the text (an answer's line starts with a dash, like a list item)
            return TimeRef()
        if carried.period and (re.fullmatch(r"\d{4}(?:/\d{4})?", carried.period) or not (
                indicator and indicator.id in context.time_by_indicator)) and counted_now(position, view, context):
            # a stock told in the present after a year's flows is of the day of the text (the
            # pipeline dates it); within a span of months it is more often that span's breakdown,
            # unless nothing it counts was told before ('За полгода выдано 5 тыс. разрешений ...
            # Около миллиона граждан работает за рубежом')
            return TimeRef()
        return carried
    if chosen.same_moment and context.last_figure_time is not None:
        # 'Напомним, на 2 декабря 2013 года пребывали 598 тыс. Тогда же насчитывалось 2,46 млн':
        # the time of the figure just told, even a look back's
        return replace(context.last_figure_time)
    if chosen.told:
        # the span of the last count told, not a quota's year ('квота на 2025 год ... За те же
        # четыре месяца в Японию выехали')
        last = context.time_by_category.get("count") or (
            context.last_level.time if context.last_level is not None else None)
        if last is not None and chosen.told_year:
            # 'В 2022 году за аналогичный период': the span told, moved to that year
            span = last.period or ""
            if re.fullmatch(r"(\d{4})(?:-\S+?)?(?:/\1(?:-\S+)?)?", span) and span[:4] != str(chosen.told_year):
                return TimeRef(period=span.replace(span[:4], str(chosen.told_year)))
            return TimeRef(period=str(chosen.told_year)) if not span else replace(last)
        if last is not None and (last.period or last.as_of):
            return replace(last)
        return running_time(context)
    if chosen.month_before:
        # 'В мае привезли 600 человек. А месяцем раньше — 70': the month told, one back
        told = re.fullmatch(r"(\d{4})-(\d{2})", context.period or "")
        if told is None:
            return running_time(context)
        year, month = int(told[1]), int(told[2]) - 1
        return TimeRef(period=f"{year - 1}-12" if month == 0 else f"{year}-{month:02d}")
    if chosen.year_before:
        # 'Годом ранее за тот же период': the period being told, a year back
        told = context.period or next((t.period for t in times if t.period), None)
        shifted = re.sub(r"\d{4}", lambda m: str(int(m.group()) - 1), told) if told else None
        return TimeRef(period=shifted, as_of=None)
    if chosen.edge:
        # 'в начале 2023 года работали 587 тысяч' is a stock on 1 January; 'в начале 2023 года
        # выехали 10 тысяч' a flow of the year
        near = (max(0, position - view.sentence.start - 80), position - view.sentence.start + 40)
        stock = bool(wording("timex_stock_verbs").search(view.text, *near)) or (
            indicator is not None and indicator.stock and
            not wording("timex_flow_verbs").search(view.text, *near))
        return TimeRef(period=None, as_of=chosen.as_of) if stock else TimeRef(period=chosen.period)
    if chosen.as_of and indicator is not None and indicator.category == "quota":
        # 'На 30 тысяч мест по квоте на данный момент подано ...': a quota is for a year
        return TimeRef(period=chosen.as_of[:4])
    if chosen.as_of:
        opened = next((t for t in before if t.to_date and t.start < chosen.start
                       and t.period == year_to(chosen.as_of)), None)
        if opened is not None and not counted_as_stock(position, view, indicator):
            # 'с начала 2025 года по состоянию на 1 ноября статус получили 13 202': a flow since
            # January up to a cut-off covers the months before it; 'работали' there is a stock
            return TimeRef(period=opened.period)
        return TimeRef(period=None, as_of=chosen.as_of)
    if chosen.since and (indicator is None or indicator.category == "count") and category != "policy":
        return since_as_of(position, view, context, times) or TimeRef(period=chosen.since)
    if chosen.running_year and category == "count" and (indicator is None or indicator.category == "count"):
        so_far = year_so_far(position, view, context.published)
        if so_far:
            return TimeRef(period=so_far)
    return TimeRef(period=chosen.period, as_of=None)


def figure_clause(position: int, view: SentenceView) -> str:
    """The words of the figure's clause, between the marks around it (not the dot of 'тыс.')."""
    offset = position - view.sentence.start
    start = max(view.text.rfind(mark, 0, offset) for mark in ",;:") + 1
    ends = [e for e in (view.text.find(mark, offset) for mark in ",;") if e >= 0]
    return view.text[start:min(ends, default=len(view.text))]


def told_in_past(position: int, view: SentenceView) -> bool:
    """The clause of the figure at `position` has a verb of being in the past ('составляла',
    'была установлена')."""
    offset = position - view.sentence.start
    start = max(view.text.rfind(mark, 0, offset) for mark in ",;:") + 1
    return bool(wording("timex_level_in_past").search(view.text, start, offset))


def time_right_after(view: SentenceView, end: int, time: TimeMention) -> bool:
    """Does `time` stand right after the figure ending at `end`: nothing between them, or a
    dash when the time closes the clause ('547 тысяч за первый квартал 2023 года и 538 тысяч –
    за первый квартал 2024-го'); a dash before a time that opens a clause of its own ('5 000 –
    в 2023 году было 4 000') parts them."""
    between = view_text(view, end, time.start)
    if not between.strip():
        return True
    return not between.strip(" \u00a0–—-") and \
        bool(wording("timex_closes_clause").match(view_text(view, time.end, view.sentence.end)))


def counted_as_stock(position: int, view: SentenceView, indicator: Optional[Indicator]) -> bool:
    """Near the figure, a verb of staying or working, or a measure of a stock with no verb of
    a move or an issue."""
    near = (max(0, position - view.sentence.start - 80), position - view.sentence.start + 40)
    return bool(wording("timex_stock_verbs").search(view.text, *near)) or (
        indicator is not None and indicator.stock and not wording("timex_flow_verbs").search(view.text, *near))


def year_so_far(position: int, view: SentenceView, published: Optional[str]) -> Optional[str]:
    """'Всего в этом году вылетели более 600 граждан', '400 из них уже выехали', 'в текущем
    году достигло 120 тыс.': a flow of the year still running, told as a total so far, runs
    from January to the month of the text, as one 'с начала года' does; a stock told so
    ('в этом году уже работают') is not a flow."""
    if not published or published[5:7] in ("", "12"):
        return None
    offset = position - view.sentence.start
    start = max(view.text.rfind(mark, 0, offset) for mark in ",;:") + 1
    ends = [e for e in (view.text.find(mark, offset) for mark in ",;") if e >= 0]
    end = min(ends, default=len(view.text))
    if not wording("timex_so_far").search(view.text, start, end) or \
            wording("timex_stock_now").search(view.text, start, end):
        return None
    year, month = published[:4], published[5:7]
    return f"{year}-01" if month == "01" else f"{year}-01/{year}-{month}"


def placed_in_another_state(dimensions: dict, jurisdiction: Optional[str]) -> bool:
    """'Полицейские Западно-Казахстанской области задержали 28 граждан Узбекистана, которые
    работали на плантациях': people placed in a region of another state are counted there by
    their citizenship; the reporting state read from their citizenship is the doubtful part."""
    region = dimensions.get("region")
    return bool(region) and region_country(region) != jurisdiction
