"""A guess told aside with no act in its sentence ('Большинство из них, как предполагается,
трудовые мигранты') is no plan and no measure; an act told with the same aside stays one."""
import pytest

from engine_helpers import facts_of, only

LEAD = "В России находятся около 600 тысяч граждан Кыргызстана.\n"


@pytest.mark.parametrize("text", [
    "Большинство из них, как предполагается, трудовые мигранты.",
    "Остальные, как предполагается, приехали к родственникам.",
])
def test_a_guess_aside_is_no_measure(text):
    assert [f for f in facts_of(LEAD + text, "2016-04-20") if f.value is None] == []


def test_an_act_with_the_aside_stays_a_measure():
    text = "Закон о мигрантах, как предполагается, вступит в силу с 1 января следующего года."
    fact = only([f for f in facts_of(LEAD + text, "2016-04-20") if f.value is None])
    assert fact.category == "policy"
