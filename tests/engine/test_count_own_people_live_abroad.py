"""'в Казахстане живут 65 тысяч кыргызстанцев': 'живут' says what 'проживают' says, so a
state's own people living in a foreign country are its citizens abroad, counted by where
they live, and the items of the list after them are too. People of a city are no count."""
import pytest

from engine_helpers import facts_of

LEAD = "БИШКЕК, 3 февраля. Замминистра труда и миграции КР рассказал о кыргызстанцах за рубежом.\n\n"


def counted(text: str) -> dict[float, tuple]:
    return {f.value: (f.indicator, f.dimensions.get("country"))
            for f in facts_of(LEAD + text, published="2024-02-03") if f.value is not None}


@pytest.mark.parametrize("text, value, country", [
    ("По его словам, в Казахстане живут 65 тысяч кыргызстанцев.", 65000, "KZ"),
    ("Сейчас в Турции живут около 60 тысяч граждан Кыргызстана.", 60000, "TR"),
    ("В Южной Корее живут и работают более 20 тысяч кыргызстанцев.", 20000, "KR"),
])
def test_own_people_living_abroad_are_citizens_abroad(text, value, country):
    assert counted(text)[value] == ("citizens_abroad", country)


def test_the_list_after_them_counts_the_same_people():
    found = counted("В Казахстане живут 65 тысяч кыргызстанцев, в США – 36 тысяч, во Франции – 1,5 тысячи.")
    assert found[36000] == ("citizens_abroad", "US") and found[1500] == ("citizens_abroad", "FR")


def test_the_people_of_a_city_are_no_count():
    assert counted("В Бишкеке живут 1,1 млн человек.") == {}


def test_coming_to_live_is_an_arrival_not_a_stock():
    text = ("ТАШКЕНТ, 22 июля. Госкомстат Узбекистана подвёл итоги миграции за полгода.\n\n"
            "Приехали жить в Узбекистан за тот же период 1361 человек.")
    assert [f.indicator for f in facts_of(text, published="2019-07-22") if f.value == 1361] == ["immigrants_arrived"]
