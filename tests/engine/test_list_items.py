"""Items of a breakdown as the press writes them: shares only, the smallest counts, amended decrees, bans."""
import pytest

from engine_helpers import facts_of

HEAD = "Министерство труда РК сообщает о трудовой миграции.\n"


def items(text):
    return [(f.value, f.unit, f.dimensions.get("country")) for f in facts_of(HEAD + text)
            if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("По странам исхода трудовых мигрантов: Узбекистан – 45,6%, Китай – 21,3%, Турция – 9,1%.",
     [(45.6, "percent", "UZ"), (21.3, "percent", "CN"), (9.1, "percent", "TR")]),
    ("Больше всего иностранцев въехали на работу из Узбекистана (38,2%) и Таджикистана (16,7%).",
     [(38.2, "percent", "UZ"), (16.7, "percent", "TJ")]),
])
def test_a_breakdown_in_shares_only(text, expected):
    assert items(text) == expected


def test_a_share_beside_its_count_stays_part_of_it():
    facts = facts_of(HEAD + "Из Китая прибыли 5 512 трудовых мигрантов (33,6%).")
    assert [(f.value, f.share_pct) for f in facts] == [(5512, 33.6)]


@pytest.mark.parametrize("text, expected", [
    ("Статус кандаса получили 668 этнических кыргызов: из Китая – 420, из Турции – 3, из Ирана – 2.",
     [420, 3, 2]),
    ("Трудовых мигрантов выдворено 120 человек, в том числе граждан Египта — 2, Индии — 4.", [2, 4]),
])
def test_the_smallest_items_of_a_list_are_figures(text, expected):
    assert [v for v, _, c in items(text) if c][-len(expected):] == expected


def test_an_amended_decree_gives_old_and_new_figures():
    text = ("В приложении к постановлению о квоте на выдачу иностранным гражданам разрешений на работу "
            "цифры \"2939\" заменить цифрами \"2941\", цифры \"347\" заменить цифрами \"271\".")
    assert [(f.value, f.previous, f.category) for f in facts_of(HEAD + text)] == [
        (2941, 2939, "policy"), (271, 347, "policy")]


@pytest.mark.parametrize("text", [
    "С 1 марта мигрантам с патентами запрещено работать в такси и общественном транспорте.",
    "Власти области продлили на 2026 год запрет на привлечение иностранцев по патентам в торговле.",
])
def test_a_ban_with_no_number_is_a_measure_in_force(text):
    fact, = facts_of(HEAD + text)
    assert (fact.value, fact.category, fact.status) == (None, "policy", "adopted")


@pytest.mark.parametrize("text", [
    "Иностранную рабочую силу сейчас используют 1 751 работодатель.",
    "У них трудятся свыше 433,4 тыс. казахстанцев, это 96% всего персонала.",
    "На них работают более 512 тыс. граждан Казахстана – 97% всех работников.",
    "Работодатели создали 2 150 рабочих мест для граждан Казахстана.",
    # employers fined for hiring foreigners are no count either (corpora/README.md)
    "За незаконное привлечение иностранной рабочей силы оштрафованы 2 100 работодателей.",
    "К административной ответственности привлечены 48 работодателей, нанимавших мигрантов без патентов.",
    "Наказаны также 27 работодателей, использовавших труд иностранцев без разрешения.",
    "Положительное сальдо миграции сложилось в четырех регионах: в Астане (5 447 человек), Алматы (5 734 человека).",
    "С 13 по 17 октября в регионе идет профилактическое мероприятие «Нелегал».",
])
def test_not_figures_of_migration(text):
    assert items(text) == []


def test_foreigners_beside_local_staff_are_a_figure():
    text = "В стране работают 267 строительных компаний, в которых заняты 34 528 граждан республики и 4 тыс. иностранцев."
    assert 4000 in [v for v, _, _ in items(text)]


def test_own_citizens_placed_abroad_are_no_local_staff():
    text = "За полгода через агентства занятости за рубежом трудоустроены 1 870 граждан Казахстана."
    assert [v for v, _, _ in items(text)] == [1870]


def test_a_label_after_a_spaced_hyphen_names_its_item():
    text = ("Больше всего иностранцев приехали из Китая - 3 100 человек, из Турции – 1 200 человек "
            "и 870 - из Великобритании.")
    assert [(f.value, f.dimensions.get("country")) for f in facts_of(HEAD + text)][-1] == (870, "GB")


