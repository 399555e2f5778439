"""Time expressions: the period a figure covers or the date a stock is measured at.

Briefings speak relative to the day they are given ('на 1 октября текущего
года', 'в прошлом году', 'за 9 месяцев'), so every expression is resolved
against the publication date.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from dataclasses import dataclass
from typing import Callable, Optional

from extractor.patterns import LiteralHint, Prefiltered, entry, numbered, templated, wording, words
from extractor.periods import period_or_none

TIMEX = "timex.toml"  # patterns/timex.toml: the words and regex pieces of time wording
MONTH_STEMS = words(TIMEX, "months.stems")
ORDINALS = numbered(TIMEX, "ordinals")
MONTH_COUNT_WORDS = numbered(TIMEX, "month_count_words")
YEAR_COUNT_WORDS = {**MONTH_COUNT_WORDS, **numbered(TIMEX, "year_count_words")}
DAY_COUNT_WORDS = {**MONTH_COUNT_WORDS, **numbered(TIMEX, "day_count_words")}
TWO_YEARS_BACK = words(TIMEX, "relative_year.two_back")
YEAR_BACK = frozenset(words(TIMEX, "relative_year.one_back"))
YEAR_AHEAD = frozenset(words(TIMEX, "relative_year.one_ahead"))
STEMS_BACK = frozenset(words(TIMEX, "relative_year.stems_back"))
STEMS_AHEAD = frozenset(words(TIMEX, "relative_year.stems_ahead"))
YEAR_END = frozenset(words(TIMEX, "edges.end"))
WEEK = words(TIMEX, "units.week")
MONTH_UNIT = frozenset(words(TIMEX, "units.month"))
QUARTER = frozenset(words(TIMEX, "units.quarter"))
HALF = words(TIMEX, "units.half")
HALF_NAMED = words(TIMEX, "units.half_named")
FIRST_HALF_STARTS = frozenset(words(TIMEX, "halves.first_starts"))
SECOND_HALF = frozenset(words(TIMEX, "halves.second"))


@dataclass
class TimeMention:
    start: int
    end: int
    period: Optional[str] = None
    as_of: Optional[str] = None
    implicit_year: bool = False  # 'на 1 июля' with no year: the year of the sentence, if it has one
    to_date: bool = False  # 'с начала года': runs to the sentence's as-of date, if it has one
    year_before: bool = False  # 'годом ранее': resolved against the year the text is telling
    open_end: bool = False  # 'с начала года' with no end stated: the text may name it elsewhere
    since: Optional[str] = None  # 'с 2020 года': for a count, the years from then to the text
    told: bool = False  # 'за этот период': the period the text is telling (facts.time_for)
    later_by: int = 0  # 'спустя полгода': months after the date told before it (settle_later_dates)
    edge: bool = False  # 'в начале 2023 года': a stock's day (as_of), else a flow's year (period)
    said: bool = False  # 'В октябре министр сообщал, что ...': when it was told, not what it dates
    told_year: Optional[int] = None  # 'в 2022 году за аналогичный период': the span told, in that year
    months: int = 0  # 'за те же два месяца': the span told is that many months long
    then: bool = False  # 'чем в прошлом году, когда было 2 800': the time of the clause after it only
    running_year: bool = False  # 'в этом году': the year of the text, still running
    days: bool = False  # 'с 13 по 17 октября', 'за 27 и 28 июня': days of the month named
    month_before: bool = False  # 'месяцем раньше': the month before the one being told
    same_moment: bool = False  # 'тогда же': the time of the last figure told, a look back too
    item: bool = False  # 'а в 2019 году – 363 тысячи': a year whose figure follows a dash, no verb
    today: bool = False  # 'сейчас', 'на сегодняшний день': the day of the text, or of the statement


def month_number(word: str) -> int:
    word = word.lower()
    for index, stem in enumerate(MONTH_STEMS, 1):
        if word.startswith(stem) and not (stem == "ма" and word.startswith("мар")):
            return index
    raise ValueError(word)


def relative_year(word: Optional[str], year: Optional[int]) -> Optional[int]:
    if year is None or not word:
        return year
    word = word.lower()
    if word.startswith(TWO_YEARS_BACK):
        return year - 2  # 'в позапрошлом году', 'позапрошлого года'
    if word in YEAR_BACK:
        return year - 1
    if word in YEAR_AHEAD:
        return year + 1
    return year


def year_by_stem(stem: str, year: Optional[int]) -> Optional[int]:
    """The year a stem names from the year of the text: 'прошл' (в прошлом году) the one
    before, 'позапрошл' two before, 'следующ' the next, 'текущ' or 'эт' its own."""
    if year is None:
        return None
    stem = stem.lower()
    if stem.startswith(TWO_YEARS_BACK):
        return year - 2
    if stem in STEMS_BACK:
        return year - 1
    if stem in STEMS_AHEAD:
        return year + 1
    return year


def published_parts(published: Optional[str]) -> tuple[Optional[int], Optional[int]]:
    if not published:
        return None, None
    return int(published[:4]), int(published[5:7])


EVENT = TimeMention(0, 0)  # a date that is no figure's time; it only keeps its year from other rules
Handler = Callable[[re.Match, Optional[int], Optional[int], Optional[str]], Optional[TimeMention]]
RULES: list[tuple[LiteralHint, re.Pattern, Handler]] = []


def rule(name: str) -> Callable[[Handler], Handler]:
    """Register the rule `name` of `patterns/timex.toml`: its `hint` is a cheap test that must
    pass before its pattern runs (lower case, tried on the lower-cased sentence, which is
    faster than a case-blind search); its pattern is its own or a `wording` entry."""
    def register(handler: Handler) -> Handler:
        key = f"rules.{name}"
        hint = LiteralHint(templated(TIMEX, f"{key}.hint"))  # most are a few fixed words
        named = entry(TIMEX, f"{key}.wording")
        pattern = WordingPattern(named) if isinstance(named, str) else \
            Prefiltered(templated(TIMEX, f"{key}.pattern", re.IGNORECASE))
        RULES.append((hint, pattern, handler))
        return handler
    return register


class WordingPattern:
    """A rule's regex kept in `patterns/wording.toml`, compiled on first use so that
    EXTRACTOR_PATTERNS set after import still applies."""

    def __init__(self, name: str):
        self.name = name

    def finditer(self, text: str):
        return wording(self.name).finditer(text)


def before_the_text(match: re.Match, resolved: int, last: int, month: Optional[int]) -> int:
    """A month named with no year that is later than the month of the text is last year's:
    'в июле – сентябре' in a February report."""
    if match.groupdict().get("year") or match.groupdict().get("rel") or not month:
        return resolved
    return resolved - 1 if last > month else resolved


def explicit_or_relative(match: re.Match, year: Optional[int]) -> Optional[int]:
    if match.groupdict().get("year"):
        return int(match["year"])
    return relative_year(match.groupdict().get("rel"), year)


@rule("since_independence")
def since_independence(match, year, month, published):
    """'с момента обретения независимости в 1991 году вернулись 1,1 млн', 'за 30 лет
    независимости': a total since independence (1991 for every state of the region) runs to
    the text, like 'с 1991 года' (facts.time_for dates it as of the day the text gives)."""
    start = int(match["year"] or 1991)
    since = f"{start}/{year}" if year is not None and year > start else None
    return TimeMention(match.start(), match.end(), since=since) if since else EVENT


@rule("year_edge")
def year_edge(match, year, month, published):
    """'на конец 2015 года' is 2015-12-31, 'на начало 2024 года' 2024-01-01, 'на начало года'
    the first of January of the text's year."""
    resolved = explicit_or_relative(match, year)
    if resolved is None:
        return None
    day = "12-31" if match["edge"].lower() in YEAR_END else "01-01"
    if not (match["year"] or match["rel"]):
        # 'На начало года на учёте состояли ...' after 'на начало 2023 года': that year
        return TimeMention(match.start(), match.end(), period=str(resolved), as_of=f"{resolved}-{day}",
                           edge=True, implicit_year=True)
    return TimeMention(match.start(), match.end(), as_of=f"{resolved}-{day}")


