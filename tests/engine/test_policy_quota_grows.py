"""A quota or its places changed by a verb of growth are a rule's new level, not a number that grew
by itself: 'Квота составляла 8 тысяч мест, в 2024 году она увеличится до 10 тысяч' gives a policy
fact of 10 000 with the old level 8 000; people whose number grew stay a count."""
import pytest

from engine_helpers import facts_of


def level(text, value):
    found = [f for f in facts_of(text, published="2023-10-06") if f.value == value]
    assert len(found) == 1, [(f.category, f.value) for f in found]
    return found[0]


@pytest.mark.parametrize("text", [
    "Квота на сезонных работников из Кыргызстана в этом году составляла 8 тысяч мест, "
    "в 2024 году она увеличится до 10 тысяч.",
    "В прошлом году квота на сезонных работников из Кыргызстана составляла 8 000 мест, "
    "в следующем году она вырастет до 10 000.",
])
def test_a_quota_that_grows_is_a_new_level_of_the_rule(text):
    fact = level(text, 10000)
    assert (fact.category, fact.previous) == ("policy", 8000)


@pytest.mark.parametrize("text", [
    "Число трудовых мигрантов из Кыргызстана в Англии в прошлом году составляло 8 000 человек, "
    "в этом году оно выросло до 10 000.",
    "В прошлом году в Англии работали 8 000 мигрантов из Кыргызстана, в этом году их число выросло до 10 000.",
    "Число трудовых мигрантов из Кыргызстана, работающих в Англии, в этом году увеличилось до 10 тысяч.",
])
def test_people_whose_number_grew_stay_a_count(text):
    assert level(text, 10000).category == "count"
