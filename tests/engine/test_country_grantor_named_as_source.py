"""The state granting its citizenship is the host, though the sentence names it as a source too.

'По данным МВД России, гражданство России получили N граждан Таджикистана': the state whose
citizenship or passports are granted is where the people settle, and the people are counted
by their own citizenship (corpora/README.md: the origin for immigrants), also when the same
state opens the sentence as the body that gave the data, and whoever reports.
"""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def country_of(text: str, value: float, url: str) -> object:
    extraction = extract(Document(text=text, published="2024-03-10", url=url))
    found = [f for f in extraction.facts if f.value == value]
    assert len(found) == 1, [(f.value, f.evidence.text) for f in extraction.facts]
    return found[0].dimensions.get("country")


@pytest.mark.parametrize("text, value, url, country", [
    ("Таджикистанцы получают паспорта\nПо данным МВД РФ, за полугодие гражданство России "
     "получили 41250 граждан Таджикистана — на 12% больше, чем годом ранее.",
     41250, "https://asiaplus.tj/news/2024/03/10/item.html", "TJ"),
    ("Кыргызстанцы и паспорта\nСогласно статистике МВД России, с января по сентябрь гражданство "
     "России получили 18 тысяч 400 граждан Кыргызстана.",
     18400, "https://24.kg/news/2024/03/10/item.html", "KG"),
])
def test_the_people_keep_their_citizenship_beside_the_source(text, value, url, country):
    assert country_of(text, value, url) == country
