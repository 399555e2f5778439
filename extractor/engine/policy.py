"""Status of policy statements and measures that carry no number.

'вносятся поправки' is work in progress, 'планируется' a plan, a draft on
public discussion a proposal, a signed order adopted. The wording lives in
`patterns/policy.toml`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from extractor.engine.state import view_at
from extractor.patterns import AnyOf, Prefiltered, load_toml, may_match, required_substrings


@lru_cache(maxsize=None)
def rules() -> dict:
    return load_toml("policy.toml")


@lru_cache(maxsize=None)
def compiled(section: str, key: str) -> Prefiltered:
    return Prefiltered("|".join(f"(?:{p})" for p in rules()[section][key]))


@lru_cache(maxsize=None)
def status_patterns() -> tuple[tuple[str, AnyOf], ...]:
    return tuple((row["status"], AnyOf(row["patterns"])) for row in rules()["status"])


@lru_cache(maxsize=None)
def any_status() -> AnyOf:
    return AnyOf([p for row in rules()["status"] for p in row["patterns"]])


@lru_cache(maxsize=None)
def background() -> re.Pattern:
    """Wording read as if absent before the status: an earlier step, a review's duration."""
    return re.compile("|".join(f"(?:{p})" for p in rules()["background"] + rules()["procedures"]["durations"]))


def status_of(sentence: str) -> Optional[str]:
    lowered = sentence.lower()
    if may_match(required_substrings(background()), lowered, lowered, False):
        cleared = background().sub(" ", lowered)
        if cleared != lowered and not any_status().search(lowered):
            return None  # most sentences: one search instead of four
        lowered = cleared
    # with no background wording the statuses in turn are one search of their union: a
    # sentence none of them matches is told by them as cheaply
    for status, pattern in status_patterns():
        if pattern.search(lowered):
            return status
    return None


def measure_status(sentence: str, status: Optional[str], continuing: bool = False) -> Optional[str]:
    """The status of a measure stated with no number, or None when the sentence states none.

    A plan, a proposal or work under way is a measure by its status; an adopted one only
    by the wording of an enacted rule ('запрещено', 'продлён', 'вступил в силу'): 'квота
    увеличена' with no figure is news of a level, not a measure.
    """
    lowered = sentence.lower()
    if compiled("measures", "negated").search(lowered) or compiled("measures", "events").search(lowered) \
            or compiled("measures", "existing").search(lowered) \
            or (any(hint in lowered for hint in rules()["measures"]["speculation_hints"])
                and compiled("measures", "speculation").search(lowered)):
        return None  # a plan denied; a meeting on the calendar; a rule in force; a guess; a sanction on persons
    if status in ("planned", "in_progress", "proposed"):
        return status
    if "въезд" in lowered:
        lowered = persons_banned().sub(" ", lowered)  # 'лиц, которым запрещён въезд': their status
    if compiled("measures", "enacted").search(lowered) or compiled("measures", "changed_rule").search(lowered) \
            or under_signed_deal(lowered) or states_rule_family(sentence):
        return "adopted"
    if continuing and (tells_banned_work(lowered) or tells_provision(lowered)) or tells_dated_future(lowered) \
            or tells_dated_present(lowered):
        return "adopted"  # 'Кроме такси, мигранты не смогут заниматься перевозками' after the ban
    if status == "adopted" and restates_document(sentence) and compiled("measures", "further").search(lowered):
        return "adopted"  # 'Кроме того, указ приостанавливает ...': a further provision of a signed decree
    return None


def under_signed_deal(lowered: str) -> bool:
    """'по соглашению, подписанному в декабре', 'предусматривает соглашение, подписанное в ходе
    визита', 'по подписанному меморандуму': what is done under an agreement told as signed."""
    return bool(compiled("measures", "under_signed_deal").search(lowered))


@lru_cache(maxsize=None)
def persons_banned() -> re.Pattern:
    return re.compile(rules()["measures"]["persons_banned"])


def restates_document(sentence: str) -> bool:
    """'Документ вводит запрет ...': what the document the text is about provides."""
    return bool(compiled("measures", "provisions").search(sentence.lower().lstrip(" «\"'–—-")))


def clause_status(sentence: str, offset: int) -> Optional[str]:
    """The status of the sentence up to the end of the clause at `offset`: '500 граждан получили
    работу в Катаре, а Корея предложила 800 квот' has no plan for the 500 the first clause counts."""
    rest = compiled_rule("change_verbs", "clause_break").search(sentence, max(0, offset))
    return status_of(sentence[:rest.start()] if rest else sentence)


def document_status(sentence: str, status: Optional[str], document: Optional[str]) -> Optional[str]:
    """'Правительство внесло в Госдуму законопроект. ... Документ вводит запрет ...': the
    provision is the bill's, proposed, not adopted because its verb is in the present; so is
    what its changes reach ('Изменения коснутся и студентов')."""
    if document and status in (None, "adopted") and (restates_document(sentence) or tells_reach(sentence.lower())):
        return document  # 'Все нововведения направлены на ужесточение въезда' of a bill
    if document == "proposed" and status in (None, "planned") and describes_future(sentence):
        return document  # 'Иностранцы должны будут подтвердить доход' in a report on a bill
    return status


