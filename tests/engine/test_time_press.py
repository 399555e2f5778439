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


@pytest.mark.parametrize("text, published, expected", [
    ("В 2019 году разрешение на работу в Польше получили 3 210 граждан республики.\n\n"
     "Вид на жительство в этой стране, по данным посольства, имеют 12 400 наших граждан.",
     "2019-11-14", [(3210, "2019", None), (12400, None, "2019-11-14")]),
    ("По словам представителя ведомства, в перечень лиц, которым закрыт въезд в Россию, "
     "включены 62 тыс. граждан Таджикистана.", "2024-06-18", [(62000, None, "2024-06-18")]),
    ("За прошлый год из черного списка вывели 21 тыс. граждан Кыргызстана.\n\n"
     "По данным МИД, в российском черном списке остаются около 40 тысяч кыргызстанцев.",
     "2023-02-03", [(21000, "2022", None), (40000, None, "2023-02-03")]),
    ("Данные о более 500 тыс. иностранцев внесены в реестр контролируемых лиц, сообщили в МВД.",
     "2025-06-30", [(500000, None, "2025-06-30")]),
    ("Еще 55 тысяч граждан республики не могут въехать в Россию из-за нарушений.",
     "2022-03-01", [(55000, None, "2022-03-01")]),
])
def test_a_register_or_a_status_held_now_is_of_the_day_of_the_text(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("За девять месяцев 2023 года иностранцам выдано 7 400 разрешений на работу.\n\n"
     "Экономисты отмечают рост переводов. Почти треть трудоспособных граждан – около 800 тысяч "
     "человек – работает за границей.", "2023-10-12",
     [(7400, "2023-01/2023-09", None), (800000, None, "2023-10-12")]),
    ("С начала года разрешения на работу получили 14,2 тыс. иностранцев.\n\n"
     "Большинство трудовых мигрантов заняты в строительстве (6,1 тыс. человек).", "2021-08-03",
     [(14200, "2021-01/2021-08", None), (6100, None, "2021-08-03")]),
])
def test_a_stock_told_in_the_present_after_a_span_of_another_count(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text", [
    "Более 850 тысяч этнических кыргызов проживают за рубежом, сообщил замминистра.",
    "По словам замминистра, более 850 тыс. этнических кыргызов проживают за рубежом.",
])
def test_people_said_to_live_abroad_are_counted_on_the_day_of_the_text(text):
    assert times(text, "2015-12-17") == [(850000, None, "2015-12-17")]


@pytest.mark.parametrize("text, published, expected", [
    ("В начале 2022 года в России работали более 610 тысяч мигрантов из республики, а через "
     "полгода — 450 тысяч.", "2023-04-10",
     [(610000, None, "2022-01-01"), (450000, None, "2022-07-01")]),
    ("В конце прошлого года за рубежом находились 720 тыс. граждан республики.", "2024-02-15",
     [(720000, None, "2023-12-31")]),
    ("В начале 2021 года за рубеж на заработки выехали 48 тыс. граждан.", "2022-01-20",
     [(48000, "2021", None)]),
])
def test_the_start_or_end_of_a_year_is_a_stock_day_or_a_flow_year(text, published, expected):
    assert times(text, published) == expected


def test_the_start_of_the_year_told_is_that_year():
    text = ("В начале 2022 года в России работали более 610 тысяч мигрантов из республики. На "
            "миграционном учете в начале года состояли 1 миллион 90 тысяч человек, спустя "
            "шесть месяцев — 520 тысяч.")
    assert times(text, "2023-04-10")[1:] == [(1090000, None, "2022-01-01"),
                                             (520000, None, "2022-07-01")]


@pytest.mark.parametrize("text, published, expected", [
    ("В сентябре глава агентства сообщал, что с начала года за рубежом трудоустроено более "
     "72 тысяч граждан.", "2024-10-30", [(72000, "2024-01/2024-09", None)]),
    ("В августе министр заявил, что с начала года через агентства за рубеж выехали 18 тыс. граждан.",
     "2023-09-12", [(18000, "2023-01/2023-08", None)]),
])
def test_the_month_a_figure_was_told_ends_its_year_to_date(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("За полгода из страны выдворено 2 900 иностранцев.", "2024-07-10",
     [(2900, "2024-01/2024-06", None)]),
    ("В январе и феврале разрешения на работу получили 7 300 иностранцев.", "2023-03-20",
     [(7300, "2023-01/2023-02", None)]),
    ("За 2019-21 годы за рубеж на заработки выехали 1,4 млн граждан.", "2022-05-01",
     [(1400000, "2019/2021", None)]),
])
def test_halves_pairs_of_months_and_short_year_spans(text, published, expected):
    assert times(text, published) == expected


def test_a_quota_looked_back_at_in_a_month_is_for_that_year():
    text = ("Квота на 2026 год утверждена приказом министра.\n\nДля сравнения, в июле 2025 года квота "
            "выглядела так:\nпо разрешениям, выдаваемым местными исполнительными органами, — 0,2%;\n"
            "на привлечение трудовых иммигрантов — 3%.")
    assert [t for t in times(text, "2025-12-20") if t[0] in (0.2, 3)] == [
        (0.2, "2025", None), (3, "2025", None)]


