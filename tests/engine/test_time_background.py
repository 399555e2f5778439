"""A background statement keeps its own time, not the article's."""
import pytest

from engine_helpers import facts_of

HEAD = "Министерство труда РК сообщает о трудовой миграции.\n"


def times(text, published):
    return [(f.value, f.time.period, f.time.as_of) for f in facts_of(HEAD + text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, published, expected", [
    ("С начала 2018 года по состоянию на 1 июля статус кандаса получили 9 500 этнических казахов.",
     "2019-05-10", [(9500, None, "2018-07-01")]),
    ("С начала 2021 года на 1 октября в республике работали 14 тыс. иностранных работников.",
     "2022-02-01", [(14000, None, "2021-10-01")]),
    ("За 9 месяцев 2022 года выдано 12 300 разрешений на привлечение иностранной рабочей силы.",
     "2023-03-01", [(12300, "2022-01/2022-09", None)]),
    ("С января по сентябрь 2025 года иностранным гражданам оформлено 1,1 млн патентов.",
     "2025-10-20", [(1100000, "2025-01/2025-09", None)]),
    ("По итогам девяти месяцев этого года за рубежом трудоустроены 4 200 граждан.",
     "2025-11-09", [(4200, "2025-01/2025-09", None)]),
    ("По данным на 2021 год, за рубежом работали 700 тыс. граждан Кыргызстана.",
     "2023-03-01", [(700000, "2021", None)]),
    ("В 2019-м иностранцам выдали 9 тыс. разрешений на работу.", "2021-04-01",
     [(9000, "2019", None)]),
])
def test_background_time(text, published, expected):
    assert times(text, published) == expected


def test_year_to_date_runs_to_the_stated_date():
    text = "С начала года по состоянию на 1 июня выдано 12 тыс. разрешений на работу иностранцам."
    assert times(text, "2019-06-20") == [(12000, None, "2019-06-01")]


def test_a_stock_keeps_its_date_after_a_quota_sentence():
    text = ("На 1 июля 2024 года в Казахстане трудятся 16,4 тыс. иностранных работников. "
            "Квота на 2024 год установлена на уровне 18,9 тыс. единиц.\n"
            "По странам исхода список возглавляет Китай — 5 512 человек.")
    assert times(text, "2024-07-25")[-1] == (5512, None, "2024-07-01")


@pytest.mark.parametrize("text, published, expected", [
    ("С начала года разрешения на работу получили 312 иностранцев.", "2015-03-10",
     [(312, "2015-01/2015-02", None)]),
    ("С начала 2024 года иностранцы получили в регионе больше 8 000 патентов.", "2024-09-05",
     [(8000, "2024-01/2024-08", None)]),
])
def test_year_to_date_runs_to_the_last_closed_month(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text", [
    "В Казахстане официально работают 15 786 иностранцев.",
    "За рубежом трудятся более 710 тыс. граждан Кыргызстана.",
])
def test_an_undated_stock_is_as_of_the_text(text):
    assert times(text, "2021-08-26")[0][1:] == (None, "2021-08-26")


def test_a_date_stated_apart_dates_the_figures_before_it():
    text = ("Среди стран исхода трудовых мигрантов лидирует Китай – 4 131 человек. "
            "Данные приводятся на 1 мая 2023 года.")
    assert times(text, "2023-05-12") == [(4131, None, "2023-05-01")]


@pytest.mark.parametrize("text", [
    "За четыре дня из Алматы выдворили 38 мигрантов.",
    "В ходе рейда полицейские выявили 627 нарушений миграционного законодательства.",
])
def test_a_flow_of_the_last_days_is_of_the_month_of_the_text(text):
    assert times(text, "2024-03-05")[0][1:] == ("2024-03", None)
