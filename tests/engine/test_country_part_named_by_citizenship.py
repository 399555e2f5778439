"""A part of a count labelled by the citizenship of its people takes that citizenship.

'540 этнических казахов, 310 из них — граждане Узбекистана': the label after the dash names
the people of the part by their citizenship ('граждане', 'уроженцы', 'выходцы из'), as a
bare state name would ('310 — из Узбекистана'); the part is an item by that country.
"""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def country_of(text: str, value: float) -> object:
    extraction = extract(Document(text=text, published="2024-03-10"))
    found = [f for f in extraction.facts if f.value == value]
    assert len(found) == 1, [(f.value, f.evidence.text) for f in extraction.facts]
    return found[0].dimensions.get("country")


@pytest.mark.parametrize("text, value, country", [
    ("Кандасы в Актюбинской области\nС начала года статус кандаса в области получили 540 "
     "этнических казахов, 310 из них — граждане Узбекистана.", 310, "UZ"),
    ("Кандасы в Павлодаре\nЗа полгода в Павлодарскую область переселились 1 200 этнических "
     "казахов, 870 из них — выходцы из Монголии.", 870, "MN"),
])
def test_the_part_takes_the_citizenship_its_label_names(text, value, country):
    assert country_of(text, value) == country
