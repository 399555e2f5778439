"""A procedure told in the present beside the day it starts or 'теперь' ('С 1 июля заявления
принимаются только онлайн', 'Теперь продлить статус можно в одном окне'), or a practice that stops
from a day ('с 1 марта перестанут выдавать патенты'), is a measure: what a rule now provides. A
span of statistics ('с начала года'), a verb of speech and a future figure are not."""
import pytest

from engine_helpers import facts_of


def measures(text: str) -> list[tuple[str, str]]:
    return [(f.evidence.sentence, f.status) for f in facts_of(text) if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text", [
    "С 1 июля заявления иностранцев на разрешение принимаются только через электронный портал.",
    "С 15 марта переселенцы оформляют статус и вид на жительство по одному заявлению.",
    "Теперь продлить статус кандаса можно в любом центре обслуживания населения.",
    "С 1 февраля работодатели могут подать ходатайство о найме мигранта дистанционно.",
    "С 1 апреля в области перестанут выдавать патенты иностранцам из безвизовых стран.",
    "С 1 мая в крае прекращена выдача патентов для работы в такси.",
])
def test_a_procedure_dated_in_the_present_is_an_adopted_measure(text):
    assert measures(text) == [(text, "adopted")]


@pytest.mark.parametrize("text", [
    # a span of statistics, not the day a rule starts
    "С начала года мигранты получают патенты в новом центре на окраине города.",
    # a verb of speech, and a figure to come
    "С 1 января, сообщает министерство, пенсия иностранцев увеличится.",
    # the act in force retold
    "Постановление вступает в силу с 1 января.",
    # no one the rule is for
    "С 1 сентября школы работают по новому расписанию.",
])
def test_spans_speech_and_acts_in_force_are_no_such_measure(text):
    assert measures(text) == []
