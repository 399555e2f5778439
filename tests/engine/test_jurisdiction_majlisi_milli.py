"""Tajikistan's upper house named as it calls itself ('Маджлиси милли', as 'Маджлиси Оли' and
'Маджлиси намояндагон') speaks for Tajikistan: its own citizens whose fate in Russia it tells
are counted by where they are (corpora/README.md)."""
import pytest

from extractor.api import extract_text


@pytest.mark.parametrize("text, expected", [
    ("Где находятся мигранты, власти не знают\nСудьба 210 тыс. таджикских трудовых мигрантов "
     "в России неизвестна, сказал на заседании председатель Маджлиси милли.", "RU"),
])
def test_the_upper_house_speaks_for_tajikistan(text, expected):
    extraction = extract_text(text, published="2024-12-20")
    assert extraction.document.jurisdiction == "TJ"
    facts = [f for f in extraction.facts if f.value is not None]
    assert facts and facts[0].dimensions.get("country") == expected
