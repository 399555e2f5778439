"""A report named with the day it was published ('По докладу министерства, опубликованному 21
июня, ...', 'Согласно отчёту ведомства, обнародованному 3 мая, ...') dates the stocks the
text gives from it, also when the sentence that names it holds the figures itself."""
import pytest

from engine_helpers import times_of


@pytest.mark.parametrize("text, published, expected", [
    ("По докладу министерства юстиции Кореи, опубликованному 14 мая, в стране находятся около "
     "62 тысяч граждан Узбекистана.", "2019-05-18", [(62000, None, "2019-05-14")]),
    ("Согласно отчёту миграционной службы, обнародованному 3 марта, в России пребывают 1,1 млн "
     "граждан Таджикистана.\n\nБольшинство из них работают на стройках.", "2021-03-09",
     [(1100000, None, "2021-03-03")]),
])
def test_the_report_day_dates_its_stocks(text, published, expected):
    assert times_of(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a report with no day of publication leaves the stock at the day of the text
    ("По докладу министерства юстиции Кореи, в стране находятся около 62 тысяч граждан "
     "Узбекистана.", "2019-05-18", [(62000, None, "2019-05-18")]),
])
def test_a_report_with_no_day_leaves_the_day_of_the_text(text, published, expected):
    assert times_of(text, published) == expected