def test_row_numbers_of_a_table_are_no_figures():
    text = ("Квота на выдачу приглашений на въезд в целях осуществления трудовой деятельности:\n"
            "| 10 | Московская область | 10479 |\n| 11 | Орловская область | 254 |\n")
    assert [v for v, _, _ in items(text)] == [10479, 254]


def quoted(text):
    text = HEAD + text
    return [(f.value, f.dimensions.get("country"), f.evidence.text) for f in facts_of(text)
            if f.value is not None and text[f.evidence.start:f.evidence.end] == f.evidence.text]


@pytest.mark.parametrize("text, expected", [
    ("Граждан на консульском учёте в России – 41 тыс., в Италии и Испании – по 6 тыс.",
     [(41000, "RU", "41 тыс."), (6000, "IT", "Италии и Испании – по 6 тыс."),
      (6000, "ES", "Испании – по 6 тыс.")]),
    ("Из-за рубежа вернулись 512 трудовых мигрантов: из России — 400, из Ирана, Катара и Египта — по 4.",
     [(512, None, "512 трудовых мигрантов"), (400, "RU", "400"),
      (4, "IR", "Ирана, Катара и Египта — по 4"), (4, "QA", "Катара и Египта — по 4"),
      (4, "EG", "Египта — по 4")]),
    ("Из-за рубежа вернулись 90 трудовых мигрантов: из Турции — 88, из Индии и Ирака — по одному.",
     [(90, None, "90 трудовых мигрантов"), (88, "TR", "88"),
      (1, "IN", "Индии и Ирака — по одному"), (1, "IQ", "Ирака — по одному")]),
    ("Граждан на консульском учёте в Турции – 12 тыс., в Польше и Чехии – примерно по 2 тыс.",
     [(12000, "TR", "12 тыс."), (2000, "PL", "Польше и Чехии – примерно по 2 тыс."),
      (2000, "CZ", "Чехии – примерно по 2 тыс.")]),
    ("Граждан на консульском учёте в Турции – 12 тыс., в Польше и Чехии – около по 2 тыс.",
     [(12000, "TR", "12 тыс."), (2000, "PL", "Польше и Чехии – около по 2 тыс."),
      (2000, "CZ", "Чехии – около по 2 тыс.")]),
])
def test_one_figure_shared_by_several_countries_is_a_fact_for_each(text, expected):
    assert quoted(text) == expected


def test_a_figure_per_unit_is_not_shared_out():
    assert all(f.value != 2 or not f.dimensions for f in facts_of(
        HEAD + "Из Индии и Непала прибыли 300 трудовых мигрантов, по 2 человека на каждую вакансию."))


@pytest.mark.parametrize("text, expected", [
    ("Удостоверение кайрылмана получили 512 человек: из Китая – 400, из Турции – 7, "
     "из прочих стран – 5.", [(512, "person", None), (400, "person", "CN"), (7, "person", "TR"),
                             (5, "person", None)]),
    ("Статус кандаса получили 2 000 человек: 61,5% – из Узбекистана, 30,2% – из Китая и "
     "8,3% – из других стран.", [(2000, "person", None), (61.5, "percent", "UZ"),
                                 (30.2, "percent", "CN"), (8.3, "percent", None)]),
])
def test_the_rest_of_a_breakdown_is_an_item_with_no_country(text, expected):
    assert items(text) == expected


STAT = "Бюро национальной статистики сообщает о внешней миграции.\n"


@pytest.mark.parametrize("text, expected", [
    ("За полгода из страны уехали 8,2 тыс. человек, а въехали 3,1 тыс. человек.",
     [8200, 3100]),
    ("В январе–марте республику покинули почти 2 тыс. граждан.", [2000]),
])
def test_people_who_leave_or_arrive_are_counted_in_a_migration_text(text, expected):
    assert [f.value for f in facts_of(STAT + text) if f.value is not None] == expected


@pytest.mark.parametrize("text, expected", [
    ("В прошлом году граждане республики совершили 9,6 млн выездов за рубеж.", [9600000]),
    ("За девять месяцев зафиксировано 1,9 млн поездок граждан за рубеж.", [1900000]),
])
def test_crossings_of_the_border_are_counted_in_a_migration_text(text, expected):
    assert [f.value for f in facts_of(STAT + text) if f.value is not None][-len(expected):] == expected


