"""People a commission took into a regional resettlement quota ('по решению комиссии в квоту
включены 40 семей', 'комиссия включила в неё 90 кандасов') are settlers given the quota's
support, a count of resettled persons, not the places the quota sets; the verb may come after
the figure's clause. The places themselves, and the people an order's quota takes in ('всего
в квоту включены 8 100 человек'), stay the quota."""
import pytest

from engine_helpers import facts_of

KAZAKH = "Министерство труда и социальной защиты населения Республики Казахстан сообщает.\n"


def measures(text, published="2025-11-20"):
    return [(f.value, f.indicator, f.category) for f in facts_of(KAZAKH + text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Региональная квота приема кандасов для Костанайской области на этот год – 180 единиц. "
     "В октябре комиссия включила в нее 90 кандасов из 41 семьи.",
     [(180, "resettlement_quota", "quota"), (90, "resettled_persons", "count"),
      (41, "resettled_persons", "count")]),
    ("На этот год в региональную квоту приема кандасов выделено 150 мест. По решению комиссии, "
     "заседавшей в сентябре, в квоту включены 40 семей, то есть 97 человек.",
     [(150, "resettlement_quota", "quota"), (40, "resettled_persons", "count"),
      (97, "resettled_persons", "count")]),
    ("В Павлодарской области квота приема кандасов – 900 человек. По итогам двух заседаний "
     "комиссии 52 семьи, или 131 человек, включены в региональную квоту.",
     [(900, "resettlement_quota", "quota"), (52, "resettled_persons", "count"),
      (131, "resettled_persons", "count")]),
])
def test_people_a_commission_took_into_the_quota_resettled(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Приказом министра утверждена региональная квота приема кандасов и переселенцев на 2026 год: "
     "всего в квоту включены 8 100 человек.",
     [(8100, "resettlement_quota", "quota")]),
])
def test_an_orders_quota_stays_the_quota(text, expected):
    assert measures(text) == expected
