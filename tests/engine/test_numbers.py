"""Figures as written in briefings, read to plain numbers with their unit and role."""
import pytest

from extractor.engine.numbers import find_figures, find_pairs
from extractor.engine.tokens import tokenize


def figures(text):
    return find_figures(text, 0, len(text), tokenize(text))


def levels(text):
    return [(f.value, f.unit, f.qualifier) for f in figures(text) if f.is_level]


@pytest.mark.parametrize("text, expected", [
    ("работают 5330 человек", (5330, "person", "exact")),
    ("работают 5 330 человек", (5330, "person", "exact")),
    ("работают 5\u00a0330 человек", (5330, "person", "exact")),
    ("работают 5\u2009330 человек", (5330, "person", "exact")),
    ("квота 19,4 тыс. единиц", (19400, "unit", "exact")),
    ("из Узбекистана – 124,1 тыс, из Таджикистана", (124100, None, "exact")),
    ("квота 237,8 тысячи единиц", (237800, "unit", "exact")),
    ("выдано 1,3 млн патентов", (1300000, "patent", "exact")),
    ("въехали 1 млн 63 тыс. человек", (1063000, "person", "exact")),
    ("въехали 1 миллион 118 тысяч человек", (1118000, "person", "exact")),
    ("квота 2,9% рабочей силы", (2.9, "percent", "exact")),
    ("квота 2,9 процента рабочей силы", (2.9, "percent", "exact")),
    ("около двух тысяч специалистов", (2000, "person", "approx")),
    ("почти полутора тысяч работников", (1500, "person", "approx")),
    ("примерно четыре с половиной тысячи человек", (4500, "person", "approx")),
    ("свыше 27 тыс. человек", (27000, "person", "more_than")),
    ("более 12 тысяч мигрантов", (12000, "person", "more_than")),
    ("порядка 36 тысяч граждан", (36000, "person", "approx")),
    ("не более 1 единицы", (1, "unit", "at_most")),
    ("не менее 40 тыс. рабочих мест", (40000, "unit", "at_least")),
    ("1.200 разрешений", (1200, "permit", "exact")),
    ("выдано 98 тыс. 450.", (98450, None, "exact")),
    ("выехали 21 тыс. 318 граждан", (21318, "person", "exact")),
    ("учтены 2 миллиона 310 тысяч 45 человек", (2310045, "person", "exact")),
    ("въехали 1 млн 63 тыс. 12 человек", (1063012, "person", "exact")),
    ("около тысячи таджикистанцев", (1000, "person", "approx")),
    ("подали более 1,5 тысячи россиян", (1500, "person", "more_than")),
    ("выдворены более чем тысяче иностранцев", (1000, "person", "more_than")),
    ("свыше миллиона граждан", (1000000, "person", "more_than")),
    ("вернулись 1 миллиона 132,7 тысячи человек", (1132700, "person", "exact")),
    ("на учёте 2 млн 48,5 тыс. иностранцев", (2048500, "person", "exact")),
    ("на учёте состояли 1 миллион 300 тысяч 512 человек", (1300512, "person", "exact")),
    ("7. 120 тыс. мигрантов", (120000, "person", "exact")),
])
def test_written_figures_read_as_plain_numbers(text, expected):
    assert levels(text) == [expected]


@pytest.mark.parametrize("text", [
    "Брифинг прошёл 31 октября 2025 года в Астане.",
    "приказ № 397 от 12.03.2024",
    "Справки по телефону +7 (7172) 74-30-01 или 8 800 080 7777.",
    "В 2024 году правила изменились.",
    "участникам в возрасте от 18 до 35 лет",
    "бюджет программы составил 12,5 млрд тенге",
    "штраф до 150 МРП",
    "стоимость патента 7 500 рублей",
    "заработок составляет 1500–2000 долларов в месяц",
    "согласно статье 12 закона",
    "в 3-м квартале",
    "тысячи мигрантов стояли в очереди",
    "на стройках работают сотни тысяч человек",
    "запрет по статьям 26 ч.2, 27 и 18,8 закона",
    "нарушения по ст. 18.8, 18.10 или 18.15 КоАП",
    "200-тысячным посетителем стал мигрант",
    "БИШКЕК, 12 мар — Sputnik.",
    "ДУШАНБЕ, 3 сент.",
    "Адрес центра: г. Алматы, ул. Жибек Жолы, д. 50/2",
    "Вопросы можно задать по телефону горячей линии министерства 1414.",
    "Горячая линия: 1188",
    "заработок составляет около 1 900 фунтов стерлингов",
])
def test_not_levels(text):
    assert levels(text) == []


