"""A breakdown by sex or age opened by 'из них' or by 'среди' with the people just counted
named by their act ('Среди вернувшихся — 280 женщин, 200 мужчин и 60 детей'): every item is a
part of the total, not only the first."""
import pytest

from engine_helpers import facts_of


@pytest.mark.parametrize("text, expected", [
    ("Агентство по миграции вернуло на родину 540 граждан. Среди вернувшихся — 280 женщин, "
     "200 мужчин и 60 детей.", {540, 280, 200, 60}),
    ("Агентство по миграции вернуло на родину 540 граждан, из них 280 женщин и 60 детей.",
     {540, 280, 60}),
    ("Из России за месяц выдворили 75 мигрантов. Среди выдворенных 50 мужчин и 25 женщин.",
     {75, 50, 25}),
])
def test_each_item_of_a_breakdown_by_sex_or_age_is_a_part_of_the_total(text, expected):
    assert {f.value for f in facts_of(text)} == expected


def test_a_figure_that_is_no_sex_or_age_item_is_no_part_of_the_breakdown():
    text = ("Агентство по миграции вернуло на родину 540 граждан, из них 280 женщин, а 60 тысяч "
            "сумов выделено на билеты.")
    assert {f.value for f in facts_of(text)} == {540, 280}
