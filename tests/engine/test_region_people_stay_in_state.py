"""In a text about one region, the state named only in what the people did or where they
stayed ('нарушивших правила пребывания в стране', 'находившихся в России нелегально') tells who
they are: the figure is still the region's. A sentence about the whole country is not."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def regions(text: str) -> list:
    document = Document(text=text, published="2025-03-21")
    return [(f.value, f.dimensions.get("region")) for f in extract(document).facts if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("В Караганде подвели итоги рейда «Мигрант»\n"
     "Иностранцев, не соблюдавших правила пребывания в стране, задерживали: 148 иностранных граждан "
     "помещены в приемник-распределитель.",
     [(148, "KZ-35")]),
    ("В Новосибирской области проверили рынки\n"
     "Полицейские доставили в отделы около 90 иностранцев, чтобы проверить законность пребывания в стране.",
     [(90, "RU-NVS")]),
    ("Из Псковской области выдворены 12 нелегалов\n"
     "С начала года из региона выдворены уже 240 иностранцев, находившихся в России нелегально.",
     [(12, "RU-PSK"), (240, "RU-PSK")]),
    # near miss: the whole country's figure stays national
    ("В Караганде подвели итоги рейда «Мигрант»\n"
     "Всего в стране за неделю выявлено 3 100 иностранцев без документов.",
     [(3100, None)]),
])
def test_state_of_the_people_keeps_the_region(text, expected):
    assert regions(text) == expected
