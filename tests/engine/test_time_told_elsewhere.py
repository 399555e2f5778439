"""Times that belong to another figure or another span than the one they stand next to:
the old level's time after 'против', a span of months or a quarter told before it began,
a headline that rounds the body's figure."""
import pytest

from engine_helpers import times_of

HEAD = "Бюро статистики сообщает о миграции населения.\n"


def times(text, published):
    return times_of(HEAD + text, published)


@pytest.mark.parametrize("text, published, expected", [
    ("В январе – марте 2023 года из области выбыли 640 человек против 710 человек в первом "
     "квартале 2022-го. Прибыли 2 300 человек.", "2023-05-20",
     [(640, "2023-01/2023-03", None), (2300, "2023-01/2023-03", None)]),
    ("За первое полугодие 2024 года выбыли 8,1 тыс. человек против 6,9 тыс. за первое полугодие "
     "2023 года. Прибыли 7 200 человек.", "2024-08-01",
     [(8100, "2024-01/2024-06", None), (7200, "2024-01/2024-06", None)]),
    ("Во втором квартале 2021 года эмигрировали 1 900 человек против 2 400 во II квартале "
     "прошлого года. Прибыли 3 100 человек.", "2021-08-15",
     [(1900, "2021-Q2", None), (3100, "2021-Q2", None)]),
])
def test_the_time_after_the_old_level_is_the_old_levels(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Напомним, за первые десять месяцев года было выдано 1,2 млн патентов.", "2023-02-10",
     "2022-01/2022-10"),
    ("В IV квартале выдворены 830 иностранцев.", "2024-03-05", "2023-Q4"),
    ("Во втором полугодии выбыли 4 400 человек.", "2022-02-20", "2021-07/2021-12"),
    ("За девять месяцев выбыли 4 400 человек.", "2022-10-20", "2022-01/2022-09"),
])
def test_a_span_not_yet_begun_at_the_text_is_of_the_year_before(text, published, expected):
    assert times(text, published)[0][1] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("В 2022 году из страны выехали более 210 тыс. человек\n\nЗа девять месяцев 2022 года на "
     "заработки выехали более 210 тыс. граждан.", "2022-10-25",
     [(210000, "2022-01/2022-09", None), (210000, "2022-01/2022-09", None)]),
    ("В 2019 году на заработки выехали 95 тысяч кыргызстанцев\n\nЗа январь – ноябрь 2019 года на "
     "заработки за рубеж выехали 95 тысяч граждан Кыргызстана.", "2019-12-20",
     [(95000, "2019-01/2019-11", None), (95000, "2019-01/2019-11", None)]),
])
def test_a_headline_rounding_the_body_takes_its_time(text, published, expected):
    assert times_of(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("По состоянию на июнь в реестр внесены более 640 тыс. иностранцев.", "2025-07-10",
     ("2025-06", None)),
    ("На сентябрь 2023 года в стране находились 12 тыс. трудовых мигрантов.", "2024-01-15",
     ("2023-09", None)),
    ("На начало сентября на учёте состояли 7 300 иностранцев.", "2024-10-02", (None, "2024-09-01")),
    ("На конец февраля в республике работали 4 100 иностранцев.", "2024-03-12", (None, "2024-02-29")),
])
def test_a_stock_dated_by_a_month(text, published, expected):
    assert times(text, published)[0][1:] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("В «черном списке» сейчас числятся 54 тысячи граждан республики.", "2023-03-09",
     (None, "2023-03-09")),
    ("В области работает 8 тыс. иностранцев.", "2022-11-01", (None, "2022-11-01")),
])
def test_a_present_stock_is_of_the_day_of_the_text(text, published, expected):
    assert times(text, published)[0][1:] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Из 12 тысяч трудовых мигрантов, которые работают в Южной Корее, треть не имеет виз.",
     "2025-10-09", (None, "2025-10-09")),
    ("Посольство ведёт учёт 7 тысяч трудовых мигрантов, проживающих в Турции.", "2024-03-02",
     (None, "2024-03-02")),
    ("В ходе рейда выявлены 40 иностранцев, которые работали без разрешений.", "2025-10-09",
     ("2025-10", None)),
])
def test_a_clause_after_the_figure_tells_a_present_stock(text, published, expected):
    """'N граждан, которые работают там' or 'работающих там' is a stock of the day of the text;
    a past verb in that clause leaves an undated flow of the month of the news."""
    assert times(text, published)[0][1:] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("На данный момент квота на обучение иностранцев составляет 30 тыс. мест.", "2025-09-17",
     [(30000, "2025", None)]),
    ("Квота составила 3 100 человек. Квоты на выдачу разрешений на работу на 2014 год утверждены "
     "приказом министерства, на квалифицированных специалистов – 900 человек.", "2013-12-11",
     [(3100, "2014", None), (900, "2014", None)]),
])
def test_a_quota_is_for_a_year(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("В первом полугодии 2024 года выбыли 12,4 тыс. человек. В прежние годы отток был меньше: в "
     "первом полугодии 2021 года – 5 100 человек. Больше всего выбывших направились в Россию "
     "(61,2%).", "2024-08-01", ("2024-01/2024-06", None)),
    ("За девять месяцев 2023 года из страны выбыли 8 200 человек. Для сравнения, в 2019 году "
     "выбыли 14 тыс. человек. Больше всего выбывших направились в Казахстан (38%).", "2023-10-20",
     ("2023-01/2023-09", None)),
])
def test_a_look_back_does_not_date_what_follows(text, published, expected):
    assert times(text, published)[-1][1:] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Минтруд предлагает в 2027 году снизить долю иностранных работников по сравнению с нормами "
     "текущего года. Проект предусматривает:\n– розничная торговля – не более 15%;\n"
     "– строительство – не более 60%.", "2026-08-20", ["2027", "2027"]),
    ("В 2024 году депортированы 3,1 тыс. иностранцев, что превышает показатель прошлого года. "
     "Выдворены 1 200 человек.", "2025-01-28", ["2024", "2024"]),
])
def test_a_baseline_year_does_not_date_the_figures(text, published, expected):
    assert [t[1] for t in times(text, published)] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("За январь и февраль 2022 года выдворены 40 иностранцев. Для сравнения, в 2021 году – 310, в "
     "2020 году – 280. За те же два месяца депортированы 95 иностранцев.", "2022-03-15",
     (95, "2022-01/2022-02", None)),
    ("В первом квартале 2023 года выдворены 61 иностранец. В 2022 году выдворены 240. За те же три "
     "месяца депортированы 18 иностранцев.", "2023-04-20", (18, "2023-Q1", None)),
])
def test_the_same_months_are_the_span_of_that_length(text, published, expected):
    assert times(text, published)[-1] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Квота на 2026 год – 40 тыс. мест. До сих пор квота на обучение иностранцев не превышала 30 "
     "тысяч мест.", "2025-11-02", ("2025", None)),
    ("До настоящего времени на родину не вернулись 2 300 трудовых мигрантов.", "2024-05-06",
     (None, "2024-05-06")),
])
def test_until_now_is_the_day_of_the_text(text, published, expected):
    assert times(text, published)[-1][1:] == expected
