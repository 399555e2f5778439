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
