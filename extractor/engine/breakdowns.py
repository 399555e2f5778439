"""What belongs to what: the country or sector of a figure, its share, its change, its total.

'Китай – 5330 человек' binds the country in the figure's own list item; a share in
brackets and a difference ('на 44 тыс. больше') belong to the figure before them; items
after a total ('132,5 тыс.: из Узбекистана – 124,1 тыс') point to it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Optional

from extractor.engine.attribution import after_preposition, is_locative, is_location
from extractor.engine.gazetteer import Mention, ordinal_categories, region_country, sector_sections
from extractor.engine.indicators import by_id
from extractor.engine.numbers import Figure, number_rules
from extractor.engine.predicates import config as predicate_config, predicate_of
from extractor.patterns import load_toml, word_list, words, wording
from extractor.records import Change, Fact
from extractor.engine.sentences import Sentence
from extractor.engine.tokens import is_verb
from extractor.engine.state import Context, SentenceView, column_of, view_at

SEGMENT_BREAK = re.compile(r"[;:()\n]|,\s|\s[–—]\s(?=[А-ЯЁA-Z])")
SEGMENT_AFTER = re.compile(r"[;:()\n]|,\s|\s[–—]\s")
LABEL_AFTER = re.compile(r"\s*[–—]\s*(?=[а-яёa-z])", re.IGNORECASE)
LABEL_AFTER_NAME = re.compile(r"\s*(?:из\s+них\s*|из\s+которых\s*)?(?:\([\d,.\s%]{1,12}\)\s*)?"
                              r"(?:[–—]|(?<=\s)-(?=\s))\s*"
                              r"(?:(?:в|во|на|из|(?:граждан|подданн|уроженц|выходц)[а-яё]*(?:\s+из)?)\s+)?",
                              re.IGNORECASE)
LABEL_GAP = re.compile(r"\s*[–—:-]\s*")
SHARE_GAP = re.compile(r"\s*(?:\(|,\s*или|—|–)\s*")


def one_more_item(view: SentenceView, jurisdiction: Optional[str], text: str) -> bool:
    """'Ещё 30 тысяч трудятся в Казахстане': one more item of a list, in the one state its
    sentence names; not 'ещё 1 152 выехали в ОАЭ, Польшу и другие страны'."""
    named = {m.code for m in view.mentions if m.kind == "country" and m.code != jurisdiction}
    return len(named) == 1 and not any(not m.group().lower().startswith("ещ") for m in
                                       wording("others").finditer(view.text))


def segment_bounds(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The list item around a figure: between ', ', ';', ':', parentheses and new lines."""
    left_text = text[sentence.start:start]
    breaks = list(SEGMENT_BREAK.finditer(left_text))
    left = sentence.start + breaks[-1].end() if breaks else sentence.start
    if breaks and not text[left:start].strip(" \u00a0–—-") and text[left - 1:left] in "(:)":
        # 'Узбекистан (630 тыс.)', 'Китай: 3 912', 'первой категории (руководители) – 1 420':
        # the label stands before the bracket or colon
        earlier = list(SEGMENT_BREAK.finditer(left_text[:breaks[-1].start()]))
        if text[left - 1:left] == ")":
            opening = left_text.rfind("(", 0, breaks[-1].start())
            earlier = list(SEGMENT_BREAK.finditer(left_text[:max(opening, 0)]))
        left = sentence.start + earlier[-1].end() if earlier else sentence.start
    right_match = SEGMENT_AFTER.search(text, end, sentence.end)
    right = right_match.start() if right_match else sentence.end
    return left, right


def is_own_noun(mention: Mention, figure: Figure, text: str) -> bool:
    """The figure's own people are named by the country: '17 украинцев', '456 граждан
    Узбекистана', '130 нелегалов из Кыргызстана' ('623 гражданина Таджикистана и 456 граждан
    Узбекистана': the second figure's country is the one after it, not the one before)."""
    if mention.kind != "country" or figure.unit != "person" or mention.start <= figure.number_end:
        return False
    return mention.start < figure.end or bool(wording("own_country_gap").fullmatch(text[figure.end:mention.start]))


ORIGIN_RIGHT_AFTER = re.compile(r"\s+из\s+")


def dimensions_for(figure: Figure, view: SentenceView, jurisdiction: Optional[str],
                   text: str) -> dict[str, Optional[str]]:
    left, right = segment_bounds(text, view.sentence, figure.start, figure.end)
    # a name may hold a comma of its own ('в сельском, лесном и рыбном хозяйстве – 1 649')
    if not any(m.end > left and m.start < right for m in view.mentions):
        label_after = LABEL_AFTER.match(text, figure.end, view.sentence.end)
        if label_after:  # '4 108 — в Корею'
            following = SEGMENT_AFTER.search(text, label_after.end(), view.sentence.end)
            right = following.start() if following else view.sentence.end
    found: dict[str, Optional[str]] = {}
    after = LABEL_AFTER_NAME.match(text, figure.end, view.sentence.end)
    if after:
        # '4 108 — в Корею и 3 270 — в Великобританию': the label right after a figure is its own
        named = next((m for m in view.mentions if m.start == after.end()), None)
        # (the reporting state too, where the item names it: '15 – из Таджикистана, 8 – из
        # Кыргызстана' in a Kyrgyz release)
        if named is not None and named.kind in ("country", "region"):
            found[named.kind] = named.code
        elif named is None and wording("others").match(text, after.end()):
            return found  # '9 тыс. – в Казахстан и 12 тыс. – в другие государства': no one state
    origin = None if found or figure.unit is not None else ORIGIN_RIGHT_AFTER.match(
        text, figure.end, view.sentence.end)
    if origin:
        # '10 выходцев из Узбекистана, трое из Молдовы': a bare figure's own state right after
        # 'из', not the one of the item before it
        named = next((m for m in view.mentions if m.start == origin.end() and m.kind == "country"), None)
        if named is not None:
            found["country"] = named.code
    went = None if found else wording("went_to_after").match(text, figure.end, view.sentence.end)
    if went:
        # '100 111 человек, уехали в Россию, 6 924 – в Казахстан': the first item of a list by
        # destination names its state after the verb of leaving
        named = next((m for m in view.mentions if m.start == went.end() and m.kind == "country"
                      and m.code != jurisdiction), None)
        if named is not None:
            found["country"] = named.code
    # the name before the figure ('Китай – 5330') binds before one after it, unless the
    # figure counts people by that very name ('170 россиян и 17 украинцев')
    near = sorted((m for m in view.mentions if m.end > left and m.start < right
                   and not is_event_place(m, view, text)),
                  key=lambda m: (not is_own_noun(m, figure, text), m.start > figure.number_start,
                                 abs(m.start - figure.number_start)))
    for mention in near:
        is_label = bool(LABEL_GAP.fullmatch(text[mention.end:figure.number_start]))
        if mention.kind == "country" and mention.code == jurisdiction and not is_label:
            continue  # the reporting state is the place, not a breakdown, unless a list names it
        found.setdefault(mention.kind, mention.code)
    if "sector" in found:
        found["sector"] = joint_sector(near, text, found["sector"])
        if found["sector"] is None:
            found.pop("sector")
    if "category" not in found and any(m.kind == "category" for m in view.mentions):
        # 'первой категории – 1 420, второй – 3 305': the later items name only the ordinal
        ordinals = ordinal_categories()
        ordinal = next((ordinals[t.lemma] for t in view.tokens
                        if left <= t.start < right and t.lemma in ordinals), None)
        if ordinal:
            found["category"] = ordinal
    place = place_after_verb(figure, view, jurisdiction, text)
    if place is not None and "country" not in found:
        found["country"] = place  # '100 111 человек, уехали в Россию, 6 924 – в Казахстан'
    rest = [m.group().lower() for m in wording("others").finditer(text, left, right)]
    other = wording("others").match(text, after.end()) if after else None
    if other:
        rest.append(other.group().lower())  # '9 тыс. – в Казахстан и 12 тыс. – в другие государства'
    own_noun = any(m.kind == "country" and m.code == found.get("country") and is_own_noun(m, figure, text)
                   for m in near)
    if rest and not own_noun and not (all(word.startswith("ещ") for word in rest)
                                      and (one_more_item(view, jurisdiction, text)
                                           or (place is not None and place == found.get("country")))):
        # 'остальные 232 человека', 'Турция и другие страны — 345'; but 'ещё 30 тысяч
        # трудятся в Казахстане' is one more item, with its own state, and 'остальные 5 314
        # граждан КНР' are still that state's people
        found.pop("country", None)
        return found
    if "country" not in found:
        # 'В Республику Корея выехали ... 4 211 человек': the one country the sentence opens with
        others = {m.code for m in view.mentions if m.kind == "country" and m.code != jurisdiction
                  and m.start < figure.number_start}
        if len(others) == 1:
            found["country"] = others.pop()
    if "country" in found and FOREIGNERS.match(text, figure.number_end) and all(
            is_host_place(m, figure, text) for m in view.mentions
            if m.kind == "country" and m.code == found["country"]):
        # 'в Россию въехали 6 млн иностранцев': foreigners of no named origin; the country
        # is where they are, not a breakdown
        found.pop("country")
    origin_not_grantor(found, figure, view, text)
    if "sector" not in found:
        sector = sentence_sector(figure, view, text)
        if sector:
            found["sector"] = sector
    if "region" not in found:
        region = sentence_region(figure, view, text)
        if region:
            found["region"] = region
    if "region" in found and coordinated_region(found["region"], view, text, (left, right)):
        found.pop("region")  # 'в Москве, Московской области и ряде других субъектов'
    if "region" in found and "country" not in found and jurisdiction and \
            region_country(found["region"]) != jurisdiction:
        found["country"] = region_country(found["region"])  # 'в Москве работают ...' from Tashkent
    return found


