"""A region named by its adjective in the plural before its people or bodies.

Regional outlets open on the region's adjective: 'Калужские приставы выслали 13 иностранцев',
'Омские полицейские выявили 40 нелегалов'. The figures are the region's, as with 'в Калужской
области'; a plural adjective that is no region's ('Уральские') names none.
"""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document

URL = "https://news.example.ru/region/2025/09/08/item.html"


def region_of(text: str, value: float):
    extraction = extract(Document(text=text, published="2025-09-08", url=URL))
    found = [f for f in extraction.facts if f.value == value]
    assert len(found) == 1, [(f.value, f.evidence.text) for f in extraction.facts]
    return found[0].dimensions.get("region")


@pytest.mark.parametrize("text, value, region", [
    ("Калужские приставы выслали 13 иностранцев\n\nО выдворении нелегалов рассказали в "
     "управлении ФССП.", 13, "RU-KLU"),
    ("Омские полицейские выдворили 40 нелегальных мигрантов\n\nВсех их оштрафовали.", 40, "RU-OMS"),
    ("Новосибирские приставы выдворили за год 1 120 иностранцев, нарушивших правила пребывания.",
     1120, "RU-NVS"),
])
def test_plural_adjective_names_the_region(text, value, region):
    assert region_of(text, value) == region


def test_a_plural_adjective_of_no_region_names_none():
    text = "Уральские приставы выдворили 40 нелегальных мигрантов\n\nВсех их оштрафовали."
    assert region_of(text, 40) is None
