"""A measure's own verb in the perfective future beside the day it starts: a step decided."""
import pytest

from engine_helpers import facts_of, only

LEAD = "Миграционная служба сообщает о новых правилах для иностранцев.\n"


@pytest.mark.parametrize("text", [
    "С 1 декабря Россия снимет запрет на въезд с граждан Кыргызстана, нарушивших правила пребывания.",
    "С 1 июля Казахстан упростит порядок регистрации для иностранных граждан.",
    "С 1 сентября Кыргызстан отменит обязательную регистрацию для граждан стран ЕАЭС.",
    "С 1 марта власти области запретят мигрантам работать в общественном транспорте.",
])
def test_dated_perfective_step_is_an_adopted_measure(text):
    fact = only(facts_of(LEAD + text))
    assert (fact.category, fact.value, fact.status) == ("policy", None, "adopted")


@pytest.mark.parametrize("text", [
    # no day the step starts: no act told, nothing decided
    "Россия, возможно, снимет запрет на въезд с граждан Кыргызстана.",
    # the verb is no measure: a film shot about migrants
    "С начала года студия снимет фильм о мигрантах из Средней Азии.",
    # an opinion on what the step will do
    "С 1 июля, по его мнению, Казахстан упростит порядок регистрации для иностранных граждан.",
])
def test_no_measure_without_a_dated_step(text):
    assert [f for f in facts_of(LEAD + text) if f.category == "policy"] == []
