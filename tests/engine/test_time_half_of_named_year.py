"""A half of a named year with no ordinal ('за полугодие 2023 года', 'за полгода 2022 года', 'по
итогам полугодия 2021 года') is January to June of that year, as a report written before the
year closes means it; never the whole year."""
import pytest

from engine_helpers import facts_of


def times(text, published):
    return [(f.value, f.time.period) for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, published, expected", [
    ("За полгода 2022 года в республику переселились 8 400 кандасов.", "2023-09-10",
     [(8400, "2022-01/2022-06")]),
    ("За полугодие 2023 года разрешения на работу получили 12 300 иностранцев.", "2023-08-02",
     [(12300, "2023-01/2023-06")]),
    ("По итогам полугодия 2021 года из страны выдворены 1 250 иностранцев.", "2021-07-20",
     [(1250, "2021-01/2021-06")]),
])
def test_a_half_of_a_named_year_is_its_first_half(text, published, expected):
    assert times(text, published) == expected