def test_papers_for_a_trip_are_not_trips():
    facts = [f for f in facts_of(STAT + "Полиция оформила 2,4 тыс. документов на выезд на ПМЖ.")
             if f.value is not None]
    assert [f.unit for f in facts] != ["entry"]


def test_people_who_do_not_move_are_not_counted_for_their_verb_alone():
    assert facts_of(STAT + "На выставку пришли 3 тыс. человек, а концерт посетили 5 тыс. человек.") == []


@pytest.mark.parametrize("text, expected", [
    ("По данным ведомства, в Италии и Испании находятся около 4 тыс. граждан республики.", [(4000, None)]),
    ("Из Узбекистана и Таджикистана прибыли 7 тыс. трудовых мигрантов, из Китая — 900.",
     [(7000, None), (900, "CN")]),
])
def test_a_figure_for_several_countries_together_has_none_of_them(text, expected):
    assert [(f.value, f.dimensions.get("country")) for f in facts_of(HEAD + text)
            if f.value is not None] == expected


DECREE = ("Распределение на 2024 год квот на выдачу иностранным гражданам разрешений на работу.\n\n"
          "Новгородская область\n\n")


@pytest.mark.parametrize("rows, expected", [
    # a table rendered one cell a line, and one row a line
    ("Операторы производственных установок и машин\n\n38\n\n"
     "Работники сферы обслуживания и торговли\n\n4\n",
     [38, 4]),
    ("Операторы производственных установок и машин — 38\n"
     "Работники сферы обслуживания и торговли — 4\n",
     [38, 4]),
])
def test_rows_of_a_quota_table_are_facts_however_small(rows, expected):
    facts = facts_of(DECREE + rows)
    assert [f.value for f in facts if f.value is not None] == expected
    assert {f.indicator for f in facts} == {"work_permit_quota"}


def test_a_lone_number_line_under_prose_is_no_row():
    assert facts_of(HEAD + "Иностранные работники прибыли в Атырау.\n\nСмотрите также\n\n24\n") == []


def test_items_in_the_paragraph_after_their_total_are_facts():
    text = (STAT + "За год страну покинули 52 тыс. человек.\n"
            "Больше всего уехавших — в Россию (31 тыс.), в Германию (9 тыс.) и в Польшу (2 тыс.).")
    facts = [f for f in facts_of(text) if f.value is not None]
    assert [(f.value, f.dimensions.get("country")) for f in facts] == [
        (52000, None), (31000, "RU"), (9000, "DE"), (2000, "PL")]
    assert len({(f.time.period, f.time.as_of) for f in facts}) == 1


@pytest.mark.parametrize("text, expected", [
    ("Больше всего иностранных работников прибыло из Индии — 3 210 человек. Затем следуют "
     "Китай (2 045), Турция (1 130) и Вьетнам (415).",
     [(3210, "IN"), (2045, "CN"), (1130, "TR"), (415, "VN")]),
    ("Лидирует Узбекистан: оттуда въехали на работу 4 100 трудовых мигрантов. На втором месте "
     "Таджикистан – 1 920, на третьем Кыргызстан – 870.",
     [(4100, "UZ"), (1920, "TJ"), (870, "KG")]),
])
def test_a_list_by_country_goes_on_in_the_next_sentence(text, expected):
    facts = [f for f in facts_of(HEAD + text) if f.value is not None]
    assert [(f.value, f.dimensions.get("country")) for f in facts] == expected
    assert len({f.indicator for f in facts}) == 1 and facts[0].indicator


@pytest.mark.parametrize("text, expected", [
    ("Трудовые иммигранты работают в основном на стройках – 41 250, в ресторанах и кафе – 7 300, "
     "на прочих работах – 1 120.", [41250, 7300, 1120]),
    ("Разрешения на работу выданы так: строительство – 2 400, услуги по уходу за детьми – 310, "
     "иные виды работ – 95.", [2400, 310, 95]),
])
def test_each_item_of_a_dash_list_shares_its_first_items_measure(text, expected):
    facts = [f for f in facts_of(HEAD + text) if f.value is not None]
    assert [f.value for f in facts] == expected
    assert len({f.indicator for f in facts}) == 1 and facts[0].indicator


