"""A like act told of one other place after a measure on topic ('Аналогичное постановление ранее
подписали в Тульской области') is that place's measure, of the same branch as the ban before it;
one told of many places is background."""
import pytest

from engine_helpers import facts_of

BAN = ("В области 1 200 мигрантов работают водителями.\n"
       "Губернатор Омской области запретил иностранцам с патентами работать в такси.\n")


def measures(text):
    return [f for f in facts_of(text, published="2025-03-01") if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text, expected", [
    ("Похожий указ в прошлом месяце подписали в Курганской области.", [{"region": "RU-KGN", "sector": "49.32"}]),
    ("Подобный запрет недавно продлили и в Пензенской области.", [{"region": "RU-PNZ", "sector": "49.32"}]),
    ("Подобные запреты действуют во многих регионах страны.", []),
])
def test_a_like_act_of_one_other_place_is_its_measure(text, expected):
    assert [f.dimensions for f in measures(BAN + text)[1:]] == expected


@pytest.mark.parametrize("text, expected", [
    ("Омский губернатор не первым решился на такие меры: в Курганской области мигрантам запретили "
     "работать в торговле, а в Якутии — на стройках.", []),
    ("Область стала не первым регионом, где ввели такой запрет: он уже действует в Пензенской области.", []),
    ("Подобный запрет недавно продлили и в Пензенской области.", [{"region": "RU-PNZ", "sector": "49.32"}]),
])
def test_like_acts_of_others_told_as_precedents_are_background(text, expected):
    assert [f.dimensions for f in measures(BAN + text)[1:]] == expected
