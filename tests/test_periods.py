"""Period strings of the contract: one reading of '2025', '2025-Q3', '2025-01/2025-09' and
a day, shared by evaluation, the engine's year-to-date spans and the tables' ISO days."""
from datetime import date

import pytest

from extractor.errors import InputError
from extractor.periods import Period, parse_day, parse_period, period_or_none, same_period


@pytest.mark.parametrize("text, expected", [
    ("2025", ("year", "2025-01-01", "2025-12-31")),
    ("2025-Q1", ("quarter", "2025-01-01", "2025-03-31")),
    ("2025-Q3", ("quarter", "2025-07-01", "2025-09-30")),
    ("2024-02", ("month", "2024-02-01", "2024-02-29")),
    ("2025-02", ("month", "2025-02-01", "2025-02-28")),
    ("2025-10-01", ("day", "2025-10-01", "2025-10-01")),
    ("2025-01/2025-09", ("range", "2025-01-01", "2025-09-30")),
    ("2019/2023", ("range", "2019-01-01", "2023-12-31")),
    ("2024-07/2025-06", ("range", "2024-07-01", "2025-06-30")),
])
def test_a_period_is_its_kind_and_first_and_last_day(text, expected):
    period = parse_period(text)
    assert (period.kind, period.start.isoformat(), period.end.isoformat()) == expected
    assert period.text == text


@pytest.mark.parametrize("text, expected", [
    ("2025", ("2025-01", "2025-12")),
    ("2025-Q4", ("2025-10", "2025-12")),
    ("2025-01/2025-09", ("2025-01", "2025-09")),
    ("2023-11/2024-02", ("2023-11", "2024-02")),
])
def test_a_period_covers_whole_months(text, expected):
    assert parse_period(text).months == expected


@pytest.mark.parametrize("text, message", [
    ("", "is not a period"),
    ("осенью", "is not a period"),
    ("25", "is not a period"),
    ("2025-Q5", "is not a period"),
    ("2025-9", "is not a period"),
    ("2025-13", "no such month"),
    ("2025-00", "no such month"),
    ("2025-02-30", "no such month or day"),
    ("2025-01/", "is not a period"),
    ("2019/2020/2021", "two ends"),
    (" 2025", "is not a period"),
])
def test_a_string_that_is_no_period_is_one_clear_error(text, message):
    with pytest.raises(InputError, match=message) as raised:
        parse_period(text)
    assert repr(text) in str(raised.value)
    assert period_or_none(text) is None


@pytest.mark.parametrize("text, message", [
    ("2025-10-01", "a day"),
    ("2025-01-01/2025-03-31", "a day"),
])
def test_a_fact_period_names_no_day(text, message):
    with pytest.raises(InputError, match=message):
        parse_period(text, days=False)


@pytest.mark.parametrize("text, expected", [
    ("2025-10-01", date(2025, 10, 1)),
    ("2024-02-29", date(2024, 2, 29)),
    ("2025-10", None),
    ("2025", None),
    ("2025-10-01/2025-10-31", None),
])
def test_an_as_of_is_one_day(text, expected):
    if expected is None:
        with pytest.raises(InputError, match="is not a day"):
            parse_day(text)
    else:
        assert parse_day(text) == Period(text, "day", expected, expected)


@pytest.mark.parametrize("first, second, same", [
    ("2019-Q1", "2019-01/2019-03", True),
    ("2019-Q3", "2019-07/2019-09", True),
    ("2019", "2019-01/2019-12", True),
    ("2019/2020", "2019-01/2020-12", True),
    ("2019-Q1", "2019-01/2019-02", False),
    ("2019-03", "2019-Q1", False),
    ("2019-03", "2019-03-01", False),
    (None, None, True),
    (None, "2019", False),
    ("осенью", "осенью", True),
    ("осенью", "2019", False),
])
def test_a_period_written_two_ways_is_one_span(first, second, same):
    assert same_period(first, second) is same
