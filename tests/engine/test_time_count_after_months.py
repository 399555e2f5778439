"""A count written right after a span of months ('с января по июнь 5066 граждан') is a count, not
the span's year: a year has the digits of a year, the count keeps the publication's year."""
import pytest

from engine_helpers import facts_of


def times(text, published):
    return [(f.value, f.time.period) for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, published, expected", [
    ("В период с января по июнь 5066 граждан Узбекистана выехали на работу в Россию.",
     "2024-07-10", [(5066, "2024-01/2024-06")]),
    ("За январь–май 3120 иностранцев получили разрешения на работу.", "2023-06-12",
     [(3120, "2023-01/2023-05")]),
    ("С января по июнь 2024 года 5066 граждан выехали на работу за рубеж.", "2024-07-10",
     [(5066, "2024-01/2024-06")]),
])
def test_a_count_after_months_is_no_year(text, published, expected):
    assert times(text, published) == expected
