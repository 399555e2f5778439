"""Acts passed, registered or kept in force: 'парламент принял закон',
'постановление подписал губернатор', 'власти сохранили
запрет', 'нормы заработают с марта' are measures enacted, in either word order."""
import pytest

from engine_helpers import facts_of, only

LEAD = "Новости о трудовой миграции и мигрантах.\n"


@pytest.mark.parametrize("text", [
    # the act passed, the verb before the act or after it, active or passive
    "В мае парламент принял закон, ужесточающий правила пребывания мигрантов.",
    "Сенаторы одобрили поправки о порядке найма иностранных работников.",
    # the act named first, with an adjective before it
    "Новое постановление о найме мигрантов утвердил глава области.",
    # a ban kept in force, a rule that takes effect
    "Власти региона сохранили на следующий год запрет на найм мигрантов в такси.",
    "Запрет на работу мигрантов в торговле начнёт действовать с марта.",
    "Новые нормы для трудовых мигрантов заработают с 1 июля.",
])
def test_an_act_passed_or_kept_is_an_enacted_measure(text):
    fact = only(facts_of(LEAD + text))
    assert (fact.category, fact.value, fact.status) == ("policy", None, "adopted")


@pytest.mark.parametrize("text", [
    # taking part, or a decision, is no act passed
    "Губернатор принял участие в обсуждении закона о трудовых мигрантах.",
    "Депутаты приняли решение вернуться к закону о мигрантах осенью.",
])
def test_taking_part_or_deciding_is_no_act(text):
    assert [f for f in facts_of(LEAD + text) if f.category == "policy"] == []
