"""'в российских вузах учатся более 11 тысяч студентов из Кыргызстана': a state's people who
study abroad now stay in the host as long as their course, so they are its citizens abroad
there (tests/engine/test_count_students_abroad.py); those who enrolled abroad ('поступили') are
a count with no indicator, by the host. Students at home are no such count."""
import pytest

from engine_helpers import facts_of

LEAD = "БИШКЕК. Представительство Россотрудничества рассказало о гражданах Кыргызстана за рубежом.\n\n"


def counted(text: str) -> dict[float, tuple]:
    return {f.value: (f.category, f.indicator, f.dimensions.get("country"))
            for f in facts_of(LEAD + text, published="2025-11-24") if f.value is not None}


@pytest.mark.parametrize("text, value, country", [
    ("В российских вузах учатся более 11 тысяч студентов из Кыргызстана.", 11000, "RU"),
    ("Сейчас в России обучаются около 23 тыс. кыргызстанских студентов.", 23000, "RU"),
])
def test_own_students_abroad_now_are_citizens_abroad_in_the_host(text, value, country):
    assert counted(text)[value] == ("count", "citizens_abroad", country)


def test_own_students_enrolled_abroad_are_counted_by_the_host():
    text = "В этом году в турецкие вузы поступили 800 студентов из Кыргызстана."
    assert counted(text)[800] == ("count", None, "TR")


@pytest.mark.parametrize("text", [
    "В вузах Бишкека учатся 70 тысяч студентов.",
    "В этом году в кыргызстанские вузы поступили 12 тысяч абитуриентов.",
])
def test_students_at_home_are_no_such_count(text):
    assert counted(text) == {}


def test_those_studying_now_are_a_stock_of_the_day():
    facts = [f for f in facts_of(LEAD + "В российских вузах учатся более 11 тысяч студентов из Кыргызстана.",
                                 published="2025-11-24") if f.value == 11000]
    assert [(f.time.period, f.time.as_of) for f in facts] == [(None, "2025-11-24")]
