"""In a Kazakh count of foreign workers by category, the people moved to the country within
their company ('в рамках внутрикорпоративного перевода', 'переведённых внутри корпораций') are
foreign workers employed, not the seasonal workers or the permits named in the same sentence; a
share in brackets after a figure ('926 человек (5%) заняты') does not cut it from its verb."""
import pytest

from engine_helpers import facts_of


def indicators(text, published="2024-08-01"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


LEAD = ("На 1 июля в Казахстане по разрешениям местных исполнительных органов работают 13 540 "
        "иностранцев, сообщили в Министерстве труда. ")


@pytest.mark.parametrize("text, value, expected", [
    (LEAD + "Также на сезонные работы привлекли 1 880 человек, а в рамках корпоративного "
     "перевода – 2 410 человек.", 2410, "foreign_workers_employed"),
    (LEAD + "Еще 1 215 иностранцев получили разрешения на сезонные работы, а 1 640 – в рамках "
     "внутрикорпоративного перевода.", 1640, "foreign_workers_employed"),
    (LEAD + "Это 520 руководителей, 2,1 тыс. сезонных работников и 3,4 тыс. человек, "
     "переведённых внутри корпораций.", 3400, "foreign_workers_employed"),
    (LEAD + "Ещё 870 человек (6%) заняты на сезонных работах, а 1 510 (11%) работают в порядке "
     "внутрикорпоративного перевода.", 870, "seasonal_workers"),
    (LEAD + "Ещё 870 человек (6%) заняты на сезонных работах, а 1 510 (11%) работают в порядке "
     "внутрикорпоративного перевода.", 1510, "foreign_workers_employed"),
    (LEAD + "На сезонных работах заняты 2 240 человек, в рамках корпоративного перевода – 1 930.",
     2240, "seasonal_workers"),
])
def test_people_moved_within_their_company_are_workers_employed(text, value, expected):
    assert [i for v, i in indicators(text) if v == value] == [expected]


def test_permits_for_transfers_stay_permits():
    text = ("С начала года в Казахстане оформлено 15 200 разрешений на привлечение иностранной "
            "рабочей силы. Кроме того, 1 650 разрешений оформлены на сезонные работы и 1 420 — в "
            "рамках корпоративного перевода.")
    assert [i for v, i in indicators(text) if v == 1420] == ["work_permits_issued"]