def place_after_verb(figure: Figure, view: SentenceView, jurisdiction: Optional[str],
                     text: str) -> Optional[str]:
    """'Большинство, 100 111 человек, уехали в Россию, 6 924 – в Казахстан', 'Ещё 3 354 человека
    нашли работу в Казахстане, 826 – в Корее': the state named right after the figure's own
    verb, when it is a place ('в России', 'в Россию'), not the people's citizenship nor the
    reporting state: where the people counted went or work."""
    if figure.unit not in (None, "person"):
        return None
    for mention in view.mentions:
        if mention.start <= figure.end or mention.start - figure.end > 60:
            continue
        if mention.kind != "country":
            return None
        gap = wording("verb_place_gap").fullmatch(text, figure.end, mention.start)
        if gap is None or mention.code == jurisdiction or is_citizenship(mention, text):
            return None
        words_between = re.findall(r"[а-яё]+", text[figure.end:mention.start].lower())
        return mention.code if any(is_verb(word) for word in words_between[:-1]) else None
    return None


CITIZENS_REACH = 40
RESIDENTS_OF = re.compile(wording("residents_of").pattern, re.IGNORECASE)
LIST_OPENED = re.compile(r"[:(]|\d")
ITEM_GAP = re.compile(r"\s*[–—:(-]?\s*")
OWN_PEOPLE = re.compile(r"[\s\w.]{0,12}?(?:" + wording("own_people_near").pattern + ")", re.IGNORECASE)
MIGRANTS_FROM = re.compile(r"(?:" + word_list("countries.toml", "people_from") + r")[а-яё]*\s+из\s+$",
                           re.IGNORECASE)


def host_side_country(figure: Figure, dimensions: dict[str, Optional[str]], view: SentenceView,
                      jurisdiction: Optional[str], text: str, sends_back: bool = False) -> None:
    """Patents issued, registrations, deportations and bans are counted by the host, so their
    country is the migrants' citizenship: 'на миграционном учёте в России состоят 341 тысяча
    наших граждан' is KG in a Kyrgyz release, 'выдворены из России 141 гражданин
    Таджикистана' is TJ; the host ('в России', 'из России') is only the place."""
    named = next((m for m in view.mentions if is_own_noun(m, figure, text)
                  and not text[figure.end:m.start].strip()), None)
    if named is not None:
        dimensions["country"] = named.code  # '456 граждан Узбекистана', '17 украинцев'
        return
    label = LABEL_AFTER_NAME.match(text, figure.end, view.sentence.end)
    if label and any(m.kind == "country" and m.start == label.end() and m.code == dimensions.get("country")
                     for m in view.mentions):
        return  # '15 – из Таджикистана, 8 – из Кыргызстана': the item's own label
    origin = ORIGIN_RIGHT_AFTER.match(text, figure.end, view.sentence.end) if figure.unit is None else None
    if origin and any(m.kind == "country" and m.start == origin.end() and m.code == dimensions.get("country")
                      for m in view.mentions):
        return  # '10 выходцев из Узбекистана, трое из Молдовы': the bare item's own origin
    country = dimensions.get("country")
    if country is not None and not all(is_host_place(m, figure, text)
                                       for m in view.mentions if m.kind == "country" and m.code == country):
        return  # 'Узбекистан – 500 патентов': a list item names the citizenship itself
    if country is not None and any(m.kind == "region" and region_country(m.code) == country and
                                   RESIDENTS_OF.fullmatch(text, figure.number_end, m.start)
                                   for m in view.mentions):
        return  # '3155 жителей Согдийской области': the people of a region of their state
    # the people counted stand beside the figure ('141 гражданин Таджикистана', 'наших граждан')
    # (not the items of a list the figure opens: '33 иностранца: 29 граждан Узбекистана, ...',
    # '712 иностранных граждан (598 граждан Китая, ...)' is the whole, of no one citizenship)
    near = [m for m in view.mentions if abs(m.start - figure.number_start) <= CITIZENS_REACH
            and not (m.start >= figure.end and LIST_OPENED.search(text, figure.end, m.start))]
    # (not the state whose citizenship is granted or taken: 'российского гражданства лишили
    # 791 человека' names no citizenship of the people)
    citizenships = {m.code for m in near if m.kind == "country" and is_citizenship(m, text)
                    and not names_citizenship_itself(m, text)}
    if not citizenships and jurisdiction and OWN_PEOPLE.match(text, figure.number_end, figure.end + 24):
        citizenships = {jurisdiction}  # 'наших граждан'
    if sends_back and not citizenships and jurisdiction and \
            not FOREIGNERS.match(text, figure.number_end) and any(
                m.kind == "country" and m.code != jurisdiction and is_host_place(m, figure, text)
                for m in view.mentions):
        # '36 тысяч депортированы из РФ' in a Tajik release: people of no other citizenship
        # sent back by a foreign host are the reporting state's own
        citizenships = {jurisdiction}
    if len(citizenships) == 1:
        dimensions["country"] = citizenships.pop()
    elif country is not None:
        dimensions.pop("country")


def drop_destination(figure: Figure, dimensions: dict[str, Optional[str]], view: SentenceView,
                     text: str) -> None:
    """'в Узбекистан иммигрировали 1 080 человек': immigrants and settlers come from their
    origin; the country they move into is the host, not a breakdown."""
    country = dimensions.get("country")
    named = [m for m in view.mentions if m.kind == "country" and m.code == country]
    if country is not None and all(is_destination(m, figure, text) for m in named):
        dimensions.pop("country")
        # 'переселения соотечественников из Таджикистана в Россию переехали 160 тыс.' in a
        # Tajik text: the state named as where they came from, right before the host, is
        # their origin, the reporting one too
        origins = {o.code for m in named for o in view.mentions if o.kind == "country"
                   and o.code != country and 0 <= m.start - o.end <= 4
                   and wording("origin_before").search(text, max(0, o.start - 4), o.start)
                   and wording("into_country_before").search(text, o.end, m.start)}
        if len(origins) == 1:
            dimensions["country"] = origins.pop()


def origin_not_grantor(found: dict[str, Optional[str]], figure: Figure, view: SentenceView,
                       text: str) -> None:
    """'гражданами России стали 63,4 тыс. таджикистанцев', 'российские паспорта получили':
    the state granting its citizenship is the host, whoever reports; the people are counted
    by their own citizenship, the one other state the sentence names outside the figure's
    parts ('540 тыс. иностранцев, из них 71 200 — таджикистанцы' keeps the total whole)."""
    country = found.get("country")
    named = [m for m in view.mentions if m.kind == "country" and m.code == country]
    # the state is the grantor where the sentence grants its citizenship, though it names it
    # again as the source ('По данным МВД РФ, гражданство России получили ...'), unless the
    # figure's people are its own ('гражданство России получили 500 россиян')
    if not any(grants_citizenship(m, text) for m in named) or \
            any(is_own_noun(m, figure, text) for m in named):
        return
    found.pop("country")
    origins = {m.code for m in view.mentions if m.kind == "country" and m.code != country
               and not grants_citizenship(m, text)
               and not (m.start > figure.end and wording("part_of_list").search(text, figure.end, m.start))}
    if len(origins) == 1:
        found["country"] = origins.pop()


def grants_citizenship(mention: Mention, text: str) -> bool:
    """'гражданами России', 'паспорта РФ', 'российское гражданство': the state whose
    citizenship is granted, not the people's own."""
    return bool(wording("granted_citizenship_before").search(text, max(0, mention.start - 24),
                                                             mention.start)) or \
        (mention.demonym and bool(wording("granted_citizenship_after").match(text, mention.end)))


