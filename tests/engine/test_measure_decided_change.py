"""A decision to change a rule or a quota ('власти решили упростить выдачу разрешений',
'правительство решило сократить квоту') is an adopted measure; a foreign state's own quota
told so is about work there, and carries that state. A decision to talk, or to change
something that is no rule, is no measure."""
import pytest

from engine_helpers import facts_of

HEADLINE = "Трудовая миграция: новые правила для иностранных работников\n"


def measures(text: str) -> list[tuple[str, str, object]]:
    return [(f.evidence.sentence, f.status, f.dimensions.get("country")) for f in facts_of(HEADLINE + text)
            if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text", [
    "Власти страны решили упростить выдачу разрешений на работу для мигрантов.",
    "Кабмин решил расширить перечень профессий для трудовых мигрантов.",
    "Правительство решило сократить квоту на привлечение иностранных работников.",
])
def test_a_decision_to_change_a_rule_is_an_adopted_measure(text):
    assert [(s, status) for s, status, _ in measures(text)] == [(text, "adopted")]


def test_a_foreign_states_own_quota_carries_that_state():
    text = "Узбекистан отправит строителей за рубеж. "
    text += "Чтобы закрыть нехватку рабочих рук, власти Израиля решили увеличить квоту на ввоз иностранных работников."
    assert [country for _, _, country in measures(text)] == ["IL"]


@pytest.mark.parametrize("text", [
    "Министр решил обсудить с мигрантами их проблемы.",
    "Власти решили увеличить число рейсов для мигрантов.",
])
def test_a_decision_that_changes_no_rule_is_no_measure(text):
    assert measures(text) == []
