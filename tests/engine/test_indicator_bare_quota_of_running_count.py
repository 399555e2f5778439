"""A text that names no quota and tells of people one quota alone admits (kandas, settlers):
a bare 'квота' there ('Квота приема на этот год – 2 150 человек', 'Квота на их прием составляет')
is that quota, not the state's usual quota of foreign labour."""
import pytest

from engine_helpers import facts_of

KAZAKH = "Министерство труда и социальной защиты населения Республики Казахстан сообщает.\n"


def measures(text, published="2025-08-20"):
    return [(f.value, f.indicator, f.category) for f in facts_of(KAZAKH + text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("С начала года статус кандаса получили 7 420 этнических казахов. Для расселения кандасов "
     "определены северные регионы. Квота приема на этот год – 2 150 человек.",
     [(7420, "resettled_persons", "count"), (2150, "resettlement_quota", "quota")]),
    ("На 1 июля статус кандаса получили 3 980 этнических казахов. Их расселяют в трудодефицитных "
     "областях. Квота на их прием на этот год составляет 2 280 человек.",
     [(3980, "resettled_persons", "count"), (2280, "resettlement_quota", "quota")]),
])
def test_a_bare_quota_after_kandas_is_the_resettlement_quota(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Квота на привлечение иностранной рабочей силы на этот год составляет 0,25% от рабочей силы. "
     "Квота на 2026 год – 0,2%.",
     [(0.25, "foreign_labour_quota", "quota"), (0.2, "foreign_labour_quota", "quota")]),
])
def test_a_named_quota_keeps_its_own(text, expected):
    assert measures(text) == expected
