"""A row of a regional list that opens with its region and a dash, then the change of its
level ('Курская область — с 410 до 380;') or a qualified level ('— более 400', '— до 250'),
labels its figure: the region is no dateline."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def regions(text: str) -> list:
    document = Document(text=text, published="2022-01-18")
    return [(f.value, f.dimensions.get("region")) for f in extract(document).facts if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Минтруд изменил распределение квот на разрешения на работу. По отдельным регионам:\n"
     "Курская область — с 410 до 380;\nТверская область — с 1 250 до 1 300.",
     [(380, "RU-KRS"), (1300, "RU-TVE")]),
    ("Квоты на 2022 год распределены между регионами.\n"
     "Тамбовская область — более 400 разрешений на работу;\n"
     "Орловская область — до 250 разрешений на работу.",
     [(400, "RU-TAM"), (250, "RU-ORL")]),
])
def test_a_row_labels_its_change(text, expected):
    assert regions(text) == expected
