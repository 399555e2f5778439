"""Quota categories named by the jobs they cover take their slug on each item."""
import pytest

from engine_helpers import facts_of

HEAD = "Минтруда РК сообщает о квоте на привлечение иностранной рабочей силы.\n"


def slugs(text):
    return [(f.value, f.dimensions.get("category")) for f in facts_of(HEAD + text) if f.value]


@pytest.mark.parametrize("text, expected", [
    ("Квота на 2026 год — 19 400 единиц: на первых руководителей и их заместителей приходится "
     "800 единиц, на руководителей структурных подразделений – 4 100, на специалистов – 9 000, "
     "на квалифицированных рабочих – 2 500.",
     [(19400, None), (800, "category_1"), (4100, "category_2"), (9000, "category_3"),
      (2500, "category_4")]),
    ("Квота на привлечение иностранной рабочей силы распределена так: руководителям и их "
     "заместителям – 1 200 единиц, руководителям подразделений – 3 900, специалистам – 8 100, "
     "квалифицированным рабочим – 4 000, для сезонных работ – 1 500, для внутрикорпоративного "
     "перевода – 2 000.",
     [(1200, "category_1"), (3900, "category_2"), (8100, "category_3"), (4000, "category_4"),
      (1500, "seasonal"), (2000, "intra_corporate_transfer")]),
    ("В рамках квоты привлечено 12 тыс. иностранных работников; из них специалисты составляют "
     "6 100 человек, квалифицированные рабочие – 3 200.",
     [(12000, None), (6100, "category_3"), (3200, "category_4")]),
    ("Больше всего иностранцев трудится по третьей категории (специалисты) – 4 500, "
     "по четвертой (квалифицированные рабочие) – 2 100.",
     [(4500, "category_3"), (2100, "category_4")]),
])
def test_categories_named_by_jobs(text, expected):
    assert slugs(text) == expected


def test_list_lines_named_by_jobs():
    text = ("Квота на привлечение иностранной рабочей силы на 2026 год распределена по категориям:\n"
            "- руководители и их заместители – 1 460 единиц;\n"
            "- руководители структурных подразделений – 4 380 единиц;\n"
            "- специалисты – 7 920 единиц;\n"
            "- квалифицированные рабочие – 7 690 единиц.")
    assert slugs(text) == [(1460, "category_1"), (4380, "category_2"), (7920, "category_3"),
                           (7690, "category_4")]


@pytest.mark.parametrize("text", [
    "В Казахстане работают 16 400 иностранных специалистов.",
    "Работодатели привлекли 5 200 иностранных специалистов из Китая.",
])
def test_the_people_counted_are_no_category(text):
    assert [c for _, c in slugs(text)] == [None]


def test_categories_of_a_quota_given_in_the_sentence_before():
    text = ("«По плану на прошлый год области было выделено 7 723 квоты. По первой категории из них – "
            "144, по второй – 1 881, по третьей – 4 494, по четвертой – 604», – уточнил он.")
    facts = [f for f in facts_of(HEAD + text) if f.value]
    assert [(f.value, f.indicator, f.dimensions.get("category")) for f in facts] == [
        (7723, "foreign_labour_quota", None), (144, "foreign_labour_quota", "category_1"),
        (1881, "foreign_labour_quota", "category_2"), (4494, "foreign_labour_quota", "category_3"),
        (604, "foreign_labour_quota", "category_4")]


def test_a_tab_separated_table_is_a_list():
    text = ("Квота на выдачу иностранным гражданам разрешений на работу на 2008 год по субъектам:\n"
            "Белгородская область\t11500\n"
            "Брянская область\t3721\n")
    facts = facts_of("Федеральная миграционная служба России сообщает.\n" + text, "2008-03-05")
    assert [(f.value, f.indicator) for f in facts if f.value] == [
        (11500, "work_permit_quota"), (3721, "work_permit_quota")]


