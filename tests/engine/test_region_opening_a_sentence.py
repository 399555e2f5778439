"""A region named first in a sentence as the one who acts ('Павлодарская область приняла',
'Туркестанская область выдала') is the place of the figures, not a dateline: only a word in
capitals ('АСТАНА. KAZINFORM'), a date or an agency after it makes one ('Ташкент, Узбекистан
(UzDaily.uz)'). A headline that ranks its region among others ('в числе лидеров') places none
of the country's figures below it."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def regions(text: str) -> list:
    document = Document(text=text, published="2025-11-20")
    return [f.dimensions.get("region") for f in extract(document).facts if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Павлодарская область приняла более 400 кандасов\n"
     "С начала года в регион переехали 412 этнических казахов.", "KZ-55"),
    ("Ростовская область за год выдала 5 300 патентов иностранным гражданам.", "RU-ROS"),
    ("ТАШКЕНТ, 20 ноября. В Россию на заработки выехали 250 тысяч граждан Узбекистана.", None),
    ("Ташкент, Узбекистан (UzDaily.uz) -- В России работают около 900 тысяч трудовых мигрантов "
     "из Узбекистана.", None),
    ("Жамбылская область снова в числе лидеров по приёму кандасов\n"
     "По данным министерства, с начала года статус кандаса получили 7 200 этнических казахов.",
     None),
])
def test_the_region_a_sentence_opens_with(text, expected):
    found = regions(text)
    assert found and all(region == expected for region in found)
