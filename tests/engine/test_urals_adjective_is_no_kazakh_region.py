"""'Уральском' is both the instrumental of the city Уральск and the prepositional of the
adjective of the Urals; a figure of the Ural federal district or the Ural region of Russia
is never of West Kazakhstan, nor of the state Kazakhstan."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def places(text: str) -> list:
    document = Document(text=text, published="2024-03-01")
    return [(f.value, f.dimensions.get("region"), f.dimensions.get("country"))
            for f in extract(document).facts if f.value is not None]


@pytest.mark.parametrize("text", [
    "В Уральском федеральном округе за прошлый год патенты оформили 48 тысяч иностранцев.",
    "В Уральском регионе в 2023 году на учёт встали 31 тыс. иностранных граждан.",
    "По Уральскому федеральному округу выдано 9 500 разрешений на работу мигрантам в 2022 году.",
])
def test_a_figure_of_the_urals_takes_no_kazakh_region_or_country(text):
    found = places(text)
    assert found and all(region is None or not region.startswith("KZ") for _, region, _ in found)
    assert all(country != "KZ" for _, _, country in found)


@pytest.mark.parametrize("text", [
    "В Уральске в 2023 году на учёт встали 2 400 трудовых мигрантов.",
    "Из Уральска в 2022 году выехали 1 700 жителей на постоянное место жительства.",
])
def test_the_city_uralsk_still_stands_for_west_kazakhstan(text):
    found = places(text)
    assert found and all(region == "KZ-27" for _, region, _ in found)
