"""Sentences in, facts out: what a reader of the JSON would check by eye."""
import pytest

from engine_helpers import facts_of, only, values


@pytest.mark.parametrize("text, value, country", [
    ("Основными странами исхода трудовых мигрантов являются: Китай – 5330 человек.", 5330, "CN"),
    ("Больше всего трудовых мигрантов прибыло из Узбекистана – 124,1 тыс человек.", 124100, "UZ"),
    ("Среди иностранных работников граждане Турции: 1 046 человек.", 1046, "TR"),
    ("По линии трудовой миграции в Казахстане работают 4 780 граждан КНР.", 4780, "CN"),
    ("Патенты получили 630 859 узбекских мигрантов.", 630859, "UZ"),
    ("Иностранных работников из Кыргызстана — 2 154 человека.", 2154, "KG"),
    ("Иностранных работников из Республики Корея — 311 человек.", 311, "KR"),
])
def test_country_of_a_breakdown_item(text, value, country):
    fact = only(facts_of("Министерство труда РК сообщает о трудовой миграции.\n" + text))
    assert (fact.value, fact.dimensions.get("country")) == (value, country)


@pytest.mark.parametrize("text, value", [
    ("Иностранных работников из Ирана, Турции и других стран — 345 человек.", 345),
    ("Остальные 232 трудовых мигранта выехали в Турцию, Польшу и другие страны.", 232),
])
def test_the_rest_of_a_breakdown_has_no_country(text, value):
    fact = only(facts_of("Министерство труда РК сообщает о трудовой миграции.\n" + text))
    assert (fact.value, fact.dimensions.get("country")) == (value, None)


def test_destination_named_once_for_the_whole_sentence():
    text = ("Центр занятости граждан за рубежом Кыргызстана сообщает.\n"
            "В 2024 году по системе EPS в Республику Корея выехали 5 006 граждан Кыргызстана.")
    fact = only(facts_of(text))
    assert (fact.value, fact.dimensions.get("country"), fact.jurisdiction) == (5006, "KR", "KG")


def test_total_and_items_of_a_breakdown_are_linked():
    text = ("Минтруда РК: на 1 октября текущего года трудовую деятельность осуществляют "
            "132,5 тыс. трудовых иммигрантов: из Узбекистана – 124,1 тыс, из Таджикистана – 7,1 тыс.")
    total, *items = facts_of(text)
    assert total.value == 132500 and total.time.as_of == "2025-10-01"
    assert [(i.value, i.dimensions["country"], i.parent) for i in items] == [
        (124100, "UZ", total.id), (7100, "TJ", total.id)]
    assert all(i.indicator == total.indicator for i in items)


def test_items_in_the_next_sentence_belong_to_the_total():
    text = ("На 1 октября 2025 года в Казахстане работают 16 935 иностранцев. Больше всего "
            "специалистов прибыло из Китая – 5 580 человек, из Узбекистана – 2 734 человека.")
    total, *items = facts_of(text)
    assert total.dimensions == {} and total.jurisdiction == "KZ"
    assert [(i.value, i.parent, i.time.as_of) for i in items] == [
        (5580, total.id, "2025-10-01"), (2734, total.id, "2025-10-01")]


def test_emoji_bullets_and_categories_named_by_ordinal_only():
    text = ("Минтруда РК: итоги привлечения иностранной рабочей силы.\n"
            "🔹 На 1 марта 2025 года в республике работают 16 102 иностранных специалиста.\n"
            "🔹 Из них первой категории (руководители) – 1 420, второй – 3 305, третьей – 6 877.")
    total, *items = facts_of(text)
    assert [(i.value, i.dimensions.get("category"), i.parent, i.time.as_of) for i in items] == [
        (1420, "category_1", total.id, "2025-03-01"), (3305, "category_2", total.id, "2025-03-01"),
        (6877, "category_3", total.id, "2025-03-01")]


def test_a_share_of_the_quota_used_is_not_a_quota_level():
    text = ("Квота на привлечение иностранной рабочей силы на 2025 год — 19,4 тыс. единиц. "
            "Из нее использовано почти 83%.")
    assert values(facts_of(text)) == [19400]


def test_a_quota_does_not_carry_over_to_people_sent_abroad():
    text = ("Агентство внешней трудовой миграции Узбекистана сообщает.\n"
            "Корейская сторона определила для Узбекистана квоту на 2025 год в 7 500 человек. "
            "В Японию выехали 1 034 человека.")
    quota, count = facts_of(text)
    assert (quota.category, quota.value, quota.dimensions.get("country")) == ("quota", 7500, "KR")
    assert (count.category, count.value, count.dimensions.get("country")) == ("count", 1034, "JP")


