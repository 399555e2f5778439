"""Leaving into a state is told from where the people left.

No state says its own people 'выехали в Россию': a text that the engine reads as Russia's
(a Russian site, Russian bodies named) and that says a state's people left into Russia tells
the move as the sending state counts it, so the figure is that state's people abroad, and its
country is where they went (corpora/README.md: for a state's own citizens abroad the country
is the destination). Arrivals, the host's own statistics and parts of the figure with a verb
of their own stay the host's count, by citizenship.
"""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document

URL = "https://news.example.ru/migration/2025/10/31/item.html"


def facts_at(text: str) -> tuple:
    extraction = extract(Document(text=text, published="2025-10-31", url=URL))
    return extraction.document.jurisdiction, extraction.facts


def country_of(text: str, value: float) -> object:
    jurisdiction, facts = facts_at(text)
    assert jurisdiction == "RU"
    found = [f for f in facts if f.value == value]
    assert len(found) == 1, [(f.value, f.evidence.text) for f in facts]
    return found[0].dimensions.get("country")


@pytest.mark.parametrize("text, value", [
    ("Трудовая миграция в Россию\nПо словам министра, за девять месяцев в Россию выехали "
     "412 тысяч 300 граждан Таджикистана.", 412300),
    ("Мигранты едут в Россию\nС начала года на заработки в Российскую Федерацию уехали более "
     "12,5 тысячи жителей Хатлонской области.", 12500),
    ("Авиарейсы в Россию\nЗа квартал в Россию вылетели 48 тысяч граждан Узбекистана, рассказал "
     "посол республики.", 48000),
])
def test_people_gone_into_the_state_the_text_reads_as_are_counted_there(text, value):
    assert country_of(text, value) == "RU"


@pytest.mark.parametrize("text, value, country", [
    # the host's own statistics count who came in by citizenship
    ("Мигранты в России\nПо данным Росстата, за полгода в Россию уехали 26 тысяч кыргызстанцев.",
     26000, "KG"),
    # a verb of arrival is the host's side of the move
    ("Мигранты в России\nЗа полгода в Россию прибыли 26 тысяч кыргызстанцев.", 26000, "KG"),
    # a part of the figure with a verb of its own is not told by the verb of leaving
    ("Мигранты в России\nЗа полгода в Россию выехали 638 тысяч граждан Таджикистана, 546 тысяч "
     "из них встали на миграционный учёт.", 546000, "TJ"),
])
def test_the_hosts_own_count_keeps_the_citizenship(text, value, country):
    assert country_of(text, value) == country
