"""The people of a state are named by every spelling the press uses: Russian outlets write
'киргизстанцы' and 'киргизстанский' beside 'кыргызстанцы', and 'туркменистанцы'."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def countries(text: str, jurisdiction: str) -> list:
    document = Document(text=text, published="2025-08-12", jurisdiction=jurisdiction)
    return [f.dimensions.get("country") for f in extract(document).facts if f.value is not None]


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("Под запрет на въезд в Россию попали 48 тыс. киргизстанцев.", "RU", ["KG"]),
    ("В июле из Москвы выдворили 120 киргизстанских мигрантов.", "RU", ["KG"]),
    ("На миграционный учёт в Казахстане встали 3 400 туркменистанцев.", "KZ", ["TM"]),
])
def test_every_spelling_of_a_demonym_names_its_state(text, jurisdiction, expected):
    assert countries(text, jurisdiction) == expected