def describes_future(sentence: str) -> bool:
    lowered = sentence.lower()
    return bool(compiled("measures", "future").search(lowered)) and not (
        compiled("measures", "planning").search(lowered) or compiled("measures", "judgement").search(lowered))


def carry_partner(new: list, earlier: list, sentence: str) -> None:
    """'Узбекистан и Германия планируют подписать соглашение. Соглашение предусматривает ...':
    the provision is of the agreement with the partner the last measure named."""
    if restates_document(sentence):
        give_last_partner(new, earlier)


# How far back (in characters) a measure's partner still carries to one that only names the
# reporting state or that partner: about the next two or three sentences.
CARRY_REACH = 400


def carry_last_partner(new: list, earlier: list, mentions: list, sentence: str,
                       jurisdiction: Optional[str] = None) -> None:
    """'Стороны договорились обмениваться сведениями о сезонных работниках' after a measure
    with the United Kingdom: a measure whose sentence names no state at all is of the
    partner the text's last measure named, when it points back at the parties or their deal.

    A measure that names only the reporting state or the partner itself ('Узбекистанцев не
    будут депортировать' after a Russian act, 'Работа в России будет засчитываться им' after
    the deal with Kyrgyzstan) goes on telling that act: it takes the partner of the last
    measure told just before it. A group of states named ('со всеми странами') keeps none."""
    if not any(f.rule == "measure" and not f.dimensions.get("country") for f in new) or \
            compiled_rule("partners", "group_of_states").search(sentence.lower()):
        return
    named = {m.code for m in mentions if m.kind == "country"}
    if not named:
        if compiled("measures", "partner_anaphora").search(sentence.lower()):
            give_last_partner(new, earlier)
        return
    start = min(f.evidence.start for f in new)
    recent = [f for f in earlier if f.rule == "measure" and start - f.evidence.end < CARRY_REACH]
    partner = next((f.dimensions.get("country") for f in reversed(recent) if f.dimensions.get("country")), None)
    if partner and named <= {partner, jurisdiction}:
        for fact in new:
            if fact.rule == "measure" and not fact.dimensions.get("country"):
                fact.dimensions["country"] = partner


def drop_headers_of_levels(facts: list) -> list:
    """'Правительство изменило перечень лиц ... Теперь ... не более одной единицы': a rule changed,
    told just before the rule's new levels, is their header, as 'утверждена квота' is; the levels
    are the facts. With no level after it ('Министр своим приказом изменил правила ...') it is the
    measure."""
    kept = []
    for index, fact in enumerate(facts):
        following = facts[index + 1] if index + 1 < len(facts) else None
        if fact.rule == "measure" and following is not None and following.category == "policy" \
                and following.value is not None and following.evidence.start - fact.evidence.end < CARRY_REACH \
                and compiled("measures", "changed_rule").search(fact.evidence.sentence.lower()):
            continue
        kept.append(fact)
    return kept


def carry_place(facts: list, views: list) -> None:
    """'Губернатор области подписал постановление: ... Кроме того, работодателям предписано
    привести численность иностранцев в соответствие': a measure that names no place, told right
    after a region's measure, goes on about that region's act and takes its region; one that
    names the branch of the ban told ('Службам такси велено не нанимать ...' after a ban on work
    in taxis) is of that branch as well, though it names it as the employer, not the workplace."""
    starts = [view.sentence.start for view in views]
    region, sector, end = None, None, None  # of the measures told so far; the end of the last
    for fact in facts:
        if fact.rule != "measure":
            continue
        if end is None or fact.evidence.start - end >= CARRY_REACH or fact.dimensions.get("country"):
            region = sector = None  # a measure far on, or one with another state, tells another act
        view = view_at(views, starts, fact.evidence.start)
        if sector and not fact.dimensions.get("sector") and \
                compiled_rule("measures", "similar_act").search(fact.evidence.sentence.lower()):
            fact.dimensions["sector"] = sector  # 'Аналогичное постановление подписали в ...': the like ban's branch
        if fact.dimensions.get("region"):
            region, sector = fact.dimensions["region"], fact.dimensions.get("sector")
        elif region and view is not None and not any(m.kind in ("region", "country") for m in view.mentions):
            fact.dimensions["region"] = region
            if sector and not fact.dimensions.get("sector") and \
                    any(m.kind == "sector" and m.code == sector for m in view.mentions):
                fact.dimensions["sector"] = sector
        end = fact.evidence.end


def give_last_partner(new: list, earlier: list) -> None:
    """The new measures with no state of their own take the one the last measure named."""
    last = next((f for f in reversed(earlier) if f.rule == "measure"), None)
    partner = last.dimensions.get("country") if last is not None else None
    for fact in new:
        if partner and fact.rule == "measure" and not fact.dimensions.get("country"):
            fact.dimensions["country"] = partner