@rule("in_year_edge")
def in_year_edge(match, year, month, published):
    """'в начале 2023 года работали 587 тысяч', 'в конце прошлого года находились': a stock
    on the first or the last day of that year; a flow told so is of the year (facts.time_for).
    'в начале года' is of the year the text is telling (settle_later_dates)."""
    resolved = explicit_or_relative(match, year)
    if resolved is None:
        return None
    day = "12-31" if match["edge"].lower() in YEAR_END else "01-01"
    return TimeMention(match.start(), match.end(), period=str(resolved), as_of=f"{resolved}-{day}",
                       edge=True, implicit_year=bool(match["bare"]))


@rule("by_year_end")
def by_year_end(match, year, month, published):
    """'До конца года планируется трудоустроить 5 тыс.': a target for the year."""
    resolved = explicit_or_relative(match, year)
    return TimeMention(match.start(), match.end(), period=str(resolved)) if resolved else None


@rule("relative_month")
def relative_month(match, year, month, published):
    """'в прошлом месяце' is the month before the text, 'в этом месяце' its month."""
    if year is None or not month:
        return None
    back = match["rel"].lower() in STEMS_BACK
    year_, month_ = (year, month - 1) if back and month > 1 else ((year - 1, 12) if back else (year, month))
    return TimeMention(match.start(), match.end(), period=f"{year_}-{month_:02d}")


@rule("days_of_a_month")
def days_of_a_month(match, year, month, published):
    """'С 13 по 17 октября': days of one month, when a flow happened."""
    resolved = explicit_or_relative(match, year)
    if resolved is None:
        return None
    resolved = before_the_text(match, resolved, month_number(match["month"]), month)
    return TimeMention(match.start(), match.end(), period=f"{resolved}-{month_number(match['month']):02d}",
                       days=True)


