"""Citizens of a sending state staying or working in a host state, told with no word of
migration in their sentence ('в России пребывали 412 тысяч 307 граждан РТ'): a count by their
citizenship, not a figure to pass over."""
import pytest

from engine_helpers import facts_of


@pytest.mark.parametrize("text, value", [
    ("Жизнь диаспоры. Многие семьи живут на деньги, которые присылают из-за границы.\n\n"
     "По сведениям ведомства, на 1 марта в России находились 412 тысяч 307 граждан Кыргызстана.",
     412307),
    ("Жизнь диаспоры. Многие семьи живут на деньги, которые присылают из-за границы.\n\n"
     "На начало года на территории России пребывали 930 510 граждан РТ.", 930510),
    ("Жизнь диаспоры. Многие семьи живут на деньги, которые присылают из-за границы.\n\n"
     "В настоящее время в России работают 640 тысяч граждан Кыргызской Республики.", 640000),
    ("Жизнь диаспоры. Многие семьи живут на деньги, которые присылают из-за границы.\n\n"
     "Сейчас в Казахстане проживают около 60 тысяч узбекистанцев.", 60000),
])
def test_citizens_of_a_sending_state_present_in_a_host_are_counted(text, value):
    assert [(f.category, f.unit) for f in facts_of(text) if f.value == value] == [("count", "person")]


def test_such_a_count_is_by_the_citizenship_named():
    text = ("Жизнь диаспоры. Многие семьи живут на деньги, которые присылают из-за границы.\n\n"
            "По сведениям ведомства, на 1 марта в России находились 412 тысяч 307 граждан Кыргызстана.")
    assert [f.dimensions.get("country") for f in facts_of(text) if f.value == 412307] == ["KG"]


@pytest.mark.parametrize("text", [
    # the people of a city, and citizens of a sending state with no verb of staying
    "Жизнь диаспоры. Многие семьи живут на деньги, которые присылают из-за границы.\n\n"
    "В городе проживают 412 тысяч человек.",
    "Жизнь диаспоры. Многие семьи живут на деньги, которые присылают из-за границы.\n\n"
    "Концерт посмотрели 3 тысячи граждан Кыргызстана.",
])
def test_other_people_are_not_counted(text):
    assert [f.value for f in facts_of(text) if f.value is not None] == []
