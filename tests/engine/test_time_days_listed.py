"""Days listed before one month ('за 27 и 28 июня', 'за 3, 4 и 5 мая') date a count by
that month, also while a raid still runs: its own days, not the raid's span."""
import pytest

from engine_helpers import times_of

RAID = "В области с 24 мая по 6 июня идёт операция «Мигрант».\n\n"


@pytest.mark.parametrize("text, published, expected", [
    ("За 25 и 26 мая выявлено 1 240 нарушений миграционного законодательства.", "2023-05-27",
     [(1240, "2023-05", None)]),
    ("Только за 25, 26 и 27 мая выявлено 980 нарушений миграционного законодательства.",
     "2023-05-28", [(980, "2023-05", None)]),
    ("За 30 и 31 мая из области выдворены 45 иностранцев.", "2023-06-02",
     [(45, "2023-05", None)]),
])
def test_days_listed_before_a_month_date_the_count(text, published, expected):
    assert times_of(RAID + text, published) == expected
