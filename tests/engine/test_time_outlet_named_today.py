"""'Сегодня' closing an outlet's name in quotes ('передаёт агентство «Хабаровский край
сегодня»', 'сообщает «Казахстан сегодня»') is no day: a flow in that sentence is an undated
flow of the news, of the month of the text, not a stock on the day of the text."""
import pytest

from engine_helpers import times_of


@pytest.mark.parametrize("text, published, expected", [
    ("Судебные приставы выдворили из России ещё 27 граждан Узбекистана, передаёт агентство "
     "«Приморье сегодня».", "2024-10-17", [(27, "2024-10", None)]),
    ("Из Казахстана выдворены 44 иностранца, сообщает «Казахстан Сегодня».", "2023-03-09",
     [(44, "2023-03", None)]),
])
def test_an_outlet_named_today_dates_nothing(text, published, expected):
    assert times_of(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # 'сегодня' told as the day still dates a stock
    ("Сегодня в центре временного содержания находятся 27 граждан Узбекистана.", "2024-10-17",
     [(27, None, "2024-10-17")]),
])
def test_today_in_the_text_still_dates_a_stock(text, published, expected):
    assert times_of(text, published) == expected
