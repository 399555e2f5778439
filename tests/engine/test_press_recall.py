"""Figures the press prints in ways our first rules did not read: each is found, once."""
import pytest

from engine_helpers import facts_of, values


@pytest.mark.parametrize("text, value", [
    # people gone to work abroad, with no word for migration in the whole text
    ("За весну на заработки в Турцию уехали 2 140 граждан республики.", 2140),
    ("С начала года на заработки выехали 18,5 тыс. жителей области.", 18500),
    # the host state's papers: citizenship, residence permits
    ("За полугодие гражданство России получили 41,2 тыс. выходцев из Таджикистана.", 41200),
    ("В мае вид на жительство оформили 1 230 граждан Кыргызстана.", 1230),
    ("За квартал разрешение на временное проживание получили 7,4 тыс. россиян.", 7400),
])
def test_a_text_about_work_abroad_or_residence_is_read(text, value):
    assert value in values(facts_of(text))


@pytest.mark.parametrize("text", [
    "Средний заработок в отрасли за год вырос до 410 тыс. тенге.",
    "Гражданство получили по закону все жители посёлка, сообщил аким.",
])
def test_the_wider_filter_reports_no_stray_figure(text):
    assert facts_of(text) == []


@pytest.mark.parametrize("block", [
    "МАТЕРИАЛЫ ПО ТЕМЕ\nКак в Москве проверяют патенты мигрантов\n",
    "Читайте также:\nВ Казахстан за год въехали 1,1 млн иностранцев\n",
    "Ещё по теме\nКвоту на мигрантов снизят\nПатенты подорожают с января\n",
])
def test_the_article_goes_on_after_links_set_into_it(block):
    text = ("Узбекистанцы лидируют среди получивших патенты\n"
            "В Москве за полгода выдано 112 тыс. патентов иностранным гражданам.\n" + block +
            "\nПо данным МВД, больше всего патентов оформили граждане Узбекистана – 61 тыс., "
            "на втором месте граждане Таджикистана – 33 тыс.\n")
    assert sorted(values(facts_of(text))) == [33000, 61000, 112000]


def test_related_news_with_no_prose_after_them_still_end_the_article():
    text = ("Узбекистанцы лидируют среди получивших патенты\n"
            "В Москве за полгода выдано 112 тыс. патентов иностранным гражданам.\n"
            "Читайте также\nВ Казахстан за год въехали 1,1 млн иностранцев\n"
            "В Россию выехали 640 тыс. трудовых мигрантов\n"
            "Из Таджикистана за год уехали 480 тыс. человек на заработки\n")
    assert values(facts_of(text)) == [112000]


@pytest.mark.parametrize("text, expected", [
    ("Заявления на гражданство подали 240 россиян и 18 украинцев.", {240: "RU", 18: "UA"}),
    ("Вид на жительство получили 312 россиян и 45 белорусов.", {312: "RU", 45: "BY"}),
    ("За месяц гражданство получили 96 узбеков и 31 таджик.", {96: "UZ", 31: "TJ"}),
])
def test_people_counted_by_their_own_nationality(text, expected):
    assert {f.value: f.dimensions.get("country") for f in facts_of(text)} == expected


