"""Times as the output contract writes them, read in one place for the engine and the answers.

A fact's `period` is '2025', '2025-Q3', '2025-09', or a span of two of these
('2025-01/2025-09', '2019/2023'); its `as_of` is a day ('2025-10-01'). The same span can be
written two ways ('2025-Q1' and '2025-01/2025-03'), so what callers compare, sort and
tabulate is the first and last day a string covers, not the string.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Optional

from extractor.errors import InputError

PART = re.compile(r"(?P<year>\d{4})(?:-(?:Q(?P<quarter>[1-4])|(?P<month>\d{2})(?:-(?P<day>\d{2}))?))?")


class PeriodError(InputError):
    """A string that is not a period or date of the contract."""


@dataclass(frozen=True)
class Period:
    """A period or date as written, its kind and the first and last day it covers."""

    text: str
    kind: str  # year | quarter | month | day | range
    start: date
    end: date

    @property
    def months(self) -> tuple[str, str]:
        """The first and last month ('2025-01', '2025-09'): the months a count covers."""
        return f"{self.start:%Y-%m}", f"{self.end:%Y-%m}"


def part(text: str, whole: str, days: bool) -> tuple[date, date, str]:
    """'2025-Q3' -> (2025-07-01, 2025-09-30, 'quarter'): one side of a span, or all of it."""
    match = PART.fullmatch(text)
    if not match:
        raise PeriodError(f"{whole!r} is not a period: write 2025, 2025-Q3, 2025-09 or a span "
                          f"such as 2025-01/2025-09")
    if match["day"] and not days:
        raise PeriodError(f"{whole!r} is not a period but a day: a stock's day is its as_of")
    year = int(match["year"])
    try:
        if match["quarter"]:
            first = 3 * int(match["quarter"]) - 2
            return date(year, first, 1), month_end(year, first + 2), "quarter"
        if match["day"]:
            day = date(year, int(match["month"]), int(match["day"]))
            return day, day, "day"
        if match["month"]:
            month = int(match["month"])
            return date(year, month, 1), month_end(year, month), "month"
    except ValueError:
        raise PeriodError(f"{whole!r} is not a period: no such month or day") from None
    return date(year, 1, 1), date(year, 12, 31), "year"


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@lru_cache(maxsize=4096)
def parse_period(text: str, days: bool = True) -> Period:
    """'2025-01/2025-09' -> Period(kind='range', start=2025-01-01, end=2025-09-30).
    A fact's period never names a day (days=False); stored times are read as they are.
    Raises PeriodError, which the command line prints as one line."""
    sides = text.split("/")
    if len(sides) > 2:
        raise PeriodError(f"{text!r} is not a period: a span has two ends (A/B)")
    first = part(sides[0], text, days)
    if len(sides) == 1:
        return Period(text, first[2], first[0], first[1])
    return Period(text, "range", first[0], part(sides[1], text, days)[1])


def parse_day(text: str) -> Period:
    """A stock's as_of: one day ('2025-10-01'), not a month or a span."""
    day = parse_period(text)
    if day.kind != "day":
        raise PeriodError(f"{text!r} is not a day: write it as 2025-10-01")
    return day


def period_or_none(text: Optional[str]) -> Optional[Period]:
    """The period of a stored string, or None when there is none or it is not one:
    what is already stored is shown as written rather than refused."""
    if not text:
        return None
    try:
        return parse_period(text)
    except PeriodError:
        return None


def same_period(first: Optional[str], second: Optional[str]) -> bool:
    """'2019-Q1' is '2019-01/2019-03' and '2019' is '2019-01/2019-12': one span written two
    ways. Strings that are not periods agree only when equal."""
    if first == second:
        return True
    one, other = period_or_none(first), period_or_none(second)
    return one is not None and other is not None and (one.start, one.end) == (other.start, other.end)
