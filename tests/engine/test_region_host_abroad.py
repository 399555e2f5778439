"""In a text about one region, a host's count told of another state ('из России выдворены',
'в Турции задержаны') is that state's figure, not the region's; items by origin of a list
('41 – из Узбекистана') stay the region's."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def regions(text: str) -> list:
    document = Document(text=text, published="2021-11-13")
    return [(f.value, f.dimensions.get("region")) for f in extract(document).facts if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("В Актюбинской области раскрыли канал незаконной миграции\n"
     "По официальным данным, в прошлом году из России были выдворены более 9,5 тыс. иностранцев.",
     [(9500, None)]),
])
def test_a_host_count_abroad_is_not_the_regions(text, expected):
    assert regions(text) == expected
