"""In a text headed by one region, a measure the head of state ordered ('Глава государства
поручил', 'Президент поручил') is the state's, not the region's."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def measure_regions(text: str) -> list:
    document = Document(text=text, published="2025-08-20")
    return [f.dimensions.get("region") for f in extract(document).facts if f.value is None]


@pytest.mark.parametrize("text", [
    "В Жамбылской области пресекли канал незаконной миграции\n"
    "Полиция задержала организаторов канала. Напомним, глава государства поручил ужесточить "
    "контроль за привлечением иностранной рабочей силы.",
])
def test_head_of_state_measure_is_national(text):
    found = measure_regions(text)
    assert found and all(region is None for region in found)
