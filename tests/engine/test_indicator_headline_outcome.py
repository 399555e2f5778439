"""A headline that gives one figure with the words of what it counts names the outcome the
text reports ('Из Караганды выдворили 25 иностранцев'); the body's retelling of that figure,
told as a step of the story ('полицейские выявили 25 иностранцев, нарушивших правила'), is the
same count. A headline of two figures may bind its words to the wrong one and tells nothing."""
import pytest

from engine_helpers import facts_of


def body_indicators(text, value):
    headline_end = text.index("\n")
    return [f.indicator for f in facts_of(text, "2025-06-10")
            if f.evidence.start > headline_end and f.value == value]


@pytest.mark.parametrize("text, value, expected", [
    ("Из Караганды выдворили 25 иностранцев\n\n"
     "В ходе рейда полицейские выявили 25 иностранцев, нарушивших правила пребывания в стране.",
     25, "deportations"),
    ("В Павлодарской области выдали разрешения на работу 3 тысячам иностранцев\n\n"
     "С начала года право работать в регионе получили свыше 3 тыс. иностранных специалистов, "
     "сообщили в управлении занятости.", 3000, "work_permits_issued"),
    ("Из Южной Кореи депортировали 31 гражданина Узбекистана\n\n"
     "Самолёт доставил в Ташкент 31 гражданина республики, нарушивших корейские миграционные "
     "правила, сообщило посольство.", 31, "deportations"),
])
def test_the_body_retelling_the_headline_figure_counts_its_outcome(text, value, expected):
    assert body_indicators(text, value) == [expected]


@pytest.mark.parametrize("text, value, expected", [
    # two figures in the headline: its words may name the other one
    ("За год 5 тысяч граждан уехали по оргнабору, 12 тысяч депортированы\n\n"
     "Из России за год депортированы 12 тысяч граждан республики.", 12000, "deportations"),
    # the body's figure is not the headline's
    ("Из Караганды выдворили 25 иностранцев\n\n"
     "Всего в ходе рейда полицейские выявили 40 иностранцев, нарушивших правила пребывания.",
     40, "migration_violations"),
])
def test_other_figures_keep_their_own_measure(text, value, expected):
    assert body_indicators(text, value) == [expected]
