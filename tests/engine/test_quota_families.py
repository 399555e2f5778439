"""Quota wordings of the press: a quota's distribution by region, a proposed level, a quota's
use, and which quota a figure belongs to."""
import pytest

from engine_helpers import facts_of


def read(text, published="2025-12-20"):
    return [(f.value, f.category, f.indicator) for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    # the list opens with the quota's distribution, a sub-header per group of people
    ("Квота приема кандасов и переселенцев на 2026 год утверждена.\n\n"
     "Распределение квоты на 2026 год:\n\nДля кандасов:\n\nКостанайская область – 410 чел.\n\n"
     "Атырауская область – 95 чел.\n\nДля переселенцев:\n\nПавлодарская область – 1 200 чел.\n",
     [(410, "quota", "resettlement_quota"), (95, "quota", "resettlement_quota"),
      (1200, "quota", "resettlement_quota")]),
    # one sentence: the quota distributed, then the people and their regions
    ("Утверждена квота приема кандасов на 2026 год. Региональная квота распределена следующим "
     "образом: для кандасов: Акмолинская обл. – 300 чел., Костанайская обл. – 160 чел.; для "
     "переселенцев: Северо-Казахстанская обл. – 2 700 чел.\n",
     [(300, "quota", "resettlement_quota"), (160, "quota", "resettlement_quota"),
      (2700, "quota", "resettlement_quota")]),
    # whom the regions will take, after the quota's total
    ("Квота приема кандасов на 2026 год составит 2 000 человек.\n\nКандасов примут следующие "
     "регионы: Павлодарская область – 900 чел., Акмолинская – 250 чел.\n",
     [(2000, "quota", "resettlement_quota"), (900, "quota", "resettlement_quota"),
      (250, "quota", "resettlement_quota")]),
])
def test_a_quota_distributed_by_region(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people who came stay a count, in a text about the quota too
    ("Квота приема кандасов на 2025 год составляла 2 300 человек. В Павлодарскую область "
     "прибыли 940 кандасов, в Акмолинскую – 270.\n",
     [(2300, "quota", "resettlement_quota"), (940, "count", "resettled_persons"),
      (270, "count", "resettled_persons")]),
    ("Региональная квота приема кандасов распределена по областям. С начала года статус кандаса "
     "получили 5 100 этнических казахов.\n",
     [(5100, "count", "resettled_persons")]),
])
def test_people_who_came_are_no_quota_items(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Квоту на привлечение рабочих из визовых стран на 2027 год предложили установить в 250,5 тыс. "
     "разрешений.", [(250500, "policy", "work_permit_quota")]),
    ("Правительство предлагает ограничить квоту на привлечение квалифицированных рабочих из стран с "
     "визовым режимом въезда уровнем 190 тыс. разрешений.", [(190000, "policy", "work_permit_quota")]),
    ("Объём квоты на выдачу разрешений на работу предлагается утвердить на уровне 120 тыс.",
     [(120000, "policy", "work_permit_quota")]),
])
def test_a_proposed_quota_level_is_a_proposed_measure(text, expected):
    facts = [f for f in facts_of(text, "2026-10-20") if f.value is not None]
    assert [(f.value, f.category, f.indicator) for f in facts] == expected
    assert all(f.status == "proposed" for f in facts)


@pytest.mark.parametrize("text, expected", [
    ("Правительство утвердило квоту на выдачу разрешений на работу на 2026 год – 230 тыс.",
     [(230000, "quota", "work_permit_quota")]),
])
def test_an_adopted_quota_level_stays_a_quota(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("В 2023 году из 15 тысяч 200 квот на трудовую деятельность работодатели использовали 11 тысяч 100.",
     [(15200, "quota", "foreign_labour_quota"), (11100, "count", "foreign_workers_attracted")]),
    ("Из 9 600 квот на трудовую деятельность за год иностранцы использовали 7 050.",
     [(9600, "quota", "foreign_labour_quota"), (7050, "count", "foreign_workers_attracted")]),
])
def test_what_was_used_of_a_quota_is_a_count(text, expected):
    assert read(text, "2024-02-01") == expected


