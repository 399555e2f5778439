"""The old level a figure is compared with: 'X против Y годом ранее', 'X (в 2024 году – Y)'.

Such a Y is the `previous` of the fact X, never a level of its own, and its time is
not X's time. The wordings live in `patterns/comparisons.toml`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from extractor.engine.numbers import Figure
from extractor.engine.timex import TimeMention
from extractor.patterns import Prefiltered, load_toml, wording
from extractor.engine.facts import change_between
from extractor.periods import Period, period_or_none
from extractor.records import Fact

YEAR = re.compile(r"(?:19|20)\d{2}")


@dataclass(frozen=True)
class Rule:
    name: str
    gap: re.Pattern
    after: Optional[re.Pattern]
    earlier: bool
    needs_cue: bool
    needs_difference: bool  # a difference figure stands between the two
    similar: bool  # the two are of a size (within a factor of three)
    unless: Optional[re.Pattern]  # a sentence like this holds no such comparison


@dataclass
class Comparison:
    """Figure `current` is compared with its old level `previous`; `span` holds the wording."""

    current: Figure
    previous: Figure
    start: int
    end: int


@lru_cache(maxsize=None)
def rules() -> tuple[Rule, ...]:
    config = load_toml("comparisons.toml")
    words = config["words"]

    def compile_(pattern: str) -> re.Pattern:
        return re.compile(pattern.replace("{time}", words["time"]).replace("{year}", words["year"]),
                          re.IGNORECASE)

    return tuple(Rule(row["name"], compile_(row["gap"]),
                      compile_(row["after"]) if row.get("after") else None,
                      bool(row.get("earlier")), bool(row.get("needs_cue")),
                      bool(row.get("needs_difference")), bool(row.get("similar")),
                      compile_(row["unless"]) if row.get("unless") else None)
                 for row in config["rules"])


@lru_cache(maxsize=None)
def gap_hint() -> re.Pattern:
    """A cheap test every gap of a comparison passes: most pairs of figures are no comparison."""
    return re.compile(load_toml("comparisons.toml")["words"]["hint"], re.IGNORECASE)


@lru_cache(maxsize=None)
def trailing_time() -> re.Pattern:
    return re.compile(r"\s*,?\s*" + load_toml("comparisons.toml")["words"]["time"], re.IGNORECASE)


@lru_cache(maxsize=None)
def cue() -> re.Pattern:
    return re.compile(load_toml("comparisons.toml")["words"]["cue"], re.IGNORECASE)


def find_comparisons(figures: list[Figure], text: str, sentence_start: int, sentence_end: int,
                     times: list[TimeMention], published: Optional[str]) -> list[Comparison]:
    """Mark every old level as such (role 'previous') and say whose it is."""
    sentence = text[sentence_start:sentence_end]
    found = respective(figures, text, sentence_end, sentence, times, published)
    levels = [f for f in figures if f.is_level]
    for index, candidate in enumerate(levels):
        # the old level is compared with the last figure of its own kind before it
        current = next((f for f in reversed(levels[:index]) if f.percent == candidate.percent), None)
        if current is None or current.role != "level":
            continue
        gap = without_hedge(text[current.end:candidate.start])
        if len(gap) > 90 or "\n" in gap or ";" in gap or not gap_hint().search(gap):
            continue
        between = any(f.role in ("difference", "ratio") and current.end <= f.start < candidate.start
                      for f in figures)
        rule = matching_rule(gap, text, candidate, sentence_end, sentence, between)
        if rule is None:
            continue
        if rule.earlier and not is_earlier(gap, current, times, published):
            continue
        if rule.similar and not (current.value / 3 <= candidate.value <= current.value * 3):
            continue
        end = candidate.end
        if rule.after:
            tail = rule.after.match(text.lower(), candidate.end, sentence_end)
            end = tail.end() if tail else end
        trailing = trailing_time().match(text.lower(), end, sentence_end)
        end = trailing.end() if trailing else end  # 'против 12 900 в 2023 году'
        candidate.role = "previous"
        in_scale_of(current, candidate)
        found.append(Comparison(current, candidate, current.end, end))
    found.extend(told_first(levels, text, sentence_start, times))
    return found


@lru_cache(maxsize=None)
def hedge() -> re.Pattern:
    return re.compile(load_toml("comparisons.toml")["words"]["hedge"], re.IGNORECASE)


def without_hedge(gap: str) -> str:
    """'тогда как годом ранее их было чуть более 4 тысяч': the hedge before the old level's own
    qualifier is no part of the wording that compares."""
    match = hedge().search(gap)
    return gap[:match.start()] if match else gap


def in_scale_of(current: Figure, previous: Figure) -> None:
    """'4,09 млн против 3,47 в 2022 году': an old level written without the scale word of the
    new one takes that scale, when only the scale makes the two of a size."""
    if previous.scaled or previous.percent or not current.scaled or current.scale <= 1:
        return
    scaled = previous.value * current.scale
    if previous.value < current.value / 100 and current.value / 5 <= scaled <= current.value * 5:
        previous.value = scaled


@lru_cache(maxsize=None)
def old_first_rules() -> tuple[tuple[Prefiltered, Prefiltered], ...]:
    config = load_toml("comparisons.toml")
    words = config["words"]

    def compile_(pattern: str) -> Prefiltered:
        return Prefiltered(pattern.replace("{time}", words["time"]).replace("{year}", words["year"]),
                           re.IGNORECASE)

    return tuple((compile_(row["before"]), compile_(row["gap"])) for row in config["old_first"])


def told_first(levels: list[Figure], text: str, sentence_start: int,
               times: list[TimeMention]) -> list[Comparison]:
    """'Если в 2021 году было 750 мест, то в 2022 году – 1 800', 'было 113 тысяч, сейчас – 91
    тысяча': the old level stands before the figure it is the old level of. The span of the
    comparison runs from the old level's own time, which is not the new figure's."""
    found = []
    for index, (old, new) in enumerate(zip(levels, levels[1:])):
        if old.role != "level" or new.role != "level" or old.percent != new.percent:
            continue
        after = levels[index + 2] if index + 2 < len(levels) else None
        if after is not None and any(new.end <= t.start < after.start for t in times):
            continue  # 'Если в 2017 г. – 29 тыс., то в 2018 г. – 35 тыс., а в 2019 г. – 44,7': a series
        gap = text[old.end:new.start].lower()
        if len(gap) > 120 or "\n" in gap:
            continue
        lead_start = max(sentence_start, old.start - 60)
        lead = text[lead_start:old.start].lower()
        for before, rule in old_first_rules():
            match, cue = rule.search(gap), before.search(lead)
            if match and match.end() == len(gap) and cue:
                start = min([lead_start + cue.start()] + [t.start for t in times if lead_start <= t.start < old.start])
                old.role = "previous"
                found.append(Comparison(new, old, start, old.end))
                break
    return found


@lru_cache(maxsize=None)
def respectively_words() -> tuple[re.Pattern, re.Pattern]:
    words = load_toml("comparisons.toml")["words"]
    return (re.compile(words["respectively"], re.IGNORECASE),
            re.compile(words["list_gap"], re.IGNORECASE))


def respective(figures: list[Figure], text: str, sentence_end: int, sentence: str,
               times: list[TimeMention], published: Optional[str]) -> list[Comparison]:
    """'2 433 кандаса и 7 050 переселенцев, тогда как в 2023 году – 1 925 и 6 727
    соответственно': the old levels of a list, item by item."""
    respectively, list_gap = respectively_words()
    levels = [f for f in figures if f.is_level]
    joined = lambda a, b: bool(list_gap.match(text[a.end:b.start]))
    for index, last in enumerate(levels):
        if not respectively.match(text, last.end, sentence_end):
            continue
        first = index
        while first > 0 and joined(levels[first - 1], levels[first]):
            first -= 1
        olds = levels[first:index + 1]
        news = levels[first - len(olds):first] if first >= len(olds) else []
        if len(olds) < 2 or not news or not all(joined(a, b) for a, b in zip(news, news[1:])):
            continue
        gap = text[news[-1].end:olds[0].start]
        rule = matching_rule(gap, text, olds[0], sentence_end, sentence, False)
        if rule is None or (rule.earlier and not is_earlier(gap, news[-1], times, published)):
            continue
        for old in olds:
            old.role = "previous"
        return [Comparison(new, old, news[-1].end, last.end) for new, old in zip(news, olds)]
    return []


