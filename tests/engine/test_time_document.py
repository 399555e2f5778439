"""Times a figure takes from the rest of the text: the lead retelling an undated headline,
the year of the text for a quota no sentence dates."""
import pytest

from engine_helpers import facts_of


def times(text, published):
    return [(f.value, f.time.period, f.time.as_of) for f in facts_of(text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, published, expected", [
    ("Гражданам Таджикистана выдано более 400 тысяч патентов\n\n"
     "В январе–июне 2024 года гражданам Таджикистана в России оформлено 401 тыс. патентов на работу.",
     "2024-07-15", [(400000, "2024-01/2024-06", None), (401000, "2024-01/2024-06", None)]),
    ("В МВД отказали во въезде 80 тыс. иностранцам\n\n"
     "За семь месяцев 2022 года принято около 82 тысяч решений о неразрешении въезда иностранцам.",
     "2022-08-10", [(80000, "2022-01/2022-07", None), (82000, "2022-01/2022-07", None)]),
    ("Более 9 тысяч кандасов переехали в страну\n\n"
     "В 2023 году статус кандаса получили 9 350 этнических казахов.",
     "2024-01-20", [(9000, "2023", None), (9350, "2023", None)]),
])
def test_undated_headline_takes_the_time_of_its_lead(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Минтруд пересмотрел квоты для регионов.\n\nЧисло квот на выдачу иностранцам разрешений на "
     "работу сокращено, в том числе:\n\nпо Уральскому федеральному округу – с 15 300 до 14 250;\n"
     "по Южному федеральному округу – с 9 100 до 8 640.", "2019-05-14",
     [(14250, "2019", None), (8640, "2019", None)]),
    ("Квоты поделили заново\n\nРаспоряжением правительства квота на выдачу разрешений на работу "
     "иностранным гражданам для Приволжского федерального округа увеличена с 12 000 до 13 500.",
     "2016-07-04", [(13500, "2016", None)]),
])
def test_an_undated_quota_is_for_the_year_of_the_text(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Квота на 2027 год утверждена. Квота для домашних работников, как и в текущем году, "
     "составит 3,1 процента, или 290 тыс. единиц.", "2026-12-10", "2027"),
    ("Квота на 2024 год утверждена. Как и в прошлом году, квота для сезонных работников "
     "составит 4 800 единиц.", "2023-12-20", "2024"),
])
def test_a_year_named_as_unchanged_is_not_the_figures_year(text, published, expected):
    last = times(text, published)[-1]
    assert last[1] == expected


@pytest.mark.parametrize("text, published", [
    ("Квота на привлечение иностранной рабочей силы на 2020 год составит 41 000 единиц. "
     "Для сравнения, в 2019 году квота составляла 49 100 единиц.\n"
     "Квота распределена по категориям:\n"
     "- сезонные иностранные работники – 4 200 единиц.", "2020-01-05"),
    ("Квота на привлечение иностранной рабочей силы на 2020 год составит 41 000 единиц. "
     "Напомним, в 2019 году квота составляла 49 100 единиц.\n"
     "Квота распределена по категориям:\n"
     "- сезонные иностранные работники – 4 200 единиц.", "2020-01-05"),
])
def test_a_look_back_does_not_date_the_list_after_it(text, published):
    seasonal = [t for t in times(text, published) if t[0] == 4200]
    assert seasonal == [(4200, "2020", None)]


@pytest.mark.parametrize("text, published, expected", [
    ("Миграционная полиция Атырау провела рейд. «14 марта в спецприемник помещены 19 иностранцев "
     "без документов», – сообщили в полиции.", "2024-03-15", [(19, "2024-03", None)]),
    ("Первая группа сезонных работников вылетела в Великобританию. 3 февраля в Лондон на сезонные "
     "работы прибыли 45 трудовых мигрантов из Узбекистана.", "2023-02-04", [(45, "2023-02", None)]),
    ("Рейсом из Сеула вернулись трудовые мигранты. 28 декабря в Ташкент прилетели 120 граждан "
     "Узбекистана.", "2024-01-03", [(120, "2023-12", None)]),
])
def test_a_day_opening_the_sentence_dates_a_flow_to_its_month(text, published, expected):
    assert times(text, published) == expected
