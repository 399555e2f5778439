"""Days listed before one month ('за 27 и 28 июня', '3, 4 и 5 мая', '9 или 10 марта') are a
date, as a span of days ('12–13 июня') is: none of them is a count."""
import pytest

from engine_helpers import facts_of

LEAD = "В Алматы выявлены 120 иностранцев без разрешения на работу.\n"


@pytest.mark.parametrize("text, values", [
    ("Только за 12 и 13 июня выявлено 1 240 нарушений миграционного законодательства.", [1240]),
    ("За 3, 4 и 5 мая из области выдворены 45 мигрантов.", [45]),
    ("Рейды прошли 9 или 10 марта, задержаны 17 иностранцев.", [17]),
    # a count before a date keeps its value
    ("Выдворены 45 иностранцев и 12 мая ещё 10 граждан Узбекистана.", [45, 10]),
])
def test_days_listed_before_a_month_are_a_date(text, values):
    assert [f.value for f in facts_of(LEAD + text) if f.value not in (None, 120)] == values