def names_citizenship_itself(mention: Mention, text: str) -> bool:
    """'российского гражданства', 'гражданства России', 'паспорта РФ': the citizenship, not
    its holders ('гражданами Узбекистана получено' names the people)."""
    return bool(wording("citizenship_itself_before").search(text, max(0, mention.start - 24),
                                                            mention.start)) or \
        (mention.demonym and bool(wording("granted_citizenship_after").match(text, mention.end)))


def take_destination(figure: Figure, dimensions: dict[str, Optional[str]], view: SentenceView,
                     jurisdiction: Optional[str], text: str) -> None:
    """A state's own people abroad are counted by where they are: 'в России трудоустроены
    123,7 тыс. граждан Узбекистана' is RU, 'трудоустроены 20 кыргызстанцев' in Korea is KR.
    Their citizenship ('граждан Узбекистана', 'кыргызстанцев') says who they are, and the
    reporting state is never the country of its own emigrants."""
    country = dimensions.get("country")
    if country is None:
        return
    named = [m for m in view.mentions if m.kind == "country" and m.code == country]
    if country != jurisdiction and not (named and all(
            is_citizenship(m, text) and not named_as_place(m, text) and not names_host_institution(m, text)
            for m in named)):
        # 'в Турции – 30 тыс.', 'в Москве', 'в российских вузах': a destination named as such
        return
    if country != jurisdiction and jurisdiction in predicate_config()["direction"]["sending_states"] \
            and any(is_own_noun(m, figure, text) for m in named):
        # 'в России стоят на учёте 1,5 млн граждан Узбекистана' in a Tajik text: another
        # sending state's people, counted by their own citizenship as immigrants are
        return
    dimensions.pop("country")
    places = {m.code for m in view.mentions if m.kind == "country" and m.code != country
              and after_preposition(text, m.start)
              and (not is_citizenship(m, text) or names_host_institution(m, text))}
    if len(places) == 1:
        dimensions["country"] = places.pop()


def named_as_place(mention: Mention, text: str) -> bool:
    """'в России', 'в российских вузах', 'в университетах России': the state names where the
    people are, even by its adjective, not whose citizens they are."""
    return bool(wording("place_before").search(text, max(0, mention.start - 30), mention.start))


def names_host_institution(mention: Mention, text: str) -> bool:
    """'700 квот в российских вузах', 'трудоустроены на корейских предприятиях': a state's
    adjective before the universities or firms a state's people go to names where they go, as
    'в вузах России' does, not whose citizens they are."""
    return mention.demonym and bool(wording("host_institution_after").match(text, mention.end))


# between a destination and the figure it belongs to: 'в Казахстан прибыли 4 108 человек, а
# выбыли 5 281' (another figure), 'не смог выехать в Россию, было 435' (another clause)
DESTINATION_CUT = re.compile(r"[\d,;:()]")


@lru_cache(maxsize=1)
def departure_verbs() -> frozenset[str]:
    return frozenset(predicate_config()["classes"]["departed"])


def told_from_origin(figure: Figure, view: SentenceView, jurisdiction: Optional[str], text: str,
                     own_data: Callable[[], frozenset[int]]) -> bool:
    """'в Россию выехали 638 934 гражданина Таджикистана', 'на работу в Российскую Федерацию
    отправились 8,7 тысячи жителей' where the text reads as Russia's: no state says its own
    people left into itself, so the move is told from where they left, and they are counted by
    where they went. The state's own people ('россиян') and a paragraph whose data the state's
    own body gives ('По данным Росстата') are the host's count, by citizenship."""
    if not jurisdiction:
        return False
    into = [m for m in view.mentions if m.kind == "country" and m.code == jurisdiction and not m.demonym
            and wording("into_country_before").search(text, max(0, m.start - 4), m.start)
            and not is_location(text, m) and not DESTINATION_CUT.search(
                text, min(m.end, figure.end), max(m.start, figure.start))]
    if not into or wording("part_of_list").search(text, max(0, figure.start - 16), figure.end + 16):
        return False  # '546 тысяч 76 из них встали на учёт': a part the verb of its own tells
    if not departure_verbs() & {t.lemma for t in view.tokens}:
        return False
    kind, clause = predicate_of(figure, view.tokens, text)
    if kind != "departed" or not clause:
        return False
    if not any(clause[0].start <= m.start < clause[-1].end for m in into):
        return False
    if any(m.kind == "country" and m.code == jurisdiction and is_citizenship(m, text) for m in view.mentions):
        return False
    return view.sentence.paragraph not in own_data()


def is_destination(mention: Mention, figure: Figure, text: str) -> bool:
    into = re.search(r"(?:^|\s)(?:в|во)\s+$", text[max(0, mention.start - 4):mention.start], re.IGNORECASE)
    return bool(into) and not is_location(text, mention) and is_host_place(mention, figure, text)


def is_host_place(mention: Mention, figure: Figure, text: str) -> bool:
    """'в России', 'из России' away from the figure; 'из Армении — 58,4 тыс.' labels an item."""
    if mention.end <= figure.number_start:
        labels = bool(ITEM_GAP.fullmatch(text[mention.end:figure.number_start]))
    else:
        labels = bool(LABEL_AFTER_NAME.fullmatch(text[figure.end:mention.start]))
    place = after_preposition(text, mention.start) or bool(wording("host_territory").search(
        text, max(0, mention.start - 16), mention.start)) or bool(wording("host_body").search(
            text, max(0, mention.start - 40), mention.start))
    # 'Россия сняла запрет на въезд с 120 тысяч таджикистанцев': the host as the subject
    subject = bool(SUBJECT_START.search(text, max(0, mention.start - 3), mention.start)) and \
        bool(SUBJECT_VERB.match(text, mention.end))
    if names_source_body(mention, text):
        return not labels  # 'по данным российской стороны': the host's body, not the people's
    return (place or subject) and not labels and not is_citizenship(mention, text)


def names_source_body(mention: Mention, text: str) -> bool:
    """'по данным российской стороны', 'по данным МВД России': the state of the body the figures
    come from, the host itself, not a label of the figure."""
    window = text[max(0, mention.start - 80):mention.start].lower()
    if "данн" not in window and "сведени" not in window and "согласно" not in window:
        return False
    if mention.demonym:
        body = HOST_DATA_BODY.match(text, mention.end)
        start = mention.start
    else:
        body = HOST_DATA_BODY_BEFORE.search(text, max(0, mention.start - 60), mention.start)
        start = body.start() if body else mention.start
    return body is not None and bool(SOURCE_BEFORE.search(text, max(0, start - 24), start))


HOST_DATA_BODY = re.compile(r"\s*(?:" + wording("host_data_body").pattern + ")", re.IGNORECASE)
HOST_DATA_BODY_BEFORE = re.compile("(?:" + wording("host_data_body").pattern + r")\s*$", re.IGNORECASE)
SOURCE_BEFORE = re.compile(wording("source_before").pattern, re.IGNORECASE)
SUBJECT_START = re.compile(r"(?:^|\n|[.!?]\s)[«\"]?$")
SUBJECT_VERB = re.compile(r"\s+(?:[а-яё]+\s+)?[а-яё]+(?:ла|ло|ли|ил|ал|ял|ет|ит|ют|ят)\b")


def is_citizenship(mention: Mention, text: str) -> bool:
    """'таджикских', 'граждан Таджикистана', 'мигрантов из Таджикистана': who the people are."""
    before = text[max(0, mention.start - 24):mention.start]
    if mention.demonym and PARTNERS_WITH.search(before):
        return False  # 'С британцами начали в 2022 году': the partner state, not whom it counts
    return mention.demonym or bool(wording("citizens_of").search(before) or MIGRANTS_FROM.search(before))


PARTNERS_WITH = re.compile(r"(?:^|[\s(«\"])(?:с|со)\s+$", re.IGNORECASE)


FOREIGNERS = re.compile(r"[\s\w.]{0,12}?(?<!\w)(?:" + word_list("countries.toml", "foreigners") + ")",
                        re.IGNORECASE)


COORDINATION = re.compile(r"\s*(?:,\s*|\s+и\s+|\s+или\s+)", re.IGNORECASE)


def joint_sector(near: list[Mention], text: str, code: str) -> Optional[str]:
    """'пассажирского транспорта и автомобильного грузового транспорта — 24%': a figure for
    two coordinated sectors belongs to their common class (49), or to none (F and A)."""
    sectors = sorted((m for m in near if m.kind == "sector"), key=lambda m: m.start)
    chosen = next(m for m in sectors if m.code == code)
    group = [chosen]
    for mention in sectors:
        if mention.start > chosen.end and COORDINATION.fullmatch(text[group[-1].end:mention.start]):
            group.append(mention)
    for mention in reversed(sectors):
        if mention.end < group[0].start and COORDINATION.fullmatch(text[mention.end:group[0].start]):
            group.insert(0, mention)
    joint = code
    for mention in group:
        joint = common_sector(joint, mention.code) if joint else None
    return joint


