"""A span of time named once after the last figure of a list ('на 3, 5 или 10 лет', 'на 2, 5,
10 лет или навсегда') is the unit of every figure of the list, as a currency is: each is a
duration, and a duration is never a fact (corpora/README.md)."""
import pytest

from engine_helpers import facts_of

LEAD = "Из Германии депортированы 30 граждан Кыргызстана.\n"


@pytest.mark.parametrize("text", [
    # the terms of an entry ban, the noun of time after the last item only
    "Ведомство напомнило: в зависимости от вида депортации человеку могут закрыть въезд на 5, 10 "
    "или 15 лет, а то и пожизненно.",
    "Депортированным грозит запрет на въезд в страну на 5, 10, 15 лет.",
    # months and days listed the same way
    "Депортированным грозит запрет на въезд в страну на 6, 12 или 18 месяцев.",
    "Иностранцы без регистрации могут находиться в стране 30, 60 или 90 дней.",
])
def test_figures_before_a_shared_span_of_time_are_durations(text):
    assert [(f.value, f.evidence.text) for f in facts_of(LEAD + text)
            if f.value is not None and f.value != 30] == []


@pytest.mark.parametrize("text, values", [
    # a count before a list of durations keeps its own unit
    ("Въезд закрыт 4 200 иностранцам, сроки запрета — 5 и 10 лет.", [4200]),
    # people listed with one unit noun after the last stay a count
    ("Выдворены 1 210, 640 и 95 иностранцев за три года.", [1210, 640, 95]),
])
def test_counts_beside_a_list_of_durations_stay(text, values):
    assert [f.value for f in facts_of(LEAD + text) if f.value is not None and f.value != 30] == values