@pytest.mark.parametrize("text, expected", [
    # a list opened by the quota with no figure yet, its items revised 'было'
    ("Министерство пересмотрело квоту приема кандасов. По новому приказу квота на 2025 год составляет:\n"
     "- кандасов — 2 900 человек (было 2 500 человек);\n- переселенцев — 6 100 человек (было 6 800 человек).\n",
     [(2900, 2500, "policy", "resettlement_quota"), (6100, 6800, "policy", "resettlement_quota")]),
])
def test_a_revised_quota_is_a_change(text, expected):
    facts = [f for f in facts_of(text, "2025-08-20") if f.value is not None]
    assert [(f.value, f.previous, f.category, f.indicator) for f in facts] == expected


@pytest.mark.parametrize("text, expected", [
    ("Квота на 2025 год установлена в процентах к численности рабочей силы:\n"
     "по разрешениям местных исполнительных органов работодателям – 0,3%;\n"
     "на привлечение трудовых иммигрантов – 3,2%.\n",
     [(0.3, "quota", "foreign_labour_quota"), (3.2, "quota", "household_immigrant_quota")]),
])
def test_a_quota_list_in_shares(text, expected):
    assert read("Министерство труда и социальной защиты населения РК сообщает.\n" + text, "2024-12-20") == expected


@pytest.mark.parametrize("text, expected", [
    ("Квота распределена на четыре категории:\n• 1 100 разрешений для привлечения руководителей и их "
     "заместителей,\n• 5 900 - для привлечения руководителей структурных подразделений,\n"
     "• 10 200 - для привлечения специалистов.\n",
     [(1100, "category_1"), (5900, "category_2"), (10200, "category_3")]),
])
def test_categories_named_by_whom_the_permits_hire(text, expected):
    facts = [f for f in facts_of("Квота на привлечение иностранной рабочей силы на 2023 год утверждена.\n" + text,
                                 "2023-02-01") if f.value is not None and "category" in f.dimensions]
    assert [(f.value, f.dimensions["category"]) for f in facts] == expected
    assert all(f.category == "quota" and f.indicator == "foreign_labour_quota" for f in facts)


@pytest.mark.parametrize("text", [
    "В 2026 году разрешение на временное проживание в области смогут получить 120 иностранцев. "
    "Такая квота установлена распоряжением правительства. Наибольшая квота у Москвы – 1,4 тыс.",
    "Квота на выдачу разрешений на временное проживание на 2026 год – 6 000. Наибольшая квота "
    "выделена Москве – 1 000.",
])
def test_a_residence_permit_quota_is_no_work_permit_quota(text):
    facts = facts_of(text, "2025-10-14")
    assert facts and all(f.indicator != "work_permit_quota" for f in facts)


@pytest.mark.parametrize("text, expected", [
    ("Республика Корея выделила на 2025 год 3 тысячи 900 квот для трудоустройства граждан Кыргызстана. "
     "В прошлом году квота составляла 3 тысячи 300 мест.",
     [(3900, "seasonal_visa_quota"), (3300, "seasonal_visa_quota")]),
    ("Для Таджикистана выделена 1,2 тыс. квот на обучение в российских вузах.",
     [(1200, "foreign_student_quota")]),
])
def test_a_quota_abroad_for_a_sending_states_citizens(text, expected):
    lead = "Бишкек. Министерство труда, социального обеспечения и миграции Кыргызской Республики сообщает.\n"
    facts = [f for f in facts_of(lead + text, "2025-02-10") if f.value is not None]
    assert [(f.value, f.indicator) for f in facts] == expected


@pytest.mark.parametrize("text", [
    "По данным службы, квота на привлечение иностранных работников исчерпана в Москве на 98%, в "
    "Московской области на 104%. В Южном федеральном округе на 61%, в Сибирском на 47%.",
    "Квоту на привлечение иностранной рабочей силы сократили на 12%.",
])
def test_how_far_a_quota_went_is_no_level(text):
    assert [f.value for f in facts_of(text, "2025-06-01") if f.value is not None] == []


def test_a_quota_told_now_is_for_its_year():
    text = ("Министерство труда и социальной защиты населения РК сообщает.\n"
            "Сейчас квота на привлечение иностранной рабочей силы распределена на категории:\n"
            "• первая категория (руководители и их заместители) — 1 050 единиц\n"
            "• вторая категория (руководители структурных подразделений) — 5 200 единиц\n")
    facts = [f for f in facts_of(text, "2023-02-08") if f.value is not None]
    assert [(f.value, f.time.period, f.time.as_of) for f in facts] == [(1050, "2023", None), (5200, "2023", None)]


