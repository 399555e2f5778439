"""A body that changed a rule, told in the active voice ('Правительство изменило правила',
'министр приказом изменил порядок', 'Минтруд внёс изменения в перечень'), is an adopted
measure; told just before the rule's new levels, it is their header and the levels are the facts."""
import pytest

from engine_helpers import facts_of

LEAD = "В области работают 12 тыс. трудовых мигрантов.\n"


def measures(text):
    return [f for f in facts_of(text) if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text, expected", [
    ("Министр труда своим приказом изменил порядок выдачи иностранцам разрешений на работу.", "adopted"),
    ("Правительство обновило правила регистрации трудовых мигрантов в органах внутренних дел.", "adopted"),
    ("Министерство внесло изменения в перечень профессий для иностранных работников.", "adopted"),
    ("Кабинет министров скорректировал требования к иностранным работникам, приезжающим по визе.", "adopted"),
])
def test_a_rule_changed_is_an_adopted_measure(text, expected):
    found = measures(LEAD + text)
    assert [(f.status, f.evidence.sentence[:15]) for f in found] == [(expected, text[:15])]


def test_a_rule_changed_before_its_new_level_is_the_header_of_that_level():
    text = (LEAD + "Правительство изменило перечень иностранцев, которым не нужно разрешение на работу.\n"
            "Теперь без разрешения может работать первый руководитель юридического лица с иностранным участием, "
            "но не более одной единицы по каждой из этих должностей.")
    found = facts_of(text)
    assert [f.value for f in found if f.category == "policy"] == [1]
