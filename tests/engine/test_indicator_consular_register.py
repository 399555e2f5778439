"""A consulate's register of its own citizens abroad and organised recruitment, told with no
word of migration: on topic, and counted as what they are, not as a host's register."""
import pytest

from engine_helpers import facts_of


def facts(text, published="2023-05-01"):
    return [(f.value, f.indicator, (f.dimensions or {}).get("country"))
            for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("В консульствах Узбекистана в России на учет встали 150 тыс. граждан.",
     [(150000, "citizens_registered_abroad", "RU")]),
    ("На консульском учете в Турции состоят 40 тыс. граждан Кыргызстана.",
     [(40000, "citizens_registered_abroad", "TR")]),
])
def test_a_consulates_register_counts_citizens_registered_abroad(text, expected):
    assert facts(text) == expected


def test_a_consulates_register_in_a_city_abroad():
    text = "В генконсульстве в Новосибирске на учете состоят 20 тыс. граждан Кыргызстана."
    assert [(value, indicator) for value, indicator, _ in facts(text)] == [
        (20000, "citizens_registered_abroad")]


@pytest.mark.parametrize("text, expected", [
    ("Через организованный набор в Россию направлено 5 тыс. граждан.",
     [(5000, "citizens_placed_abroad")]),
    ("В рамках оргнабора в Южную Корею выехали 3 200 человек.", [(3200, "citizens_placed_abroad")]),
])
def test_organised_recruitment_with_no_word_of_migration(text, expected):
    assert [(value, indicator) for value, indicator, _ in facts(text)] == expected
