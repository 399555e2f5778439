"""In a sending state's release, migrants 'from' that state are its own people abroad."""
import pytest

from engine_helpers import facts_of


def facts(text, published="2024-06-04"):
    return [(f.value, f.indicator, f.dimensions.get("country"))
            for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Ташкент, Узбекистан -- Агентство внешней трудовой миграции сообщает: сейчас в России "
     "работают около 900 тыс. трудовых мигрантов из Узбекистана.", [(900000, "citizens_abroad", "RU")]),
    ("Бишкек -- По данным министерства труда, в Казахстане трудятся 48 тысяч трудовых мигрантов "
     "из Кыргызстана.", [(48000, "citizens_abroad", "KZ")]),
])
def test_migrants_from_the_reporting_state_are_its_people_abroad(text, expected):
    assert facts(text) == expected


def test_migrants_from_another_state_stay_foreign_workers():
    text = ("Министерство труда Казахстана сообщает: в республике работают 12 тысяч трудовых "
            "мигрантов из Узбекистана.")
    assert facts(text) == [(12000, "foreign_workers_employed", "UZ")]
