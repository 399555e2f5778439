"""People who came or were brought back home are a count with no indicator (corpora/README.md,
'No fitting indicator'), whatever noun names them; the dead brought home are no count."""
import pytest

from engine_helpers import facts_of
from extractor.engine.pipeline import is_topical_document


def counted(text):
    return {(f.value, f.indicator, f.dimensions.get("country")) for f in facts_of(text, "2025-09-01")
            if f.value is not None}


@pytest.mark.parametrize("text, expected", [
    ("Агентство миграции Узбекистана подвело итоги. С начала акции из России на родину вернулись 512 человек.",
     {(512, None, "RU")}),
    ("Агентство миграции Таджикистана сообщает. Власти помогли вернуться домой из Турции 38 согражданам, оказавшимся без средств.",
     {(38, None, "TR")}),
    ("Агентство миграции Кыргызстана сообщает. За месяц на родину вернулся 207 соотечественник, в основном женщины с детьми.",
     {(207, None, None)}),
    ("Агентство миграции Узбекистана сообщает. Из Казахстана возвращены домой 64 земляка, потерявшие документы.",
     {(64, None, "KZ")}),
])
def test_people_returned_home_are_counted_with_no_indicator(text, expected):
    assert counted(text) == expected


@pytest.mark.parametrize("text", [
    "Миграция. Из России на родину доставлены тела 12 умерших граждан.",
    "Трудовые мигранты. На родину возвращены тела девяти скончавшихся в России мигрантов.",
])
def test_the_dead_brought_home_are_no_count(text):
    assert counted(text) == set()


@pytest.mark.parametrize("text", [
    "Агентство миграции Узбекистана сообщает. Из Москвы на родину вернут 140 граждан.",
    "Агентство миграции Таджикистана сообщает. До конца месяца домой вернутся 75 соотечественников.",
])
def test_a_return_still_to_come_is_no_count(text):
    assert counted(text) == set()


@pytest.mark.parametrize("text, value", [
    ("Специальным рейсом из Новосибирска на родину вернулись 214 граждан Кыргызстана.", 214),
    ("За неделю на родину доставлены автобусами 1 тысяча 380 наших граждан.", 1380),
    ("Из Екатеринбурга на родину возвращены 175 человек, среди них женщины и дети.", 175),
])
def test_a_text_on_citizens_brought_home_is_read(text, value):
    assert [f.value for f in facts_of(text, "2025-09-01") if f.value is not None] == [value]


@pytest.mark.parametrize("text", [
    "Агентство миграции сообщает. Более двух тысяч граждан просят вернуть их на родину.",
    "Агентство миграции сообщает. Около 900 соотечественников хотят вернуться на родину.",
])
def test_a_return_only_asked_for_is_no_count(text):
    assert counted(text) == set()


@pytest.mark.parametrize("text", [
    "Телеканал показал анонс документального фильма «Путь на родину» о событиях 2014 года.",
    "Поэт посвятил родному городу цикл стихов «Письма на родину», изданный тиражом 3 тыс. экземпляров.",
])
def test_home_without_a_return_is_no_topic(text):
    assert not is_topical_document(text)
