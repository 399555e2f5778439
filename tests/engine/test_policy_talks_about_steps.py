"""Talks about a step to take between states ('стороны обсудили открытие центра', 'обсудили с
делегацией отправку граждан на сезонные работы') are a proposal, as talks about a possibility
are; talks about questions or the situation of migrants are no measure."""
import pytest

from engine_helpers import facts_of

LEAD = ("ТАШКЕНТ. Министр занятости Узбекистана в 2025 году провёл переговоры с делегацией "
        "Польши о трудовой миграции.\n")


def measures(text: str) -> list:
    return [f for f in facts_of(LEAD + text) if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text", [
    "На встрече стороны обсудили открытие в Ташкенте центра найма трудовых мигрантов.",
    "Министр обсудил с польской делегацией отправку граждан на сезонные работы.",
    "Делегации обсудили упрощение визового режима для трудовых мигрантов.",
    "Также обсуждалось расширение программы найма трудовых мигрантов на стройки.",
])
def test_talks_about_a_step_are_a_proposal(text):
    assert [f.status for f in measures(text)] == ["proposed"]


@pytest.mark.parametrize("text", [
    "На встрече стороны обсудили положение трудовых мигрантов и их права.",
    "Стороны обсудили ход сотрудничества в сфере трудовой миграции.",
])
def test_talks_about_questions_are_no_measure(text):
    assert measures(text) == []


def test_seasonal_work_abroad_is_on_topic():
    facts = facts_of("ТАШКЕНТ. Агентство внешней трудовой миграции подвело итоги 2025 года.\n"
                     "Узбекистан и Польша обсудили отправку узбекистанцев на сезонные работы в "
                     "сельском хозяйстве.")
    assert [(f.status, f.dimensions.get("country")) for f in facts if f.value is None] == \
        [("proposed", "PL")]