@rule("day_to_day")
def day_to_day(match, year, month, published):
    """'с 30 июля по 30 августа', 'с 1 декабря 2024 года по 28 февраля 2025 года': a span
    from one day to another, for its months."""
    last_year = int(match["year"]) if match["year"] else year
    first_year = int(match["first_year"]) if match["first_year"] else last_year
    if last_year is None:
        return None
    try:
        first, last = month_number(match["first"]), month_number(match["month"])
    except ValueError:
        return None
    if int(match["last_day"]) == 1:  # 'с 1 января по 1 октября': to the cut-off date
        last_year, last = (last_year, last - 1) if last > 1 else (last_year - 1, 12)
    if not match["first_year"] and first > last:
        first_year = last_year - 1  # 'с 1 декабря по 28 февраля 2025 года'
    if (first_year, first) > (last_year, last):
        return None
    if (first_year, first) == (last_year, last):
        return TimeMention(match.start(), match.end(), period=f"{last_year}-{last:02d}")
    return TimeMention(match.start(), match.end(),
                       period=f"{first_year}-{first:02d}/{last_year}-{last:02d}")


@rule("months_later")
def months_later(match, year, month, published):
    """'спустя полгода', 'через шесть месяцев', 'год спустя', 'годом позже': a date counted
    from the one the text gave before; settle_later_dates resolves it."""
    if match["half"]:
        months = 6
    elif match["years"] or match["years_after"] or match["year_later"]:
        months = 12
    else:
        count = match["count"].lower()
        months = int(count) if count.isdigit() else MONTH_COUNT_WORDS.get(count, 0)
    if not 1 <= months <= 24:
        return None
    return TimeMention(match.start(), match.end(), later_by=months)


@rule("cell_year_edge")
def cell_year_edge(match, year, month, published):
    """A table column headed 'конец 2015 г.' or 'начало 2019 г.': its figures are as of that day."""
    day = "12-31" if match["edge"].lower() in YEAR_END else "01-01"
    return TimeMention(match.start(), match.end(), as_of=f"{match['year']}-{day}")


@rule("cell_month")
def cell_month(match, year, month, published):
    """A table column headed 'май 2024 г.'."""
    return TimeMention(match.start(), match.end(),
                       period=f"{match['year']}-{month_number(match['month']):02d}")


@rule("cell_month_range")
def cell_month_range(match, year, month, published):
    """A table column headed 'январь-июль 2024 г.': its figures are for those months."""
    try:
        first, last = month_number(match["first"]), month_number(match["month"])
    except ValueError:
        return None
    if first >= last:
        return None
    resolved = match["year"]
    return TimeMention(match.start(), match.end(), period=f"{resolved}-{first:02d}/{resolved}-{last:02d}")


YEAR_ROW_LABEL = templated(TIMEX, "checks.year_row_label")


def counts_not_years(row: str, offset: int) -> bool:
    """Is the cell at `offset` of a table row a count, though it looks like a year? It is
    after the row's label, and the row is labelled by a year ('2021 | 2019') or holds a
    figure no year in a table could be ('Узбекистан | 2015 | 2310'); a header row of years
    ('Страна | 2023 | 2024') holds none."""
    if "|" not in row[:offset]:
        return False
    if YEAR_ROW_LABEL.match(row):
        return True
    numbers = [c.strip().replace(" ", "").replace("\u00a0", "") for c in row.split("|")[1:]]
    numbers = [c for c in numbers if c]
    return bool(numbers) and all(c.isdigit() for c in numbers) and \
        any(not 1950 <= int(c) <= 2040 for c in numbers)


@rule("cell_year")
def cell_year(match, year, month, published):
    """A table cell that is a year: a column headed '2017: прибыло', a row labelled '2018';
    not a count after the row's label that looks like one ('2021 | 2019')."""
    start = match.string.rfind("\n", 0, match.start()) + 1
    end = match.string.find("\n", match.end())
    if counts_not_years(match.string[start:end if end >= 0 else len(match.string)], match.start() - start):
        return None
    return TimeMention(match.start(), match.end(), period=match["year"])


@rule("year_before")
def year_before(match, year, month, published):
    """'Годом ранее прибыли 2,0 тыс.': the year before the one being told (see facts.time_for)."""
    return TimeMention(match.start(), match.end(), year_before=True)


@rule("month_before")
def month_before(match, year, month, published):
    """'В мае привезли 600 человек. А месяцем раньше доставили 70': the month before the one
    being told (see facts.time_for)."""
    return TimeMention(match.start(), match.end(), month_before=True)


@rule("as_of_date")
def as_of_date(match, year, month, published):
    resolved = explicit_or_relative(match, year)
    if resolved is None:
        return None
    return TimeMention(match.start(), match.end(),
                       as_of=f"{resolved:04d}-{month_number(match['month']):02d}-{int(match['day']):02d}",
                       implicit_year=not (match["year"] or match["rel"]))


@rule("month_stock")
def month_stock(match, year, month, published):
    """'по состоянию на июнь в реестр включено 800 тыс.': a stock dated by a month alone is
    of that month; 'на начало сентября' is as of the 1st, 'на конец сентября' of its last day."""
    resolved = explicit_or_relative(match, year)
    if resolved is None:
        return None
    named = month_number(match["month"] or match["genitive"])
    resolved = before_the_text(match, resolved, named, month)
    if not match["edge"]:
        return TimeMention(match.start(), match.end(), period=f"{resolved}-{named:02d}")
    day = calendar.monthrange(resolved, named)[1] if match["edge"].lower() in YEAR_END else 1
    return TimeMention(match.start(), match.end(), as_of=f"{resolved}-{named:02d}-{day:02d}")


