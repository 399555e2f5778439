"""A state's own people studying in a foreign state ('в российских вузах учатся 23 тысячи граждан
Таджикистана') are its citizens abroad, counted by the host, as those working there are; those
enrolling, or studying at home by a foreign programme, are not."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document

LEAD = "Посол рассказал журналистам о сотрудничестве в сфере образования и миграции. "


def counts(text: str, jurisdiction: str) -> dict[float, tuple]:
    facts = extract(Document(text=LEAD + text, published="2025-10-31", jurisdiction=jurisdiction)).facts
    return {f.value: (f.indicator, f.dimensions.get("country")) for f in facts if f.value is not None}


@pytest.mark.parametrize("text, jurisdiction, value, country", [
    ("В российских университетах сейчас учатся около 23 тысяч граждан Таджикистана.", "TJ", 23000, "RU"),
    ("По его словам, в вузах России обучаются около 16 тысяч кыргызстанцев.", "KG", 16000, "RU"),
    ("Сейчас в Южной Корее учатся более 9 тысяч студентов из Узбекистана.", "UZ", 9000, "KR"),
    ("Всего в российских вузах учатся более 28 тыс. студентов из республики.", "TJ", 28000, "RU"),
])
def test_own_people_studying_abroad_are_citizens_abroad(text, jurisdiction, value, country):
    assert counts(text, jurisdiction).get(value) == ("citizens_abroad", country)


@pytest.mark.parametrize("text, jurisdiction", [
    # a foreign programme followed at home names no place abroad
    ("По российским образовательным программам учатся более 53 тысяч узбекистанцев.", "UZ"),
    # branches of foreign universities are at home
    ("В филиалах российских вузов в Ташкенте учатся более 10 тысяч узбекистанцев.", "UZ"),
])
def test_studying_at_home_is_no_count_abroad(text, jurisdiction):
    assert not counts(text, jurisdiction)
