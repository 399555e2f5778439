"""A figure per week or per month ('по 30 тысяч человек в месяц', 'ежемесячно прибывают более 2 тысяч')
is an average or a rate over a period, as a figure per day is: no level of a flow or stock.
The total over the period, given beside it, stays a fact."""
import pytest

from engine_helpers import facts_of


@pytest.mark.parametrize("text, values", [
    # the average after the total, after a dash or 'или', with or without 'в среднем'
    ("С января по июнь в Россию въехали 180 тысяч граждан Кыргызстана — в среднем по 30 тысяч "
     "человек в месяц.", [180000]),
    ("За три месяца из страны на заработки выехали 75 000 таджикистанцев, или по 25 000 "
     "человек в месяц.", [75000]),
    # a weekly rate after the figure
    ("В Казахстан с начала года вернулись 9 200 кандасов, около 400 человек в неделю.", [9200]),
])
def test_an_average_per_month_or_week_is_no_fact(text, values):
    assert [f.value for f in facts_of(text) if f.value is not None] == values


@pytest.mark.parametrize("text", [
    "Ежемесячно в Казахстан прибывают более 2 тысяч этнических казахов.",
    "Еженедельно из России выдворяют до 150 граждан Узбекистана.",
    "Каждый месяц в Узбекистан возвращаются около 30 тысяч мигрантов.",
])
def test_a_rate_named_before_the_figure_is_no_fact(text):
    assert [f.value for f in facts_of(text) if f.value is not None] == []
