"""'с начала т.г.' (текущего года) and 'с начала с.г.' (сего года), as ministry releases shorten
them, are the year to date like 'с начала года', never the month of the text alone."""
import pytest

from engine_helpers import facts_of


def times(text, published):
    return [(f.value, f.time.period, f.time.as_of) for f in facts_of(text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, published, expected", [
    ("С начала т.г. статус кандаса получили 6 300 этнических казахов.", "2024-07-16",
     [(6300, "2024-01/2024-07", None)]),
    ("С начала с. г. из страны выдворены 410 иностранных граждан.", "2023-05-22",
     [(410, "2023-01/2023-05", None)]),
    ("Разрешения на работу с начала т. г. выданы 2 150 иностранцам. Данные на 1 сентября.",
     "2025-09-10", [(2150, "2025-01/2025-08", None)]),
])
def test_an_abbreviated_current_year_runs_from_january(text, published, expected):
    assert times(text, published) == expected
