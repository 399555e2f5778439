"""Migrants who came into a host over a period ('по данным МВД, в прошлом году в страну прибыли
более пяти миллионов мигрантов') are its entries of migrant workers, not immigrants for good;
moves for good, framed as such or counted by a statistics bureau, stay immigration."""
import pytest

from engine_helpers import facts_of


def measures(text, published="2025-08-17"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Генеральное консульство Узбекистана в Санкт-Петербурге отправило домой 90 сограждан. По данным "
     "МВД России, в 2024 году в страну прибыли более пяти миллионов мигрантов, больше всего среди "
     "них граждан Узбекистана.",
     [(5000000, "entries_for_work")]),
])
def test_migrants_who_came_into_a_host_are_entries(text, expected):
    assert [m for m in measures(text) if m[0] != 90] == expected


@pytest.mark.parametrize("text, expected", [
    ("По данным Бюро национальной статистики, в 2024 году в Казахстан на постоянное жительство "
     "прибыли 11 тыс. мигрантов.",
     [(11000, "immigrants_arrived")]),
])
def test_moves_for_good_stay_immigration(text, expected):
    assert measures(text) == expected