def matching_rule(gap: str, text: str, candidate: Figure, sentence_end: int,
                  sentence: str, difference_between: bool) -> Optional[Rule]:
    lowered = gap.lower()
    for rule in rules():
        match = rule.gap.search(lowered)
        if not match or match.end() != len(lowered):
            continue
        if rule.after and not rule.after.match(text.lower(), candidate.end, sentence_end):
            continue
        if rule.needs_cue and not cue().search(sentence):
            continue
        if rule.needs_difference and not difference_between:
            continue
        if rule.unless and rule.unless.search(sentence):
            continue
        return rule
    return None


def is_earlier(gap: str, current: Figure, times: list[TimeMention],
               published: Optional[str]) -> bool:
    """'X, тогда как в 2020-м — Y' compares with the past; 'в 2026 году – Y' is another level."""
    years = [int(y) for y in YEAR.findall(gap)]
    if not years:
        return True
    own = [t for t in times if t.start < current.number_start]
    reference = own[-1] if own else None
    stamp = (reference.as_of or reference.period) if reference else published
    if not stamp or not stamp[:4].isdigit():
        return False
    return years[-1] < int(stamp[:4])


@lru_cache(maxsize=None)
def anaphora() -> re.Pattern:
    return re.compile(load_toml("comparisons.toml")["words"]["anaphora"], re.IGNORECASE)


