"""A range whose lower end is itself a span ('от 4-5 до 12 миллионов человек', 'от 2–3 до 8 тыс.
мигрантов') is one range, as 'от 4 до 12 миллионов' is: no figure of it is a level."""
import pytest

from engine_helpers import facts_of

LEAD = "Эксперты обсудили положение трудовых мигрантов в России.\n"


@pytest.mark.parametrize("text", [
    "Оценки числа мигрантов, оставшихся без работы, сильно расходятся — от 3-4 до 10 миллионов человек.",
    "По разным данным, в регионе находятся от 2–3 до 8 тысяч нелегальных мигрантов.",
])
def test_a_range_from_a_span_is_no_level(text):
    assert [f.value for f in facts_of(LEAD + text, "2020-05-12") if f.value is not None] == []


@pytest.mark.parametrize("text, values", [
    # a change 'с X до Y' keeps its shape
    ("Квота на патенты выросла с 40 до 55 тысяч.", [55000]),
])
def test_a_change_stays(text, values):
    assert [f.value for f in facts_of(LEAD + text, "2020-05-12") if f.value is not None] == values
