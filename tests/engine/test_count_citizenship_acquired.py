"""People who became citizens of a state named ('гражданами России стали 63 тыс. таджикистанцев',
'стали гражданами РФ') are the grant of its citizenship, a count as 'получили гражданство' is,
even where the sentence has no other word of migration; honorary citizens of a town are none."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document

LEAD = "Миграционная служба опубликовала данные за год. "


def values(text: str, jurisdiction: str) -> dict[float, str]:
    facts = extract(Document(text=LEAD + text, published="2025-10-31", jurisdiction=jurisdiction)).facts
    return {f.value: f.dimensions.get("country") for f in facts if f.value is not None}


@pytest.mark.parametrize("text, jurisdiction, value, country", [
    ("В 2020 году гражданами России стали 63,4 тыс. таджикистанцев.", "TJ", 63400, "TJ"),
    ("За первый квартал гражданами России стали более 33 тыс. выходцев из Таджикистана.", "TJ", 33000, "TJ"),
    ("С начала года 12 тыс. узбекистанцев стали гражданами Российской Федерации.", "UZ", 12000, "UZ"),
])
def test_becoming_citizens_of_a_state_is_a_count(text, jurisdiction, value, country):
    assert values(text, jurisdiction).get(value) == country


def test_honorary_citizens_of_a_town_are_none():
    assert not values("Почётными гражданами Бишкека в этом году стали 5 человек.", "KG")
