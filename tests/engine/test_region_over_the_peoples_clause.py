"""In a text about one region, the reporting state named inside the clause that tells who the
people counted are ('нарушивших правила пребывания в России', 'которые пытались въехать в
Казахстан') does not make the figure the country's: it stays the region's."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def regions(text: str) -> list:
    document = Document(text=text, published="2025-03-10")
    return [f.dimensions.get("region") for f in extract(document).facts if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Из Омской области выдворены 35 иностранцев\n"
     "За неделю приставы выдворили 35 иностранных граждан, нарушивших правила пребывания в России.",
     ["RU-OMS", "RU-OMS"]),
    ("В Жамбылской области выдворили 12 иностранцев\n"
     "Полиция выдворила из страны 12 иностранных граждан, которые пытались въехать в Казахстан "
     "по поддельным документам.",
     ["KZ-31", "KZ-31"]),
])
def test_the_peoples_clause_keeps_the_region(text, expected):
    assert regions(text) == expected
