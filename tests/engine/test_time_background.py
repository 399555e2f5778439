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
    # a flow since January to a cut-off covers the months before it (corpora/README.md)
    text = "С начала года по состоянию на 1 июня выдано 12 тыс. разрешений на работу иностранцам."
    assert times(text, "2019-06-20") == [(12000, "2019-01/2019-05", None)]


def test_a_stock_keeps_its_date_after_a_quota_sentence():
    text = ("На 1 июля 2024 года в Казахстане трудятся 16,4 тыс. иностранных работников. "
            "Квота на 2024 год установлена на уровне 18,9 тыс. единиц.\n"
            "По странам исхода список возглавляет Китай — 5 512 человек.")
    assert times(text, "2024-07-25")[-1] == (5512, None, "2024-07-01")


@pytest.mark.parametrize("text, published, expected", [
    # early in a month too: the text says 'until now', and the corpus reads it to its month
    ("С начала года разрешения на работу получили 312 иностранцев.", "2015-03-10",
     [(312, "2015-01/2015-03", None)]),
    ("С начала 2024 года иностранцы получили в регионе больше 8 000 патентов.", "2024-09-05",
     [(8000, "2024-01/2024-09", None)]),
])
def test_year_to_date_runs_to_the_month_of_the_text(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("С начала года в область переехали 420 кандасов.", "2019-06-18",
     [(420, "2019-01/2019-06", None)]),
    ("С начала года за рубеж на работу выехали 96 тыс. граждан.", "2021-12-22",
     [(96000, "2021-01/2021-12", None)]),
])
def test_year_to_date_in_the_body_of_a_month_runs_to_that_month(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("За два месяца 2023 года выдано 2 100 разрешений. С начала года в область прибыли "
     "640 иностранных работников.", "2023-04-20", "2023-01/2023-02"),
    ("С начала года статус кандаса получили 5 100 человек.\nВ январе – июне 2024 года "
     "в страну переселились 5 100 этнических казахов.", "2024-08-21", "2024-01/2024-06"),
    ("С начала года статус кандаса получили 6 200 человек. На 1 августа 2025 года "
     "доля переселенцев трудоспособного возраста составляет 58%.", "2025-09-27",
     "2025-01/2025-07"),
])
def test_year_to_date_takes_the_span_the_text_names_elsewhere(text, published, expected):
    assert times(text, published)[1 if text.startswith("За") else 0][1] == expected


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


@pytest.mark.parametrize("text, published, expected", [
    ("По состоянию на конец 2015 года в России работали 520 тыс. трудовых мигрантов из Кыргызстана.",
     "2016-02-09", (None, "2015-12-31")),
    ("На начало 2024 года на консульском учете состояли 41 тыс. граждан.", "2024-03-01",
     (None, "2024-01-01")),
    ("Всего с 1991 года по 1 января 2024 года статус кандаса получили 1 млн 126 тыс. человек.",
     "2024-01-18", (None, "2024-01-01")),
])
def test_edges_of_a_year_and_cumulative_totals(text, published, expected):
    assert times(text, published)[0][1:] == expected


def test_year_before_is_the_told_period_a_year_back():
    text = ("За девять месяцев 2025 года иностранцам оформлено 1,1 млн патентов. "
            "Годом ранее за тот же период было выдано 1,32 млн разрешений на работу. "
            "Разрешений на работу выдано 98 тыс. 450.")
    assert [t for _, t, _ in times(text, "2025-10-20")] == ["2025-01/2025-09", "2024-01/2024-09",
                                                           "2025-01/2025-09"]


@pytest.mark.parametrize("text", [
    "В 2019–2023 годах на постоянное жительство из страны выехали 180 тыс. человек.",
    "За 2019-2023 гг. на постоянное жительство из страны выехали 180 тыс. человек.",
    "С 2019 по 2023 год на постоянное жительство из страны выехали 180 тыс. человек.",
])
def test_a_run_of_years(text):
    assert times(text, "2024-02-01") == [(180000, "2019/2023", None)]


@pytest.mark.parametrize("text, published, expected", [
    ("С января из области выдворены 740 иностранцев.", "2023-08-17", "2023-01/2023-08"),
    ("С января 2022 года в республику прибыли 3 100 кандасов.", "2022-05-25", "2022-01/2022-05"),
    ("С 1 января по 1 октября разрешения на работу получили 6 300 иностранцев.", "2021-10-12",
     "2021-01/2021-09"),
    ("С 1 января до 1 апреля выдано 2 800 патентов.", "2020-04-14", "2020-01/2020-03"),
])
def test_from_january_runs_to_the_date_or_the_text(text, published, expected):
    assert times(text, published)[0][1] == expected


