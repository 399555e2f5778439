"""'Заняты N иностранцев' is a stock of foreign workers, as 'работают N иностранцев' is, in
either word order; a list by sector that opens with it keeps that measure for every item."""
import pytest

from engine_helpers import facts_of


def facts(text, published="2025-08-12"):
    return [(f.value, f.indicator, f.dimensions.get("sector"))
            for f in facts_of(text, published) if f.value is not None]


LEAD = "В ведомстве подвели итоги полугодия.\n"


@pytest.mark.parametrize("text, expected", [
    (LEAD + "На 1 июля в стране официально заняты 15,3 тыс. иностранцев.",
     [(15300, "foreign_workers_employed", None)]),
    (LEAD + "В Актюбинской области на предприятиях занято 1 240 иностранных граждан.",
     [(1240, "foreign_workers_employed", None)]),
    (LEAD + "Трудовых мигрантов в регионе занято около 3 тысяч.",
     [(3000, "foreign_workers_employed", None)]),
])
def test_people_occupied_are_foreign_workers_employed(text, expected):
    assert facts(text) == expected


def test_a_list_by_sector_after_occupied_keeps_the_measure():
    text = (LEAD + "Больше всего мигрантов заняты в строительстве – 4 870 человек (34 %), в "
            "сельском хозяйстве – 1 760 человек (12 %), в горнодобывающей промышленности – 1 310 "
            "человек (9 %), в обрабатывающей промышленности – 1 090 человек (8 %), в торговле – "
            "640 человек (4 %).")
    assert [f[1] for f in facts(text)] == ["foreign_workers_employed"] * 5
