"""In a sending state's release, its citizens leaving for work in Korea or Britain go through
a state scheme (Korea's EPS, the British seasonal visas): placements, not people who left by
themselves; those working there now stay a stock. 'Получили работу' is a job, not a permit."""
import pytest

from engine_helpers import facts_of


def indicators(text, published="2024-10-16"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


KYRGYZ = "Министерство труда, социального обеспечения и миграции Кыргызской Республики сообщает.\n"
UZBEK = "Агентство внешней трудовой миграции Узбекистана сообщает.\n"
TAJIK = "Министерство труда, миграции и занятости населения Таджикистана сообщает о трудовой миграции.\n"


@pytest.mark.parametrize("text, expected", [
    (KYRGYZ + "С начала года на работу в Республику Корея вылетели более 640 граждан Кыргызстана.",
     [(640, "citizens_placed_abroad")]),
    (UZBEK + "За весну на сезонные работы в Великобританию уехали 2 310 граждан Узбекистана.",
     [(2310, "citizens_placed_abroad")]),
    (KYRGYZ + "Ещё 52 гражданина Кыргызстана отправились на работу в Южную Корею.",
     [(52, "citizens_placed_abroad")]),
])
def test_departures_to_a_scheme_destination_are_placements(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people working there now are a stock
    (KYRGYZ + "Сейчас в Южной Корее трудятся более 1,7 тысячи граждан Кыргызстана.",
     [(1700, "citizens_abroad")]),
])
def test_people_working_in_a_scheme_destination_stay_a_stock(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    (TAJIK + "В этом году 430 граждан Таджикистана получили работу в Катаре.",
     [(430, "citizens_placed_abroad")]),
])
def test_people_given_a_job_abroad_are_placed_not_permits(text, expected):
    assert indicators(text) == expected
