"""The figures of a report the text names with the day it came out ('данные приводятся в
докладе ..., опубликованном 21 июня') are of that day, not of the day of the text."""
import pytest

from engine_helpers import facts_of


def times(text, published):
    return [(f.value, f.time.period, f.time.as_of) for f in facts_of(text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, published, expected", [
    ("В Японии находятся 12 тысяч граждан Кыргызстана.\n"
     "Эти сведения содержатся в отчете иммиграционного бюро Японии, опубликованном 3 марта.",
     "2022-03-09", [(12000, None, "2022-03-03")]),
    ("Такие цифры приводятся в обзоре статистического ведомства, представленном 28 декабря.\n"
     "В стране проживают около 40 тысяч граждан Таджикистана.",
     "2021-01-12", [(40000, None, "2020-12-28")]),
])
def test_figures_of_a_report_published_on_a_day(text, published, expected):
    assert times(text, published) == expected
