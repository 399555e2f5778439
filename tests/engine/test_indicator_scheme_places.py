"""A destination's scheme counted in places ('квота ... составляла 8 000 мест') is that
scheme's quota, not people placed, even when no quota was read before in the text; the people
who actually went there stay placements."""
import pytest

from engine_helpers import facts_of


def read(text, published="2024-02-20"):
    return [(f.value, f.category, f.indicator, f.dimensions.get("country"))
            for f in facts_of(text, published) if f.value is not None]


KYRGYZ = "Министерство труда, социального обеспечения и миграции Кыргызской Республики сообщает.\n"
UZBEK = "Агентство внешней трудовой миграции Узбекистана сообщает.\n"


@pytest.mark.parametrize("text, expected", [
    (KYRGYZ + "В прошлом году квота на сезонных работников из Кыргызстана в Великобритании "
     "составляла 6 500 мест.",
     [(6500, "quota", "seasonal_visa_quota", "GB")]),
    (UZBEK + "Квота для сезонных рабочих из Узбекистана в Англии в этом сезоне составит 3 200 мест.",
     [(3200, "quota", "seasonal_visa_quota", "GB")]),
    (KYRGYZ + "На этот год квота на сезонных работников из республики в Южной Корее составила "
     "1 900 мест.",
     [(1900, "quota", "seasonal_visa_quota", "KR")]),
])
def test_places_of_a_destination_quota_are_its_quota(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people who went there are placements, whatever quota stands beside them
    (KYRGYZ + "В этом году на сезонные работы в Великобританию выехали 2 740 граждан Кыргызстана.",
     [(2740, "count", "citizens_placed_abroad", "GB")]),
])
def test_people_who_went_stay_placements(text, expected):
    assert read(text) == expected
