"""An official of a state named before it ('Министр внутренних дел Казахстана', 'Посол Кыргызстана')
acts for that state as its ministry or embassy does: the state is the one taking the measure,
not its partner."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document

LEAD = "В стране работают 12 тыс. трудовых мигрантов.\n"


def partners(text, jurisdiction):
    facts = extract(Document(text=LEAD + text, published="2025-03-01", jurisdiction=jurisdiction)).facts
    return [f.dimensions.get("country") for f in facts if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text", [
    "Министерство внутренних дел Казахстана утвердило новые правила регистрации трудовых мигрантов.",
    "Министр внутренних дел Казахстана утвердил новые правила регистрации трудовых мигрантов.",
    "Замминистра труда Казахстана утвердил новые правила регистрации трудовых мигрантов.",
])
def test_an_official_acts_for_the_state_he_serves(text):
    assert partners(text, "UZ") == [None]
