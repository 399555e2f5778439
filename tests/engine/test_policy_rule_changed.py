"""A rule changed, told by a short passive participle next to the rule in either order
('установлена допустимая доля', 'изменены правила', 'правила пребывания обновлены'), and an act
that 'вступает в действие', are adopted measures."""
import pytest

from engine_helpers import facts_of, only

LEAD = "Министерство труда 12 марта сообщило о трудовой миграции.\n"


@pytest.mark.parametrize("text", [
    "Постановлением правительства на будущий год установлена допустимая доля иностранных работников в торговле.",
    "Приказом министерства изменены правила выдачи разрешений иностранным работникам.",
    "Для иностранных студентов расширен перечень специальностей, по которым можно работать.",
    "Правила пребывания иностранцев в стране обновлены.",
    "Для трудовых мигрантов скорректирован порядок продления патентов.",
    "С понедельника вступают в действие новые требования к иностранным работникам.",
])
def test_a_rule_changed_told_by_a_participle_is_an_adopted_measure(text):
    fact = only(facts_of(LEAD + text))
    assert (fact.category, fact.value, fact.status) == ("policy", None, "adopted")


@pytest.mark.parametrize("text", [
    # a participle with no rule next to it
    "Мигрантам установлен памятник в центре города.",
    # a rule with no participle of change
    "Правила пребывания иностранцев в стране известны давно.",
])
def test_a_participle_or_a_rule_alone_is_no_measure(text):
    assert [f for f in facts_of(LEAD + text) if f.category == "policy"] == []