@pytest.mark.parametrize("text, expected", [
    ("В I полугодии 2022 года выдворены 1 900 иностранцев.", "2022-01/2022-06"),
    ("Во II полугодии 2022 года выдворены 1 900 иностранцев.", "2022-07/2022-12"),
    ("В 1-м полугодии 2022 года выдворены 1 900 иностранцев.", "2022-01/2022-06"),
    ("В течение первого полугодия 2022 года выдворены 1 900 иностранцев.", "2022-01/2022-06"),
])
def test_a_half_year_written_with_a_numeral(text, expected):
    assert times(text, "2023-02-01")[0][1] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Всего с 1992 года на историческую родину переселились 1,1 млн этнических казахов.",
     "2023-06-01", (None, "2023-06-01")),
    ("С 2018 года удостоверение кайрылмана получили 9 200 этнических кыргызов.", "2021-03-15",
     (None, "2021-03-15")),
    ("По данным на 1 апреля 2024 года статус кандаса получили 3 100 человек, а всего с 1991 года "
     "вернулись 1,1 млн этнических казахов.", "2024-04-20", (None, "2024-04-01")),
    ("Всего с 2012 года по октябрь 2019 года удостоверение получили 12,1 тыс. этнических кыргызов.",
     "2020-02-01", ("2012-01/2019-10", None)),
])
def test_a_count_since_a_year_is_the_total_reached(text, published, expected):
    """A total since a year is as of the data date the text gives, else the day of the text
    (a span with both ends stays a span)."""
    assert times(text, published)[-1][1:] == expected


@pytest.mark.parametrize("text, published", [
    ("С обретения независимости на родину вернулись более 1 млн этнических казахов.", "2021-12-10"),
    ("За годы независимости в республику переехали 1,06 млн кандасов.", "2022-06-30"),
    ("С момента запуска программы за рубеж направлены 31 тыс. граждан.", "2024-09-02"),
])
def test_a_total_of_the_years_is_as_of_the_text(text, published):
    assert times(text, published)[0][1:] == (None, published)


@pytest.mark.parametrize("text, published, expected", [
    ("С начала прошлого года центр оформил иностранцам 610 тыс. патентов.", "2017-04-18",
     "2016-01/2017-04"),
    ("С начала 2019 года в область переселились 2 300 кандасов.", "2020-02-20", "2019-01/2020-02"),
    ("В первые месяцы 2021 года из области выдворены 64 иностранца.", "2021-03-22", "2021-01/2021-03"),
])
def test_a_count_from_a_january_runs_to_the_text(text, published, expected):
    assert times(text, published)[0][1] == expected


@pytest.mark.parametrize("text, expected", [
    ("В марте – ещё 42 тыс. мигрантов вернулись на родину.", [(42000, "2024-03", None)]),
    ("В марте – апреле вернулись 42 тыс. мигрантов.", [(42000, "2024-03/2024-04", None)]),
])
def test_a_dash_after_a_month_opens_a_range_only_before_a_month(text, expected):
    assert times(text, "2024-05-10") == expected


@pytest.mark.parametrize("text, published, expected", [
    ("На начало года в республике работали 15 тыс. иностранных работников.", "2024-11-20",
     [(15000, None, "2024-01-01")]),
    ("За 2022-й из страны выдворены 1 300 иностранцев.", "2023-03-01", [(1300, "2022", None)]),
    ("До конца года планируется трудоустроить за рубежом 5 тыс. граждан.", "2024-11-20",
     [(5000, "2024", None)]),
    ("С 4 по 9 ноября выдворены 120 иностранцев.", "2024-11-20", [(120, "2024-11", None)]),
    ("В прошлом месяце выдворены 120 иностранцев.", "2024-01-15", [(120, "2023-12", None)]),
    ("Для сравнения: за весь прошлый год выдворены 640 иностранцев.", "2024-10-02",
     [(640, "2023", None)]),
])
def test_more_ways_the_press_writes_time(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("На 1 января 2022 года в стране работали 73 тысячи мигрантов, а через полгода — 61 тысяча.",
     "2023-02-01", [(73000, None, "2022-01-01"), (61000, None, "2022-07-01")]),
    ("По состоянию на 1 апреля 2021 года на учете состояли 9 400 трудовых мигрантов. Спустя три "
     "месяца на учете состояли 8 150 трудовых мигрантов.", "2022-03-01",
     [(9400, None, "2021-04-01"), (8150, None, "2021-07-01")]),
])
def test_a_date_counted_from_the_one_before(text, published, expected):
    assert times(text, published) == expected


def test_a_date_counted_past_the_day_of_the_text_dates_nothing():
    text = "На 1 марта 2024 года работали 5 200 мигрантов, через полгода — 4 800."
    assert [t[2] for t in times(text, "2024-05-10")][1] != "2024-09-01"


@pytest.mark.parametrize("text, published, expected", [
    # 'больше, чем в прошлом году, когда квота составляла Y': the clause tells the level of then
    ("Корея выделила на 2025 год 3 300 квот для граждан Кыргызстана. Это больше, чем в прошлом "
     "году, когда квота составляла 2 800 мест.", "2025-02-14",
     [(3300, "2025", None), (2800, "2024", None)]),
    ("За первый квартал выдано 158 разрешений на работу. Это в 6,6 раза меньше, чем за январь — "
     "март прошлого года, когда их оформили 1 053.", "2023-05-20",
     [(158, "2023-Q1", None), (1053, "2022-01/2022-03", None)]),
    ("В 2025 году выдано 9 100 разрешений на работу, что меньше, чем в 2023 году, когда их "
     "оформили 11 400.", "2025-05-20", [(9100, "2025", None), (11400, "2023", None)]),
    # the time of the clause is not the time of the figure before it
    ("Выдано 9 100 разрешений на работу, что меньше, чем в 2024 году, когда их оформили 11 400.",
     "2025-05-20", [(9100, "2025-05", None), (11400, "2024", None)]),
])
def test_the_time_of_a_when_clause_after_a_comparison(text, published, expected):
    assert times(text, published) == expected
