"""A sentence that points back to the quota just named ('Она составит 28 тысяч 300 человек',
'Её размер – 9 600 человек') gives that quota's level in people, though its own words name
no quota; people who came under it ('по ней приехали 12 000 человек') stay a count."""
import pytest

from engine_helpers import facts_of

KAZAKH = "Министерство труда и социальной защиты населения Республики Казахстан сообщает.\n"


def levels(text, published="2022-01-05"):
    return [(f.value, f.indicator, f.category) for f in facts_of(KAZAKH + text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Министерство определило квоту на привлечение иностранной рабочей силы на 2022 год. Она "
     "составит 28 тысяч 300 человек.",
     [(28300, "foreign_labour_quota", "quota")]),
    ("Правительство утвердило квоту приема кандасов на 2025 год. Её размер – 9 600 человек.",
     [(9600, "resettlement_quota", "quota")]),
    ("Определена квота на привлечение иностранной рабочей силы на 2023 год. Размер составит 40 "
     "тысяч 500 человек.",
     [(40500, "foreign_labour_quota", "quota")]),
])
def test_level_pointed_back_to_the_quota(text, expected):
    assert levels(text) == expected


def test_people_who_came_under_it_stay_a_count():
    text = ("Определена квота на привлечение иностранной рабочей силы на 2023 год. По ней в прошлом "
            "году приехали 12 000 человек.")
    assert [category for _, _, category in levels(text)] == ["count"]
