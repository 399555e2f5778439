"""In a text headed by one region, a figure whose sentence names other regions only as where
the people went ('уехали: кто в Караганду, кто в Астану или Алматы') is still the region's."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def regions(text: str) -> list:
    document = Document(text=text, published="2023-03-10")
    return [(f.value, f.dimensions.get("region")) for f in extract(document).facts if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Около 400 переселенцев покинули Костанайскую область\n"
     "С 2018 года в область переехали 9 тысяч кандасов. Часть переехавших по программе — 412 человек — "
     "не остались и уехали: одни в Астану или Алматы, другие вернулись домой.",
     [(400, "KZ-39"), (9000, "KZ-39"), (412, "KZ-39")]),
])
def test_where_people_went_keeps_the_region(text, expected):
    assert regions(text) == expected
