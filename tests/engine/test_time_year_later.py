"""'Годом позже', 'годом позднее': the year after the one just told, not the year of the text
('в 2022 году их было 1 500, годом позже – 5 тысяч')."""
import pytest

from engine_helpers import times_of

HEAD = "Трудовая миграция\n\n"


@pytest.mark.parametrize("text, published, value, expected", [
    ("В 2021 году по программе сезонных работ в Великобританию выехали 1 200 граждан "
     "Кыргызстана, годом позже – уже 4 тысячи.", "2024-03-01", 4000, "2022"),
    ("В 2019 году разрешения на работу в Казахстане получили 9 800 иностранцев. Годом позднее "
     "разрешения на работу в Казахстане получили 6 100 иностранцев.", "2021-02-10", 6100, "2020"),
])
def test_the_year_after_the_one_told(text, published, value, expected):
    assert (value, expected, None) in times_of(HEAD + text, published)


def test_a_year_later_is_no_later_than_the_text():
    # the year after 2024 told in a 2024 text has not come yet: it dates nothing of its own
    times = times_of(HEAD + "В 2024 году в Великобританию выехали 1 200 граждан Кыргызстана, "
                     "годом позже, по плану, выедут 3 тысячи.", "2024-11-01")
    assert all(period != "2025" for _, period, _ in times)
