"""In a text headed by one region, a figure of people who came 'в страну' (into the whole
country) is the country's, not the region's."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def regions(text: str) -> list:
    document = Document(text=text, published="2025-08-17")
    return [(f.value, f.dimensions.get("region")) for f in extract(document).facts if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("В Новосибирской области проверили мигрантов\n"
     "По данным МВД России, в 2024 году в страну на работу прибыли более 5 млн иностранцев.",
     [(5000000, None)]),
])
def test_into_the_country_is_national(text, expected):
    assert regions(text) == expected
