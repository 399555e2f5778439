"""The host named as the source of a figure ('по данным российской стороны') is no label of it.

'По данным российской стороны, с начала года туда въехали 900 тыс. граждан Узбекистана, им
оформлено 410 тыс. патентов' in an Uzbek release: the host's own count of entries and patents,
by the people's citizenship (corpora/README.md: a host's register is by citizenship); the
adjective names the body that gave the data, not the country of the figures.
"""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document

URL = "https://uza.uz/ru/posts/2026/03/10/item.html"


def country_of(text: str, value: float) -> object:
    extraction = extract(Document(text=text, published="2026-03-10", url=URL))
    found = [f for f in extraction.facts if f.value == value]
    assert len(found) == 1, [(f.value, f.evidence.text) for f in extraction.facts]
    return found[0].dimensions.get("country")


@pytest.mark.parametrize("text, value, country", [
    ("Трудовая миграция за полгода\nАгентство по внешней трудовой миграции подвело итоги "
     "полугодия. По данным российской стороны, за полгода с целью работы туда въехали 900 тыс. "
     "граждан Узбекистана, им оформлено около 410 тыс. патентов.", 410000, "UZ"),
    ("Трудовая миграция за полгода\nАгентство по внешней трудовой миграции подвело итоги "
     "полугодия. По данным российской стороны, за полгода с целью работы туда въехали 900 тыс. "
     "граждан Узбекистана, им оформлено около 410 тыс. патентов.", 900000, "UZ"),
])
def test_the_source_sides_state_is_no_country_of_the_figures(text, value, country):
    assert country_of(text, value) == country