@pytest.mark.parametrize("text, role", [
    ("на 44 тыс. больше, чем годом ранее", "difference"),
    ("число выросло на 20%", "difference"),
    ("это в 2,8 раза больше", "ratio"),
    ("доля снизилась на 1,5 п.п.", "difference"),
])
def test_differences_are_not_levels(text, role):
    assert [f.role for f in figures(text)] == [role]


@pytest.mark.parametrize("text, previous, value", [
    ("увеличен с 0,2% до 0,25%", 0.2, 0.25),
    ("расширен с шести до 10", 6, 10),
    ("снижена с 3 до 2,9%", 3, 2.9),
    ("выросла с 1,2 до 1,5 млн", 1200000, 1500000),
    ("сократилась с 40 тыс. в прошлом году до 35 тыс.", 40000, 35000),
    ("поднялась с 12% в текущем году до 15%", 12, 15),
    ("уменьшилась с 7 тыс. в 2023 году до 6 тыс.", 7000, 6000),
    # an amended decree's table: old and new figure, whatever they look like
    ('в строке 3 цифры "35078" заменить цифрами "35401"', 35078, 35401),
    ("в графе 4 цифры «1200» заменить цифрами «1350»", 1200, 1350),
    ("цифру “12” заменить цифрой “15”", 12, 15),
])
def test_from_to_pairs(text, previous, value):
    pairs = find_pairs(figures(text), text)
    assert [(p.kind, p.first.value, p.second.value) for p in pairs] == [("change", previous, value)]


@pytest.mark.parametrize("text, values", [
    ("Просмотров: 13514", []),
    ("Комментарии: 48", []),
    ("прочитано 2 310", []),
    ("Приём заявок продлится до 15 мая", []),
    ("Рейд прошёл с 1 по 10 мая", []),
    ("ТАШКЕНТ, 15 авг — Sputnik", []),
    ("Приказ от 3 сент. подписан", []),
    ("работают 2 310 человек", [2310]),
])
def test_a_page_counter_or_a_date_is_no_figure(text, values):
    assert [f.value for f in figures(text)] == values


def units(text):
    return [(f.value, f.unit) for f in figures(text)]


@pytest.mark.parametrize("text, expected", [
    # workers named by their job are people, after an adjective too
    ("Из них 612 квалифицированных рабочих и 95 руководителей.", [(612, "person"), (95, "person")]),
    ("По набору в Германию уедут 350 медсестёр и 1,2 тыс. строителей.",
     [(350, "person"), (1200, "person")]),
    # the same word as an adjective before its noun counts that noun
    ("Создано 420 рабочих мест, срок рассмотрения – 10 рабочих дней.", [(420, "unit"), (10, "time")]),
    ("Штрафы получили 15 руководителей компаний.", [(15, "employer")]),
])
def test_workers_named_by_their_job_are_people(text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text, quoted", [
    ("за рубеж уезжают не менее 60 тысяч граждан", "не менее 60 тысяч граждан"),
    ("работают не более 300 иностранцев", "не более 300 иностранцев"),
    ("въехали более чем 2 тысячи человек", "более чем 2 тысячи человек"),
])
def test_a_qualified_figure_is_quoted_from_its_first_word(text, quoted):
    assert [text[f.start:f.end] for f in figures(text) if f.is_level] == [quoted]
