"""Counts the press gives in shapes our rules did not read: a total's breakdown in the next
sentence, a list typed with a spaced hyphen, 'покинули' with the country named."""
import pytest

from engine_helpers import facts_of


def by_value(facts):
    return {f.value: (f.indicator, f.dimensions.get("country"), f.unit) for f in facts}


@pytest.mark.parametrize("text, expected", [
    # shares by country in brackets, in the sentence after the total
    ("ТАШКЕНТ. Статистика миграции. За девять месяцев на постоянное жительство за рубеж выехали "
     "3 912 человек. Больше всего – в Россию (61,4%), далее в Казахстан (22,8%) и Германию (4,1%).",
     {3912: ("emigrants_departed", None, "person"), 61.4: ("emigrants_departed", "RU", "percent"),
      22.8: ("emigrants_departed", "KZ", "percent"), 4.1: ("emigrants_departed", "DE", "percent")}),
    ("БИШКЕК. Миграция населения. В первом квартале на жительство в республику прибыли 815 "
     "человек. Чаще всего – из Таджикистана (37,5%), Узбекистана (20,2%) и Китая (9,6%).",
     {815: ("immigrants_arrived", None, "person"), 37.5: ("immigrants_arrived", "TJ", "percent"),
      20.2: ("immigrants_arrived", "UZ", "percent"), 9.6: ("immigrants_arrived", "CN", "percent")}),
    # the same breakdown in the total's own unit
    ("ДУШАНБЕ. Миграция населения. За полгода на постоянное жительство за рубеж выехали 2 400 "
     "человек. Основная часть – в Казахстан (1 730 человек), Россию (510) и Беларусь (45).",
     {2400: ("emigrants_departed", None, "person"), 1730: ("emigrants_departed", "KZ", "person"),
      510: ("emigrants_departed", "RU", "person"), 45: ("emigrants_departed", "BY", "person")}),
])
def test_a_total_is_broken_down_by_country_in_the_next_sentence(text, expected):
    assert by_value(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Статус кандаса за полгода получили 930 человек. Они прибыли из следующих стран:\n"
     "Узбекистан - 512 человек;\nКитай - 301;\nМонголия - 9;\nРоссия - 6.",
     {930: None, 512: "UZ", 301: "CN", 9: "MN", 6: "RU"}),
    ("Разрешения на работу выданы гражданам таких стран: Китай - 1 204, Турция - 388, "
     "Индия - 7.", {1204: "CN", 388: "TR", 7: "IN"}),
])
def test_a_list_typed_with_a_spaced_hyphen_is_read_as_with_a_dash(text, expected):
    assert {f.value: f.dimensions.get("country") for f in facts_of(text)} == expected


@pytest.mark.parametrize("text", [
    "Миграция населения. За прошлый год Казахстан покинули 14,3 тыс. человек.",
    "Миграция населения. С января по июнь Кыргызстан покинуло 14,3 тыс. человек.",
    "Эмиграция. Покидают Узбекистан всё чаще: за год страну покинули 14,3 тыс. человек.",
])
def test_people_who_left_a_named_country_emigrated(text):
    assert [(f.value, f.indicator) for f in facts_of(text)] == [(14300, "emigrants_departed")]


@pytest.mark.parametrize("text, expected", [
    ("На 1 июля по разрешениям акиматов работали 12 400 иностранцев. По категориям:\n"
     "первая (руководители и их заместители) – 610 человек (5%);\n"
     "вторая (руководители структурных подразделений) – 2 950 (24%);\n"
     "третья (специалисты) – 6 100 (49%);\n",
     {12400: None, 610: "category_1", 2950: "category_2", 6100: "category_3"}),
    ("На 1 июля по разрешениям акиматов работали 12 400 иностранцев. Их распределение:\n"
     "руководители и их заместители – 610 человек, 4,9%;\n"
     "специалисты – 6 100, 49,2%;\n",
     {12400: None, 610: "category_1", 6100: "category_3"}),
])
def test_a_line_of_a_list_with_its_unit_and_share_is_an_item(text, expected):
    assert {f.value: f.dimensions.get("category") for f in facts_of(text)} == expected


@pytest.mark.parametrize("text, expected", [
    ("Выдворение иностранцев. За март выдворены 312 иностранцев. За весь прошлый 2024 год их "
     "было выдворено 2 871, за 2023-й – 3 104, за 2022-й – 2 650.",
     {312: "2025-03", 2871: "2024", 3104: "2023", 2650: "2022"}),
    ("Эмиграция. Число уехавших на постоянное жительство выросло: 2023 год – 6 410, 2024 – 9 027.",
     {6410: "2023", 9027: "2024"}),
    ("Эмиграция. На постоянное жительство за рубеж выехали: в 2022 году – 5 380 человек, "
     "2023-го – 7 115.", {5380: "2022", 7115: "2023"}),
])
def test_the_items_of_a_list_by_year_count_what_the_first_one_counts(text, expected):
    facts = facts_of(text)
    assert {f.value: f.time.period for f in facts} == expected
    assert len({f.indicator for f in facts}) == 1 and facts[0].indicator is not None


@pytest.mark.parametrize("text", [
    "Патенты мигрантам. В октябре выдано 1 200 патентов. С начала года их оформлено 9 870.",
    "Патенты мигрантам. В октябре выдано 1 200 патентов, а с начала года их уже 9 870.",
])
def test_their_count_goes_on_with_what_was_counted(text):
    assert [(f.value, f.indicator) for f in facts_of(text)] == [
        (1200, "patents_issued"), (9870, "patents_issued")]


def test_a_year_before_a_spaced_dash_is_no_range_with_the_count_after_it():
    facts = facts_of("Эмиграция. Число эмигрантов за два года: 2022 – 8 790, 2023 – 17 336.")
    assert {f.value for f in facts} == {8790, 17336}


@pytest.mark.parametrize("text", [
    "Около 2 млн узбекистанцев трудятся в зарубежных странах, сообщило агентство по миграции.",
    "По данным агентства по миграции, в других странах работают около 2 млн узбекистанцев.",
])
def test_own_people_working_in_other_countries_are_citizens_abroad(text):
    assert [(f.value, f.indicator) for f in facts_of(text)] == [(2000000, "citizens_abroad")]


@pytest.mark.parametrize("text", [
    "ДУШАНБЕ. Минтруда Таджикистана: выросло число соотечественников, выдворенных из России. "
    "За квартал их было 4 210.",
    "ДУШАНБЕ. Минтруда Таджикистана: растёт число мигрантов, депортированных из России. "
    "С начала года их депортировано 4 210.",
])
def test_their_count_of_people_sent_back_is_of_the_sending_state(text):
    assert [(f.value, f.indicator, f.dimensions.get("country")) for f in facts_of(text)] == [
        (4210, "deportations", "TJ")]
