"""What the verb says decides what a figure measures, and new indicator families are read."""
import pytest

from engine_helpers import facts_of

HEAD = "Министерство труда РК сообщает о трудовой миграции.\n"


def indicators(text, published="2025-10-31"):
    return [(f.value, f.indicator) for f in facts_of(HEAD + text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    # issued, even in a sentence about the quota
    ("В рамках квоты на привлечение иностранной рабочей силы работодателям выдали 8 300 разрешений.",
     [(8300, "work_permits_issued")]),
    ("По квоте на привлечение иностранной рабочей силы продлили 2 100 разрешений.",
     [(2100, "work_permits_issued")]),
    ("В пределах квоты для иностранных работников оформлено 5 400 разрешений на привлечение.",
     [(5400, "work_permits_issued")]),
    # a stock
    ("По квоте на привлечение иностранной рабочей силы в стране работают 14 тыс. человек.",
     [(14000, "foreign_workers_employed")]),
    ("В рамках квоты на привлечение иностранных работников трудятся 9 100 человек.",
     [(9100, "foreign_workers_employed")]),
    # an allotment stays a quota: its seasonal part, the quota for seasonal workers
    ("Для сезонных работ в рамках квоты на привлечение иностранной рабочей силы выделено 1 200 единиц.",
     [(1200, "seasonal_worker_quota")]),
    ("Для третьей категории в рамках квоты на привлечение иностранной рабочей силы выделено 8 400 единиц.",
     [(8400, "foreign_labour_quota")]),
    # permits for household labour immigrants
    ("За 9 месяцев трудовым иммигрантам выдано 312,4 тыс. разрешений с учетом продлений.",
     [(312400, "labour_immigrants_employed")]),
])
def test_the_verb_decides(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("За 9 месяцев 2022 года из страны эмигрировали 12 300 человек.", [(12300, "emigrants_departed")]),
    ("На постоянное место жительства в республику прибыли 9 800 человек.", [(9800, "immigrants_arrived")]),
    ("Из Казахстана на ПМЖ выехали 5,3 тыс. человек, прибыли на постоянное жительство 4,1 тыс.",
     [(5300, "emigrants_departed"), (4100, "immigrants_arrived")]),
    ("С начала года выдворены за пределы страны 1 450 иностранцев.", [(1450, "deportations")]),
    ("Депортированы 320 иностранных граждан, нарушивших правила пребывания.", [(320, "deportations")]),
    ("Еще 3 200 иностранцам закрыт въезд в страну.", [(3200, "entry_bans")]),
    ("Выявлено 5 600 нарушений миграционного законодательства.", [(5600, "migration_violations")]),
    ("Задержаны 800 нелегальных мигрантов.", [(800, "migration_violations")]),
    ("На консульском учете в посольстве состоят 41 тыс. граждан.", [(41000, "citizens_registered_abroad")]),
    ("Для иностранных студентов выделено 1 000 квот на обучение.", [(1000, "foreign_student_quota")]),
    ("С начала года статус кандаса получили 9 500 этнических казахов.", [(9500, "resettled_persons")]),
])
def test_new_indicator_families(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text", [
    "Миграционное сальдо составило минус 6,7 тыс. человек.",
    "Миграционный прирост населения за год составил 430 тыс. человек.",
    "Отток населения за счет миграции составил 12 тыс. человек.",
])
def test_net_migration_is_no_fact(text):
    assert indicators(text) == []


def test_old_level_in_the_next_sentence():
    text = ("За январь – апрель 2021 года оформлено 359 727 патентов иностранным гражданам. "
            "В прошлом году эта цифра равнялась 559 055.")
    assert [(f.value, f.previous) for f in facts_of(HEAD + text)] == [(359727, 559055)]


@pytest.mark.parametrize("text, expected", [
    ("В Российскую Федерацию на работу направились 81 938 человек (95 786).", (81938, 95786)),
    ("Разрешений на работу иностранцам выдано 14 200 (12 900).", (14200, 12900)),
])
def test_bare_bracket_of_the_same_size_is_the_old_level(text, expected):
    assert [(f.value, f.previous) for f in facts_of(HEAD + text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("В Алматы 38 нелегалов выдворены за пределы страны.", [(38, "deportations")]),
    ("Судебные приставы выдворили почти 5 тыс. нелегальных мигрантов.", [(5000, "deportations")]),
    ("Статус кайрылмана в 2016 году получили 1 023 этнических кыргыза.", [(1023, "resettled_persons")]),
])
def test_expulsions_and_kin_returning(text, expected):
    assert indicators(text) == expected


def test_own_people_abroad_are_citizens_abroad():
    text = "Госмиграция Кыргызстана: за рубежом трудятся более 710 тысяч граждан."
    assert [i for _, i in indicators(text)] == ["citizens_abroad"]


@pytest.mark.parametrize("text, expected", [
    ("С начала года при содействии агентства работу за границей нашли 6 143 гражданина.",
     "citizens_placed_abroad"),
    ("Через частные агентства за рубеж выехали 17 тыс. граждан.", "citizens_placed_abroad"),
])
def test_organised_recruitment(text, expected):
    assert [i for _, i in indicators(text)] == [expected]