def common_sector(a: str, b: str) -> Optional[str]:
    """The narrowest NACE code containing both: 49.3 and 49.41 -> 49, 47.25 and 47.26 -> 47.2."""
    if a == b:
        return a
    sections = sector_sections()
    if sections.get(a) != sections.get(b):
        return None
    if a[0].isdigit() and b[0].isdigit():
        for length in (4, 2):  # '47.2', '47'
            if a[:length] == b[:length] and a[:length].rstrip(".") in sections:
                return a[:length].rstrip(".")
    return sections.get(a)


PLURAL_REGION = re.compile(r"(?:" + word_list("regions.toml", "plural_nouns") + r")$")


MORE_REGIONS = re.compile(r"\s*(?:,|и|или)\s+(?:в\s+|во\s+)?(?:"
                          + word_list("regions.toml", "more_regions") + ")", re.IGNORECASE)


def coordinated_region(code: str, view: SentenceView, text: str,
                       item: Optional[tuple[int, int]] = None) -> bool:
    """A region named in a row with others ('в Астане, Алматы и Шымкенте') stands for none alone.

    Where the figure's own list item names the region, only that mention counts: 'оседают в
    Чуйской области и Бишкеке: в Чуйской области – 60, в Бишкеке – 20' gives each item its region.
    """
    regions = [m for m in view.mentions if m.kind == "region"]
    own = [m for m in regions if m.code == code and item and item[0] <= m.start < item[1]]
    for index, mention in enumerate(regions):
        if mention.code != code or (own and mention not in own):
            continue
        if MORE_REGIONS.match(text, mention.end):
            return True
        neighbours = regions[index - 1:index] + regions[index + 1:index + 2]
        for other in neighbours:
            gap = text[min(mention.end, other.end):max(mention.start, other.start)]
            if other.code != code and COORDINATION.fullmatch(gap):
                return True
    return False


NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?")
YEAR = re.compile(r"(?:19|20)\d{2}")
PART_OF = re.compile(r"из\s+них|из\s+которых|в\s+том\s+числе|в\s+т\.\s?ч\.|среди\s+них", re.IGNORECASE)


def sentence_sector(figure: Figure, view: SentenceView, text: str) -> Optional[str]:
    """'Для строительной отрасли сохраняется ограничение: доля ... не должна превышать 30%':
    a sentence with one figure and one sector named before it is about that sector."""
    sectors = [m for m in view.mentions if m.kind == "sector" and not is_event_place(m, view, text)]
    if len(sectors) != 1 or sectors[0].start > figure.number_start:
        return None
    others = [n for n in NUMBER.findall(text[view.sentence.start:figure.number_start] + " " +
                                        text[figure.number_end:view.sentence.end])
              if not YEAR.fullmatch(n)]
    return None if others else sectors[0].code


def sentence_region(figure: Figure, view: SentenceView, text: str) -> Optional[str]:
    """'В Мангистауской области, по данным управления, квота составила 3 200': the one region
    the sentence places its figures in, unless it is only where someone spoke or met."""
    regions = [m for m in view.mentions if m.kind == "region" and m.start < figure.number_start]
    if any(PLURAL_REGION.search(text[m.start:m.end]) for m in regions):
        return None
    codes = {m.code for m in regions if not is_event_place(m, view, text)}
    if not codes:
        return region_after(figure, view, text)
    if len(codes) != 1:
        return None
    last = max((m for m in regions if m.code in codes), key=lambda m: m.end)
    gap = text[last.end:figure.number_start]
    if [n for n in NUMBER.findall(gap) if not YEAR.fullmatch(n)] and not PART_OF.search(gap) and \
            not region_is_subject(last, view, text):
        # 'для Дагестана – 30%, а для северных автономных округов – до 80%': the region has its
        # own figure; but 'в Алматы работают 5 200, из них 3 000 – из Китая' is still Almaty,
        # and so is each figure of a sentence the region opens as who acts ('Атырауская область
        # доставила 600 человек, а в апреле привезла ещё 70')
        return None
    return codes.pop()


def region_is_subject(mention: Mention, view: SentenceView, text: str) -> bool:
    """The region opens its sentence in the nominative, as who acts ('Атырауская область
    доставила ...')."""
    if text[view.sentence.start:mention.start].strip(" \t\n«\"—–-"):
        return False
    return text[mention.start:mention.end] in region_names().get(mention.code, ())


@lru_cache(maxsize=None)
def region_names() -> dict[str, frozenset[str]]:
    return {code: frozenset(names) for code, names in load_toml("regions.toml")["names"].items()}


def measure_region(view: SentenceView, text: str) -> Optional[str]:
    """'В Самарской области мигрантам с патентом нельзя работать в такси': a measure in the one
    region its sentence names as its place or its authority ('власти Санкт-Петербурга'), not
    where people travel ('ехать в Бишкек'), met or spoke, nor 'в ряде областей'."""
    regions = [m for m in view.mentions if m.kind == "region" and not is_event_place(m, view, text)
               and not is_direction(m, text)]
    if any(PLURAL_REGION.search(text[m.start:m.end]) for m in regions):
        return None
    codes = {m.code for m in regions}
    if len(codes) != 1 or coordinated_region(next(iter(codes)), view, text):
        return None
    return codes.pop()


WORKPLACE_BEFORE = re.compile(r"(?:^|\s)(?:в|во|на)\s+(?:[а-яё]+\s+)?$", re.IGNORECASE)


def measure_sector(view: SentenceView, text: str) -> Optional[str]:
    """'запрет на работу иностранцев в такси', 'в такси и на другом пассажирском транспорте':
    a ban over the branches its sentence names as places of work, at the narrowest code
    holding them all."""
    codes = {m.code for m in view.mentions if m.kind == "sector" and not is_event_place(m, view, text)
             and WORKPLACE_BEFORE.search(text, max(0, m.start - 24), m.start)}
    joint = None
    for code in sorted(codes):
        joint = common_sector(joint, code) if joint else code
        if joint is None:
            return None
    return joint


def is_direction(mention: Mention, text: str) -> bool:
    """'в Бишкек', 'из Москвы': a place named after a preposition, not in the locative."""
    last_word = text[mention.start:mention.end].split()[-1].lower()
    return after_preposition(text, mention.start) and not is_locative(last_word)


REGION_AFTER = re.compile(r"[^\d;:()\n]{0,40}?(?:^|\s)(?:в|во|на)\s+$", re.IGNORECASE)


def region_after(figure: Figure, view: SentenceView, text: str) -> Optional[str]:
    """'выдал более 750 тысяч патентов на работу в Москве': the one region the sentence
    names, right after the figure's own words and before any other figure."""
    regions = [m for m in view.mentions if m.kind == "region" and m.start >= figure.end]
    if len({m.code for m in regions}) != 1 or PLURAL_REGION.search(text[regions[0].start:regions[0].end]):
        return None
    first = regions[0]
    if is_event_place(first, view, text) or not REGION_AFTER.fullmatch(text, figure.end, first.start):
        return None
    return first.code


def is_event_place(mention: Mention, view: SentenceView, text: str) -> bool:
    """'на брифинге в Астане': a region where a briefing was held places no figure; nor does
    a region named with others ('в Ленинградской и Калининградской областях'). A sector in a
    body's name ('Министр труда и социальной защиты населения') is no sector of a figure."""
    if mention.kind == "sector":
        return bool(wording("organisation_before").search(
            text[max(view.sentence.start, mention.start - 50):mention.start]))
    if mention.kind != "region":
        return False
    if PLURAL_REGION.search(text[mention.start:mention.end]):
        return True  # 'в Ленинградской и Калининградской областях': several regions, none alone
    if mention.start == view.sentence.start and wording("dateline_after").match(text, mention.end):
        return True  # 'Душанбе, 20 февраля 2024 г.': where the release was issued
    if mention.start == view.sentence.start and " " not in text[mention.start:mention.end] and \
            CITY_STOP.match(text, mention.end):
        return True  # 'Бишкек. Министерство труда сообщает': a city alone, where it was issued
        # (but 'Курганская область. Власти региона ...' heads the region's own paragraph)
    if on_route_or_span(mention, view, text):
        return True
    return bool(wording("event_place").search(text[max(view.sentence.start, mention.start - 60):mention.start]))


