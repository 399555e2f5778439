"""The state named in an entry ban is the ban's own words, not the place of a regional figure.

'По решению суда 123 иностранца выдворены с запретом въезда в Казахстан', 'Запрет на въезд в
Россию получили 293 иностранца': a regional office counts these in its region; the state
named after 'въезд' is where entry is barred, so the figure stays the region's. A flow into
the state ('в Россию въехали 1,7 млн') is still the whole country's.
"""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document

URL = "https://news.example.kz/region/2022/03/25/item.html"


def region_of(text: str, value: float):
    extraction = extract(Document(text=text, published="2022-03-25", url=URL))
    found = [f for f in extraction.facts if f.value == value]
    assert len(found) == 1, [(f.value, f.evidence.text) for f in extraction.facts]
    return found[0].dimensions.get("region")


@pytest.mark.parametrize("text, value, region", [
    ("Итоги операции\n\nВ Жамбылской области полиция выявила 504 иностранца, нарушивших "
     "законодательство.\n\nПо решению суда 123 иностранца выдворены с запретом въезда в "
     "Казахстан на пять лет.", 123, "KZ-31"),
    ("Мигранты в Прикамье\n\nВ январе – марте из Пермского края были выдворены 202 мигранта.\n\n"
     "Запрет на въезд в Россию получили 293 иностранных гражданина.", 293, "RU-PER"),
])
def test_the_barred_state_keeps_the_region(text, value, region):
    assert region_of(text, value) == region


def test_a_flow_into_the_state_is_national():
    text = ("Мигранты в Прикамье\n\nВ январе – марте из Пермского края были выдворены 202 "
            "мигранта.\n\nВсего в Россию за квартал въехали 1,7 млн иностранцев.")
    assert region_of(text, 1700000) is None
