"""A count with no indicator, then the same count for the next year after only a year's
label ('..., в 2018-м – 21 067'): the next year of the list, of the same people."""
import pytest

from engine_helpers import facts_of


@pytest.mark.parametrize("text, expected", [
    ("Миграция. В 2022 году гражданство России получили 15 200 таджикистанцев, в 2023 году – 18 400.",
     {15200: ("TJ", "person"), 18400: ("TJ", "person")}),
    ("Миграция. Новых граждан из Киргизии становится меньше: в 2019 году гражданство получили "
     "9 870 человек, в 2020-м – 8 115.",
     {9870: (None, "person"), 8115: (None, "person")}),
])
def test_the_next_year_of_a_count_with_no_indicator_is_the_same_count(text, expected):
    assert {f.value: (f.dimensions.get("country"), f.unit) for f in facts_of(text)} == expected


def test_a_figure_after_a_year_with_its_own_unit_is_not_the_next_year():
    text = ("Миграция. В 2022 году гражданство России получили 15 200 таджикистанцев, в 2023 году – "
            "18 400 рублей пошлины.")
    assert {f.value for f in facts_of(text)} == {15200}