def test_lettered_points_of_a_decree_break_down_its_quota():
    text = ("2. Установить на 2026 год квоту на выдачу иностранным гражданам разрешений на работу "
            "в размере 224 715, в том числе:\nа) для квалифицированных рабочих — 151 020;\n"
            "б) для руководителей и специалистов — 61 208.")
    total, *items = facts_of(text, published="2025-12-19")
    assert (total.category, total.value, total.time.period) == ("quota", 224715, "2026")
    assert [(i.value, i.parent, i.indicator) for i in items] == [
        (151020, total.id, total.indicator), (61208, total.id, total.indicator)]


def test_table_rows_rendered_as_text():
    text = ("Иностранные работники в Казахстане на 1 июля 2025 года по странам:\n"
            "Китай | 4 120 | 27,1%\nПрочие страны | 5 306 | 34,9%\n")
    facts = facts_of(text)
    assert [(f.value, f.dimensions.get("country")) for f in facts] == [(4120, "CN"), (5306, None)]


@pytest.mark.parametrize("text, value, country", [
    ("Министерство сообщает о трудовой миграции: за год на работу выехали 4 108 — в Корею.", 4108, "KR"),
    ("Больше всего иностранных работников из Китая, далее Индия (около 610 человек).", 610, "IN"),
])
def test_country_named_after_a_dash_or_before_a_hedged_bracket(text, value, country):
    fact = facts_of("Министерство труда РК сообщает.\n" + text)[-1]
    assert (fact.value, fact.dimensions.get("country")) == (value, country)


def test_both_ends_of_a_difference_range_are_differences():
    text = "Потребность в иностранных работниках на 2026 год на 5–7% выше нынешней квоты."
    assert facts_of(text) == []


@pytest.mark.parametrize("text, indicator, country", [
    ("Минтруда РК сообщает. В Казахстане работают 15 406 иностранцев.",
     "foreign_workers_employed", None),
    ("Агентство внешней трудовой миграции Узбекистана сообщает. В России трудятся 1,2 млн "
     "граждан Узбекистана.", "citizens_abroad", "RU"),
])
def test_migrants_seen_from_the_reporting_state(text, indicator, country):
    fact = only(facts_of(text))
    assert (fact.indicator, fact.dimensions.get("country")) == (indicator, country)


def test_a_list_announced_without_its_total_belongs_to_the_latest_one_of_its_kind():
    text = ("Минтруда РК: на 1 июля 2022 года в Казахстане работают 11,8 тыс. иностранных "
            "работников. За первое полугодие выдано 6 120 разрешений на работу.\n\n"
            "Основные страны исхода иностранных работников:\n- Китай: 3 912;\n- Турция: 1 587.")
    workers, permits, *items = facts_of(text, published="2022-08-12")
    assert [(i.value, i.parent, i.time.as_of) for i in items] == [
        (3912, workers.id, "2022-07-01"), (1587, workers.id, "2022-07-01")]


def test_the_date_of_an_order_is_not_the_time_of_its_figures():
    text = ("Приказом министра от 27 декабря 2018 года № 573 утверждена квота на привлечение "
            "иностранной рабочей силы на 2019 год. Квота составляет 49 100 единиц.")
    fact = only(facts_of(text, published="2019-01-04"))
    assert (fact.value, fact.time.period) == (49100, "2019")


def test_a_figure_without_time_takes_the_last_time_of_its_own_kind():
    text = ("Минтруда РК: на 1 июля 2024 года в Казахстане трудятся 16,4 тыс. иностранных "
            "работников. Квота на привлечение иностранной рабочей силы на 2024 год — 18,9 тыс. единиц. "
            "Из Великобритании прибыл 431 иностранный специалист.")
    stock, quota, british = facts_of(text, published="2024-07-25")
    assert (quota.time.period, british.time.as_of) == ("2024", "2024-07-01")


def test_bulleted_list_items_take_the_header_topic():
    text = ("МВД России: в первом полугодии иностранным гражданам выдано 1,2 млн патентов, "
            "в том числе гражданам:\n✅ Узбекистан — 630 859\n✅ Таджикистан — 401 200\n")
    facts = facts_of(text, published="2024-07-24")
    assert values(facts) == [1200000, 630859, 401200]
    assert [f.indicator for f in facts] == ["patents_issued"] * 3
    assert [f.dimensions.get("country") for f in facts] == [None, "UZ", "TJ"]
    assert facts[1].parent == facts[0].id


@pytest.mark.parametrize("text, period, as_of", [
    ("Квота на привлечение иностранной рабочей силы в текущем году составила 19,4 тыс. единиц.", "2025", None),
    ("Квота на привлечение иностранной рабочей силы на 2026 год составит 18,9 тыс. единиц.", "2026", None),
    ("В прошлом году квота на привлечение иностранной рабочей силы составляла 29 тыс. единиц.", "2024", None),
    ("За 9 месяцев 2025 года выдано 14 700 разрешений на работу иностранным гражданам.", "2025-01/2025-09", None),
    ("В третьем квартале выдано 3 018 разрешений на работу иностранцам.", "2025-Q3", None),
    ("По состоянию на 1 июля 2024 года в стране работают 18,7 тыс. иностранных работников.", None, "2024-07-01"),
])
def test_time_is_resolved_against_publication(text, period, as_of):
    fact = only(facts_of(text))
    assert (fact.time.period, fact.time.as_of) == (period, as_of)