class StatusCarry:
    """The status a figure's own sentence does not give: its list's, else the document's.

    '• в выращивании овощей — не более 50%;' under 'Проект постановления устанавливает
    доли:' is proposed; a cap in a text that opened with a signed order is adopted.
    """

    def __init__(self) -> None:
        self.document: Optional[str] = None
        self.header: Optional[str] = None
        self.from_headline = False

    def fill(self, status: Optional[str], text: str, is_list_item: bool, facts: list,
             start: Optional[int] = None, headline: bool = False) -> None:
        if not is_list_item:
            self.header = status if text.rstrip(" \"»”").endswith(":") else None
        carried = status or (self.header if is_list_item else None) or self.document
        placed = False
        for fact in facts:
            if start is not None and fact.category == "count" and fact.unit == "person" and \
                    fact.value is not None and fact.indicator in PLACEMENT_INDICATORS:
                placed = plans_placement(text, fact.evidence.start - start, fact.evidence.end - start, placed)
                if placed:
                    # 'около 22 200 человек направят на предприятия': those a state will send
                    fact.category, fact.status = "policy", status or "planned"
                    if fact.indicator == "citizens_abroad":
                        fact.indicator = "citizens_placed_abroad"
                    continue
            if fact.category == "count" and status in ("planned", "proposed") and fact.value is not None \
                    and (start is None or clause_status(text, fact.evidence.end - start) == status):
                fact.category = "policy"  # 'планируется привлечь 1,5 тыс. работников': a target
            if fact.category == "policy" and fact.status is None:
                # 'с 50 до 35%' under 'Предлагаемые изменения коснутся ...' is proposed; a change
                # in a text that names no status is one made
                # ('закрыты 39 видов деятельности' told alone is a ban in force)
                fact.status = carried or ("adopted" if fact.rule == "change:from_to" or fact.unit == "activity"
                                          else None)
        if status and (self.document is None or self.from_headline and not headline):
            # a headline's verb is looser than its lead's ('В регионах ввели ограничения' over
            # 'Минтруд подготовил проект постановления'): the body's first status is the text's
            self.document, self.from_headline = status, headline


# Counts of people sent abroad that a plan of sending makes the plan's level
PLACEMENT_INDICATORS = (None, "citizens_abroad", "citizens_placed_abroad")

SEGMENT_BREAK = re.compile(r"[,;:()]")


def plans_placement(sentence: str, start: int, end: int, item_after_plan: bool) -> bool:
    """'около 22 200 человек направят на предприятия', 'соглашение о трудоустройстве 10 тысяч':
    the figure's own part of the sentence (between commas) tells a sending still to come or
    names the placement the figure is for; '5 400 – в сферу услуг' right after such a figure
    leaves the verb out and is its plan too."""
    lowered = sentence.lower()
    breaks_before = [m.end() for m in SEGMENT_BREAK.finditer(lowered, 0, start)]
    left = breaks_before[-1] if breaks_before else 0
    after = SEGMENT_BREAK.search(lowered, end)
    right = after.start() if after else len(lowered)
    if compiled_rule("placement_plans", "nouns").search(lowered[max(left, start - 60):start]):
        return True
    if compiled("placement_plans", "future").search(lowered, left, right):
        return True
    return item_after_plan and bool(compiled_rule("placement_plans", "elliptic_item").match(lowered[left:right]))


def may_state_measure(text: str, status: str, counted: bool, names_quota: bool,
                      headline: bool) -> bool:
    """Not every sentence with measure wording states a measure of its own.

    A headline repeats the measure its body states; a question asks; a sentence with a
    count ('продлены разрешения 896 иностранцам') reports the count; a header ('Согласно
    проекту, доля составит:') leaves the measure to its list items; 'утверждена квота'
    or 'подготовлен проект приказа о квоте' announces the levels the next sentences give.
    """
    if headline or counted or text.rstrip(" \"»”").endswith(("?", ":")) or points_elsewhere(text) \
            or explains_law_in_force(text):
        return False
    if names_quota and compiled_rule("measures", "quota_procedure").search(text.lower()):
        return True  # 'Правительство утвердило Правила установления квоты': the mechanism, not a level
    if names_quota and status == "proposed" and not compiled("measures", "announcing").search(text.lower()):
        return True  # 'Регион попросил отменить квоты', 'выступило с инициативой сокращения квоты'
    if names_quota and status == "adopted" and compiled_rule("measures", "abolished").search(text.lower()):
        return True  # 'Киргизия отменила квоты на привлечение иностранной рабочей силы'
    if names_quota and status == "adopted" and compiled_rule("measures", "decided_change").search(text.lower()):
        return True  # 'Власти решили увеличить квоту на ввоз работников': no act whose levels follow
    return not (names_quota and status in ("adopted", "proposed"))


