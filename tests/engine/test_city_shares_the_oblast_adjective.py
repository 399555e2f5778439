"""The adjective alone that a city of its own shares with its oblast ('алматинская полиция',
'ташкентские власти') is the city's in a text that names the city and never the oblast in
full; with the oblast named in full, or in a row of oblasts, it stays the oblast."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def regions(text: str) -> list:
    document = Document(text=text, published="2021-03-12")
    return [(f.value, f.dimensions.get("region")) for f in extract(document).facts if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Полиция Алматы выдворила 25 иностранцев\n"
     "Алматинская полиция выдворила 25 граждан Кыргызстана, которые находились в Казахстане незаконно.",
     [(25, "KZ-75"), (25, "KZ-75")]),
    ("В Алматинской области выдворили 25 иностранцев\n"
     "Алматинская полиция выдворила 25 граждан Кыргызстана. Их задержали по пути в Алматы.",
     [(25, "KZ-19"), (25, "KZ-19")]),
])
def test_the_shared_adjective(text, expected):
    assert regions(text) == expected
