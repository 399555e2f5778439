"""A state's capital named as the one who acts for the state ('Бишкек попросил', 'Ташкент и
Москва договорились') or as the state addressed ('предложил Москве') is that state, not the
city: its figures take no region of the capital; the city's own authorities ('власти Москвы')
and a figure placed in the city stay the city's."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def dimensions(text: str) -> list[dict]:
    document = Document(text=text, published="2024-06-03")
    return [f.dimensions for f in extract(document).facts if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Бишкек попросил Москву упростить правила для мигрантов\n"
     "Каждый год около 500 тысяч граждан Кыргызстана уезжают на заработки в Россию.",
     {"country": "RU"}),
    ("Ташкент предложил Москве расширить оргнабор до 100 тысяч мигрантов\n"
     "Узбекистан готов направлять в Россию больше работников: в прошлом году по оргнабору "
     "выехали 62 тысячи граждан республики.", {"country": "RU"}),
    ("Душанбе и Москва договорились о наборе 20 тысяч трудовых мигрантов.", {}),
])
def test_a_capital_acting_is_its_state(text, expected):
    found = dimensions(text)
    assert found and all(d.get("region") is None for d in found)
    assert all(d.get("country") == expected.get("country") for d in found)


@pytest.mark.parametrize("text, region", [
    ("Власти Москвы предложили сократить число патентов: в прошлом году выдано 300 тысяч патентов.",
     "RU-MOW"),
    ("В Бишкеке в прошлом году выявлено 1 200 иностранцев без разрешений на работу.", "KG-GB"),
])
def test_the_city_itself_stays_a_region(text, region):
    found = dimensions(text)
    assert found and all(d.get("region") == region for d in found)


@pytest.mark.parametrize("text", [
    "В Душанбе предупредили о выдворении из России 60 тыс. граждан Таджикистана\n"
    "По словам консула, в реестре контролируемых лиц числятся 60 тыс. таджикистанцев.",
])
def test_where_the_state_spoke_is_no_region(text):
    found = dimensions(text)
    assert found and all(d.get("region") is None for d in found)