@rule("event_date")
def event_date(match, year, month, published):
    """'приказ от 27 декабря 2021 года', 'с 1 января 2020 года': when something happened."""
    return EVENT


@rule("day_of_event")
def day_of_event(match, year, month, published):
    """'22 августа в приемник доставлены 27 иностранцев': a day with no year opening a
    sentence or clause is when a flow happened, in that month of the year of the text (the
    year before, for a month later than the text)."""
    if year is None or not month:
        return None
    if wording("timex_stamp_after").match(match.string[match.end():match.end() + 12]) or \
            wording("timex_stamp_before").search(match.string[max(0, match.start() - 40):match.start()]):
        return EVENT  # the page's own stamp or dateline, the day of the text
    named = month_number(match["month"])
    return TimeMention(match.start(), match.end(),
                       period=f"{year if named <= month else year - 1}-{named:02d}")


@rule("as_of_numeric")
def as_of_numeric(match, year, month, published):
    return TimeMention(match.start(), match.end(),
                       as_of=f"{match['year']}-{int(match['month']):02d}-{int(match['day']):02d}")


@rule("as_of_today")
def as_of_today(match, year, month, published):
    return TimeMention(match.start(), match.end(), as_of=published, today=True) if published else None


@rule("month_range")
def month_range(match, year, month, published):
    """'в январе–августе 2025 года', 'в марте – апреле', 'в январе и феврале': the months
    between, in one year ('и' joins two months next to each other only)."""
    resolved = explicit_or_relative(match, year)
    if resolved is None:
        return None
    first, last = month_number(match["first"]), month_number(match["month"])
    if first >= last or (match["link"].strip() == "и" and last != first + 1):
        return None
    resolved = before_the_text(match, resolved, last, month)
    return TimeMention(match.start(), match.end(), period=f"{resolved}-{first:02d}/{resolved}-{last:02d}")


@rule("month_to_month_years")
def month_to_month_years(match, year, month, published):
    """'с ноября 2010 года по январь 2014-го', 'с марта 2022 по июнь 2023 года': the months
    between, across years; with one year only, a first month later than the last is the
    year before ('с октября по март 2024 года')."""
    try:
        first, last = month_number(match["first"]), month_number(match["month"])
    except ValueError:
        return None
    last_year = int(match["year"])
    first_year = int(match["first_year"]) if match["first_year"] else \
        (last_year if first <= last else last_year - 1)
    if (first_year, first) >= (last_year, last):
        return None
    return TimeMention(match.start(), match.end(),
                       period=f"{first_year}-{first:02d}/{last_year}-{last:02d}")


@rule("from_month_to_month")
def from_month_to_month(match, year, month, published):
    """'с января по сентябрь 2025 года': the months between, in one year."""
    resolved = explicit_or_relative(match, year)
    if resolved is None:
        return None
    first, last = month_number(match["first"]), month_number(match["month"])
    if first > last:
        return None
    return TimeMention(match.start(), match.end(),
                       period=f"{resolved}-{first:02d}/{resolved}-{last:02d}")


@rule("first_months")
def first_months(match, year, month, published):
    count = match["count"].lower()
    months = int(count) if count.isdigit() else MONTH_COUNT_WORDS.get(count)
    resolved = explicit_or_relative(match, year)
    if not months or not 1 <= months <= 12 or resolved is None:
        return None
    resolved = before_the_text(match, resolved, months, month)  # 'за десять месяцев года' in February
    if months == 12:
        return TimeMention(match.start(), match.end(), period=str(resolved))
    return TimeMention(match.start(), match.end(), period=f"{resolved}-01/{resolved}-{months:02d}")


@rule("last_days")
def last_days(match, year, month, published):
    """'За 18 дней мероприятия', 'за три дня': the days just before the text, in the months
    they span ('2023-03/2023-04' for 18 days to 12 April)."""
    if not published or len(published) < 10:
        return None
    count = match["count"].lower()
    number = int(count) if count.isdigit() else DAY_COUNT_WORDS.get(count)
    if not number:
        return None
    days = number * (7 if match["unit"].lower().startswith(WEEK) else 1)
    end = date.fromisoformat(published[:10])
    # a week or less ('за пять дней рейда') is a raid's, told in the month of the text
    start = end - timedelta(days=max(days - 1, 0)) if days > 7 else end
    first, last = f"{start.year}-{start.month:02d}", f"{end.year}-{end.month:02d}"
    return TimeMention(match.start(), match.end(), period=first if first == last else f"{first}/{last}")


