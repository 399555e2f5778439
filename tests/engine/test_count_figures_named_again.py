"""A sentence that names the figures of the sentence just before as a whole ('эти показатели
составили ...') gives their new levels in the same order, each with its old indicator and the
time of its own sentence."""
import pytest

from engine_helpers import facts_of


@pytest.mark.parametrize("text, expected", [
    ("За первое полугодие на постоянное жительство в страну прибыли 1 200 человек, а выбыли "
     "4 300 человек. В 2023 году эти показатели составили 2 700 и 15 100 человек соответственно.",
     {(1200, "immigrants_arrived"), (4300, "emigrants_departed"),
      (2700, "immigrants_arrived"), (15100, "emigrants_departed")}),
    ("С начала года на постоянное жительство прибыли 900 человек, выбыли 3 100. Годом ранее те же "
     "показатели составляли 750 и 2 800.",
     {(900, "immigrants_arrived"), (3100, "emigrants_departed"),
      (750, "immigrants_arrived"), (2800, "emigrants_departed")}),
])
def test_figures_named_again_take_the_indicators_before_them(text, expected):
    assert {(f.value, f.indicator) for f in facts_of(text)} == expected


def test_figures_named_again_need_one_old_figure_each():
    text = ("За первое полугодие на постоянное жительство в страну прибыли 1 200 человек, а выбыли "
            "4 300 человек. В 2023 году эти показатели составили 2 700, 15 100 и 300 человек.")
    assert {f.value for f in facts_of(text)} == {1200, 4300}