def old_level_of_last(figures: list[Figure], text: str, sentence_start: int) -> Optional[Figure]:
    """'В прошлом году эта цифра равнялась 559 055': the one figure is the old level of the
    last figure before the sentence."""
    levels = [f for f in figures if f.is_level]
    if len(levels) != 1 or not anaphora().search(text[sentence_start:levels[0].start]):
        return None
    levels[0].role = "previous"
    return levels[0]


def outside(times: list[TimeMention], comparisons: list[Comparison]) -> list[TimeMention]:
    """The times a sentence gives its own figures: not those of the old levels."""
    return [t for t in times if not any(c.start <= t.start < c.end for c in comparisons)]


def attach_previous(comparisons: list[Comparison], facts: list[Fact]) -> None:
    """The fact read from X takes Y as its previous level and the change between them."""
    for comparison in comparisons:
        current, previous = comparison.current, comparison.previous
        fact = next((f for f in facts if f.evidence.start <= current.number_start < f.evidence.end
                     and f.value == current.value), None)
        if fact is None or fact.previous is not None:
            continue
        fact.previous = previous.value
        if fact.change is None and previous.value != current.value:
            direction = "increase" if current.value > previous.value else "decrease"
            fact.change = change_between(previous.value, current.value, direction)


def restate_revised_quotas(comparisons: list[Comparison], facts: list[Fact], text: str) -> None:
    """'кандасов — 3 033 человека (было 2 433 человека)': a quota told with the level it had
    before a revision, not with an earlier year's, is a change of the quota: a policy fact."""
    for comparison in comparisons:
        if not wording("revised_level").search(text[comparison.current.end:comparison.previous.number_start]):
            continue
        for fact in facts:
            if fact.category == "quota" and fact.previous == comparison.previous.value and \
                    fact.evidence.start <= comparison.current.number_start < fact.evidence.end:
                fact.category = "policy"



@lru_cache(maxsize=None)
def look_back_words() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    words = load_toml("comparisons.toml")["words"]
    compile_ = lambda key: re.compile(words[key].replace("{time}", words["time"]), re.IGNORECASE)
    return compile_("opening"), compile_("back_reference"), compile_("chained"), compile_("own_change")