@rule("last_half_or_year")
def last_half_or_year(match, year, month, published):
    """'МВД подвело итоги за полугодие', 'за квартал агентство оказало помощь 2 167', 'за год
    их число достигло 38 тыс.': the half, quarter or year last closed before the text; 'за
    год' in spring is ambiguous and names nothing."""
    if year is None or not month:
        return None
    if match["noun"].lower() in QUARTER:
        closed = (month - 1) // 3  # quarters closed this year before the month of the text
        period = f"{year}-Q{closed}" if closed else f"{year - 1}-Q4"
        return TimeMention(match.start(), match.end(), period=period)
    if match["noun"].lower().startswith(HALF):  # 'за полугодие', 'за полгода'
        if not match["noun"].lower().startswith(HALF_NAMED) and month not in (1, 2, 7, 8):
            return None  # 'за полгода' told later than just after a half names no half
        period = f"{year}-01/{year}-06" if month >= 7 else f"{year - 1}-07/{year - 1}-12"
        return TimeMention(match.start(), match.end(), period=period)
    if month <= 3:
        return TimeMention(match.start(), match.end(), period=str(year - 1))
    if month == 12:
        return TimeMention(match.start(), match.end(), period=str(year))
    return None


@rule("since_month")
def since_month(match, year, month, published):
    """'С апреля в Казахстан въехали 4,4 млн': from that month to the month of the text."""
    named = month_number(match["month"])
    if year is None or not month or named == 1:
        return None  # 'с января', 'с января 2025 года' is the year to date (year_to_date)
    start_year = int(match["year"]) if match["year"] else (year if named <= month else year - 1)
    first, last = f"{start_year}-{named:02d}", f"{year}-{month:02d}"
    if first > last:
        return None
    return TimeMention(match.start(), match.end(), period=first if first == last else f"{first}/{last}")


@rule("quarter")
def quarter(match, year, month, published):
    word = match["ord"].lower().replace("ё", "е")
    number = next((n for stem, n in ORDINALS.items() if word == stem or
                   (len(stem) > 2 and word.startswith(stem))), None)
    resolved = explicit_or_relative(match, year)
    if number is None or resolved is None:
        return None
    resolved = before_the_text(match, resolved, number * 3 - 2, month)  # 'в IV квартале' told in spring
    return TimeMention(match.start(), match.end(), period=f"{resolved}-Q{number}")


@rule("half_year")
def half_year(match, year, month, published):
    """'в первом полугодии', 'в I полугодии 2024 года', 'за 2-е полугодие'."""
    resolved = explicit_or_relative(match, year)
    if resolved is None:
        return None
    first, last = (1, 6) if match["ord"].lower()[:1] in FIRST_HALF_STARTS and \
        match["ord"].lower() not in SECOND_HALF else (7, 12)
    resolved = before_the_text(match, resolved, first, month)  # 'во втором полугодии' told in March
    return TimeMention(match.start(), match.end(),
                       period=f"{resolved}-{first:02d}/{resolved}-{last:02d}")


@rule("half_of_named_year")
def half_of_named_year(match, year, month, published):
    """'за полгода 2022 года', 'по итогам полугодия 2021 года': January to June of that year."""
    named = int(match["year"])
    return TimeMention(match.start(), match.end(), period=f"{named}-01/{named}-06")


@rule("single_month")
def single_month(match, year, month, published):
    resolved = explicit_or_relative(match, year)
    if resolved is None:
        return None
    resolved = before_the_text(match, resolved, month_number(match["month"]), month)
    said = bool(wording("timex_said_after").match(match.string, match.end()))
    return TimeMention(match.start(), match.end(),
                       period=f"{resolved}-{month_number(match['month']):02d}", said=said)


@rule("from_new_year_to_date")
def from_new_year_to_date(match, year, month, published):
    """'с 1 января по 1 июня': the months from January to the cut-off, in one year."""
    resolved = int(match["year"] or match["last_year"] or 0) or year
    if resolved is None or (match["year"] and match["last_year"] and match["year"] != match["last_year"]):
        return None
    named, day = month_number(match["month"]), int(match["day"])
    last = named - 1 if day == 1 else named
    if last < 1:
        return None
    period = str(resolved) if last == 12 else f"{resolved}-01/{resolved}-{last:02d}"
    return TimeMention(match.start(), match.end(), period=period)


@rule("year_to_date")
def year_to_date(match, year, month, published):
    """'с начала года', 'с января', 'в первые месяцы 2020 года': a count from January on, to
    the day of the text; 'с начала прошлого года' runs from the January before."""
    if match["jan_year"] or match["first_year"]:
        resolved: Optional[int] = int(match["jan_year"] or match["first_year"])
    elif match["jan_rel"] or match["first_rel"]:
        resolved = relative_year(match["jan_rel"] or match["first_rel"], year)
    else:
        resolved = explicit_or_relative(match, year)
    if resolved is None:
        return None
    if year is not None and resolved <= year and month:
        # figures 'с начала года' run to the day of the text, so to its month
        last_year, last = year, month
        if resolved > last_year:
            last_year, last = resolved, 1
        return TimeMention(match.start(), match.end(), period=f"{resolved}-01/{last_year}-{last:02d}",
                           to_date=True, open_end=resolved == last_year)
    return TimeMention(match.start(), match.end(), period=str(resolved), to_date=True)


YEAR_BEFORE_JUST_SAID = templated(TIMEX, "checks.year_before_just_said", re.IGNORECASE)
FLOW_VERBS = templated(TIMEX, "checks.flow_verbs", re.IGNORECASE)
STOCK_WORDS = templated(TIMEX, "checks.stock_words", re.IGNORECASE)


