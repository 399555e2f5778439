"""A bare figure with 'из них' right after it ('Почти 15 000 из них прошли отбор', '218 из них —
граждане России') is a part of the count just given, in its sentence or the one before: a
count of the same people, with the total's indicator and time unless its own words say other."""
import pytest

from engine_helpers import facts_of


@pytest.mark.parametrize("text, value, total", [
    ("На портале трудоустройства за рубежом записались свыше 30 000 человек. Около 12 000 из "
     "них уже прошли первый отбор.", 12000, 30000),
    ("Сейчас в центре временного содержания находятся 140 граждан Кыргызстана. Для 120 из них "
     "уже готовы документы на возвращение.", 120, 140),
    ("В области заявления на статус кандаса подали 310 этнических казахов, 290 из них — граждане "
     "Узбекистана.", 290, 310),
])
def test_a_part_of_them_is_a_count_of_the_same_people(text, value, total):
    facts = facts_of(text)
    whole = next(f for f in facts if f.value == total)
    part = [f for f in facts if f.value == value]
    assert [(f.category, f.unit, f.indicator) for f in part] == [("count", "person", whole.indicator)]
    assert part[0].time == whole.time or part[0].time.period or part[0].time.as_of


@pytest.mark.parametrize("text, value", [
    # a share of them is read by its own words, money is no part of people
    ("За год выдворены 2 400 иностранцев. На 300 из них наложены штрафы по 5 000 рублей.", 5000),
    # a year after a count is no part of it
    ("В центре содержатся 140 мигрантов. В 2023 из них вернулись домой многие.", 2023),
])
def test_other_figures_near_a_part_are_not_counts(text, value):
    assert [f for f in facts_of(text) if f.value == value] == []


@pytest.mark.parametrize("text, value, total", [
    # 'из них' told before the part, in the next sentence or after a dash
    ("В прошлом году статус кандаса получили 2 500 этнических казахов. Из них 1 700 поселились "
     "в северных областях.", 1700, 2500),
    ("Из республики на постоянное жительство выехали 9 400 человек. Больше половины из них — "
     "5 200 человек — женщины.", 5200, 9400),
    ("За квартал выдано 3 100 разрешений на работу иностранцам, из них 2045 оформлены на "
     "граждан Китая.", 2045, 3100),
])
def test_a_part_opened_by_of_them_is_a_count_of_the_same_things(text, value, total):
    facts = facts_of(text)
    whole = next(f for f in facts if f.value == total)
    part = [f for f in facts if f.value == value]
    assert [(f.category, f.indicator) for f in part] == [("count", whole.indicator)]


def test_a_part_by_sex_takes_no_country_from_its_total():
    facts = facts_of("В центре временного содержания находятся 140 граждан Кыргызстана. Из них "
                     "25 женщин.")
    assert [f.dimensions.get("country") for f in facts if f.value == 25] == [None]


def test_a_year_after_of_them_stays_a_year():
    facts = facts_of("В 2023 году выдано 3 100 разрешений, из них в 2024 году продлено 900.")
    assert [f for f in facts if f.value == 2024] == []
