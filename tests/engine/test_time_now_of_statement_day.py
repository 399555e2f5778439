"""A stock told as now in a statement whose day the sentence gives next to its verb of saying
('заявил 12 марта', 'сообщил на брифинге 5 июня', '21 мая глава ведомства сообщил') is as of
that day, not of the text (corpora/README.md, Time); a day after 'что' dates what is told."""
import pytest

from engine_helpers import times_of


@pytest.mark.parametrize("text, published, expected", [
    ("Министр заявил 12 марта, что в России сейчас работают около 640 тысяч кыргызстанцев.",
     "2024-03-15", [(640000, None, "2024-03-12")]),
    ("В России сейчас работают около 640 тысяч кыргызстанцев, сообщил глава министерства труда "
     "Республики на брифинге 4 марта.", "2024-03-06", [(640000, None, "2024-03-04")]),
    ("В Казахстане трудятся более 18 тысяч иностранцев, рассказал вице-министр труда на "
     "заседании правительства 28 декабря.", "2024-01-03", [(18000, None, "2023-12-28")]),
])
def test_now_is_the_day_of_the_statement(text, published, expected):
    assert times_of(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # the day after 'что' is when the detentions happened, a flow of that month
    ("Министр сообщил, что 12 марта в Москве задержаны 40 мигрантов.", "2024-03-15",
     [(40, "2024-03", None)]),
    # with no day of the statement, now is the day of the text
    ("В России сейчас работают около 640 тысяч кыргызстанцев, сообщил министр.", "2024-03-15",
     [(640000, None, "2024-03-15")]),
])
def test_no_day_of_statement_keeps_the_day_of_the_text(text, published, expected):
    assert times_of(text, published) == expected