@pytest.mark.parametrize("text, expected", [
    ("За квартал выдворено 215 граждан Таджикистана и 97 граждан Узбекистана.", {215: "TJ", 97: "UZ"}),
    ("Из области депортированы 88 граждан Киргизии и 41 гражданин Азербайджана.", {88: "KG", 41: "AZ"}),
])
def test_each_figure_of_a_pair_takes_the_country_after_it(text, expected):
    assert {f.value: f.dimensions.get("country") for f in facts_of(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a list of regions under a quota of people, one row a line, the unit cut short
    ("Региональная квота приёма переселенцев на 2027 год – 6 100 человек.\nПо областям:\n"
     "Костанайская область – 540 чел.\nАкмолинская область – 310 чел.",
     {6100: None, 540: "KZ-39", 310: "KZ-11"}),
    ("Региональная квота приёма кандасов на 2027 год – 2 400 человек.\nПо областям:\n"
     "Костанайская область – 540\nПавлодарская область – 1 020",
     {2400: None, 540: "KZ-39", 1020: "KZ-55"}),
    # the list opened by a colon inside the sentence
    ("Квота на привлечение иностранной рабочей силы на 2027 год – 27 500 единиц. В разрезе "
     "регионов: в Мангистауской области – 3 900, в Астане – 2 750.",
     {27500: None, 3900: "KZ-47", 2750: "KZ-71"}),
    # the next regions of a list whose first item carried the verb and the unit
    ("Квота приёма кандасов на 2027 год распределена по областям. В Костанайской области "
     "предусмотрен приём 540 человек, в Акмолинской области — 310 и в Павлодарской — 1 020.",
     {540: "KZ-39", 310: "KZ-11", 1020: "KZ-55"}),
])
def test_regional_items_of_a_quota(text, expected):
    facts = facts_of(text)
    assert {f.value: f.dimensions.get("region") for f in facts} == expected
    assert {f.category for f in facts} == {"quota"}


@pytest.mark.parametrize("text, expected", [
    ("С начала года выдано 3 150 разрешений на привлечение иностранной рабочей силы. Из них "
     "по 1-й категории – 41, по 2-й категории – 630.", {41: "category_1", 630: "category_2"}),
    ("С начала года выдано 3 150 разрешений на привлечение иностранной рабочей силы, в том "
     "числе по II категории – 630, по IV категории – 205.", {630: "category_2", 205: "category_4"}),
])
def test_categories_written_with_figures(text, expected):
    found = {f.value: f.dimensions.get("category") for f in facts_of(text) if "category" in f.dimensions}
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    ("В 2024 году в область вернулись 61 этнический казах. По странам: 40 человек приехали из "
     "Узбекистана, 12 – из Китая, 9 – из Монголии.", {61: None, 40: "UZ", 12: "CN", 9: "MN"}),
    ("За месяц из города выдворены 34 иностранца. Больше всего – граждане Таджикистана: 15 "
     "человек, 8 – из Кыргызстана.", {34: None, 15: "TJ", 8: "KG"}),
])
def test_an_item_labelled_after_its_figure(text, expected):
    assert {f.value: f.dimensions.get("country") for f in facts_of(text)} == expected


@pytest.mark.parametrize("text, expected", [
    ("За три года в район переехали 310 кандасов.\n2023 год – приехали 190 человек.\n"
     "2024 год – приехали 120 человек.", [310, 190, 120]),
    ("За два года в область переселились 240 кандасов.\nВ 2023 году приезжали 130 человек.",
     [240, 130]),
])
def test_moves_in_either_aspect_are_topical(text, expected):
    assert values(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("В прошлом году российское гражданство приняли 540 тыс. иностранцев, из них 71 200 — "
     "таджикистанцы.", {71200: "TJ"}),
    ("За полгода гражданство получили 212 тыс. человек, в том числе 19 400 граждан "
     "Узбекистана и 8 300 граждан Армении.", {19400: "UZ", 8300: "AM"}),
])
def test_the_part_of_a_total_with_no_indicator(text, expected):
    found = {f.value: f.dimensions.get("country") for f in facts_of(text) if f.value in expected}
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    ("За девять месяцев в Москве выдано 1,2 млн патентов. Гражданам Узбекистана досталось 48% "
     "патентов, Таджикистана – 31%, Киргизии – 12%.", {48: "UZ", 31: "TJ", 12: "KG"}),
    ("За полгода выдано 640 тыс. патентов. Гражданам Таджикистана оформлено 39% патентов, "
     "Узбекистана – 37%.", {39: "TJ", 37: "UZ"}),
])
def test_the_first_share_of_a_list_in_shares(text, expected):
    found = {f.value: f.dimensions.get("country") for f in facts_of(text) if f.unit == "percent"}
    assert found == expected