def partner_country(mentions: list, jurisdiction: Optional[str], text: str = "",
                    sentence: str = "") -> Optional[str]:
    """The one other state a measure is about: 'соглашение с Катаром', 'российский закон'.

    The state that takes the measure is the one whose body or official is named
    ('Посольство Таджикистана в России призвало ...', 'Глава ГКНБ Киргизии призвал ...'),
    else the reporting state; its partner is the one other state named. Two partners or
    none leave the measure without a country. The bodies of two states named side by side
    ('Министерство труда Казахстана и Министерство юстиции Кореи достигли договорённости')
    are both parties, so the partner is the one that is not the reporting state; a foreign
    body named alone where 'the parties' act in the `sentence` ('в ходе визита президента
    России стороны подписали') is itself the partner, and so is a foreign state that makes a
    deal with the reporting state ('президент России подписал закон о ратификации соглашения с
    Таджикистаном' in Tajik press): a deal's partner is never the state it is seen from. A
    foreign body's call ('Посольство Узбекистана в России призвало ...' in Russian press) keeps
    the state it names.
    """
    if sentence and compiled_rule("partners", "group_of_states").search(sentence.lower()):
        return None  # 'соглашения со странами Европы и Южной Кореей': several partners
    countries = [m for m in mentions if m.kind == "country"]
    actors = {m.code for m in countries if text and acting_body().search(text, max(0, m.start - 80), m.start)}
    actor = actors.pop() if len(actors) == 1 else jurisdiction
    others = {m.code for m in countries if m.code != actor} | {
        code for code in states_by_body(sentence) if code != actor}
    if not others and actor and actor != jurisdiction and \
            compiled_rule("partners", "parties").search(sentence.lower()):
        return actor
    if not others and actor and actor != jurisdiction and \
            compiled_rule("partners", "own_quota").search(sentence.lower()):
        return actor  # 'власти Израиля решили увеличить квоту' in Uzbek press: work there
    if others == {jurisdiction} and actor and actor != jurisdiction and \
            compiled_rule("partners", "deal").search(sentence.lower()):
        return actor  # 'Президент России поручил подписать с Кыргызстаном соглашение' in Kyrgyz press
    return others.pop() if len(others) == 1 else None


def states_by_body(sentence: str) -> set:
    """'Госдума приняла закон', 'ММЦ Москвы откроет представительство': the states whose
    parliament, capital authorities or migration bodies the sentence names, as its name would."""
    lowered = sentence.lower()
    return {code for code, pattern in state_bodies() if pattern.search(lowered)} if sentence else set()


@lru_cache(maxsize=None)
def state_bodies() -> tuple:
    return tuple((code, re.compile(pattern)) for code, pattern in rules()["partners"]["state_bodies"].items())


@lru_cache(maxsize=None)
def acting_body() -> re.Pattern:
    return re.compile(rules()["measures"]["acting_body"] + r"\s+$")


def counts_institutions(text: str, figure) -> bool:
    """'три центра подготовки', 'пять соглашений': offices or deals counted, not people."""
    return bool(compiled_rule("measures", "institution_count").match(text[figure.number_end:figure.number_end + 60].lower()))


def points_elsewhere(sentence: str) -> bool:
    """'Читайте также: ...': a pointer to another page, not a measure. A recap ('Напомним,
    ...') is no such pointer: the measure it retells is one (`skip_openings`)."""
    lowered = sentence.lower().lstrip(" «\"'–—-")
    return any(lowered.startswith(opening) for opening in rules()["measures"]["skip_openings"])


def explains_law_in_force(sentence: str) -> bool:
    """'Напомним, что патент необходим ...': a recap that explains the rule in force, not one
    that retells a step ('Напомним, Сенат одобрил закон')."""
    lowered = sentence.lower().lstrip(" «\"'–—-")
    return any(lowered.startswith(opening) for opening in rules()["measures"]["recap_openings"]) \
        and bool(compiled_rule("measures", "in_force").search(lowered))


def opens_facility(sentence: str) -> bool:
    """'откроются курсы японского языка', 'заработает онлайн-платформа', 'центры будут открыты
    в трёх областях': a plan to open a place or a service where people are trained or served."""
    lowered = sentence.lower()
    return bool(compiled("measures", "facility_plans").search(lowered)) and \
        not compiled("measures", "facility_doubts").search(lowered)


def about_people_abroad(sentence: str) -> bool:
    """'граждан', 'абитуриентов', 'кто летит в', 'поездок', 'консульства': the people who cross to
    another state, their trips or the offices that serve them."""
    return bool(compiled("measures", "people_abroad").search(sentence.lower()))


def on_topic(sentence: str) -> bool:
    """'призвал граждан, работающих за границей, вернуться': a phrase of the topic stands in
    for a strong topical word."""
    return bool(compiled("measures", "topic_phrases").search(sentence.lower()))


def tells_similar_act(sentence: str, mentions: list) -> bool:
    """'Аналогичное постановление ранее подписали в Тульской области': a like act of the one other
    place the sentence names; one of many places ('во многих регионах', a list) is background."""
    if not compiled_rule("measures", "similar_act").search(sentence.lower()):
        return False
    places = {m.code for m in mentions if m.kind in ("region", "country")}
    return len(places) == 1


