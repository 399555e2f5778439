"""A raid of a week or less told early in a month is of the month of the text, as a raid's
flow with no time of its own is (corpora/README.md), not a span over two months."""
import pytest

from engine_helpers import facts_of


def times(text, published):
    return [(f.value, f.time.period, f.time.as_of) for f in facts_of(text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, published, expected", [
    ("За пять дней рейда полиция выдворила из страны 48 иностранцев.", "2025-04-02",
     [(48, "2025-04", None)]),
    ("За три дня проверок депортированы 17 иностранных граждан.", "2024-12-01",
     [(17, "2024-12", None)]),
])
def test_a_raid_of_a_few_days_is_of_the_month_of_the_text(text, published, expected):
    assert times(text, published) == expected
