"""A count over a number of years with no year named ('за 15 лет, что существует агентство,
уехали 30 тысяч', 'за два года программы трудоустроены 4 200') adds up those years: it is the
total reached, as of the day of the text (corpora/README.md: a cumulative figure with no date
of its own), not a flow of the month of the text."""
import pytest

from engine_helpers import times_of


@pytest.mark.parametrize("text, published, expected", [
    ("За 12 лет, что работает агентство, с его помощью на работу в Южную Корею уехали 21 тысяча "
     "узбекистанцев.", "2019-04-16", [(21000, None, "2019-04-16")]),
    ("За два года действия соглашения через центр занятости трудоустроены 4 200 граждан "
     "Кыргызстана в Великобритании.", "2024-09-03", [(4200, None, "2024-09-03")]),
    ("За десять лет по программе трудоустроены за рубежом 7 800 граждан Таджикистана.",
     "2023-05-22", [(7800, None, "2023-05-22")]),
])
def test_a_count_over_years_is_the_total_reached(text, published, expected):
    assert times_of(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a flow with no span of years is of the month of the text
    ("С помощью агентства на работу в Южную Корею уехали 210 узбекистанцев.", "2019-04-16",
     [(210, "2019-04", None)]),
])
def test_an_undated_flow_is_of_the_month_of_the_text(text, published, expected):
    assert times_of(text, published) == expected