def tells_precedents(sentence: str, mentions: list) -> bool:
    """'Губернатор не первым пошёл на такие меры: в Калужской области ..., а в Югре ...': the like
    acts of other places, told as background to the text's own measure, are no measure of their own."""
    return bool(prefiltered_rule("measures", "precedent").search(sentence.lower())) \
        and any(m.kind in ("region", "country") for m in mentions)


def reviews_bill_told(sentence: str) -> bool:
    """'Правительство дало на него положительный отзыв': a review of the bill told before."""
    return bool(prefiltered_rule("measures", "review_of_told").search(sentence.lower()))


def names_a_rule(sentence: str) -> bool:
    lowered = sentence.lower()
    return bool(compiled("measures", "objects").search(lowered)) or family("objects_family").search(lowered)


def continues_rule(sentence: str) -> bool:
    """'Под запрет попала работа в такси', 'ограничения затронут перевозки', 'теперь могут
    находиться не более 90 дней': after a measure on topic, a sentence that tells more of the
    rule goes on about it; so does what the rule will do from a day ('С 1 марта гражданам будут
    автоматически предоставлять разрешение'); the act named again ('Указ подписал губернатор',
    'вступает в силу через 10 дней') only retells it."""
    lowered = sentence.lower()
    return tells_reach(lowered) or tells_rule(lowered) or tells_banned_work(lowered) or tells_provision(lowered) \
        or tells_dated_present(lowered) or tells_dated_future(lowered) or moves_online(lowered)


def tells_provision(lowered: str) -> bool:
    """'К нарушителям будут применять все меры', 'работодатель обязан сообщить', 'больше не
    нужно сдавать экзамен', 'они освобождены от регистрации': after an act on topic, what it
    provides for those it is about, told with no marker of a new rule."""
    if not provision_wording("hints").search(lowered) or not provision_wording("patterns").search(lowered):
        return False
    return for_those_ruled(lowered)


def for_those_ruled(lowered: str) -> bool:
    """The sentence names those a rule is for, and is no opinion on it nor its history."""
    return bool(provision_wording("targets").search(lowered)) and not (
        provision_wording("opinions").search(lowered) or rule_wording("earlier").search(lowered))


def tells_dated_future(lowered: str) -> bool:
    """'С 1 марта граждане будут получать разрешение автоматически', 'В соответствии с
    постановлением компенсация будет выплачиваться', 'С 1 ноября Россия снимет запрет на въезд с
    граждан': what a rule will do, marked as new or as an act's, is a provision even with no act
    told before."""
    if not hints_of_dated_future().search(lowered) or not provision_wording("dated_future").search(lowered):
        return False
    return bool(rule_wording("new_rule").search(lowered) or rule_wording("by_enacting_act").search(lowered)) and \
        for_those_ruled(lowered)


def tells_dated_present(lowered: str) -> bool:
    """'Теперь заявление подаётся через портал', 'С 1 сентября кандасы получают услуги по
    принципу одного окна': a procedure told in the present beside the day it starts, or 'теперь',
    is what a rule now provides, for those it names."""
    if not provision_wording("present_marker").search(lowered) or not provision_wording("dated_present").search(lowered):
        return False
    return for_those_ruled(lowered)


@lru_cache(maxsize=None)
def hints_of_dated_future() -> WordHint:
    """One scan for the verbs of `dated_future`: most sentences hold none of them."""
    return WordHint(tuple(rules()["rule_provisions"]["dated_future_hints"]))


def provision_wording(key: str) -> re.Pattern:
    return section_wording("rule_provisions", key)


def continues_deal(sentence: str) -> bool:
    """'Министр напомнила, что стороны подписали меморандум', 'Второе предусматривает обучение
    работников': after a measure on topic, what the parties do or what one of their documents
    provides goes on about the cooperation the text tells, with no topical word of its own; a
    pledge to go on cooperating agrees no step."""
    lowered = sentence.lower()
    if compiled_rule("measures", "pledge").search(lowered):
        return False  # 'Стороны договорились и дальше развивать сотрудничество': no step agreed
    return bool(compiled_rule("measures", "parties_acting").search(lowered)) or (
        bool(compiled_rule("measures", "deal_subject").match(lowered.lstrip(" «\"'–—-")))
        and restates_document(sentence))


def lists_package_items(sentence: str) -> bool:
    """'Среди них — соглашение о медосвидетельствовании и протокол о ...', 'В частности, речь идёт о
    соглашении о ...': the documents of a package signed (or to be signed) just before, named with
    no verb of their own, are a measure with the package's status."""
    return bool(prefiltered_rule("measures", "package_items").match(sentence.lower()))


def continues_act(sentence: str) -> bool:
    """'Выполнять пункты плана поручено ведомствам', 'документ находится на согласовании':
    after a measure on topic, a step still to come that names its act, plan or agreement
    goes on about it, though its own words name no migrant."""
    lowered = sentence.lower()
    if compiled_rule("measures", "act_as_subject").match(lowered):
        return False
    return names_a_rule(lowered) or bool(compiled("measures", "act_nouns").search(lowered))


