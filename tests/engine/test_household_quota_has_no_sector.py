"""The quota for labour immigrants in households is of households by what it is: its level
takes no sector 97 of its own; a count of immigrants by branch ('работают в домашнем
хозяйстве') still does."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def facts(text: str) -> list:
    document = Document(text=text, published="2025-12-20")
    return [(f.indicator, f.value, f.dimensions.get("sector")) for f in extract(document).facts
            if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Квота на привлечение трудовых иммигрантов для работы в домашних хозяйствах на 2026 год "
     "установлена в размере 3,1% к численности рабочей силы.",
     [("household_immigrant_quota", 3.1, None)]),
])
def test_the_household_quota_level(text, expected):
    assert facts(text) == expected
