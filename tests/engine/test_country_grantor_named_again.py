"""A partner state that a headline names as the grantor of places or jobs, named again in the
sentence of the figure by its adjective ('корейская сторона трудоустроила', 'российская сторона
выделит'), is still the figure's country; another foreign state named there is not overruled."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def countries(text: str, jurisdiction: str) -> dict[float, str]:
    facts = extract(Document(text=text, published="2025-10-31", jurisdiction=jurisdiction)).facts
    return {f.value: f.dimensions.get("country") for f in facts if f.value is not None}


@pytest.mark.parametrize("text, jurisdiction, value, country", [
    ("Корея увеличила квоту для трудовых мигрантов из Кыргызстана\n\nВ этом году по программе EPS "
     "корейская сторона трудоустроила 1 200 граждан республики.", "KG", 1200, "KR"),
    ("Россия увеличила число мест для студентов из Узбекистана\n\nПо словам посла, в новом учебном "
     "году российская сторона выделит 900 мест по квоте на обучение.", "UZ", 900, "RU"),
    ("Корея расширила квоту для работников из Таджикистана\n\nЗа год корейская сторона "
     "трудоустроила по программе EPS 640 граждан республики.", "TJ", 640, "KR"),
])
def test_the_grantor_named_again_by_its_adjective(text, jurisdiction, value, country):
    assert countries(text, jurisdiction).get(value) == country


def test_another_foreign_state_in_the_sentence_keeps_its_own():
    found = countries("Британия расширила программу сезонных работ для узбекистанцев\n\nВ этом году "
                      "британские фермы приняли по сезонным визам 3 400 граждан республики, ещё 200 "
                      "уехали в Турцию.", "UZ")
    assert found.get(200) == "TR"
