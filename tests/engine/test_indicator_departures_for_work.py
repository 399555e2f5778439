"""People who left to work are labour migrants abroad, not emigrants for good."""
import pytest

from engine_helpers import facts_of


def indicators(text, published="2024-09-02"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


KYRGYZ = "Министерство труда, социального обеспечения и миграции Кыргызской Республики сообщает.\n"
TAJIK = "Министерство труда, миграции и занятости населения Республики Таджикистан сообщает.\n"


@pytest.mark.parametrize("text, expected", [
    (KYRGYZ + "С начала года на работу в Японию и Германию уехали 1 240 кыргызстанцев.",
     [(1240, "citizens_abroad")]),
    (KYRGYZ + "Более 2 тысяч граждан с начала 2024 года выехали на работу в Турцию и ОАЭ.",
     [(2000, "citizens_abroad")]),
    (TAJIK + "За восемь месяцев в трудовую миграцию выехали 284 600 человек.",
     [(284600, "citizens_abroad")]),
])
def test_people_who_left_to_work_are_citizens_abroad(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    (KYRGYZ + "По линии частных агентств на работу в Корею выехали 640 человек.",
     [(640, "citizens_placed_abroad")]),
    ("Агентство статистики сообщает. За полгода на постоянное жительство из республики выехали "
     "4 100 человек.", [(4100, "emigrants_departed")]),
])
def test_recruitment_and_moves_for_good_keep_their_indicator(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the reflexive verb: people who found work abroad themselves
    (KYRGYZ + "За девять месяцев более 9,4 тыс. кыргызстанцев официально трудоустроились за "
     "рубежом.", [(9400, "citizens_abroad")]),
    (TAJIK + "В прошлом году за границей трудоустроились 12 300 граждан республики.",
     [(12300, "citizens_abroad")]),
    # through an agency, the same verb is organised recruitment
    (KYRGYZ + "С начала года через частные агентства трудоустроились 640 граждан.",
     [(640, "citizens_placed_abroad")]),
])
def test_people_who_found_work_abroad_are_counted(text, expected):
    assert indicators(text) == expected
