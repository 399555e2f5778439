"""The name of a body for work abroad given as the source of the figures ('директор Центра
трудоустройства граждан за рубежом', 'со ссылкой на Агентство внешней трудовой миграции') names
what the body does, not what the figures count: citizens working abroad stay citizens abroad,
and people placed by recruitment are not read as everyone abroad because of the body's name."""
import pytest

from engine_helpers import facts_of


def indicators(text, published="2024-08-01"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, value, expected", [
    ("На заработках за рубежом сейчас находятся 980 тысяч кыргызстанцев. Такие цифры привёл "
     "директор Центра трудоустройства граждан за рубежом при Министерстве труда.\n\n"
     "Больше всего мигрантов, по его словам, в России – 870 тысяч.", 870000, "citizens_abroad"),
    ("С января по май по линии организованного набора на работу в Россию отправились 18 400 "
     "граждан Узбекистана, сообщает агентство со ссылкой на Агентство внешней трудовой миграции.\n\n"
     "Еще 2 950 человек нашли работу в Казахстане, 710 – в Южной Корее.", 2950,
     "citizens_placed_abroad"),
])
def test_a_source_body_name_is_no_measure(text, value, expected):
    assert [i for v, i in indicators(text) if v == value] == [expected]


def test_the_body_placing_people_still_places_them():
    text = ("Центр трудоустройства граждан за рубежом отправил в Южную Корею еще 320 кыргызстанцев "
            "по программе EPS.")
    assert [i for v, i in indicators(text) if v == 320] == ["citizens_placed_abroad"]
