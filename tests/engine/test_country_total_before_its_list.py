"""A total that opens a list by citizenship is the whole, of no one country.

'выявлено 41 иностранца: 30 граждан Узбекистана, шесть — Таджикистана': the items after the
colon or bracket each name their own citizenship; the total before them counts all of them
and takes none (corpora/README.md: a breakdown gives one fact per item, plus the total).
"""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def dimensions_at(text: str) -> dict:
    extraction = extract(Document(text=text, published="2024-03-10"))
    return {f.value: f.dimensions.get("country") for f in extraction.facts}


@pytest.mark.parametrize("text, expected", [
    ("Рейд в Актобе\nВ ходе рейда полицейские Актобе выявили 41 иностранца: 30 граждан "
     "Узбекистана, шесть — Таджикистана и пять — Кыргызстана.",
     {41: None, 30: "UZ", 6: "TJ", 5: "KG"}),
    ("Разрешения на работу\nС начала года разрешения на работу в Хатлонской области получили "
     "540 иностранных граждан: 410 граждан Китая, 52 гражданина Ирана и 78 – из других государств.",
     {540: None, 410: "CN", 52: "IR", 78: None}),
])
def test_the_total_opening_a_list_takes_no_items_country(text, expected):
    assert dimensions_at(text) == expected
