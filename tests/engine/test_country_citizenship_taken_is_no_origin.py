"""The state whose citizenship is granted or taken is not the citizenship of the people counted.

'российского гражданства лишили 640 человек': the adjective names the citizenship taken away,
the host's own, not who the people are; with no other state named, the count has no country.
The instrumental of the holders ('патенты получены гражданами Узбекистана') still names them.
"""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document

URL = "https://news.example.ru/migration/2025/07/20/item.html"


def countries_at(text: str) -> dict:
    extraction = extract(Document(text=text, published="2025-07-20", url=URL))
    return {f.value: f.dimensions.get("country") for f in extraction.facts}


@pytest.mark.parametrize("text, value, country", [
    ("Итоги полугодия МВД\nЗа полгода из России выдворили 31 тысячу иностранцев. За то же время "
     "российского гражданства лишили 640 человек.", 640, None),
    ("Итоги полугодия МВД\nЗа полгода из России выдворили 31 тысячу иностранцев. За то же время "
     "гражданства России лишили 512 иностранцев.", 512, None),
])
def test_the_citizenship_taken_names_no_country(text, value, country):
    assert countries_at(text).get(value, "missing") == country


def test_the_holders_in_the_instrumental_keep_their_citizenship():
    text = ("Патенты в 2025 году\nЗа полгода в России выдано 1,1 млн патентов, больше всего "
            "патентов получено гражданами Узбекистана — 702 тыс.")
    assert countries_at(text).get(702000, "missing") == "UZ"