def points_to_act(sentence: str) -> bool:
    """'В рамках плана планируется ...': the sentence names the act or plan it belongs to."""
    return bool(compiled("measures", "act_nouns").search(sentence.lower()))


def tells_act_in_force(sentence: str) -> bool:
    """'Постановление подписал губернатор', 'Документ начнёт действовать через 10 дней', 'с 1
    января начнёт действовать новый запрет': an act signed or taking effect, its noun on either
    side of the verb, with no word of its content."""
    lowered = sentence.lower()
    return bool(compiled("measures", "act_steps").search(lowered)
                or prefiltered_rule("measures", "act_in_force").search(lowered))


def tells_act_step(sentence: str) -> bool:
    """'Минюст зарегистрировал приказ Минтруда', 'президент подписал закон', 'вступил в силу
    договор о присоединении': the step that enacts the measure a text on topic is about, told
    before any measure. With the act as its subject ('Приказ подписал министр') the sentence
    retells an act named before."""
    lowered = sentence.lower()
    return bool(compiled("measures", "act_steps").search(lowered)) and not compiled_rule("measures", "act_as_subject").match(lowered)


def tells_banned_work(lowered: str) -> bool:
    """'Они не смогут трудиться в общепите', 'нельзя будет работать курьерами': the work a
    ban told before covers, said by a negated modal with no place or date of its own."""
    return bool(hints("modal_hints").search(lowered)) and bool(family("enacted_modal").search(lowered))


def tells_reach(lowered: str) -> bool:
    """What a ban covers or spares: 'запрет распространяется на такси', 'ограничения не
    коснутся граждан ЕАЭС', 'под запрет попала работа в общепите'."""
    return bool(reach_hints().search(lowered)) and bool(reach().search(lowered))


def tells_change(lowered: str) -> bool:
    """'установлена допустимая доля', 'изменены Правила въезда', 'расширен перечень
    профессий', 'вступают в действие приказы': a rule changed, told by a passive participle."""
    return bool(change_wording("hints").search(lowered)) and bool(change_wording("patterns").search(lowered))


def change_wording(key: str) -> re.Pattern:
    return section_wording("rule_changed", key)


def reach_hints() -> re.Pattern:
    return section_wording("ban_reach", "hints")


def reach() -> re.Pattern:
    return section_wording("ban_reach", "patterns")


def states_rule_family(sentence: str) -> bool:
    """What an enacted rule obliges, forbids or now allows, told by a modal or a reflexive
    verb rather than by an enacting one: 'работодатель обязан внести сведения', 'мигранты не
    могут подбирать персонал', 'теперь смогут работать', 'ужесточились правила', 'вводятся
    ограничения', 'договорённость достигли'."""
    lowered = sentence.lower()
    if hints("family_hints").search(lowered) and family("enacted_family").search(lowered):
        return True
    if tells_rule(lowered) or tells_reach(lowered) or tells_change(lowered) or moves_online(lowered):
        return True
    return bool(hints("modal_hints").search(lowered)) and \
        family("enacted_modal").search(lowered) and bool(modal_anchor().search(sentence))


def tells_rule(lowered: str) -> bool:
    """What people must, may or may not do, marked as a new rule or as an act's: 'иностранцы
    теперь обязаны', 'по условиям программы граждане должны вернуться', 'с 1 марта мигранты не
    смогут'. A bare 'могут' is a permission only beside 'теперь' or an act."""
    if not rule_wording("hints").search(lowered) or rule_wording("earlier").search(lowered):
        return False
    new, by_act = rule_wording("new_rule").search(lowered), rule_wording("by_act").search(lowered)
    if rule_wording("deontic").search(lowered):
        return bool(new or by_act)
    return bool(rule_wording("permission").search(lowered)) and \
        bool("теперь" in lowered or rule_wording("by_enacting_act").search(lowered))


def rule_wording(key: str) -> re.Pattern:
    return section_wording("rule_statements", key)


@lru_cache(maxsize=None)
def section_wording(section: str, key: str) -> re.Pattern | WordHint:
    """A key of a section of measure wording as one regex: its `hints` are plain substrings."""
    words = rules()[section][key]
    if key == "hints":
        return word_hint(tuple(words))
    return re.compile("|".join(f"(?:{p})" for p in words))


@lru_cache(maxsize=None)
def hints(key: str) -> re.Pattern | WordHint:
    """One scan for the words a family needs: most sentences hold none of them."""
    return word_hint(tuple(rules()["measures"][key]))


# Up to this many hint words are told by one regex, which scans for their first letters at C
# speed; more open on nearly every letter, and a substring test per word is cheaper.
FEW_HINTS = 3


class WordHint:
    """Whether a lower-case sentence holds one of several fixed words: `search` answers."""

    __slots__ = ("words",)

    def __init__(self, words: tuple[str, ...]):
        self.words = words

    def search(self, text: str) -> bool:
        for word in self.words:  # a plain loop: the first word found settles it
            if word in text:
                return True
        return False


