"""How the press dates its figures: years counted back, spans across years, a year with its
noun left out, the page's own stamp, and stocks told in the present."""
import pytest

from engine_helpers import facts_of

HEAD = "Министерство труда сообщает о трудовой миграции.\n\n"


def times(text, published, head=HEAD):
    return [(f.value, f.time.period, f.time.as_of) for f in facts_of(head + text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, published, expected", [
    ("В позапрошлом году за рубеж на заработки выехали 41 тыс. граждан.", "2025-04-02",
     [(41000, "2023", None)]),
    ("По итогам позапрошлого года иностранцам выдано 12 500 разрешений на работу.", "2019-02-11",
     [(12500, "2017", None)]),
])
def test_the_year_before_last(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("За последние пять лет на историческую родину вернулись 31 тыс. этнических казахов.",
     "2024-06-01", [(31000, "2019/2024", None)]),
    ("За последние 10 лет на историческую родину вернулись 96 тыс. этнических казахов.",
     "2021-09-15", [(96000, "2011/2021", None)]),
    ("За последние четверть века паспорта другой страны получили около 400 тыс. граждан.",
     "2016-03-01", [(400000, "1991/2016", None)]),
])
def test_the_last_years_run_back_from_the_year_of_the_text(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("С ноября 2011 года по февраль 2015-го статус кайрылмана получили 7 тыс. 40 этнических кыргызов.",
     "2015-04-20", [(7040, "2011-11/2015-02", None)]),
    ("С апреля 2022 по сентябрь 2023 года в страну въехали 212 тыс. трудовых мигрантов.",
     "2023-11-02", [(212000, "2022-04/2023-09", None)]),
    ("С октября по март 2024 года выдано 18 400 разрешений на работу иностранцам.",
     "2024-04-12", [(18400, "2023-10/2024-03", None)]),
])
def test_a_span_from_one_month_to_another_across_years(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("В 2018 число трудовых мигрантов составило 3,9 млн человек.", "2020-02-01",
     [(3900000, "2018", None)]),
    ("За 2023 выдано 41 тыс. разрешений на работу иностранцам.", "2024-03-05",
     [(41000, "2023", None)]),
])
def test_a_year_with_its_noun_left_out(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text", [
    "В целом за 2024 увеличился приток трудовых мигрантов из стран СНГ.",
    "В 2021 их число выросло, сообщили в министерстве труда.",
])
def test_a_year_with_its_noun_left_out_is_no_figure(text):
    assert all(f.value not in (2021, 2024) for f in facts_of(HEAD + text, "2025-02-01"))


@pytest.mark.parametrize("text, published, expected", [
    ("12 марта, 10:15\n\nНа миграционном учете стоят 5,8 млн иностранцев\n\n"
     "Почти 5,8 млн иностранцев стоят на миграционном учете по состоянию на 1 марта.",
     "2024-03-12", [(5800000, None, "2024-03-01"), (5800000, None, "2024-03-01")]),
    ("АЛМАТЫ, 4 июня. /Агентство/. В республике работают 17 200 иностранных работников.",
     "2024-06-04", [(17200, None, "2024-06-04")]),
])
def test_the_stamp_of_the_page_dates_no_figure(text, published, expected):
    assert times(text, published, head="") == expected


@pytest.mark.parametrize("text, published, expected", [
    ("По итогам 2024 года иностранцам оформлено 1,6 млн патентов.\n\n"
     "По оценке министерства, сегодня в стране трудятся около 2,8 млн иностранных граждан.",
     "2025-03-20", [(1600000, "2024", None), (2800000, None, "2025-03-20")]),
    ("В 2022 году по линии оргнабора за рубеж выехали 12 тыс. граждан.\n\n"
     "По оценке агентства, всего за границей постоянно работают около 1,9 млн граждан республики.",
     "2023-01-25", [(12000, "2022", None), (1900000, None, "2023-01-25")]),
])
def test_a_stock_told_in_the_present_is_of_the_day_of_the_text(text, published, expected):
    assert times(text, published) == expected


def test_people_said_to_live_abroad_are_counted_on_the_day_of_the_text():
    text = "Более 850 тысяч этнических кыргызов проживают за рубежом, сообщил замминистра."
    assert times(text, "2015-12-17") == [(850000, None, "2015-12-17")]