def tells_a_flow(clause: str) -> bool:
    """Does the figure's clause tell what happened (a move, an issue, a grant, a finding:
    'оформили 6 535 патентов', 'выявлено 2 056 нарушений') and no stock on a day ('состоят',
    'находятся', 'действуют')?"""
    return bool(FLOW_VERBS.search(clause)) and not STOCK_WORDS.search(clause)


@rule("same_span_of_year")
def same_span_of_year(match, year, month, published):
    """'В 2022 году за аналогичный период уехали 28,4 тысячи', 'За аналогичный период прошлого
    года получили 141 тыс.': the span just told, in another year (facts.time_for)."""
    if YEAR_BEFORE_JUST_SAID.search(match.string, max(0, match.start() - 20), match.start()):
        return None  # 'Годом ранее за тот же период': a year back from the span told
    if match["year"] or match["after_year"]:
        told = int(match["year"] or match["after_year"])
    else:
        told = relative_year(match["rel"], year) if match["rel"] else None
    return TimeMention(match.start(), match.end(), told=True, told_year=told)


@rule("same_period")
def same_period(match, year, month, published):
    """'Число выбывших за этот период уменьшилось', 'за те же четыре месяца': the period of
    the figures just told; a count of months names which (settle_same_months)."""
    months = 0
    if match["count"] and match["unit"].lower() in MONTH_UNIT:
        count = match["count"].lower()
        months = int(count) if count.isdigit() else MONTH_COUNT_WORDS.get(count, 0)
    told_year = int(match["year"]) if match["year"] else None  # 'за те же три месяца 2022 года'
    return TimeMention(match.start(), match.end(), told=True, months=months, told_year=told_year)


@rule("same_moment")
def same_moment(match, year, month, published):
    """'Напомним, на 2 декабря 2013 года пребывали 598 тыс. Тогда же ФМС насчитывала 2,46 млн
    граждан Узбекистана': the time of the figures just told, whatever the text dated since."""
    return TimeMention(match.start(), match.end(), told=True, same_moment=True)


@rule("last_years")
def last_years(match, year, month, published):
    """'за последние пять лет', 'за последние четверть века': the years counted back from
    the year of the text, to it ('1992/2017' for a quarter century told in 2017)."""
    if year is None:
        return None
    if match["quarter_century"]:
        count = 25
    elif match["decade"]:
        count = 10
    else:
        word = match["count"].lower()
        count = int(word) if word.isdigit() else YEAR_COUNT_WORDS.get(word, 0)
    if not 2 <= count <= 50:
        return None  # 'за последний год' says no more than 'за год'
    return TimeMention(match.start(), match.end(), period=f"{year - count}/{year}")


@rule("school_year")
def school_year(match, year, month, published):
    """'на 2026/2027 учебный год выделено 700 квот', 'в 2025/26 учебном году поступили': a school
    year runs across two calendar years and is dated by the one it opens in, where its places
    are given and its entrants admitted; the second year must follow the first."""
    last = match["last"] if len(match["last"]) == 4 else match["first"][:2] + match["last"]
    if int(last) != int(match["first"]) + 1:
        return None
    return TimeMention(match.start(), match.end(), period=match["first"])


@rule("bare_year")
def bare_year(match, year, month, published):
    """'в 2019 число мигрантов составило 4,09 млн против 3,47 млн в 2022.': a year whose noun
    the text leaves out."""
    return TimeMention(match.start(), match.end(), period=match["year"])


rule("year_label")(bare_year)  # '..., 2023 – 17 336': the item's year


@rule("year_range")
def year_range(match, year, month, published):
    """'в 2019–2023 годах', 'за 2021-23 годы': a run of whole years."""
    last = match["last"] if len(match["last"]) == 4 else match["first"][:2] + match["last"]
    first, last = int(match["first"]), int(last)
    if first >= last:
        return None
    return TimeMention(match.start(), match.end(), period=f"{first}/{last}")


@rule("from_year_to_month")
def from_year_to_month(match, year, month, published):
    """'с 2010 года по ноябрь 2016 года': from the January of one year to a named month."""
    first, last = int(match["first"]), int(match["last"])
    if first > last:
        return None
    return TimeMention(match.start(), match.end(),
                       period=f"{first}-01/{last}-{month_number(match['month']):02d}")


@rule("since_year")
def since_year(match, year, month, published):
    """'с 2020 года его приняли 336 тыс.': a count since a year runs to the text; a rule
    'с 2025 года запрещено' starts in that year (facts.time_for tells which)."""
    start = int(match["year"])
    since = f"{start}/{year}" if year is not None and year > start else None
    return TimeMention(match.start(), match.end(), period=match["year"], since=since)


@rule("year_in_short")
def year_in_short(match, year, month, published):
    """'в 2019-м', 'тогда как в 2020-м': a year with its noun left out."""
    return TimeMention(match.start(), match.end(), period=match["year"])


@rule("explicit_year")
def explicit_year(match, year, month, published):
    return TimeMention(match.start(), match.end(), period=match["year"])


@rule("relative_year_phrase")
def relative_year_phrase(match, year, month, published):
    resolved = year_by_stem(match["rel"], year)
    return TimeMention(match.start(), match.end(), period=str(resolved),
                       running_year=resolved == year) if resolved else None