def old_levels_of_recent(figures: list[Figure], text: str, sentence_start: int,
                         times: list[TimeMention], recent: list[Fact],
                         published: Optional[str]) -> list[tuple[Figure, Fact]]:
    """'Годом ранее за тот же период было выдано 971 854 патента', 'За тот же период 2022
    года уехали 28,4 тысячи, а выбыли 43,6 тысячи': a sentence that opens with an earlier
    time and points back holds the old levels of the last figures before it, in their order.
    Its figures are no levels of their own; a still older one (', в 2015-м – 2 363') neither."""
    levels = [f for f in figures if f.is_level]
    if not levels or not recent or not times:
        return []
    opening, back_reference, chained, own_change = look_back_words()
    if own_change.search(text, sentence_start, levels[-1].end):
        return []  # 'Годом ранее квота была поднята с 0,2% до 0,25%': a change of its own
    first = levels[0]
    lead = [t for t in times if t.start < first.number_start]
    if not lead or not opening.match(text[sentence_start:lead[0].start]):
        return []
    lowered = text[sentence_start:first.number_start].lower()
    if not (any(t.year_before or t.told for t in lead) or back_reference.search(lowered)):
        return []
    own = [levels[0]]
    for before, figure in zip(levels, levels[1:]):
        if not chained.match(text[before.end:figure.start].lower()):
            own.append(figure)
    targets = recent[-len(own):]
    pairs = list(zip(own, targets))
    if not all(is_old_level_of(figure, fact) for figure, fact in pairs):
        return []
    for time in times:
        if time.since or not all(is_earlier_time(time, fact, published) for fact in targets):
            return []  # 'С начала прошлого года выдано ...' is a total, not the year before
    if YEAR.search(text[lead[-1].start:lead[-1].end]) and not all(same_span(lead[-1], f) for f in targets):
        return []  # 'За полугодие 1 080. В 2023 году их было 2 955' compares unlike spans
    for figure in levels:
        figure.role = "previous"
    return pairs


def is_old_level_of(figure: Figure, fact: Fact) -> bool:
    """Of the same kind and size: a percent for a percent, within a factor of twenty; the same
    value is the same figure told again."""
    if fact.value is None or fact.previous is not None or figure.percent != (fact.unit == "percent") \
            or figure.value == fact.value:
        return False
    if figure.unit is not None and fact.unit is not None and figure.unit != fact.unit \
            and "person" not in (figure.unit, fact.unit):
        return False
    return fact.value / 20 <= figure.value <= fact.value * 20


def is_earlier_time(time: TimeMention, fact: Fact, published: Optional[str]) -> bool:
    if time.year_before:
        return True
    year = time.told_year or next((int(s[:4]) for s in (time.period, time.as_of)
                                   if s and s[:4].isdigit()), None)
    stamp = fact.time.period or fact.time.as_of or published
    return year is not None and bool(stamp) and stamp[:4].isdigit() and year < int(stamp[:4])


def take_previous(fact: Fact, previous: float) -> None:
    """The fact's old level, and the change from it."""
    fact.previous = previous
    if fact.change is None and previous != fact.value:
        direction = "increase" if fact.value > previous else "decrease"
        fact.change = change_between(previous, fact.value, direction)


def same_span(time: TimeMention, fact: Fact) -> bool:
    """A year named is compared with a year, a half-year with a half-year ('в прошлом году' is
    loose: the press uses it for the same months a year before); a stock's day with any earlier time ('Сейчас находятся 23 122. Год назад их было 74 152')."""
    if time.year_before or time.told or fact.time.as_of or not fact.time.period:
        return True
    old, new = period_or_none(time.period), period_or_none(fact.time.period)
    if old is None or new is None:
        return time.as_of is not None
    return months_of(old) == months_of(new)


def months_of(span: Period) -> int:
    return (span.end.year - span.start.year) * 12 + span.end.month - span.start.month + 1
