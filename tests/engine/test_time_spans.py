"""Spans the press names from one day to another, and table columns headed by months."""
import pytest

from engine_helpers import facts_of


def times(text, published):
    return [(f.value, f.time.period, f.time.as_of) for f in facts_of(text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, published, expected", [
    ("Итоги миграции области.\n\nчеловек |\nянварь-июнь 2025 г. | январь-июнь 2024 г. |\n"
     "прибывшие | 2150 | 1870 |\nвыбывшие | 3320 | 3105 |\n", "2025-08-05",
     [(2150, "2025-01/2025-06", None), (1870, "2024-01/2024-06", None),
      (3320, "2025-01/2025-06", None), (3105, "2024-01/2024-06", None)]),
    ("Миграция населения города.\n\nпоказатель | январь – сентябрь 2023 года | январь – сентябрь 2022 года\n"
     "прибыло | 5 400 | 5 120\n", "2023-11-02",
     [(5400, "2023-01/2023-09", None), (5120, "2022-01/2022-09", None)]),
])
def test_a_column_headed_by_months_dates_its_cells(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("В ходе операции, которая шла с 25 июня по 25 июля, из страны выдворены 340 иностранцев.",
     "2024-07-30", [(340, "2024-06/2024-07", None)]),
    ("С 1 ноября 2023 года по 31 января 2024 года миграционная служба выдворила 1 250 иностранцев.",
     "2024-02-10", [(1250, "2023-11/2024-01", None)]),
    ("С 1 декабря по 28 февраля 2025 года легализовались 4 100 трудовых мигрантов.",
     "2025-03-05", [(4100, "2024-12/2025-02", None)]),
])
def test_a_span_from_one_day_to_another_covers_its_months(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("К настоящему времени легализованы 52 400 иностранцев, сообщили в МВД.\n\nАмнистия проводится по закону от 1 марта. Она продлится с 1 апреля "
     "до 30 сентября.", "2015-07-20",
     [(52400, "2015-04/2015-09", None)]),
    ("Операция проходит с 1 по 20 ноября. На сегодня выдворены 860 иностранцев.", "2024-11-14",
     [(860, "2024-11", None)]),
])
def test_a_count_a_running_campaign_reached_takes_its_span(text, published, expected):
    assert times(text, published) == expected


def test_people_at_work_during_a_campaign_keep_the_date_of_the_text():
    text = ("Акция идёт с 1 мая по 30 июня. Сейчас в стране работают 14 300 трудовых мигрантов.")
    assert times(text, "2021-05-20") == [(14300, None, "2021-05-20")]


@pytest.mark.parametrize("text, published, expected", [
    ("За январь – август 2024 года выдано 410 тыс. патентов. За август выдано 52 тыс. патентов.\n"
     "Разрешений на работу оформлено 64,2 тыс.", "2024-09-16",
     [(410000, "2024-01/2024-08", None), (52000, "2024-08", None), (64200, "2024-01/2024-08", None)]),
    ("В январе – марте 2023 года выдано 96 тыс. патентов. В марте выдано 33 тыс. патентов. "
     "Разрешений на работу оформлено 15,7 тыс.", "2023-04-14",
     [(96000, "2023-01/2023-03", None), (33000, "2023-03", None), (15700, "2023-01/2023-03", None)]),
])
def test_an_undated_measure_after_the_last_month_goes_on_with_the_year_to_date(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("За девять месяцев 2024 года выдано 12 тыс. патентов. Для работы въехали 2 310 400 "
     "иностранцев, из них в сентябре – 240 115.", "2024-10-20",
     [(12000, "2024-01/2024-09", None), (2310400, "2024-01/2024-09", None), (240115, "2024-09", None)]),
    ("За первое полугодие 2022 года выдано 8 тыс. патентов. На учет поставлены 904 300 иностранцев, в том числе в "
     "июне – 150 200.", "2022-07-20",
     [(8000, "2022-01/2022-06", None), (904300, "2022-01/2022-06", None), (150200, "2022-06", None)]),
])
def test_a_time_the_breakdown_opens_with_is_not_the_totals(text, published, expected):
    assert times(text, published) == expected
