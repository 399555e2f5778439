"""'За те же три месяца 2022 года': the span of that many months just told, moved to the year
named ('2024-Q1' becomes '2022-Q1'), not the whole year."""
import pytest

from engine_helpers import times_of

HEAD = "Министерство внутренних дел сообщает о патентах.\n"


@pytest.mark.parametrize("text, published, value, expected", [
    ("В первом квартале 2024 года иностранцам выдано 538 тысяч патентов. За те же три месяца "
     "2022 года было оформлено 499 тысяч патентов.", "2024-08-22", 499000, "2022-Q1"),
    ("С января по июнь 2023 года иностранцам выдано 610 тысяч патентов, а за те же шесть "
     "месяцев 2021-го было оформлено 520 тысяч патентов.", "2023-08-01", 520000, "2021-01/2021-06"),
])
def test_the_same_months_in_another_year(text, published, value, expected):
    assert (value, expected, None) in times_of(HEAD + text, published)


def test_a_whole_year_named_after_the_span_is_still_its_year():
    text = ("В первом квартале 2024 года иностранцам выдано 538 тысяч патентов. За весь 2022 год "
            "было оформлено 1 900 тысяч патентов.")
    assert (1900000, "2022", None) in times_of(HEAD + text, "2024-08-22")
