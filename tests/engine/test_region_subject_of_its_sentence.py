"""A region that opens its sentence as who acts ('Павлодарская область привезла 300 ..., а
затем приняла ещё 80') places each figure of the sentence, not only the first."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def regions(text: str) -> list:
    document = Document(text=text, published="2021-06-05")
    return [(f.value, f.dimensions.get("region")) for f in extract(document).facts if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Казахстан вместо России\n\nМигранты всё чаще едут в Казахстан.\n\nРегионы сами ищут "
     "работников. Павлодарская область в мае привезла из Узбекистана на стройки 300 рабочих, а в "
     "июне приняла ещё 80 узбекских мигрантов.",
     [(300, "KZ-55"), (80, "KZ-55")]),
])
def test_the_subject_region_places_every_figure(text, expected):
    assert regions(text) == expected
