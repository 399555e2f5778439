"""Counts the press writes in words: collective numerals ('пятеро', 'троих') and small number
words that are later items of a breakdown ('…, трое — Казахстана', 'из Ирана – одна семья')."""
import pytest

from engine_helpers import facts_of


def by_value(text: str) -> dict[float, dict]:
    return {f.value: f.dimensions for f in facts_of(text) if f.value is not None}


@pytest.mark.parametrize("text, value", [
    ("В Самарской области из России выдворили пятеро иностранцев, нарушивших режим пребывания.", 5),
    ("По итогам проверки рынка полицейские доставили в отдел четверых мигрантов без патентов.", 4),
    ("На стройке задержали семерых иностранных граждан, работавших без разрешений.", 7),
    ("Двое граждан Таджикистана въехали в страну, несмотря на запрет на въезд.", 2),
])
def test_a_collective_numeral_counts_people(text, value):
    assert value in by_value(text)


@pytest.mark.parametrize("text, expected", [
    ("Всего выявлено 27 нарушителей-иностранцев: 22 гражданина Киргизии, трое — Армении "
     "и двое — Таджикистана.", {22: "KG", 3: "AM", 2: "TJ"}),
    ("За месяц из-за рубежа прибыли 40 кандасов: 31 гражданин Китая, шестеро – Монголии "
     "и один – Туркменистана.", {31: "CN", 6: "MN", 1: "TM"}),
    ("В область переехали 60 семей кандасов: из Узбекистана – 52 семьи, из Китая – пять, "
     "из Ирана – одна семья.", {52: "UZ", 5: "CN", 1: "IR"}),
])
def test_number_words_are_items_of_a_breakdown_by_country(text, expected):
    found = by_value(text)
    for value, country in expected.items():
        assert found.get(value, {}).get("country") == country, (value, found)


def test_number_words_are_items_of_a_breakdown_by_place():
    found = by_value("Из 90 семей переселенцев 70 остались в Актау, восемь – в Жанаозене, "
                     "семь – в Бейнеу.")
    assert {8, 7} <= set(found)


@pytest.mark.parametrize("text", [
    # a number word after a dash that goes on as a clause of its own
    "На учёте состоят 120 тыс. мигрантов, а договоров у них 200 тыс. — один человек может "
    "заключить несколько.",
    # 'один из' names one of many, not one person
    "В области работают 3 200 мигрантов, и один – из Турции, один из крупнейших подрядчиков.",
])
def test_a_small_word_that_is_no_item_stays_a_word(text):
    assert 1 not in by_value(text)


@pytest.mark.parametrize("text", [
    "Он уехал на заработки в Россию, чтобы кормить жену и четверых детей.",
    "Трудовой мигрант, отец троих сыновей, вернулся из Москвы на родину.",
])
def test_the_size_of_a_migrants_family_is_no_count(text):
    assert not [f for f in facts_of(text) if f.value is not None and f.value < 10]
