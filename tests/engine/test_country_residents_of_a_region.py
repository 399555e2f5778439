"""People named as residents of a region of their state keep that state as their citizenship.

'въезд в Россию закрыт для 2 410 жителей Хатлонской области': a host's count (bans,
deportations, patents) is by citizenship; residents of a Tajik region are Tajik citizens, and
the region's state is the country of the count (corpora/README.md: a host's list by
citizenship), not dropped as if it were only a place.
"""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document

URL = "https://news.example.ru/migration/2019/02/27/item.html"


def dimensions_of(text: str, value: float) -> dict:
    extraction = extract(Document(text=text, published="2019-02-27", url=URL))
    found = [f for f in extraction.facts if f.value == value]
    assert len(found) == 1, [(f.value, f.evidence.text) for f in extraction.facts]
    return found[0].dimensions


@pytest.mark.parametrize("text, value, country", [
    ("Запреты на въезд\nЗа 2018 год въезд в Российскую Федерацию оказался закрыт для 2410 "
     "жителей Хатлонской области: все они прежде были выдворены из России.", 2410, "TJ"),
    ("Запреты на въезд\nЗа прошлый год въезд в Российскую Федерацию закрыли 1 870 уроженцам "
     "Ошской области, сообщили в МВД.", 1870, "KG"),
])
def test_residents_of_a_region_take_its_state(text, value, country):
    assert dimensions_of(text, value).get("country") == country