@rule("relative_year_genitive")
def relative_year_genitive(match, year, month, published):
    resolved = relative_year(match["rel"], year)
    return TimeMention(match.start(), match.end(), period=str(resolved)) if resolved else None




def find_times(text: str, start: int, end: int, published: Optional[str]) -> list[TimeMention]:
    """Time expressions in text[start:end], absolute offsets, earliest first, no overlaps."""
    year, month = published_parts(published)
    segment = text[start:end]
    lowered = segment.lower()
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []
    # each hint is tried once (many rules share one); a search for each is cheaper than one
    # for their alternation, which no sign of its own narrows to a few positions
    passed: dict[str, bool] = {}
    for hint, pattern, handler in RULES:
        held = passed.get(hint.pattern)
        if held is None:
            held = passed[hint.pattern] = hint.search(lowered)
        if not held:
            continue
        for match in pattern.finditer(segment):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            baseline = bool(wording("timex_baseline_before").search(segment[max(0, match.start() - 50):match.start()]))
            if baseline and not wording("timex_baseline_when").match(segment, match.end()):
                taken.append((match.start(), match.end()))  # 'против прошлого года': a baseline
                continue
            mention = handler(match, year, month, published)
            if mention is None:
                continue
            taken.append((match.start(), match.end()))
            if mention is EVENT:
                continue
            mention.then = baseline
            mention.item = bool(wording("timex_year_item_after").match(segment, match.end()))
            mention.start += start
            mention.end += start
            found.append(mention)
    date_now_by_statement(found, segment, published)
    return within_sentence(sorted(found, key=lambda m: m.start))


SAID_ON_DAY = templated(TIMEX, "checks.said_on_day", re.IGNORECASE)


def told_on(sentence: str, published: Optional[str]) -> Optional[str]:
    """The day the sentence says its statement was made ('заявил 12 марта', '21 мая министр
    сообщил'), in the year of the text (the year before, for a month later than the text's);
    none past the day of the text."""
    said = SAID_ON_DAY.search(sentence) if published else None
    if said is None:
        return None
    day, name = (said["day"], said["month"]) if said["day"] else (said["day_first"], said["month_first"])
    month = month_number(name)
    year = int(published[:4]) - (1 if month > int(published[5:7]) else 0)
    try:
        told = date(year, month, int(day)).isoformat()
    except ValueError:
        return None
    return told if told <= published else None


def date_now_by_statement(found: list[TimeMention], sentence: str, published: Optional[str]) -> None:
    """'Сейчас в России работают 800 тысяч наших граждан, заявил министр 12 марта': 'сейчас' is
    the day of the statement, not of the text (corpora/README.md, Time)."""
    now = [m for m in found if m.today]
    told = told_on(sentence, published) if now else None
    for mention in now if told else ():
        mention.as_of = told


def like_for_like(mention: TimeMention, found: list[TimeMention]) -> Optional[str]:
    """'за девять месяцев прошлого года прибыли 160 380 человек, а с начала этого года — 192 258':
    an open 'с начала года' set against a span from January of another year in its sentence
    covers as many months of its own year, when they close at the month of the text or the one
    before (a span ending much earlier is another span, not the same one a year back)."""
    own = period_or_none(mention.period)
    for other in found:
        span = period_or_none(other.period) if other.period and not other.to_date else None
        if span is None or own is None or span.start.year == own.start.year:
            continue
        if span.start.month == 1 and span.start.year == span.end.year and \
                span.end.month < 12 and 0 <= own.end.month - span.end.month <= 1:
            return in_year(other.period, own.start.year)
    return None


def within_sentence(found: list[TimeMention]) -> list[TimeMention]:
    """Times that complete each other: 'с начала 2018 года по состоянию на 1 июля' is
    2018-07-01 even in a 2019 article, and 'с начала года' runs to the stated date."""
    told_in = [m for m in found if m.said]
    for index, mention in enumerate(found):
        if mention.open_end and (compared := like_for_like(mention, found)):
            mention.period, mention.open_end = compared, False
        if mention.open_end and told_in and told_in[0].period[:4] == mention.period[:4]:
            # 'В октябре директор сообщал, что с начала года ...': to the month it was told
            mention.period = f"{mention.period[:4]}-01/{told_in[0].period}"
            mention.open_end = False
        if mention.implicit_year and mention.as_of:
            earlier = [m for m in found[:index] if m.period and m.period[:4].isdigit()]
            if earlier and earlier[-1].period[:4] != mention.as_of[:4]:
                mention.as_of = earlier[-1].period[:4] + mention.as_of[4:]
                mention.period = mention.as_of[:4] if mention.edge else mention.period
        if mention.to_date and mention.period:
            dates = [m.as_of for m in found if m.as_of and m.as_of[:4] == mention.period[:4]]
            if dates:
                year_, month_, day_ = (int(x) for x in dates[0].split("-"))
                last = month_ - 1 if day_ == 1 else month_
                if last >= 1:
                    mention.period = f"{year_}-01/{year_}-{last:02d}" if last < 12 else str(year_)
                    mention.open_end = False
    return found


