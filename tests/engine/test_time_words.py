"""The words of patterns/timex.toml as the time grammar reads them."""
import pytest

from extractor.engine.timex import find_times

PUBLISHED = "2025-05-10"


@pytest.mark.parametrize("text, period, as_of", [
    ("В позапрошлом году прибыли 12 тысяч.", "2023", None),
    ("В предстоящем сезоне примут 5 тысяч.", "2026", None),
    ("За минувший год выехали 8 тысяч.", "2024", None),
    ("В прошлом месяце выдано 900 разрешений.", "2025-04", None),
    ("На конец 2015 года работали 3 тысячи.", None, "2015-12-31"),
    ("В конце прошлого года на учёте состояли 700 человек.", "2024", "2024-12-31"),
    ("На начало 2024 года работали 2 тысячи.", None, "2024-01-01"),
    ("За девять месяцев выехали 40 тысяч.", "2024-01/2024-09", None),
    ("В третьем квартале прибыли 6 тысяч.", "2024-Q3", None),
])
def test_time_words_name_their_period(text, period, as_of):
    mention = find_times(text, 0, len(text), PUBLISHED)[0]
    assert (mention.period, mention.as_of) == (period, as_of)


@pytest.mark.parametrize("text, published, period", [
    ("За три недели выдворены 40 человек.", "2025-05-10", "2025-04/2025-05"),
    ("За полугодие выехали 9 тысяч.", "2025-07-15", "2025-01/2025-06"),
    ("За квартал прибыли 3 тысячи.", "2025-05-10", "2025-Q1"),
    ("Во II полугодии прибыли 4 тысячи.", "2025-10-10", "2025-07/2025-12"),
    ("В I полугодии прибыли 4 тысячи.", "2025-10-10", "2025-01/2025-06"),
])
def test_time_units_name_their_span(text, published, period):
    assert find_times(text, 0, len(text), published)[0].period == period
