"""Time in tables and lists: a column headed by a year or a date dates its cells, a list
header that names its own time dates its items, and a quota is for a year, not a month."""
import pytest

from engine_helpers import facts_of

HEAD = "Национальный статистический комитет сообщает о внешней миграции.\n"


def times(text, published):
    return [(f.value, f.time.period, f.time.as_of) for f in facts_of(HEAD + text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Прибывшие на постоянное жительство иммигранты по странам (человек)\n\n"
     "Страна | 2020: прибыло | 2021: прибыло\n"
     "Узбекистан | 3 410 | 2 950\n"
     "Китай | 1 205 | 1 870\n",
     [(3410, "2020", None), (2950, "2021", None), (1205, "2020", None), (1870, "2021", None)]),
    ("Численность трудовых мигрантов из Кыргызстана в странах пребывания, человек\n\n"
     "Страна | конец 2016 г. | начало 2020 г. | июнь 2023 г.\n"
     "Россия | 610 000 | 650 000 | 390 000\n",
     [(610000, None, "2016-12-31"), (650000, None, "2020-01-01"), (390000, "2023-06", None)]),
])
def test_a_table_column_dates_its_cells(text, expected):
    assert times(text, "2024-02-10") == expected


@pytest.mark.parametrize("text, published, expected", [
    ("В первом полугодии за рубеж выехали 210,4 тысячи человек. "
     "Распределение по странам за девять месяцев:\n"
     "- Россия: 301 200;\n- Казахстан: 17 400.", "2024-11-05",
     [(210400, "2024-01/2024-06", None), (301200, "2024-01/2024-09", None),
      (17400, "2024-01/2024-09", None)]),
    ("В 2023 году выдано 12 500 разрешений на работу. Основные страны за первый квартал "
     "2024 года:\n- Китай — 840;\n- Турция — 310.", "2024-04-20",
     [(12500, "2023", None), (840, "2024-Q1", None), (310, "2024-Q1", None)]),
])
def test_a_list_header_with_its_own_time_dates_its_items(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published", [
    ("Квота на привлечение иностранной рабочей силы на 2023 год утверждена. Как и в проекте, "
     "опубликованном в октябре, ее объем составил 29 100 единиц.", "2022-12-20"),
    ("Квота на привлечение иностранной рабочей силы на 2023 год утверждена. После обсуждения "
     "в ноябре квота составила 29 100 единиц.", "2022-12-20"),
])
def test_a_quota_is_for_its_year_not_for_the_month_of_its_drafting(text, published):
    assert times(text, published)[-1] == (29100, "2023", None)


@pytest.mark.parametrize("text, expected", [
    ("Статус кандаса по годам (человек)\n\nГод | Получили статус кандаса\n2019 | 18 400\n"
     "2020 | 20 900\n", [(18400, "2019", None), (20900, "2020", None)]),
    ("Выдано разрешений на работу иностранцам\n\nГод | Выдано разрешений\n2022 г. | 9 310\n"
     "2023 г. | 11 050\n", [(9310, "2022", None), (11050, "2023", None)]),
])
def test_a_table_row_labelled_by_its_year_is_dated_by_it(text, expected):
    assert times(text, "2024-02-10") == expected
