"""A year given as an item of a comparison after a span of months of another year ('за первое
полугодие 2024 года их было 6 120, за 2023-й – 5 870') is that span in its year, like for like;
a year with a verb of its own, or after a whole year, stays the whole year."""
import pytest

from engine_helpers import times_of

HEAD = "Статистика миграции\n\n"


@pytest.mark.parametrize("text, published, value, expected", [
    ("За первое полугодие 2024 года из Узбекистана на постоянное жительство выбыли 6 120 "
     "человек, за 2023-й – 5 870, за 2022-й – 4 315.", "2024-08-06", 5870, "2023-01/2023-06"),
    ("В первом квартале 2024 года иностранцам выдано 538 тысяч патентов, а в 2019 году – лишь "
     "363 тысячи.", "2024-08-22", 363000, "2019-Q1"),
    ("С января по сентябрь 2025 года разрешения на работу в Казахстане получили 12 400 "
     "иностранцев, а в 2024 году – лишь 9 800.", "2025-10-15", 9800, "2024-01/2024-09"),
])
def test_a_year_item_after_a_span_is_that_span(text, published, value, expected):
    assert (value, expected, None) in times_of(HEAD + text, published)


@pytest.mark.parametrize("text, published, value, expected", [
    ("В 2024 году разрешения на работу в Казахстане получили 15 400 иностранцев, а в 2023 году – "
     "лишь 14 000.", "2025-02-15", 14000, "2023"),
    ("В первом квартале 2024 года иностранцам выдано 538 тысяч патентов; в 2019 году иностранцам "
     "выдали 1 600 тысяч патентов.", "2024-08-22", 1600000, "2019"),
])
def test_a_year_after_a_whole_year_or_with_its_own_verb_is_the_year(text, published, value, expected):
    assert (value, expected, None) in times_of(HEAD + text, published)