CITY_STOP = re.compile(r"\.\s+(?=[A-ZА-ЯЁ])")


def on_route_or_span(mention: Mention, view: SentenceView, text: str) -> bool:
    """'рейсом Екатеринбург — Ташкент домой улетели 152 мигранта', 'от Калининграда до Сахалина
    работают 620 тысяч': an end of a route the people travel (wording.toml `route_named`) or of
    a span of the map they are spread over (`place_span`) places no figure."""
    for key in ("route_named", "place_span"):
        for match in wording(key).finditer(text, view.sentence.start, view.sentence.end):
            if match.start() <= mention.start and mention.end <= match.end():
                return True
    return False


def attach_share(figure: Figure, facts: list[Fact], text: str) -> bool:
    """'3 768 человек (25,6%)', '640 тыс. граждан Кыргызстана – 88%': the share belongs to the
    count before it, the rest of the count's noun phrase between them."""
    if not figure.percent:
        return False
    if wording("labour_force_share").match(text, figure.end):
        # '28 300 человек, или 0,31% численности рабочей силы': a quota set as a share of the
        # labour force is a level of its own beside the same quota in people
        return False
    for fact in reversed(facts):
        if fact.unit != "percent" and fact.evidence.end <= figure.start and (
                SHARE_GAP.fullmatch(text[fact.evidence.end:figure.start]) or (
                    fact.category == "count" and figure.start - fact.evidence.end <= 60 and
                    wording("share_after_count_tail").fullmatch(text, fact.evidence.end, figure.start))):
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


def share_out(facts: list[Fact], view: SentenceView, text: str) -> list[Fact]:
    """'в Южной Корее и Германии – по 5 тыс.': one figure for each of the names coordinated
    before it, so one fact per country (or region), each quoting from its own name on."""
    shared: list[Fact] = []
    for fact in facts:
        kind = "country" if "country" in fact.dimensions else "region" if "region" in fact.dimensions \
            else None
        if kind is None or fact.value is None:
            continue
        if not wording("each_share").search(text, max(view.sentence.start, fact.evidence.start - 6),
                                            fact.evidence.start):
            if names_jointly(fact, kind, view, text) or (
                    kind == "country" and people_of_several_states(fact, view, text)):
                fact.dimensions.pop(kind)  # 'в Южной Корее и ОАЭ находятся около 5 тысяч': both
            continue
        chain = coordinated_names(fact.evidence.start, kind, view, text)
        start, end = None, fact.evidence.end
        if len(chain) < 2:
            # 'по двое из Беларуси и Индии', 'по три гражданина Киргизии и Таджикистана': the
            # names the figure is shared by follow it
            chain = coordinated_names_after(fact.evidence.end, kind, view, text)
            start, end = fact.evidence.start, (chain[-1].end if chain else end)
        if len(chain) < 2 or fact.dimensions[kind] not in {m.code for m in chain}:
            continue
        for mention in chain:
            twin = fact if mention.code == fact.dimensions[kind] else replace(fact)
            twin.dimensions = {**fact.dimensions, kind: mention.code}
            first = mention.start if start is None else start
            twin.evidence = replace(fact.evidence, start=first, end=end, text=text[first:end])
            if twin is not fact:
                shared.append(twin)
    return sorted(facts + shared, key=lambda f: f.evidence.start) if shared else facts


def respectively(facts: list[Fact], view: SentenceView, text: str) -> None:
    """'Казахстан и Турция: там живут 65 тысяч и 60 тысяч человек соответственно': the figures
    of a run closed by 'соответственно' go, in order, to as many names of one kind coordinated
    before them."""
    if "соответственно" not in view.text:
        return
    for closing in RESPECTIVELY.finditer(text, view.sentence.start, view.sentence.end):
        run: list[Fact] = []
        for fact in sorted((f for f in facts if f.value is not None and f.evidence.end <= closing.start()),
                           key=lambda f: -f.evidence.start):
            bound = run[-1].evidence.start if run else closing.start()
            gap = RUN_GAP if run else RUN_END_GAP
            if not gap.fullmatch(text, fact.evidence.end, bound):
                break
            run.append(fact)
        run.reverse()
        if len(run) < 2 or len({f.unit == "percent" for f in run}) > 1:
            continue
        for kind in ("country", "region"):
            chain = coordinated_names(run[0].evidence.start, kind, view, text, reach=True)
            if len(chain) == len(run):
                for fact, mention in zip(run, reversed(chain)):
                    fact.dimensions[kind] = mention.code
                break


RESPECTIVELY = re.compile(r"\bсоответственно\b")
RUN_GAP = re.compile(r"\s*(?:,\s*и|,|и)\s+")  # '65 тысяч и 60 тысяч'
RUN_END_GAP = re.compile(r"\s*(?:[а-яё]+\s+){0,2}")  # '60 тысяч человек соответственно'


def names_jointly(fact: Fact, kind: str, view: SentenceView, text: str) -> bool:
    """The figure's own name is one of several joined by 'и' or a comma with no figure between
    them ('из Узбекистана и Таджикистана прибыли 5 тыс.'): the figure is theirs together."""
    same = [m for m in view.mentions if m.kind == kind and not m.demonym]  # places, not people
    own = [m for m in same if m.code == fact.dimensions[kind] and m.end <= fact.evidence.start]
    named_after = any(m.kind == kind and m.code == fact.dimensions[kind]
                      and fact.evidence.end <= m.start <= fact.evidence.end + 30 for m in view.mentions)
    # 'выехали на работу в Южную Корею и Великобританию' after the figure: the places it went to
    places = [m for m in same if m.code == fact.dimensions[kind] and m.start >= fact.evidence.end
              and after_preposition(text, m.start) and not is_citizenship(m, text)]
    if own and not named_after:
        mention = own[-1]
    elif places:
        mention = places[0]
    else:  # '... въехали 200 тысяч граждан РФ': the name after is its own
        return False
    if joined_to_group(mention, text):
        return True  # 'около 2 тысяч – в Великобритании и странах Евросоюза': several states
    index = same.index(mention)
    neighbours = same[max(0, index - 1):index] + same[index + 1:index + 2]
    return any(wording("coordination").fullmatch(
        text[min(m.end, mention.end):max(m.start, mention.start)] + " ")
        for m in neighbours if m.code != mention.code)


def joined_to_group(mention: Mention, text: str) -> bool:
    """'в Великобритании и странах Евросоюза', 'в странах Персидского залива и Турции': the
    state is named together with a group of states (a word of the group is looked for first,
    at C speed, as most names stand alone)."""
    start, end = max(0, mention.start - 60), mention.end + 40
    if text.find("стран", start, end) < 0 and text.find("государств", start, end) < 0:
        return False
    return bool(wording("state_and_group_after").match(text, mention.end)
                or wording("state_and_group_before").search(text, start, mention.start))


def people_of_several_states(fact: Fact, view: SentenceView, text: str) -> bool:
    """'18 граждан Узбекистана и Таджикистана', 'более 400 человек из Узбекистана, Кыргызстана и
    Таджикистана', 'узбекистанцев и таджикистанцев': the people counted are of several states
    joined by 'и' or a comma with no figure between them, so the figure has no one country."""
    countries = [m for m in view.mentions if m.kind == "country"]
    first = next((m for m in countries if fact.evidence.start < m.start <= fact.evidence.end + PEOPLE_REACH
                  and (is_citizenship(m, text) or wording("people_from_gap").fullmatch(
                      text, fact.evidence.end, m.start))), None)
    if first is None:
        return False
    chain = [first]
    for mention in countries[countries.index(first) + 1:]:
        if not wording("coordination").fullmatch(text[chain[-1].end:mention.start] + " "):
            break
        chain.append(mention)
    codes = {m.code for m in chain}
    return len(codes) > 1 and fact.dimensions["country"] in codes


PEOPLE_REACH = 24


def coordinated_names(position: int, kind: str, view: SentenceView, text: str,
                      reach: bool = False) -> list[Mention]:
    """The names of one kind joined by ', ' and 'и' that end just before the '– по' at
    `position`, nearest first; with `reach`, the last such names before it, whatever stands
    between ('Казахстан и Турция: там живут 65 тысяч')."""
    gap = LABEL_GAP_BEFORE.search(text, view.sentence.start, position)
    end = gap.start() if gap else position
    chain: list[Mention] = []
    for mention in sorted((m for m in view.mentions if m.end <= end), key=lambda m: -m.end):
        between = text[mention.end:end]
        if chain and not wording("coordination").fullmatch(between):
            break
        if not chain and between.strip() and not (reach and mention.kind == kind):
            break
        if mention.kind != kind:
            break
        chain.append(mention)
        end = mention.start
    return chain


