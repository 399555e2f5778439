"""A quota told both in people and as a share of the labour force ('квота составит 28 300
человек, или 0,31% численности рабочей силы') is two levels of the same quota: the share is
no part of the count before it, as '3 768 человек (25,6%)' is."""
import pytest

from engine_helpers import facts_of

KAZAKH = "Министерство труда и социальной защиты населения Республики Казахстан сообщает.\n"


def levels(text, published="2022-01-05"):
    return [(f.value, f.unit, f.category) for f in facts_of(KAZAKH + text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Квота на привлечение иностранной рабочей силы на 2022 год составит 28 300 человек, или 0,31% "
     "численности рабочей силы.",
     [(28300, "person", "quota"), (0.31, "percent", "quota")]),
    ("Утверждена квота на привлечение иностранной рабочей силы: 41 000 человек – 0,45% от "
     "численности рабочей силы.",
     [(41000, "person", "quota"), (0.45, "percent", "quota")]),
    ("Квота на привлечение иностранной рабочей силы в этом году – 19 400 единиц (0,2% от общей "
     "численности рабочей силы).",
     [(19400, "unit", "quota"), (0.2, "percent", "quota")]),
])
def test_share_of_the_labour_force_is_a_level_of_its_own(text, expected):
    assert levels(text) == expected


def test_share_of_a_count_stays_with_it():
    facts = [f for f in facts_of(KAZAKH + "В республике работают 3 768 иностранцев (25,6%) из Китая.",
                                 "2022-01-05") if f.value is not None]
    assert [(f.value, f.share_pct) for f in facts] == [(3768, 25.6)]
