"""After a measure on topic, a step still to come that names its plan or act goes on about
it ('В рамках плана планируется ...'); a sentence about the act's own course (published,
put up for discussion, to be ratified) is no measure of its own."""
import pytest

from engine_helpers import facts_of

PLAN = ("Трудовая миграция.\n"
        "Правительство утвердило план мероприятий по поддержке трудовых мигрантов на 2026–2028 годы.\n")


def measures(text):
    return [f for f in facts_of(text) if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text, status", [
    ("В рамках плана, в частности, планируется открыть консультационный центр.", "planned"),
    ("Исполнение пунктов плана поручено областным акиматам и министерствам.", "planned"),
    ("Выполнение плана к концу года предстоит обсудить на координационном совете.", "planned"),
])
def test_a_step_of_the_plan_told_before_is_a_measure(text, status):
    found = measures(PLAN + text)
    assert [f.status for f in found if f.evidence.sentence.startswith(text[:20])] == [status]


@pytest.mark.parametrize("text", [
    "Проект плана размещён для общественного обсуждения до 1 декабря.",
    "Документ ещё предстоит согласовать с министерством финансов.",
    "Меморандум ещё предстоит ратифицировать.",
])
def test_the_acts_own_course_is_no_measure(text):
    assert [f for f in measures(PLAN + text) if f.evidence.sentence.startswith(text[:20])] == []


def test_a_step_with_no_measure_told_before_is_no_measure():
    text = "Трудовая миграция.\nВ рамках плана, в частности, планируется открыть консультационный центр.\n"
    assert measures(text) == []
