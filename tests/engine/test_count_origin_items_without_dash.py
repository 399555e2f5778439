"""A list by origin written with no dashes: '8 выходцев из Узбекистана, трое из Киргизии и один
гражданин Казахстана'. Each later item is a figure of its own state, the one named right
after it, never the state of the item before."""
import pytest

from engine_helpers import facts_of

OPENING = "Калуга. Выдворение мигрантов. "


@pytest.mark.parametrize("text, expected", [
    (OPENING + "Из 14 выдворенных граждан 8 выходцев из Узбекистана, трое из Киргизии и двое из "
     "Армении.", {8: "UZ", 3: "KG", 2: "AM"}),
    (OPENING + "Из 14 выдворенных граждан 8 выходцев из Узбекистана, 3 из Киргизии и 2 из Армении.",
     {8: "UZ", 3: "KG", 2: "AM"}),
    (OPENING + "Из 12 выдворенных граждан 8 выходцев из Узбекистана, трое из Киргизии и один "
     "гражданин Казахстана.", {8: "UZ", 3: "KG", 1: "KZ"}),
])
def test_each_later_item_of_a_list_by_origin_has_its_own_state(text, expected):
    assert {f.value: f.dimensions.get("country") for f in facts_of(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # 'трое из них' is a part of the people before it, of their state
    (OPENING + "Выдворены 8 выходцев из Узбекистана, трое из них ранее судимы.", {8: "UZ", 3: "UZ"}),
])
def test_a_part_of_them_is_no_item_of_another_state(text, expected):
    assert {f.value: f.dimensions.get("country") for f in facts_of(text)} == expected
