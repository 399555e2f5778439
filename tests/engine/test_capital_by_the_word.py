"""The reporting state's capital named by the word alone ('в столице', 'столичные
полицейские', 'в южной столице' for Almaty) is that city's region; in a paragraph about one
other state, that state's capital; 'в столице Турции' is no capital of ours."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def regions(text: str) -> list:
    document = Document(text=text, published="2024-07-15")
    return [f.dimensions.get("region") for f in extract(document).facts if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("В столице выдворили иностранцев\nЗа неделю рейда в городе выявлено 310 нарушений правил "
     "пребывания иностранцев, сообщили в полиции Казахстана.", ["KZ-71"]),
    ("В южной столице за неделю выявили 45 нелегальных мигрантов, сообщает полиция Казахстана.",
     ["KZ-75"]),
    ("Агентство по внешней трудовой миграции Узбекистана сообщило о задержаниях. Полиция "
     "Казахстана проводит рейды. В столице задержали 18 граждан Узбекистана без документов.",
     ["KZ-71"]),
])
def test_the_capital_by_the_word(text, expected):
    assert regions(text) == expected
