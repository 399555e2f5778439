"""The city where a meeting is to be held or took place ('встречу планируют провести в
Москве', 'переговоры пройдут в Ташкенте') is no place of the measure."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def measure_regions(text: str) -> list:
    document = Document(text=text, published="2016-02-05")
    return [f.dimensions.get("region") for f in extract(document).facts if f.value is None]


@pytest.mark.parametrize("text", [
    "Министерство труда Узбекистана подготовило проект соглашения об оргнаборе мигрантов. "
    "Обсуждение проекта стороны договорились провести в Москве в апреле.",
])
def test_a_meeting_place_is_no_region(text):
    found = measure_regions(text)
    assert found and all(region is None for region in found)
