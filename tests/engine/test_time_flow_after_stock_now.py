"""A stock told as now ('Сейчас на учёте состоят ...') dates the figures of its own measure by
the day of the text; a flow of another measure told after it with no time of its own
('оформлено 6 535 патентов', 'выявлено 410 нарушений', '57 человек выдворены') happened over
a span, so it takes the month of the text, as any undated flow in the news does."""
import pytest

from engine_helpers import times_of


@pytest.mark.parametrize("text, published, expected", [
    ("Сейчас на миграционном учёте в области состоят 8 240 иностранных граждан.\n\n"
     "Для работы иностранцам оформили 3 115 патентов.", "2024-03-14",
     [(8240, None, "2024-03-14"), (3115, "2024-03", None)]),
    ("На сегодняшний день на учёте в крае стоят 15 600 иностранцев.\n\n"
     "Выявлено 910 нарушений миграционного законодательства, по их итогам 120 человек выдворены "
     "за пределы России.", "2023-11-02",
     [(15600, None, "2023-11-02"), (910, "2023-11", None), (120, "2023-11", None)]),
    ("В настоящее время в республике находятся на миграционном учёте 40 100 иностранцев.\n\n"
     "Иностранным гражданам выдано 2 300 разрешений на работу.", "2022-06-20",
     [(40100, None, "2022-06-20"), (2300, "2022-06", None)]),
])
def test_a_flow_after_a_stock_told_as_now_takes_the_month_of_the_text(text, published, expected):
    assert times_of(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a stock of another measure told after it keeps the day
    ("Сейчас на миграционном учёте в области состоят 8 240 иностранных граждан.\n\n"
     "В реестре контролируемых лиц числятся 1 200 человек.", "2024-03-14",
     [(8240, None, "2024-03-14"), (1200, None, "2024-03-14")]),
])
def test_a_stock_after_a_stock_told_as_now_keeps_the_day(text, published, expected):
    assert times_of(text, published) == expected
