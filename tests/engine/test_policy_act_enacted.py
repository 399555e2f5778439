"""The step that enacts an act ('Минюст зарегистрировал приказ', 'президент подписал закон',
'вступил в силу договор'), told first in a text on topic, states its measure though its own
words name no migrant; the act as the subject retells an act named before."""
import pytest

from engine_helpers import facts_of

LEAD = "Министерство труда сообщает о трудовой миграции.\n"


def measures(text):
    return [f for f in facts_of(text) if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text", [
    "Министерство юстиции 3 марта зарегистрировало приказ министерства труда № 101н.",
    "15 мая президент подписал закон «О внесении изменений в Кодекс об административных правонарушениях».",
    "С 1 июля вступил в силу договор о присоединении республики к Евразийскому союзу.",
])
def test_the_first_act_enacted_is_a_measure(text):
    found = measures(LEAD + text)
    assert [(f.status, f.evidence.sentence[:20]) for f in found] == [("adopted", text[:20])]


@pytest.mark.parametrize("text", [
    "Приказ подписал исполняющий обязанности министра.",
    "Документ был подписан 5 апреля прошлого года.",
])
def test_the_act_as_subject_is_no_measure(text):
    assert measures(LEAD + text) == []


def test_an_act_after_a_measure_is_no_new_measure():
    text = (LEAD + "Иностранцам запрещено работать водителями такси в области.\n"
            "Президент подписал закон «О налогах».")
    assert [f.evidence.sentence[:9] for f in measures(text)] == ["Иностранц"]