def coordinated_names_after(position: int, kind: str, view: SentenceView, text: str) -> list[Mention]:
    """The names of one kind joined by ', ' and 'и' that begin right after a figure shared
    out with 'по' ('по двое из Беларуси и Индии'), in text order."""
    gap = NAMES_GAP_AFTER.match(text, position, view.sentence.end)
    start = gap.end() if gap else position
    chain: list[Mention] = []
    for mention in sorted((m for m in view.mentions if m.start >= start), key=lambda m: m.start):
        between = text[start:mention.start]
        if (chain and not wording("coordination").fullmatch(between)) or (not chain and between.strip()):
            break
        if mention.kind != kind:
            break
        chain.append(mention)
        start = mention.end
    return chain


NAMES_GAP_AFTER = re.compile(r"\s*(?:из\s+)?")


LABEL_GAP_BEFORE = re.compile(r"\s*[–—:-]?\s*(?:(?:" + word_list("numbers.toml", "each_qualifiers")
                              + r")\s+)?по\s+$")


def own_category_measure(fact: Fact) -> bool:
    """A fact measured by the indicator of its own single category (seasonal workers)."""
    indicator = by_id().get(fact.indicator or "")
    return indicator is not None and indicator.only_category is not None and \
        indicator.only_category == fact.dimensions.get("category")


def link_breakdown(facts: list[Fact], view: SentenceView, context: Context, text: str) -> None:
    """Items with a country or sector after a total point to it and share its indicator."""
    total: Optional[Fact] = None
    if view.sentence.is_list_item and context.header_total is not None:
        total = context.header_total
    elif context.last_total is not None and (
            context.last_total_paragraph == view.sentence.paragraph
            or (view.sentence.is_list_item and context.last_total_paragraph == view.sentence.paragraph - 1)):
        total = context.last_total  # 'работают 15 406 иностранцев. Из Китая – 5 011, ...'
    # the item's own time, its list header's, or its table column's, before the total's
    own_time = bool(view.times) or (view.sentence.is_list_item and context.header_dated) or (
        bool(context.column_times) and "|" in view.text)
    # under a header ('в том числе:') every item is a part, named by a country or not
    under_header = view.sentence.is_list_item and context.header_total is not None
    for fact in facts:
        if not fact.dimensions:
            after = text[fact.evidence.end:fact.evidence.end + 30]
            if wording("breakdown_openers").search(after[:after.find(" ", 20) if len(after) > 20 else None]) or \
                    re.match(r"\s*(?::|\((?!\s*\d+(?:[.,]\d+)?\s*%\s*\))|,?\s*(?:в\s+том\s+числе|из\s+них|из\s+которых))", after):
                total = fact
                continue
            if not under_header or total is not context.header_total:
                continue
        if (total is None or total.unit != fact.unit) and (view.sentence.is_list_item or context.header_open):
            # 'Основные страны исхода иностранных работников:' after the paragraph that gave
            # their total: the items belong to the latest total of their own kind
            total = context.recent_totals.get((fact.indicator, fact.unit), total)
        if total is None or total is fact or total.unit != fact.unit:
            continue
        if fact.indicator not in (None, total.indicator) and fact.rule != "level:context" \
                and fact.subject != total.subject:
            continue  # an item read from the total's own trigger follows what the total became
        if own_category_measure(fact) and fact.indicator != total.indicator:
            continue  # 'На сезонные работы привлекли 1 952 человека' after '661 руководитель'
        fact.parent = total.id
        fact.indicator = total.indicator
        for kind, code in total.dimensions.items():
            if code and kind not in fact.dimensions and kind != "category":
                # 'в Корею выехали 5 006 граждан. Из них в строительство — 153': still Korea
                fact.dimensions[kind] = code
        if not own_time or (fact.time.period is None and fact.time.as_of is None):
            fact.time = replace(total.time)


def column_countries(facts: list[Fact], view: SentenceView, context: Context,
                     jurisdiction: Optional[str]) -> None:
    """A table header that names a state over a column ('Год | Всего | из них из Узбекистана')
    gives that state to the cells below it with none of their own, until the table ends."""
    if "|" not in view.text:
        context.column_countries = {}
        return
    if not any(f.value is not None for f in facts):
        columns = {column_of(view, m.start): m.code for m in view.mentions
                   if m.kind == "country" and m.code != jurisdiction}
        if columns:
            context.column_countries = columns
        return
    for fact in facts:
        code = context.column_countries.get(column_of(view, fact.evidence.start))
        if code and fact.value is not None and "country" not in fact.dimensions:
            fact.dimensions["country"] = code


def place_in_document_region(facts: list[Fact], views: list[SentenceView],
                             jurisdiction: Optional[str], text: str) -> None:
    """'В Атырауской области за 2021 год привлекли 7 800 иностранцев' as the headline: the
    figures that follow ('в регионе предоставили 7 800 квот') are the region's, unless their
    sentence names another region or speaks of the whole country."""
    region = headline_region(views, text)
    if region is not None and wording("region_ranked").search(views[0].text):
        # 'Мангистау снова в числе лидеров по расселению': a ranking of the country's regions,
        # whose figures are the country's unless a sentence points back ('в регионе')
        region = None
    anaphoric = region is None
    if anaphoric:
        # 'пресс-служба акима Атырауской области ... в регионе работают': a region the lead
        # names holds for a later sentence that points back to it ('в регионе', 'по области')
        region = lead_region(views, text)
    if region is None:
        return
    by_start = [(view.sentence.start, view.sentence.end, view) for view in views]
    # 'ТАШКЕНТ, 19 ноя — РИА Новости.': the city an agency files from, not where it happened
    dateline = bool(wording("dateline_start").match(text))
    told_in = -1  # the last sentence whose figures were told as the region's
    last_index = -1
    carried_on = False
    for fact in facts:
        index = next((i for i, (start, end, _) in enumerate(by_start) if start <= fact.evidence.start < end), None)
        if index is None:
            continue
        if index > last_index:
            if any(names_another_region(v, region) for _, _, v in by_start[last_index + 1:index + 1]):
                told_in = -1  # 'миграционная служба Петербурга и Ленинградской области': the
                # figures after it may be of both regions ('в двух регионах поставлены 2,7 млн')
            last_index = index
            carried_on = told_in >= 0
        if fact.dimensions.get("region") == region:
            told_in = index
        if fact.dimensions.get("region") or (fact.rule == "measure" and fact.dimensions.get("country")):
            continue  # an agreement with another state ('Ташкент и Берлин готовят соглашение') is national
        view = by_start[index][2]
        if any(m.kind == "region" and m.code != region and not (
                m.start > fact.evidence.end and gone_to(m, view, text)) for m in view.mentions):
            continue  # the sentence names another region (or several), not only where the
            # people went ('698 человек не смогли адаптироваться и уехали: одни в Астану')
        if speaks_of_the_whole_country(view) or any(
                m.kind == "country" and m.code == jurisdiction and
                (is_location(text, m) or after_preposition(text, m.start)) and
                not of_the_people(fact, m, text) and not state_of_entry(m, text)
                for m in view.mentions):
            continue  # 'всего по стране', 'в Казахстане работают', 'из России депортировали'
            # (not 'за пределы Казахстана')
        if host_counted(fact) and "country" not in fact.dimensions and any(
                m.kind == "country" and m.code != jurisdiction and m.start < fact.evidence.start and
                (is_location(text, m) or FROM_BEFORE.search(text, max(0, m.start - 4), m.start))
                for m in view.mentions):
            # 'в 2020 году из России были выдворены 11,2 тыс. иностранцев': that host's count (but
            # '41 – из Узбекистана, 29 – из Таджикистана' are items by origin)
            continue
        if fact.value is None and wording("national_law").search(view.text):
            continue  # 'вступил в силу закон': a state's law, not the region's measure
        if anaphoric and not wording("region_anaphora").search(view.text) and (
                not carried_on or fact.rule == "measure" or elsewhere(fact, view, jurisdiction, text)):
            continue  # a figure after the region's own reads as the region's, unless it is
            # about somewhere else ('за рубежом работают 2,6 млн', 'депортировать из США'); a
            # measure goes on about the act told before it (policy.carry_place)
        if region_country(region) == jurisdiction or (host_counted(fact) and not dateline and not any(
                m.kind == "country" and wording("into_state_before").search(text, max(0, m.start - 4), m.start)
                and not of_the_people(fact, m, text) and not state_of_entry(m, text) for m in view.mentions)):
            # (a host's count, 'В ЗКО задержали 28 граждан Узбекистана' read as an Uzbek
            # text, is of the region where its police made it all the same, unless its
            # sentence speaks of a whole state: 'в Россию въехали 1,7 млн', 'находящихся в
            # России' under a dateline 'ТАШКЕНТ')
            fact.dimensions["region"] = region
            told_in = index


