"""People a figure counts, named by a sending state's demonym ('17 узбекистанцев'), tie the
figure to migration as 'граждан Узбекистана' does: the verb before them tells the indicator."""
import pytest

from engine_helpers import facts_of


def counted(text):
    return {(f.value, f.indicator, f.dimensions.get("country")) for f in facts_of(text, "2025-09-01")
            if f.value is not None}


@pytest.mark.parametrize("text, expected", [
    ("Рейд в Москве. Полиция задержала 40 таджикистанцев.", {(40, "migration_violations", "TJ")}),
    ("Проверка на рынке. В ходе проверки задержаны 17 узбекистанцев.", {(17, "migration_violations", "UZ")}),
    ("Итоги рейда. Сотрудники полиции выявили 23 кыргызстанца.", {(23, "migration_violations", "KG")}),
])
def test_people_named_by_a_sending_demonym_are_counted(text, expected):
    assert counted(text) == expected


@pytest.mark.parametrize("text", [
    "Спорт. В турнире по футболу сыграли 40 таджикистанцев.",
    "Рейд в Москве. Полиция задержала 40 человек.",
])
def test_no_count_without_a_migration_verb_or_people_of_a_sending_state(text):
    assert counted(text) == set()
