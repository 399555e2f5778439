"""A place named as an end of a route the people travel ('рейсом Бишкек — Москва', 'поездом
Москва – Худжанд') or of a span of the map they are spread over ('от Бреста до Владивостока')
is no region of the figure; a place the figure is counted in still is."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def regions(text: str) -> list:
    document = Document(text=text, published="2024-05-14")
    return [(f.value, f.dimensions.get("region")) for f in extract(document).facts if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Чартерным рейсом Ташкент — Сеул в Корею на сезонные работы вылетели 85 граждан Узбекистана.",
     [(85, None)]),
    ("Вчера поездом Москва – Худжанд на родину вернулись 140 трудовых мигрантов из Таджикистана.",
     [(140, None)]),
    ("На стройках и рынках России – от Калининграда до Сахалина – работают около 300 тысяч мигрантов из Кыргызстана.",
     [(300000, None)]),
    # near miss: the city the people are counted in keeps its region
    ("В Ташкенте на учёт поставлены 85 иностранных граждан, прибывших на работу.",
     [(85, "UZ-TK")]),
])
def test_route_or_span_places_no_figure(text, expected):
    assert regions(text) == expected