def state_of_entry(mention: Mention, text: str) -> bool:
    """'с запретом въезда в Казахстан': the state entry into which is barred, not the place of
    the figure."""
    return bool(wording("entry_into_state_before").search(text, max(0, mention.start - 20), mention.start))


def names_another_region(view: SentenceView, region: str) -> bool:
    return any(m.kind == "region" and m.code != region for m in view.mentions)


def elsewhere(fact: Fact, view: SentenceView, jurisdiction: Optional[str], text: str) -> bool:
    """A sentence that places its figures in a state ('в России работают') or abroad ('за
    рубежом'), or a host's count from another state ('депортировать из США'); not one that
    names where the people come from ('из Таджикистана – 21 человек')."""
    return bool(wording("abroad").search(view.text)) or any(
        m.kind == "country" and (is_location(text, m) or (
            host_counted(fact) and m.code != jurisdiction and FROM_BEFORE.search(text, max(0, m.start - 4), m.start)))
        for m in view.mentions)


def speaks_of_the_whole_country(view: SentenceView) -> bool:
    """'всего по стране', 'в страну прибыли 6 млн': the sentence's figures are the whole
    country's; not where the state is only named in the rules of stay the people broke
    ('помещены 276 иностранцев, нарушивших правила пребывания в стране')."""
    return any(not wording("stay_in_state_before").search(view.text, max(0, match.start() - 40), match.start())
               for match in wording("national_scope").finditer(view.text))


PEOPLE_CLAUSE = re.compile(wording("people_clause").pattern, re.IGNORECASE)


def of_the_people(fact: Fact, mention: Mention, text: str) -> bool:
    """'97 иностранных граждан, нарушивших правила пребывания в России', '10 иностранцев,
    которые пытались въехать в Казахстан': the state named in the clause that tells who the
    people counted are is no scope of the figure (the region's police counted them)."""
    return mention.start >= fact.evidence.end and \
        bool(PEOPLE_CLAUSE.search(text, fact.evidence.end, mention.start))


FROM_BEFORE = re.compile(r"(?:^|\s)из\s+$", re.IGNORECASE)


def gone_to(mention: Mention, view: SentenceView, text: str) -> bool:
    """'уехали в Астану или Алматы': a place people went to, or one in a row with it."""
    if is_direction(mention, text):
        return True
    regions = [m for m in view.mentions if m.kind == "region" and m.end <= mention.start]
    return bool(regions) and COORDINATION.fullmatch(text[regions[-1].end:mention.start]) is not None \
        and is_direction(regions[-1], text)


def fill_list_measure(facts: list[Fact], view: SentenceView, text: str) -> None:
    """'В России – 1 млн 63 тыс., в Казахстане – около 30 тыс., ..., в Корее – более 5 тыс.
    трудовых мигрантов': a list of states that names what it counts only after its last
    items measures that at each item, when no verb of its own comes before the items."""
    items = [f for f in facts if f.category == "count" and "country" in f.dimensions]
    named = {f.indicator for f in items if f.indicator}
    if len(items) < LIST_MEASURE_ITEMS or len(named) != 1:
        return
    first_named = next(i for i, f in enumerate(items) if f.indicator)
    bare = [f for f in items[:first_named] if f.indicator is None]
    if not bare or first_named == 0:
        return
    head = text[view.sentence.start:bare[-1].evidence.start]
    if any(is_verb(word) for word in WORD.findall(head)):
        return  # 'из России вернулись 58 тыс., из Казахстана – 20 тыс.': the items' own verb
    for fact in bare:
        fact.indicator = next(iter(named))


LIST_MEASURE_ITEMS = 3
WORD = re.compile(r"[А-Яа-яЁё]+")


def host_counted(fact: Fact) -> bool:
    """A figure the host state counts where it happens: detentions, expulsions, patents."""
    indicator = by_id().get(fact.indicator or "")
    return indicator is not None and indicator.host_side


def carry_country(facts: list[Fact], views: list[SentenceView], jurisdiction: Optional[str],
                  text: str) -> None:
    """'В Корею выехали 5 006 граждан. Из них в строительство направлены 153': a figure whose
    sentence names no other state is about the one state the sentence before was about, within
    the paragraph or in a sentence that points back to it ('из них', 'там', 'в этой стране').
    A list of states ('Узбекистан – 981 тыс., Таджикистан – 412 тыс.') passes on none."""
    starts = [view.sentence.start for view in views]
    country: Optional[str] = None
    source: Optional[SentenceView] = None
    source_fact: Optional[Fact] = None
    current: Optional[SentenceView] = None
    last: Optional[Fact] = None
    for fact in facts:
        if fact.value is None:
            continue
        index = bisect_right(starts, fact.evidence.start) - 1
        if index < 0:
            continue
        view = views[index]
        if view is not current:
            if current is not None and last is not None:
                source, country, source_fact = current, sentence_country(current, last, jurisdiction), last
            current = view
        carried = carried_country(fact, view, source, source_fact, country, jurisdiction, text)
        if carried:
            fact.dimensions["country"] = carried
        elif "country" not in fact.dimensions:
            state_pointed_back(fact, views, index, jurisdiction, text)
        last = fact


def list_of_the_people_told(facts: list[Fact], views: list[SentenceView],
                            jurisdiction: Optional[str]) -> None:
    """'Из Туркменистана прибыли 153 кандаса ... часть отправилась в другие регионы: - в Актау –
    42 человека; - в Жанаозен – 18 человек': a list that shares out by place the people a figure
    before it counted gives its items that figure's state, when the list's opener names no
    other state and the items (of the same indicator, naming no state of their own) add up to
    no more than that figure: they are its parts, wherever in the country they went."""
    starts = [view.sentence.start for view in views]
    for run in list_runs(views):
        items = [f for f in facts if f.value is not None and
                 views[run[0]].sentence.start <= f.evidence.start < views[run[-1]].sentence.end]
        before = [f for f in facts if f.value is not None and f.evidence.start < views[run[0]].sentence.start]
        if not items or not before:
            continue
        told = max(before, key=lambda f: f.evidence.start)
        state = told.dimensions.get("country")
        if not state or state == jurisdiction or any(f.indicator != told.indicator for f in items):
            continue
        if sum(f.value for f in items) > told.value:
            continue  # not a share-out of the people told
        told_in = bisect_right(starts, told.evidence.start) - 1
        if any(m.kind == "country" and m.code not in (state, jurisdiction)
               for view in views[told_in + 1:run[0]] for m in view.mentions):
            continue  # the text turned to another state before the list
        for fact in items:
            view = view_at(views, starts, fact.evidence.start)
            if "country" not in fact.dimensions and not any(m.kind == "country" for m in view.mentions):
                fact.dimensions["country"] = state


def list_runs(views: list[SentenceView]) -> list[list[int]]:
    """The indices of each run of consecutive list-item sentences."""
    runs: list[list[int]] = []
    for index, view in enumerate(views):
        if not view.sentence.is_list_item:
            continue
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def destination_told_before(facts: list[Fact], views: list[SentenceView], jurisdiction: Optional[str],
                            text: str) -> None:
    """'открыло портал для граждан, которые хотят поехать на сельхозработы в Англию. В первый же
    день анкету заполнили свыше 26 тысяч человек': own citizens counted with no state of their
    own go where the sentence just before, in the paragraph and with no figure of its own, said
    people go, when it names that one state only."""
    going = set(words("countries.toml", "destination_told_before"))
    starts = [view.sentence.start for view in views]
    told = {bisect_right(starts, f.evidence.start) - 1 for f in facts if f.value is not None}
    for fact in facts:
        if fact.indicator not in going or fact.value is None or fact.dimensions.get("country"):
            continue
        index = bisect_right(starts, fact.evidence.start) - 1
        if index < 1 or index - 1 in told:
            continue
        view, before = views[index], views[index - 1]
        clause = figure_clause(fact, view, text)
        if before.sentence.paragraph != view.sentence.paragraph or \
                any(m.kind == "country" and (m.code != jurisdiction or is_location(text, m))
                    for m in view.mentions) or names_others(clause) or \
                wording("abroad").search(clause) or wording("back_home").search(clause):
            continue
        named = [m for m in before.mentions if m.kind == "country" and m.code != jurisdiction]
        if len({m.code for m in named}) == 1 and all(is_direction(m, text) for m in named):
            fact.dimensions["country"] = named[0].code


