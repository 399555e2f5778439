"""In an interview, the answer to a question about a stock now ('— Сколько граждан сейчас
работает в России? — По нашим данным, около 400 тысяч.') counts that stock on the day of the
text, not the span of the flows the interview told before it."""
import pytest

from engine_helpers import times_of

LEAD = ("— Сколько граждан удалось трудоустроить за рубежом по госпрограммам?\n\n"
        "— С января по апрель через государственные программы за рубежом трудоустроены 3 410 "
        "граждан Кыргызстана.\n\n")


@pytest.mark.parametrize("text, published, expected", [
    (LEAD + "— А сколько всего кыргызстанцев работает за рубежом?\n\n— По нашим оценкам, около "
     "720 тысяч человек.", "2024-05-14",
     [(3410, "2024-01/2024-04", None), (720000, None, "2024-05-14")]),
    (LEAD + "— Сколько кыргызстанцев сейчас трудится за границей?\n\n— Примерно 560 тысяч.",
     "2024-05-14",
     [(3410, "2024-01/2024-04", None), (560000, None, "2024-05-14")]),
])
def test_the_answer_to_a_question_about_now_is_of_the_day_of_the_text(text, published, expected):
    assert times_of(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a question about the flows keeps the answer in their span
    (LEAD + "— А сколько из них уехали в Россию?\n\n— Около 1 200 человек уехали в Россию.",
     "2024-05-14",
     [(3410, "2024-01/2024-04", None), (1200, "2024-01/2024-04", None)]),
])
def test_the_answer_to_a_question_about_flows_keeps_their_span(text, published, expected):
    assert times_of(text, published) == expected