@pytest.mark.parametrize("text, published, expected", [
    ("В первой половине 2024 года в Россию уехали более 31 тысячи граждан республики.",
     "2024-09-02", [(31000, "2024-01/2024-06", None)]),
    ("Во второй половине прошлого года из страны выбыли 12,4 тыс. человек.", "2025-02-10",
     [(12400, "2024-07/2024-12", None)]),
])
def test_a_half_of_a_year_named_as_its_half(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # (figures of other kinds: the same kind would be the old level of the first one)
    ("За шесть месяцев текущего года мигрантам выдано 19,2 тыс. патентов. "
     "В 2023 году за аналогичный период выдано 41,5 тыс. разрешений на работу.", "2024-09-03",
     [(19200, "2024-01/2024-06", None), (41500, "2023-01/2023-06", None)]),
    ("За январь – март выдано 96 тыс. патентов. За аналогичный период прошлого года было "
     "выдано 88 тыс. разрешений на работу.", "2023-04-14",
     [(96000, "2023-01/2023-03", None), (88000, "2022-01/2022-03", None)]),
])
def test_the_same_span_in_another_year(text, published, expected):
    assert times(text, published) == expected


def test_the_start_of_the_year_on_record_is_the_year_told():
    text = ("На начало 2022 года в России работали 610 тыс. мигрантов из республики, через полгода — "
            "450 тыс. На начало года на миграционном учете состояли 1 миллион 90 тысяч человек, "
            "через шесть месяцев — 520 тысяч.")
    assert times(text, "2023-04-10")[2:] == [(1090000, None, "2022-01-01"),
                                             (520000, None, "2022-07-01")]


def test_an_answer_takes_the_day_its_question_asks_about():
    text = ("— Сколько человек уехали через агентство в этом году?\n\n— За девять месяцев уехали "
            "около 64 тысяч человек.\n\n— Сколько всего граждан сейчас работает за границей?\n\n"
            "— По нашей оценке, примерно 1,7 миллиона.")
    assert times(text, "2024-10-21", head="")[-1] == (1700000, None, "2024-10-21")


@pytest.mark.parametrize("text, published, expected", [
    ("В этом сезоне на фермах Британии трудились 11 тысяч граждан республики.", "2024-10-02",
     [(11000, "2024", None)]),
    ("В прошлом сезоне на сбор урожая в Великобританию выехали 9 тысяч граждан.", "2024-04-15",
     [(9000, "2023", None)]),
])
def test_a_season_is_of_its_year(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Выдано патентов иностранным гражданам.\n\nГод | Выдано патентов\n2021 | 2019\n2022 | 2450\n",
     "2023-03-01", [(2019, "2021", None), (2450, "2022", None)]),
    ("Выдано патентов иностранным гражданам.\n\nГод | Выдано патентов\n2020 | 1985\n2021 | 3105\n",
     "2022-02-01", [(1985, "2020", None), (3105, "2021", None)]),
])
def test_a_cell_that_counts_is_no_year(text, published, expected):
    assert times(text, published, head="") == expected


def test_a_header_row_of_years_still_dates_its_columns():
    text = "Выдано патентов.\n\nГод | 2021 | 2022\nВыдано | 12 400 | 13 100\n"
    assert times(text, "2023-03-01", head="") == [(12400, "2021", None), (13100, "2022", None)]


@pytest.mark.parametrize("text, published, expected", [
    ("Каждый год на заработки за рубеж уезжают не менее 45 тысяч граждан.", "2019-06-20",
     [(45000, None, None)]),
    ("По словам министра, из 380 тыс. граждан, ежегодно выезжающих на заработки, в 2021 году "
     "выехали 150 тыс. человек.", "2022-01-20", [(380000, None, None), (150000, "2021", None)]),
])
def test_what_happens_every_year_has_no_time(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Мигрантам выдано 512 тысяч патентов в первом квартале 2022 года и 530 тысяч патентов в первом "
     "квартале 2023 года.", "2023-06-01", [(512000, "2022-Q1", None), (530000, "2023-Q1", None)]),
    ("Иностранцам оформлено 96 тыс. патентов в январе 2024 года, а 104 тыс. патентов в январе 2025 года.",
     "2025-03-01", [(96000, "2024-01", None), (104000, "2025-01", None)]),
])
def test_each_figure_of_a_list_followed_by_its_own_time(text, published, expected):
    assert times(text, published) == expected


def test_the_same_span_named_with_in_and_a_year():
    text = ("В первом квартале 2024 года выдано 538 тыс. патентов. Например, в аналогичный период "
            "2022 года было выдано 499 тыс. патентов.")
    assert times(text, "2024-08-22") == [(538000, "2024-Q1", None), (499000, "2022-Q1", None)]
