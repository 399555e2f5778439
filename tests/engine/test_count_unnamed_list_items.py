"""A list by country whose first item names no measure (citizenship granted, people staying in
a host state): the next items, labelled beside their figures and with no unit of their own,
count what the first one counted."""
import pytest

from engine_helpers import facts_of


@pytest.mark.parametrize("text, expected", [
    # items in brackets after their labels, the unit given only with the first
    ("За первый квартал гражданство России получили 50 тыс. иностранцев. Гражданство получили "
     "выходцы из Армении (7,5 тыс. человек) и Казахстана (4,1 тыс.).",
     {50000: None, 7500: "AM", 4100: "KZ"}),
    # items after a dash
    ("Российское гражданство в прошлом году получили граждане Таджикистана — 60 тыс. человек, "
     "Армении — 20 тыс. и Казахстана — 9 тыс.",
     {60000: "TJ", 20000: "AM", 9000: "KZ"}),
    ("В Японии живут почти 3 млн иностранцев, из них граждан Китая — около 800 тыс. человек, "
     "Вьетнама — 500 тыс.",
     {3000000: None, 800000: "CN", 500000: "VN"}),
])
def test_the_next_items_of_a_list_with_no_measure_count_people(text, expected):
    facts = facts_of(text)
    assert {f.value: f.dimensions.get("country") for f in facts} == expected
    assert {f.unit for f in facts} == {"person"}


@pytest.mark.parametrize("text, expected", [
    # a place inside the item's country is no next item of the list
    ("За первый квартал гражданство России получили 50 тыс. иностранцев. Гражданство получили "
     "выходцы из Армении (7,5 тыс. человек), из них в Ереване (4,1 тыс.).",
     {50000, 7500}),
])
def test_a_figure_of_the_same_country_is_no_next_item(text, expected):
    assert {f.value for f in facts_of(text)} == expected