def figure_clause(fact: Fact, view: SentenceView, text: str) -> str:
    """The sentence up to the first comma after the figure: its own words, not the source
    quoted after it ('..., сообщил Центр трудоустройства граждан за рубежом')."""
    comma = text.find(",", fact.evidence.end, view.sentence.end)
    return text[view.sentence.start:comma if comma >= 0 else view.sentence.end]


def grantor_from_headline(facts: list[Fact], views: list[SentenceView],
                          jurisdiction: Optional[str]) -> None:
    """'Корея выделила Кыргызстану 3 300 квот': a partner state's quota further down ('в прошлом
    году квота составляла 2 800 мест') is still that state's, and the citizens sent there ('20
    граждан трудоустроены по EPS') are there, when their sentence names no state and no
    destination of its own ('за рубеж', 'на родину')."""
    if not views or jurisdiction is None:
        return
    granted = set(words("countries.toml", "partner_granted"))
    named = {m.code for m in views[0].mentions if m.kind == "country" and m.code != jurisdiction}
    if len(named) != 1:
        return
    grantor = named.pop()
    starts = [view.sentence.start for view in views]
    for fact in facts:
        if fact.indicator not in granted or "country" in fact.dimensions:
            continue
        view = view_at(views, starts, fact.evidence.start)
        if wording("abroad").search(view.text) or wording("back_home").search(view.text):
            continue  # 'за рубеж выехали 28 993': all destinations; 'на родину возвращены 14'
        if not any(m.kind == "country" and m.code not in (jurisdiction, grantor) for m in view.mentions):
            # ('российская сторона выделит 800 бюджетных мест' under a headline on Russia's
            # places: the grantor named again)
            fact.dimensions["country"] = grantor


def scheme_of_destination(facts: list[Fact], views: list[SentenceView], jurisdiction: Optional[str]) -> None:
    """'Квота программы на 2026 год — 42 900 мест', 'на 2024 год выделяется 45 000 виз': the
    places of a destination state's scheme are that state's quota, whoever reports them. With
    no state of its own, the figure takes the destination state named last before it in its
    sentence (the states that send workers are the scheme's guests, not its owner), else in
    the sentences before, else the reporting state when it is no sending state."""
    owned = set(words("countries.toml", "scheme_of_destination"))
    if not any(f.indicator in owned and not f.dimensions.get("country") for f in facts):
        return
    sending = frozenset(predicate_config()["direction"]["sending_states"])
    starts = [view.sentence.start for view in views]
    guests = sending | ({jurisdiction} if jurisdiction in sending else set())
    for fact in facts:
        if fact.indicator not in owned or fact.dimensions.get("country"):
            continue
        index = max(0, bisect_right(starts, fact.evidence.start) - 1)
        hosts = [m for m in views[index].mentions if m.kind == "country" and m.code not in guests]
        before = [m for m in hosts if m.start < fact.evidence.start]
        state = (before or hosts or [None])[-1 if before else 0]
        code = state.code if state is not None else (
            most_named_before(views[:index], guests) or
            (jurisdiction if jurisdiction and jurisdiction not in sending else None))
        if code:
            fact.dimensions["country"] = code


def places_seen_from_home(facts: list[Fact], jurisdiction: Optional[str],
                          home: Callable[[], Optional[str]]) -> None:
    """'БИШКЕК. Россия выделила 500 мест для граждан Кыргызстана': study places a host allots
    to a sending state's citizens are, on a page written from that state, the host's offer,
    so they take the host whose figures the text gives, not the citizenship. The page's own
    state (`home`, its dateline, agencies and how it names its people) is read only when such
    a figure is there; in the host's own press the citizenship stays."""
    allotted = set(words("countries.toml", "places_allotted"))
    sending = frozenset(predicate_config()["direction"]["sending_states"])
    own = [f for f in facts if f.indicator in allotted and f.dimensions.get("country") in sending
           and jurisdiction and f.dimensions.get("country") != jurisdiction]
    if not own:
        return
    state = home()
    for fact in own:
        if fact.dimensions["country"] == state:
            fact.dimensions["country"] = jurisdiction


def most_named_before(views: list[SentenceView], guests: set) -> Optional[str]:
    """The destination state the sentences before name most often, the later on a tie: a
    text on Britain's farms that quotes a worker on his wages in Russia is still on Britain."""
    tally: dict[str, tuple[int, int]] = {}
    for mention in (m for view in views for m in view.mentions):
        if mention.kind == "country" and mention.code not in guests:
            count, _ = tally.get(mention.code, (0, 0))
            tally[mention.code] = (count + 1, mention.start)
    return max(tally, key=lambda code: tally[code]) if tally else None


POINTER_REACH = 2


def state_pointed_back(fact: Fact, views: list[SentenceView], index: int, jurisdiction: Optional[str],
                       text: str) -> None:
    """'в Россию приехали 1,1 млн узбекистанцев. На учете состоят 2,2 млн жителей этой страны':
    'этой страны' (or 'там') names the one foreign state of the sentence just before."""
    view = views[index]
    if "region" in fact.dimensions or any(m.kind == "country" and m.code != jurisdiction
                                          for m in view.mentions):
        return
    citizens = wording("citizens_back").search(view.text)
    if not citizens and (is_host_side(fact) or not wording("points_back").search(view.text)):
        return  # a host-side count is of citizens, never of the place 'там' points to
    for earlier in reversed(views[max(0, index - POINTER_REACH):index]):
        codes = {m.code for m in earlier.mentions if m.kind == "country" and m.code != jurisdiction}
        if codes:
            if len(codes) == 1:
                fact.dimensions["country"] = codes.pop()
            return


def is_host_side(fact: Fact) -> bool:
    indicator = by_id().get(fact.indicator or "")
    return indicator is not None and indicator.host_side


def sentence_country(view: SentenceView, last: Fact, jurisdiction: Optional[str]) -> Optional[str]:
    """The state of a sentence's last figure, if the sentence is about that one state only."""
    codes = {m.code for m in view.mentions if m.kind == "country" and m.code != jurisdiction}
    return last.dimensions.get("country") if len(codes) <= 1 else None


def carried_country(fact: Fact, view: SentenceView, source: Optional[SentenceView],
                    source_fact: Optional[Fact], country: Optional[str], jurisdiction: Optional[str],
                    text: str) -> Optional[str]:
    if not country or source is None or source_fact is None or \
            "country" in fact.dimensions or "region" in fact.dimensions:
        return None
    if source.sentence.paragraph != view.sentence.paragraph and not (
            source.sentence.paragraph == view.sentence.paragraph - 1 and wording("points_back").search(view.text)):
        return None
    if any(m.kind == "country" and (m.code != jurisdiction or is_location(text, m)
                                    or after_preposition(text, m.start)) for m in view.mentions):
        return None  # another state, or the reporting state as the place
    quote = text[fact.evidence.start:fact.evidence.end + 20]
    if names_others(view.text) or wording("national_scope").search(view.text) or \
            wording("back_home").search(view.text) or FOREIGNERS.search(quote):
        return None
    if is_host_side(fact) and not is_host_side(source_fact):
        # counted by the host the sentence before was in ('в России работали 587 тыс. ... На
        # миграционном учете состояли 1,2 млн'): the reporting state's own citizens
        places = [m for m in source.mentions if m.kind == "country" and m.code == country]
        if jurisdiction and country != jurisdiction and places and all(
                after_preposition(text, m.start) and not is_citizenship(m, text) for m in places):
            return jurisdiction
        return None
    return country


def names_others(sentence: str) -> bool:
    """'остальные', 'другие', 'прочие': people other than the ones told, who may be elsewhere;
    but a sentence that splits the total told before ('Из этого числа 3 800 нашли работу через
    центр, остальные 4 300 – через агентства') has its rest within that same total."""
    splits = wording("splits_the_total").search(sentence) is not None
    return any(not (splits and wording("rest_of_total").match(sentence, match.start()))
               for match in wording("others").finditer(sentence))


LEAD_SENTENCES = 3


def lead_region(views: list[SentenceView], text: str) -> Optional[str]:
    """The one region the first sentences of the text name, if they name only one."""
    codes = {m.code for view in views[:LEAD_SENTENCES] for m in view.mentions
             if m.kind == "region" and not is_event_place(m, view, text)}
    return codes.pop() if len(codes) == 1 else None


def headline_region(views: list[SentenceView], text: str) -> Optional[str]:
    """The one region the headline (the document's first line) is about, if any."""
    if not views:
        return None
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    codes = set()
    for view in views:
        if view.sentence.start >= line_end:
            break
        for mention in view.mentions:
            if mention.kind == "region" and mention.start < line_end \
                    and not is_event_place(mention, view, text):
                codes.add(mention.code)
    return codes.pop() if len(codes) == 1 else None
