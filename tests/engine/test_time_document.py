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


@pytest.mark.parametrize("text, published, expected", [
    ("За девять месяцев 2024 года разрешения на работу получили 8 100 иностранцев. Выдворены "
     "1 200 иностранцев – больше, чем за тот же период прошлого года.", "2024-10-15",
     [(8100, "2024-01/2024-09", None), (1200, "2024-01/2024-09", None)]),
    ("За первое полугодие 2022 года выдано 4 000 разрешений на работу иностранцам. Из страны "
     "выдворены 3 900 иностранцев, на треть больше показателя того же периода прошлого года.",
     "2022-07-20", [(4000, "2022-01/2022-06", None), (3900, "2022-01/2022-06", None)]),
])
def test_the_same_period_last_year_is_a_baseline(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, list_period", [
    ("В 2027 году квота на привлечение иностранной рабочей силы составит 0,3% рабочей силы.\n\n"
     "Министерство распределяет квоту по категориям ежегодно. Так, в 2026 году квота "
     "распределялась так:\n– руководители и их заместители – 810 разрешений;\n– специалисты – 6 020.",
     "2027-01-12", "2026"),
    ("В 2024 году разрешения на работу получили 21 тыс. иностранцев. В первом квартале 2025 года "
     "разрешения на работу получили 5 300 иностранцев.\nПо странам за 2024 год:\n- Китай: 6 100",
     "2025-05-10", "2024"),
])
def test_a_list_header_with_a_time_dates_its_items(text, published, list_period):
    assert times(text, published)[-1][1] == list_period


@pytest.mark.parametrize("text, published, expected", [
    ("В январе–августе 2024 года иностранцам выдано 2 950 разрешений на работу.", "2024-09-20",
     [(2950, "2024-01/2024-08", None)]),
    ("В январе – марте 2023 года иностранцам выдано 870 разрешений на работу.", "2023-04-18",
     [(870, "2023-01/2023-03", None)]),
    ("В августе 2022 года иностранцам выдано 410 разрешений на работу.", "2022-09-12",
     [(410, "2022-08", None)]),
])
def test_a_month_in_the_prepositional_keeps_its_year(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Полиция провела рейд на рынках\n\nЗа 12 дней рейда выявлены 640 нарушителей миграционного "
     "законодательства.", "2024-05-08", [(640, "2024-04/2024-05", None)]),
    ("Полиция провела рейд на рынках\n\nЗа три дня выдворены 45 иностранцев.", "2024-05-20",
     [(45, "2024-05", None)]),
    ("С мая в страну въехали 2,1 млн иностранцев\n\nС мая в страну въехали почти 2,1 млн "
     "иностранцев.", "2022-10-03", [(2100000, "2022-05/2022-10", None), (2100000, "2022-05/2022-10", None)]),
])
def test_days_and_months_counted_back_from_the_text(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Полиция подвела итоги работы за полугодие\n\nК ответственности привлечены 31 тыс. "
     "иностранцев. Выдворены 4 100 нарушителей.", "2024-07-30",
     [(31000, "2024-01/2024-06", None), (4100, "2024-01/2024-06", None)]),
    ("Иностранцам выдали больше разрешений\n\nЗа год иностранцам выдано 41 тыс. разрешений на "
     "работу, сообщили в МВД.", "2024-02-14", [(41000, "2023", None)]),
])
def test_the_half_year_or_year_last_closed(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Из Шымкента выдворили иностранцев\n\nВ городе выявлены 36 иностранцев без документов, все они "
     "выдворены.", "2025-04-17", [(36, "2025-04", None)]),
    ("На родину вернулись переселенцы\n\nЗа годы независимости на родину вернулись 1,1 млн "
     "этнических казахов.", "2025-04-17", [(1100000, None, None)]),
])
def test_an_undated_flow_in_the_news_is_of_the_month_of_the_text(text, published, expected):
    assert times(text, published) == expected


def measure_periods(text, published):
    return [f.time.period for f in facts_of(text, published) if f.value is None]


@pytest.mark.parametrize("text, published, expected", [
    ("Губернатор продлил запрет\n\nГубернатор продлил на 2027 год запрет на работу мигрантов по "
     "патентам в розничной торговле.", "2026-12-03", ["2027"]),
    ("Губернатор ввел запрет\n\nУже с 1 апреля мигрантам с патентами запрещено работать в такси.",
     "2026-02-16", ["2026"]),
])
def test_a_measure_is_for_the_year_it_names_or_the_year_of_the_text(text, published, expected):
    assert measure_periods(text, published)[-1:] == expected


def test_an_undated_headline_figure_takes_a_figures_time_not_a_rules():
    text = ("В области закрыли въезд 1 900 иностранцам\n\nВ начале 2014 года вступили в силу "
            "поправки к закону о въезде в Россию.\n\nЗа пять месяцев 2014 года въезд закрыт "
            "1 900 иностранцам.")
    assert times(text, "2014-06-20")[0] == (1900, "2014-01/2014-05", None)


@pytest.mark.parametrize("text, published, expected", [
    ("Данные за третий квартал\n\nВ июле – сентябре в страну въехали 410 тыс. иностранцев.",
     "2026-02-20", [(410000, "2025-07/2025-09", None)]),
    ("Итоги года\n\nВ ноябре из области выдворены 120 иностранцев.", "2025-01-15",
     [(120, "2024-11", None)]),
])
def test_a_month_later_than_the_text_is_last_years(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Миграция снизилась\n\nЗа восемь месяцев этого года внешняя миграция заметно сократилась. "
     "Число выбывших за этот период уменьшилось с 38,1 тысячи до 22,4 тысячи человек.", "2011-10-20",
     [(22400, "2011-01/2011-08", None)]),
    ("Итоги первых месяцев\n\nЗа январь–март на работу в Корею направлены 2 100 граждан. Квота на 2025 "
     "год составит 7 000 человек. За те же три месяца на работу в Японию выехали 840 граждан.", "2025-04-25",
     [(2100, "2025-01/2025-03", None), (7000, "2025", None), (840, "2025-01/2025-03", None)]),
])
def test_this_period_is_the_span_just_told(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("В Казахстане трудятся 52 тысячи кыргызстанцев\n\nПо данным министерства, в Казахстане "
     "работают 52 тысячи граждан Кыргызстана. Ранее сообщалось, что на начало 2022 года там "
     "работали 38 тысяч мигрантов.", "2023-06-14",
     [(52000, None, "2023-06-14"), (52000, None, "2023-06-14"), (38000, None, "2022-01-01")]),
    ("В России работают 350 тысяч граждан Кыргызстана\n\nПо данным министерства труда, в России "
     "сейчас работают 350 тысяч граждан Кыргызстана. На 1 июля 2022 года там трудились 420 тысяч "
     "трудовых мигрантов.", "2023-03-09",
     [(350000, None, "2023-03-09"), (350000, None, "2023-03-09"), (420000, None, "2022-07-01")]),
])
def test_an_undated_headline_takes_the_time_of_the_lead_that_retells_its_figure(text, published, expected):
    assert times(text, published) == expected