def word_hint(words: tuple[str, ...]) -> re.Pattern | WordHint:
    """Whether a lower-case sentence holds one of `words` (its `search` is true or false)."""
    if len(words) > FEW_HINTS:
        return WordHint(words)
    return re.compile("|".join(re.escape(word) for word in words))


def moves_online(lowered: str) -> bool:
    """'услугу перевели в цифровой формат', 'заявление теперь подаётся через портал': a service
    moved online is a measure told by its channel, not by a verb of enacting."""
    return bool(hints("online_hints").search(lowered) and family("moved_online").search(lowered))


@lru_cache(maxsize=None)
def family(key: str) -> AnyOf:
    """Each pattern of a family searched alone, behind the substring it needs: an alternation
    of patterns that open on a word class would be tried at every position of every sentence."""
    return AnyOf(rules()["measures"][key])


@lru_cache(maxsize=None)
def modal_anchor() -> re.Pattern:
    return re.compile(rules()["measures"]["modal_anchor"])


def under_amnesty(window: str) -> bool:
    """'миграционная амнистия для 158 тыс. граждан', 'амнистированы 120 590 граждан'."""
    return bool(compiled_rule("measures", "amnesty").search(window.lower()))


def tells_ban(sentence: str) -> bool:
    """'запрет на работу иностранцев в такси', 'нельзя трудиться', 'не смогут заниматься'."""
    return bool(compiled_rule("measures", "ban_words").search(sentence.lower()))


def shares_in_activities(sentence: str) -> bool:
    """'снизить долю иностранных работников в девяти видах деятельности' counts where shares
    change, not activities closed: a share and no ban in the sentence."""
    lowered = sentence.lower()
    return bool(compiled_rule("measures", "share_noun").search(lowered)) and not \
        compiled_rule("measures", "ban_words").search(lowered)


def bans_activities(sentence: str) -> bool:
    """'мигрантам закрыты 39 видов деятельности', 'запретили работать в 33 сферах': the number
    of activities or spheres is how far a ban reaches, a ban told with or without a status."""
    lowered = sentence.lower()
    return bool(compiled_rule("measures", "activity_ban").search(lowered)) and \
        not rule_wording("earlier").search(lowered)


def is_limit(clause: str) -> bool:
    return bool(compiled("limits", "patterns").search(clause.lower()))


def change_direction(clause: str) -> Optional[str]:
    lowered = clause.lower()
    if compiled("change_verbs", "increase").search(lowered):
        return "increase"
    if compiled("change_verbs", "decrease").search(lowered):
        return "decrease"
    return None


def ends_on_step(text: str) -> bool:
    """'... увеличено на 120, ' before 'до 750': the step of the change the level ends."""
    return bool(compiled_rule("change_verbs", "step").search(text.lower()))


def is_act_of_change(clause: str) -> bool:
    """'квоту увеличили', 'число мест сокращено': someone changed a level; 'выросло',
    'увеличилось' tell a number that grew by itself."""
    lowered = clause.lower()
    verbs = [m.group(0) for key in ("increase", "decrease")
             for m in compiled("change_verbs", key).finditer(lowered)]
    return bool(verbs) and not any(growth_pattern().fullmatch(verb) for verb in verbs)


@lru_cache(maxsize=None)
def growth_pattern() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in rules()["change_verbs"]["growth"]))


def changes_quota(clause: str, before: str) -> bool:
    """'квота увеличится до 10 тысяч', 'Квота составляла 8 000 мест, в 2024 году она вырастет до
    10 000', 'по новому приказу число разрешений вырастет': the change of a new level is the
    quota's, or an act's, though told by a verb of growth."""
    lowered, earlier = clause.lower(), before.lower()
    if compiled_rule("change_verbs", "quota_changed").search(lowered) or \
            compiled_rule("change_verbs", "quota_by_act").search(earlier):
        return True
    return bool(compiled_rule("change_verbs", "quota_pronoun").search(lowered)) and \
        bool(compiled_rule("change_verbs", "quota_named_before").search(earlier[:max(0, len(earlier) - len(lowered))]))


def takes_up_own_level(clause: str) -> bool:
    """'их число выросло до 405' after '228 мест' in its sentence: a change of the level the
    sentence itself gave before."""
    return bool(compiled_rule("change_verbs", "own_level_pronoun").search(clause.lower()))


@lru_cache(maxsize=None)
def own_level_units() -> frozenset[str]:
    return frozenset(rules()["change_verbs"]["own_level_units"])


def refers_back(clause: str) -> bool:
    """'её увеличили до 16 500': a change of the level the sentence before gave."""
    return bool(compiled_rule("change_verbs", "refers_back").search(clause.lower()))


@lru_cache(maxsize=None)
def compiled_rule(section: str, key: str) -> re.Pattern:
    return re.compile(rules()[section][key])


@lru_cache(maxsize=None)
def prefiltered_rule(section: str, key: str) -> Prefiltered:
    """A rule most sentences lack the words of: told by the substrings its matches need."""
    return Prefiltered(rules()[section][key])


