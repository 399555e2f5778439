"""A short report naming citizens of a sending state and the purpose of their trip, with no
word of migration in it: an entry for work is on topic and a fact of its own."""
import pytest

from engine_helpers import facts_of


def facts(text, published="2023-03-01"):
    return [(f.value, f.indicator, (f.dimensions or {}).get("country"))
            for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("В 2022 году в Россию въехали 2,1 млн граждан Узбекистана с целью работы.",
     [(2100000, "entries_for_work", "UZ")]),
    ("В прошлом году с целью работы в Россию прибыли 1,4 млн граждан Таджикистана.",
     [(1400000, "entries_for_work", "TJ")]),
    ("За 2022 год для работы в Россию въехало 650 тыс. граждан Кыргызстана.",
     [(650000, "entries_for_work", "KG")]),
    ("С целью трудоустройства в 2021 году в Россию въехали 400 тыс. граждан Республики Таджикистан.",
     [(400000, "entries_for_work", "TJ")]),
])
def test_citizens_who_came_with_the_purpose_of_work(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Всего за 9 месяцев 2022 года в Россию приехали 2,1 млн граждан Узбекистана, из них "
     "1,2 млн указали целью поездки работу.", (1200000, "entries_for_work", "UZ")),
    ("За полгода в Россию въехали 1,8 млн граждан Таджикистана, 900 тыс. из них назвали целью "
     "поездки работу.", (900000, "entries_for_work", "TJ")),
    ("Целью поездки работу указали 700 тыс. граждан Кыргызстана, въехавших в Россию в 2022 году.",
     (700000, "entries_for_work", "KG")),
])
def test_those_who_named_work_as_the_purpose_of_the_trip(text, expected):
    assert expected in facts(text)


@pytest.mark.parametrize("text, expected", [
    ("3 000 узбекистанцев направлены на работу в Россию.", [(3000, "citizens_placed_abroad", "RU")]),
    ("На работу в Южную Корею направлены 1 500 граждан Узбекистана.",
     [(1500, "citizens_placed_abroad", "KR")]),
    ("С начала года в Германию на работу отправлены 800 кыргызстанцев.",
     [(800, "citizens_placed_abroad", "DE")]),
])
def test_citizens_sent_to_work_are_counted_by_destination(text, expected):
    assert facts(text) == expected


def test_visits_of_citizens_with_no_word_of_work_stay_unread():
    assert facts("В 2022 году Турцию посетили 500 тыс. граждан Узбекистана как туристы.") == []