def test_change_keeps_old_and_new_level():
    fact = only(facts_of("Увеличен размер квоты на привлечение иностранных работников с 0,2% до 0,25%."))
    assert (fact.category, fact.value, fact.previous, fact.unit) == ("policy", 0.25, 0.2, "percent")
    assert fact.change.direction == "increase" and fact.status == "adopted"


def test_change_with_the_old_levels_year_between():
    fact = only(facts_of("Квота на привлечение иностранной рабочей силы на 2021 год снижена "
                         "с 0,41% в 2020 году до 0,28%."))
    assert (fact.value, fact.previous, fact.time.period) == (0.28, 0.41, "2021")


def test_reduction_to_a_level_with_original_plan():
    fact = only(facts_of("Квоту на привлечение иностранной рабочей силы сократили до 23 560 единиц, "
                         "изначально планировалось 28 352."))
    assert (fact.value, fact.previous, fact.change.direction) == (23560, 28352, "decrease")


def test_difference_is_attached_not_reported():
    fact = only(facts_of("В Казахстане трудовую деятельность осуществляют 391 тыс. трудовых мигрантов, "
                         "это на 44 тыс. больше, чем годом ранее."))
    assert fact.value == 391000
    assert (fact.change.direction, fact.change.delta) == ("increase", 44000)


def test_share_next_to_a_count_is_part_of_it():
    fact = only(facts_of("Минтруда РК о трудовой миграции.\n"
                         "Из них граждан Китая среди иностранных работников – 3 768 человек (25,6%)."))
    assert (fact.value, fact.share_pct, fact.dimensions["country"]) == (3768, 25.6, "CN")


@pytest.mark.parametrize("text, status", [
    ("Также вносятся поправки в Правила организации наставничества для иностранных специалистов.",
     "in_progress"),
    ("Планируется пересмотреть механизмы привлечения иностранной рабочей силы.", "planned"),
])
def test_measures_without_numbers(text, status):
    fact = only(facts_of("Минтруда РК о трудовой миграции и квоте.\n" + text))
    assert (fact.category, fact.value, fact.status) == ("policy", None, status)


def test_a_draft_gives_its_figures_the_proposed_status():
    fact = only(facts_of("Минтруда РК вынесло на публичное обсуждение проект приказа: квота на "
                         "привлечение иностранной рабочей силы на 2026 год составит 0,25% рабочей силы."))
    assert (fact.value, fact.unit, fact.status) == (0.25, "percent", "proposed")


@pytest.mark.parametrize("text", [
    "Стоимость патента для иностранных граждан в Москве составит 8 900 рублей в месяц.",
    "Брифинг о трудовой миграции прошёл 31 октября 2025 года, телефон +7 (7172) 74-30-01.",
    "Согласно приказу № 397 квота на привлечение иностранной рабочей силы утверждена.",
    "Иностранным работникам старше 18 лет необходимо оформить разрешение.",
    "Мигранты из 12 стран принимали участие в турнире по футболу.",
    "Трудовым мигрантам с 18 до 39 лет предложат бесплатные курсы языка.",
])
def test_not_facts(text):
    assert facts_of("Министерство труда о трудовой миграции и квотах.\n" + text) == []


def test_speaker_is_resolved_from_a_surname():
    text = ("Первый вице-министр труда РК Аскарбек Ертаев на брифинге рассказал о трудовой миграции.\n"
            "\"Квота на привлечение иностранной рабочей силы составила 19,4 тыс. единиц\", – сообщил Ертаев.")
    fact = only(facts_of(text))
    assert fact.speaker.name == "Аскарбек Ертаев"
    assert fact.speaker.role.startswith("первый вице-министр труда")
    assert fact.jurisdiction == "KZ"


def test_evidence_points_into_the_text():
    text = "Минтруда РК: квота на привлечение иностранной рабочей силы составила 19,4 тыс. единиц."
    fact = only(facts_of(text))
    assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text == "19,4 тыс. единиц"
    assert fact.evidence.sentence in text


def test_same_document_gives_same_ids():
    text = "Минтруда РК: квота на привлечение иностранной рабочей силы составила 19,4 тыс. единиц."
    assert facts_of(text)[0].id == facts_of(text)[0].id


def test_unrelated_document_costs_nothing():
    assert facts_of("Команда выиграла матч со счётом 3:1, на стадионе было 12 тысяч зрителей.") == []