@lru_cache(maxsize=None)
def amount_nouns() -> frozenset[str]:
    return frozenset(rules()["change_verbs"]["amount_nouns"])


def is_baseline(words_before: str) -> bool:
    """'изначально планировалось 28 352', 'против 4,8 тыс.': an old level."""
    last_words = " ".join(WORD.findall(words_before.lower())[-3:])
    return bool(baseline_words().search(last_words))


WORD = re.compile(r"[а-яё]+")


@lru_cache(maxsize=None)
def baseline_words() -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(rules()['change_verbs']['baseline'])})")


def told_as_history(sentence: str, start: int, times: list, published: Optional[str]) -> bool:
    """'Алматинский процесс запущен в 2011 году', 'соглашение подписано в 2016 году' in a text
    of 2025: an act its own clause dates years back tells the history of what the text is
    about, not a measure now. Only the main clause counts: in 'утвердило новые правила:
    прежние действовали с 2014 года' the old year is of what came before."""
    if not published:
        return False
    main = compiled_rule("history", "main_clause_end").search(sentence)
    end = start + (main.start() if main else len(sentence))
    years = [int(t.period) for t in times if t.period and YEAR.fullmatch(t.period)
             and not t.year_before and t.start < end]
    return bool(years) and max(years) <= int(published[:4]) - rules()["history"]["years_back"]


YEAR = re.compile(r"\d{4}")


def partner_from_headline(facts: list, views: list, home: Optional[str]) -> None:
    """'Корея объявила правила въезда для мигрантов из Узбекистана ... По словам
    вице-президента, планируется частично возобновить приток мигрантов': a measure whose
    sentence names no other state than the page's own is of the one foreign state its
    headline names, seen from the page's state (`home`); one told at home ('в стране примут
    закон') has none, nor one that goes on about a measure with another partner just told."""
    if not views or home is None or compiled_rule("partners", "group_of_states").search(views[0].text.lower()):
        return
    named = {m.code for m in views[0].mentions if m.kind == "country" and m.code != home}
    if len(named) != 1:
        return
    partner = named.pop()
    starts = [view.sentence.start for view in views]
    last: Optional[tuple[int, Optional[str]]] = None  # the end and partner of the last measure
    for fact in facts:
        if fact.rule != "measure":
            continue
        told_before, last = last, (fact.evidence.end, fact.dimensions.get("country"))
        if fact.dimensions.get("country") or fact.dimensions.get("region") \
                or fact.evidence.start < views[0].sentence.end:
            continue
        if told_before and told_before[1] not in (None, partner) and \
                fact.evidence.start - told_before[0] < CARRY_REACH:
            continue  # 'Госдума приняла закон. Согласно этому закону ...': the act just told
        view = view_at(views, starts, fact.evidence.start)
        lowered = view.text.lower()
        # a state or a city of a third state named ('представительства в Екатеринбурге') is the
        # measure's own place, not the headline's state
        if not any(m.kind == "country" and m.code != home or m.kind == "region" and m.code[:2] not in (home, partner)
                   for m in view.mentions) and \
                not compiled_rule("partners", "group_of_states").search(lowered) and \
                not compiled_rule("partners", "at_home").search(lowered) and \
                not compiled_rule("partners", "abroad_at_large").search(lowered):
            fact.dimensions["country"] = partner


def enacting_formula(sentence: str) -> bool:
    """'Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:', 'приказываю:': the sentence after which
    the items of an act's operative part follow."""
    return bool(operative_rule("formula").search(sentence.lower().rstrip()))


def operative_item_status(sentence: str) -> Optional[str]:
    """The status of an item of an act's operative part, told by the infinitive it opens with:
    'Утвердить прилагаемые Правила' is adopted with the act, 'Уполномочить Министра подписать
    Протокол' a signing still to come; other items ('уведомить', 'опубликовать') none."""
    lowered = sentence.lower()
    if operative_rule("enacting").match(lowered):
        return "adopted"
    if operative_rule("empowering").match(lowered):
        return "planned"
    return None


@lru_cache(maxsize=None)
def operative_rule(key: str) -> re.Pattern:
    section = rules()["operative_part"]
    if key == "formula":
        return re.compile(section["formula"])
    return re.compile(section["item_mark"] + "(?:" + "|".join(section[key]) + r")\b")


def opens_with_infinitive(sentence: str) -> bool:
    """'создать условия ...', '– упростить регистрацию ...': an item of a list of measures."""
    return bool(listed_item().match(sentence.lower()))


@lru_cache(maxsize=None)
def listed_item() -> re.Pattern:
    return re.compile(rules()["measure_lists"]["item"])


def heads_measure_list(sentence: str) -> bool:
    """'Для этого предстоит решить три задачи:', 'Проект предусматривает:': a header of measures."""
    return bool(list_header().search(sentence.lower()))


@lru_cache(maxsize=None)
def list_header() -> re.Pattern:
    return re.compile(rules()["measure_lists"]["header"])