@pytest.mark.parametrize("text, expected", [
    # two categories, then their two figures in the same order
    ("Основная часть привлечённой иностранной рабочей силы относится к третьей (специалисты) и "
     "четвертой (квалифицированные рабочие) категориям – 4 210 и 860 человек.", [(4210, "category_3"), (860, "category_4")]),
    ("Большинство привлечённых иностранных работников относятся к третьей (специалисты) и "
     "четвертой (квалифицированные рабочие) категориям — 7 015 и 512 человек соответственно.",
     [(7015, "category_3"), (512, "category_4")]),
    # the unit and the job after the figure, or the ordinal in brackets after it
    ("Выдано 610 разрешений для руководителей и их заместителей (первая категория) и 2 480 "
     "разрешений для руководителей структурных подразделений (вторая категория).",
     [(610, "category_1"), (2480, "category_2")]),
    ("По данным Минтруда, иностранная рабочая сила распределена так: 3 920 специалистов (третья "
     "категория) и 1 340 квалифицированных рабочих (четвёртая категория).",
     [(3920, "category_3"), (1340, "category_4")]),
])
def test_categories_given_after_or_in_order(text, expected):
    assert slugs(text) == expected


def slugged(text):
    return [(f.value, f.indicator, f.dimensions.get("category")) for f in facts_of(HEAD + text)
            if f.value]


@pytest.mark.parametrize("text, expected", [
    # the category named before an aside; the allowance said once for the list
    ("По первой категории, куда входят руководители и их заместители, будет выдано 640 "
     "разрешений, по второй категории — руководителям структурных подразделений — 2 950 разрешений.",
     [(640, "foreign_labour_quota", "category_1"), (2950, "foreign_labour_quota", "category_2")]),
    ("По третьей категории, то есть для специалистов, предусмотрено 7 300 разрешений.",
     [(7300, "foreign_labour_quota", "category_3")]),
    # 'на 4 категории' counts the categories; it names none of them
    ("Квота распределена на 4 категории: 810 разрешений по первой категории (руководители и их "
     "заместители), 4 200 – по второй категории (руководители структурных подразделений).",
     [(810, "foreign_labour_quota", "category_1"), (4200, "foreign_labour_quota", "category_2")]),
])
def test_quota_release_items_keep_quota_and_category(text, expected):
    assert slugged(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Квота распределена так: по 1-й категории – 1 100 разрешений, по 2-й категории – 3 600 "
     "разрешений, по 3-ей категории – 7 000 разрешений.",
     [(1100, "category_1"), (3600, "category_2"), (7000, "category_3")]),
    ("С 1 июля работодателям выдано 3 900 разрешений, в том числе по 2-й категории – 640, "
     "по 4-ой категории выдано 95 разрешений.",
     [(3900, None), (640, "category_2"), (95, "category_4")]),
])
def test_categories_written_as_numbered_ordinals(text, expected):
    assert slugs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Сейчас в республике трудятся 661 первый руководитель, 1 104 руководителя структурных "
     "подразделений и 3 200 специалистов.",
     [(661, "category_1"), (1104, "category_2"), (3200, "category_3")]),
    ("По разрешениям работают 420 руководителей и заместителей, 1,9 тыс. менеджеров среднего "
     "звена, 2,6 тыс. специалистов и 710 квалифицированных рабочих.",
     [(420, "category_1"), (1900, "category_2"), (2600, "category_3"), (710, "category_4")]),
    ("Из работающих в стране иностранцев 1,2 тыс. сезонных работников и 2,4 тыс. человек, переведённых внутри "
     "корпораций.",
     [(1200, "seasonal"), (2400, "intra_corporate_transfer")]),
])
def test_the_label_that_is_the_figures_own_noun(text, expected):
    assert slugs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Всего действуют 15 800 разрешений. Больше всего разрешений у третьей и четвёртой категорий — 6 200 и 980 соответственно.",
     [(15800, None), (6200, "category_3"), (980, "category_4")]),
    ("На первую и вторую категории пришлось 410 и 2 950 разрешений соответственно.",
     [(410, "category_1"), (2950, "category_2")]),
])
def test_two_ordinals_and_their_pair_of_figures(text, expected):
    assert slugs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ещё 1 400 разрешений оформлены на сезонные работы и 1 250 — в рамках корпоративного перевода.",
     [(1400, "seasonal"), (1250, "intra_corporate_transfer")]),
    ("Выдано 9 000 разрешений. Из них 2 100 разрешений выданы для сезонных работ, а 900 – для внутрикорпоративного перевода.",
     [(9000, None), (2100, "seasonal"), (900, "intra_corporate_transfer")]),
])
def test_a_label_after_the_dash_beats_the_neighbours(text, expected):
    assert slugs(text) == expected
