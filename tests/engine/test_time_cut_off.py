"""A count from January on ('с начала года', 'с января 2025 года') ends where the text's
cut-off date closes it: the first of a month closes the month before, the last day of a month
closes that month itself."""
import pytest

from engine_helpers import facts_of


def times(text, published):
    return [(f.value, f.time.period, f.time.as_of) for f in facts_of(text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, published, expected", [
    ("Данные приводятся по состоянию на 30 апреля 2025 года. С начала года разрешения на работу "
     "получили 3 100 иностранцев.", "2025-05-14",
     [(3100, "2025-01/2025-04", None)]),
    ("Сведения министерства актуальны на 31 августа. С начала года из страны выдворены 640 "
     "иностранных граждан.", "2024-09-12",
     [(640, "2024-01/2024-08", None)]),
    ("Сведения на 30 июня 2023 года. С начала года патенты оформили 8 700 мигрантов.",
     "2023-07-03", [(8700, "2023-01/2023-06", None)]),
])
def test_the_last_day_of_a_month_closes_the_year_to_date_at_that_month(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("С января 2025 года статус кандаса получили 9 900 этнических казахов.\n\n"
     "По данным на 1 октября, больше половины из них моложе 35 лет.", "2025-10-20",
     [(9900, "2025-01/2025-09", None)]),
    ("С января 2024 года через центр занятости за рубеж уехали 2 300 граждан. Данные приводятся "
     "на 1 июня 2024 года.", "2024-06-11",
     [(2300, "2024-01/2024-05", None)]),
])
def test_from_january_of_a_year_runs_to_the_cut_off_the_text_gives(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("С января 2025 года разрешения на работу получили 1 450 иностранцев.", "2025-03-18",
     [(1450, "2025-01/2025-03", None)]),
    ("С начала года разрешения на работу получили 1 450 иностранцев. Данные на 20 февраля.",
     "2025-03-02", [(1450, "2025-01/2025-03", None)]),
])
def test_with_no_cut_off_the_count_runs_to_the_month_of_the_text(text, published, expected):
    assert times(text, published) == expected