@pytest.mark.parametrize("text, expected", [
    ("Квота приема кандасов на 2025 год выросла: прибавка составила 410 кандасов и 290 переселенцев.", []),
    ("Квота на привлечение иностранной рабочей силы утверждена. Прирост квоты составил 1 300 единиц.", []),
])
def test_the_size_of_a_change_is_no_level(text, expected):
    assert [f.value for f in facts_of(text, "2025-01-10") if f.value is not None] == expected


def test_a_foreign_quota_and_the_people_sent_under_it():
    text = ("Бишкек. Центр трудоустройства граждан за рубежом при Министерстве труда Кыргызской Республики.\n"
            "С британцами сотрудничаем с 2023 года – тогда квота была всего 2 тысячи человек, но фактически "
            "мы отправили около 2,4 тысячи.")
    facts = [f for f in facts_of(text, "2026-01-20") if f.value is not None]
    assert [(f.value, f.category, f.indicator, f.dimensions.get("country")) for f in facts] == [
        (2000, "quota", "seasonal_visa_quota", "GB"), (2400, "count", "citizens_placed_abroad", "GB")]


@pytest.mark.parametrize("text, expected", [
    ("Постановление устанавливает квоту на обучение иностранцев, включая соотечественников, в вузах: "
     "в 2024 году – 20 тыс., в 2025 году – 25 тыс., а начиная с 2026 года – 32 тыс. человек.",
     [(20000, "foreign_student_quota"), (25000, "foreign_student_quota"), (32000, "foreign_student_quota")]),
])
def test_a_student_quota_year_by_year(text, expected):
    facts = [f for f in facts_of(text, "2023-12-20") if f.value is not None]
    assert [(f.value, f.indicator) for f in facts] == expected



@pytest.mark.parametrize("text, expected", [
    # the value before its label, each part of the quota a list item
    ("Квота на 2026 год задана долей рабочей силы и распределена так:\n\n0,3% — по разрешениям, которые местные исполнительные "
     "органы выдают работодателям;\n\n2,7% — на привлечение трудовых иммигрантов.\n",
     [(2.7, "quota", "household_immigrant_quota")]),
    # both parts changed in one sentence, the second after a semicolon
    ("Летом квота была пересмотрена: по разрешениям работодателям она поднята с 0,21% до 0,24%; "
     "на привлечение трудовых иммигрантов снижена с 3,2% до 3%.\n",
     [(3, "policy", "household_immigrant_quota")]),
    # the second part told without the quota's name, after a list that names it
    ("Квота на 2026 год в процентах к численности рабочей силы:\n\n0,3% — по разрешениям работодателям;\n\n2,7% — на "
     "привлечение трудовых иммигрантов.\n\nВесной квота выглядела иначе:\n\nПо разрешениям "
     "работодателям лимит вырос с 0,2% до 0,28%;\n\nДля трудовых иммигрантов — уменьшен с 3% до 2,8%.\n",
     [(2.7, "quota", "household_immigrant_quota"), (0.28, "policy", "foreign_labour_quota"), (2.8, "policy", "household_immigrant_quota")]),
])
def test_a_quota_told_as_two_shares_of_the_labour_force(text, expected):
    found = read(text)
    assert [fact for fact in found if fact[0] in {value for value, _, _ in expected}] == expected


@pytest.mark.parametrize("text, expected", [
    # a bare count of quotas in a Kyrgyz release: the quota for foreigners who come to work
    ("БИШКЕК – Госслужба миграции Кыргызстана сообщила, что в этом году иностранцы въехали в "
     "страну на основании 11 тысяч 400 квот. На следующий год выделяется около 13 тысяч квот.",
     [(11400, "quota", "foreign_labour_quota"), (13000, "quota", "foreign_labour_quota")]),
    # a quota of a destination state for the Kyrgyz citizens stays its scheme
    ("БИШКЕК – Минтруда Кыргызстана: в 2023 году для граждан Кыргызстана корейская сторона "
     "выделила квоту в 3 тысячи человек.",
     [(3000, "quota", "seasonal_visa_quota")]),
])
def test_a_bare_quota_in_a_kyrgyz_release(text, expected):
    assert read(text, "2025-12-18") == expected