def test_a_sum_of_money_after_a_dash_list_is_no_item():
    text = "Трудовые иммигранты работают на стройках – 41 250, их средний доход – 300 тыс. тенге."
    assert [f.value for f in facts_of(HEAD + text) if f.value is not None] == [41250]


@pytest.mark.parametrize("text, expected", [
    ("За полгода на заработки за рубеж выехали 212 тыс. трудовых мигрантов. Среди них мужчины — "
     "188 тыс., женщин заметно меньше — 24 тыс.", [212000, 188000, 24000]),
    ("Из уехавших на работу за границу трудовых мигрантов мужчин – 61 530, женщин – 9 870.",
     [61530, 9870]),
])
def test_items_of_a_breakdown_by_sex_are_counts(text, expected):
    facts = [f for f in facts_of(HEAD + text) if f.value is not None]
    assert [f.value for f in facts] == expected
    assert len({f.indicator for f in facts}) == 1 and facts[0].indicator


def test_an_age_or_money_after_the_word_for_men_is_no_item():
    text = ("За рубеж на заработки выехали 212 тыс. трудовых мигрантов. Средний возраст мужчин — "
            "34 года, заработок женщин — 900 долларов.")
    assert [f.value for f in facts_of(HEAD + text) if f.value is not None] == [212000]


@pytest.mark.parametrize("text, expected", [
    ("В Приморье сейчас трудятся около 4,5 тыс. гастарбайтеров.", [4500]),
    ("Гастарбайтеров на стройках города стало больше: их насчитали 12 300 человек.", [12300]),
])
def test_gastarbeiters_are_foreign_workers_even_in_a_text_with_no_other_topical_word(text, expected):
    facts = [f for f in facts_of(text) if f.value is not None]
    assert [f.value for f in facts] == expected
    assert {f.indicator for f in facts} == {"foreign_workers_employed"}


UZ_HEAD = "Ташкент. Агентство внешней трудовой миграции сообщает.\n"
TJ_HEAD = "Душанбе. Министерство труда, миграции и занятости населения Таджикистана сообщает.\n"


@pytest.mark.parametrize("text, value, country", [
    # a list by destination whose first item names its state after the verb of leaving
    (UZ_HEAD + "За полгода через агентство работу за рубежом нашли 40 210 человек. Основная "
               "часть, 35 870 человек, уехали в Россию, 2 115 – в Казахстан.", 35870, "RU"),
    (UZ_HEAD + "За год на постоянное жительство за границу выбыли 9 300 человек. Из них 41%, "
               "или 3 813 человек, переехали в Казахстан, 50% – в Россию.", 3813, "KZ"),
    (TJ_HEAD + "За квартал на заработки выехали 80 тыс. человек, из них 61 тыс. человек "
               "выехали на работу в Россию, 12 тыс. – в Казахстан.", 61000, "RU"),
    # the item 'в другие государства' names no one state, whatever item came before it
    (TJ_HEAD + "За полгода в трудовую миграцию выехали 210 тыс. человек, в том числе 190 тыс. – "
               "в Российскую Федерацию, 8 тыс. – в Казахстан и 12 тыс. – в другие государства.",
     12000, None),
    (TJ_HEAD + "За год за рубеж выехали 500 тыс. человек: 470 тыс. – в Россию, 6 тыс. – в "
               "Турцию и 24 тыс. – в прочие страны.", 24000, None),
])
def test_an_item_by_destination_takes_its_own_state(text, value, country):
    found = [f for f in facts_of(text) if f.value == value]
    assert len(found) == 1 and found[0].dimensions.get("country") == country


@pytest.mark.parametrize("text", [
    "В Казахстане работают 15 200 иностранцев. Разрешения получили 640 первых руководителей и "
    "2,9 тыс. руководителей подразделений. На сезонные работы привлекли 1 870 человек.",
    "Разрешения на работу в республике получили 512 руководителей. На сезонные работы "
    "привлечены 2 040 человек.",
])
def test_a_seasonal_item_keeps_its_own_measure(text):
    facts = facts_of("Министерство труда РК сообщает о трудовой миграции.\n" + text, "2021-08-26")
    assert [f.indicator for f in facts if f.dimensions.get("category") == "seasonal"] == ["seasonal_workers"]