def settle_year_items(sentence_times: list[TimeMention]) -> None:
    """'За первое полугодие 2024 года их было 6 120, за 2023-й – 5 870', 'за те же три месяца
    2022 года … 499 тысяч, а в 2019 году – лишь 363 тысячи': a year given as an item after a
    span of months of another year told in the sentence is that span in its year (like for
    like). `sentence_times` are one sentence's, in text order, their spans settled."""
    for index, mention in enumerate(sentence_times):
        if mention.item and mention.period and mention.period.isdigit():
            mention.period = same_span_in_year(sentence_times[:index], int(mention.period))


def same_span_in_year(earlier: list[TimeMention], year: int) -> str:
    """The span of months told last before a year's item, moved to that year; with no such
    span the item is the whole year."""
    for mention in reversed(earlier):
        span = period_or_none(mention.period) if mention.period else None
        if span is None or mention.to_date:
            continue
        if span.start.year == span.end.year != year and months_in(span) < 12:
            return in_year(mention.period, year)
        break
    return str(year)


def settle_year_to_date(mentions: list[TimeMention]) -> None:
    """'С начала года' says where a count starts, not where it ends; a text that names the
    span elsewhere ('За два месяца ...', 'в январе–июле 2013 года', 'в первом квартале')
    tells it. An open 'с начала года' takes the nearest such span of its year that starts in
    January; `mentions` are the document's, in text order."""
    spans = [(m.start, m.period) for m in mentions
             if not m.to_date and m.period and starts_in_january(m.period)]
    spans += [(m.start, span) for m in mentions if m.as_of and (span := year_to(m.as_of))]
    if not spans:
        return
    for mention in mentions:
        if not mention.open_end:
            continue
        same_year = [(start, span) for start, span in spans if span[:4] == mention.period[:4]]
        if same_year:
            mention.period = min(same_year, key=lambda s: abs(s[0] - mention.start))[1]


def settle_same_months(mentions: list[TimeMention]) -> None:
    """'За январь и февраль 2021 года утверждено 14 решений. ... в 2018 году – 121. За те же два
    месяца исполнено 805': the nearest span before it of that many months, not the last year
    told; 'за те же три месяца 2022 года' moves it to that year. `mentions` are the document's,
    in text order."""
    for index, mention in enumerate(mentions):
        if not (mention.told and mention.months):
            continue
        for earlier in reversed(mentions[:index]):
            span = period_or_none(earlier.period) if earlier.period else None
            if span is not None and months_in(span) == mention.months:
                mention.period, mention.told = in_year(earlier.period, mention.told_year), False
                break


def in_year(period: str, year: Optional[int]) -> str:
    """The span `period` moved to `year` ('2024-Q1' in 2022 is '2022-Q1'), or kept when no year
    is named or it runs over a new year."""
    if year is None or not re.fullmatch(r"(\d{4})(?:-\S+?)?(?:/\1(?:-\S+)?)?", period):
        return period
    return period.replace(period[:4], str(year))


def months_in(span) -> int:
    return (span.end.year - span.start.year) * 12 + span.end.month - span.start.month + 1


def settle_later_dates(mentions: list[TimeMention], published: Optional[str]) -> None:
    """'на начало 2023 года работали 587 тысяч, через полгода — 408 тысяч': the later date is
    the earlier one moved on. With no date before it, or past the day of the text, the
    mention dates nothing."""
    previous: Optional[TimeMention] = None
    for mention in mentions:
        if mention.edge and mention.implicit_year and previous is not None:
            # 'в начале 2023 года ..., через полгода ... . В начале года на учёте ...': that year
            told = (previous.as_of or previous.period or "")[:4]
            if told.isdigit():
                mention.period, mention.as_of = told, told + mention.as_of[4:]
        if mention.later_by and previous is not None:
            if previous.as_of:
                start = date.fromisoformat(previous.as_of)
                months = start.year * 12 + start.month - 1 + mention.later_by
                later = date(months // 12, months % 12 + 1, min(start.day, 28)).isoformat()
                if published is None or later <= published:
                    mention.as_of = later
            elif previous.period and previous.period.isdigit():
                # 'в начале 2023 года ..., через полгода ...' is still that year
                later_year = str(int(previous.period) + mention.later_by // 12)
                if published is None or later_year <= published[:4]:
                    mention.period = later_year
        if mention.as_of or mention.period:
            previous = mention


def year_to(as_of: str) -> Optional[str]:
    """The months a count to a cut-off date covers: 'на 1 сентября 2025 года' closes August,
    'по состоянию на 30 апреля' closes April. Only the first or the last day of a month is a
    cut-off; another day is mostly the day of the text."""
    year_, month_, day_ = (int(x) for x in as_of.split("-"))
    if day_ == calendar.monthrange(year_, month_)[1] and month_ < 12:
        return f"{year_}-01" if month_ == 1 else f"{year_}-01/{year_}-{month_:02d}"
    if day_ != 1 or not 2 <= month_ <= 12:
        return None
    return f"{year_}-01/{year_}-{month_ - 1:02d}"


def starts_in_january(period: str) -> bool:
    """'2013-01/2013-07' or '2017-Q1': a span from the start of a year that is not the whole year."""
    span = period_or_none(period)
    return bool(span) and span.start.month == 1 and span.start.year == span.end.year \
        and span.end.month != 12
