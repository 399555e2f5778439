"""A scheme that never came to work ('система оргнабора пока так и не заработала', 'соглашение так
и не вступило в силу') is no measure; a scheme launched stays one."""
import pytest

from engine_helpers import facts_of

LEAD = "Россия и Таджикистан договорились об организованном наборе трудовых мигрантов.\n"


@pytest.mark.parametrize("text", [
    "На практике система оргнабора пока так и не заработала.",
    "Соглашение об оргнаборе так и не вступило в силу.",
])
def test_a_scheme_that_never_worked_is_no_measure(text):
    assert [f for f in facts_of(LEAD + text, "2020-01-15")
            if f.value is None and text[:20] in f.evidence.text] == []


def test_a_scheme_launched_stays_a_measure():
    text = "С 1 марта система оргнабора заработала в трёх регионах России."
    assert [f for f in facts_of(LEAD + text, "2020-01-15")
            if f.value is None and text[:20] in f.evidence.text]
