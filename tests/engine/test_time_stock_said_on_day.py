"""A stock told in a statement whose day the text gives is of that day (corpora/README.md,
Time): '21 мая сообщил, что в стране находятся ...', 'накануне заявил, что ... трудятся'."""
import pytest

from engine_helpers import facts_of


def times(text, published):
    return [(f.value, f.time.period, f.time.as_of) for f in facts_of(text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, published, expected", [
    ("Глава миграционной службы на брифинге 14 апреля сообщил, что в стране находятся около "
     "8 тысяч мигрантов без документов.", "2024-06-02", [(8000, None, "2024-04-14")]),
    ("Премьер накануне заявил, что в России живут и трудятся около 700 тысяч граждан Кыргызстана.",
     "2023-11-16", [(700000, None, "2023-11-15")]),
    # a month later than the text is of the year before
    ("Министр 20 декабря заявил, что в Корее работают около 9 тысяч граждан Узбекистана.",
     "2024-02-10", [(9000, None, "2023-12-20")]),
    # no day of the statement: the day of the text
    ("Министр заявил, что в Корее работают около 9 тысяч граждан Узбекистана.",
     "2024-02-10", [(9000, None, "2024-02-10")]),
])
def test_stock_told_on_a_day(text, published, expected):
    assert times(text, published) == expected
