"""Which indicator a figure takes from its own clause first: the places a quota allots to
kandas and settlers are the quota, not people who resettled; the next item of a list takes
what the list's first item counts."""
import pytest

from engine_helpers import facts_of


def indicators(text, published="2025-12-20"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


KAZAKH = "Министерство труда и социальной защиты населения Республики Казахстан сообщает.\n"


@pytest.mark.parametrize("text, expected", [
    # the regions a quota shares its places among, in one sentence after the quota
    ("На будущий год утверждена региональная квота приема кандасов – 1 900 человек. "
     "Кандасов примут такие области: Костанайская – 640 чел., Акмолинская – 310 чел.",
     [(1900, "resettlement_quota"), (640, "resettlement_quota"), (310, "resettlement_quota")]),
    ("Региональная квота приема переселенцев составит 4 100 человек. Переселенцев распределят "
     "следующим образом: Павлодарская область – 1 800 чел., Северо-Казахстанская – 1 250 чел.",
     [(4100, "resettlement_quota"), (1800, "resettlement_quota"), (1250, "resettlement_quota")]),
    # the quota's parts by its people
    ("В прошлом году региональная квота приема составила 8 800 человек, из них 2 100 человек – для "
     "кандасов и 6 700 – для переселенцев.",
     [(8800, "resettlement_quota"), (2100, "resettlement_quota"), (6700, "resettlement_quota")]),
])
def test_places_a_resettlement_quota_allots_are_the_quota(text, expected):
    assert indicators(KAZAKH + text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Региональная квота приема на текущий год пересмотрена и составляет:\n- кандасов — 2 950 человек;\n"
     "- переселенцев — 6 300 человек.",
     [(2950, "resettlement_quota"), (6300, "resettlement_quota")]),
    ("Региональные квоты приема растут из года в год. В 2022 году для кандасов она составляла 1 610 человек.",
     [(1610, "resettlement_quota")]),
])
def test_a_quota_broken_down_by_its_people_stays_the_quota(text, expected):
    assert indicators(KAZAKH + text) == expected


@pytest.mark.parametrize("text, expected", [
    # people who came, were resettled or got the status, even beside the quota
    ("Квота приема кандасов на 2025 год – 2 300 человек. На 1 октября в регионы переселены "
     "1 740 кандасов.",
     [(2300, "resettlement_quota"), (1740, "resettled_persons")]),
    ("Квота приема кандасов на год – 2 300 человек. С начала года на историческую родину "
     "вернулись 9 400 кандасов.",
     [(2300, "resettlement_quota"), (9400, "resettled_persons")]),
    ("По странам прежнего проживания кандасы распределились так: из Китая – 410, из "
     "Монголии – 220.",
     [(410, "resettled_persons"), (220, "resettled_persons")]),
])
def test_people_who_resettled_stay_resettled_persons(text, expected):
    assert indicators(KAZAKH + text) == expected


UZBEK = "Агентство статистики при Президенте Республики Узбекистан сообщает.\n"


@pytest.mark.parametrize("text, expected", [
    # the countries people moved into, after a total of those who left
    ("За полгода страну на постоянное жительство покинули 8 400 человек. Главные направления – "
     "Казахстан (6,9 тыс.) и Россия (1,2 тыс.).",
     [(8400, "emigrants_departed"), (6900, "emigrants_departed"), (1200, "emigrants_departed")]),
    ("На постоянное жительство за рубеж выехали 9 300 человек. Из них 7 100 человек переехали в "
     "Казахстан, 18% – в Россию.",
     [(9300, "emigrants_departed"), (7100, "emigrants_departed"), (18, "emigrants_departed")]),
    # a move with no direction of its own, abroad or into a foreign state
    ("С января по март 3 050 жителей республики переехали на постоянное место жительства за границу.",
     [(3050, "emigrants_departed")]),
])
def test_people_who_moved_into_another_state_left(text, expected):
    assert indicators(UZBEK + text) == expected


@pytest.mark.parametrize("text, expected", [
    # arrivals by their origin, whichever way the sentence runs
    ("На постоянное жительство в Узбекистан прибыли 1 400 человек, из них из России – 520.",
     [(1400, "immigrants_arrived"), (520, "immigrants_arrived")]),
    ("За квартал из Казахстана на постоянное жительство в Узбекистан переехали 260 человек.",
     [(260, "immigrants_arrived")]),
])
def test_arrivals_stay_arrivals(text, expected):
    assert indicators(UZBEK + text) == expected


RUSSIAN = "Министерство труда и социальной защиты Российской Федерации сообщает.\n"


@pytest.mark.parametrize("text, expected", [
    # a quota for specialists from visa states is Russia's quota of work permits, whatever
    # 'региональная комиссия' or 'визовый режим въезда' stand near it
    ("Квоту для специалистов из визовых стран на будущий год предлагают установить на уровне "
     "190,5 тыс. разрешений. Заявки одобряет региональная межведомственная комиссия.",
     [(190500, "work_permit_quota")]),
    ("Правительство предлагает ограничить квоту на привлечение рабочих из стран с визовым режимом "
     "въезда уровнем 201 тыс. разрешений.",
     [(201000, "work_permit_quota")]),
    # the quota's reserve, shared among regions
    ("Квоту для работников из визовых стран определили в 150 тыс. разрешений. Кроме того, в "
     "резерв заложено 2 300 разрешений, а в прошлом году из резерва распределено 1 900 разрешений.",
     [(150000, "work_permit_quota"), (2300, "work_permit_quota"), (1900, "work_permit_quota")]),
])
def test_a_russian_quota_for_visa_states_is_the_work_permit_quota(text, expected):
    assert indicators(RUSSIAN + text) == expected


UZBEK_LABOUR = "Министерство занятости Узбекистана подвело итоги по трудовой миграции.\n"


@pytest.mark.parametrize("text, expected", [
    # sent by organised recruitment or under contracts: placed abroad, not emigrants
    ("За полгода по оргнабору в Россию уехали 14 200 узбекистанцев.",
     [(14200, "citizens_placed_abroad")]),
    ("С начала года по трудовым контрактам за рубеж выехали 31 400 граждан республики.",
     [(31400, "citizens_placed_abroad")]),
    ("В рамках организованного набора с января по май на стройки Кореи отправились 2 300 "
     "граждан Узбекистана.",
     [(2300, "citizens_placed_abroad")]),
])
def test_people_sent_by_recruitment_are_placed_abroad(text, expected):
    assert [(v, i) for v, i in indicators(UZBEK_LABOUR + text)] == expected


KAZAKH_POLICE = "Департамент полиции области сообщает о миграционной ситуации.\n"


@pytest.mark.parametrize("text, expected", [
    # foreigners registered or on the register, beside deportations in the same text
    ("С начала года в области временно зарегистрированы 12 400 иностранцев. Из страны выдворены "
     "52 нарушителя.",
     [(12400, "migration_registrations"), (52, "deportations")]),
    ("В городе на учете состоит около 310 тыс. иностранных граждан, выдворены 4 100 иностранцев.",
     [(310000, "migration_registrations"), (4100, "deportations")]),
    ("За неделю на учет встали 2 640 иностранцев.", [(2640, "migration_registrations")]),
    # 'закрытие въезда' is an entry ban, not a deportation
    ("В административном порядке выдворены 180 иностранцев, еще 540 получили представления о "
     "закрытии въезда.",
     [(180, "deportations"), (540, "entry_bans")]),
])
def test_foreigners_on_the_register_are_registrations(text, expected):
    assert indicators(KAZAKH_POLICE + text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'привлечь' to account for a breach, not to work
    ("За неделю за административные правонарушения в сфере миграции привлечено 14 иностранных "
     "граждан.", [(14, "migration_violations")]),
    ("К административной ответственности привлечены 230 иностранных граждан.",
     [(230, "migration_violations")]),
])
def test_foreigners_held_liable_are_breaches(text, expected):
    assert indicators(KAZAKH_POLICE + text) == expected


@pytest.mark.parametrize("text, expected", [
    # items in brackets continue the list their first item opens, after a paragraph on permits
    ("С начала года разрешения на работу получили 18,1 тыс. иностранных специалистов.\n\n"
     "Иностранцы заняты в основном в строительстве (9,4 тыс. человек), горнодобывающей (2,2 тыс.) "
     "и обрабатывающей (1,6 тыс.) промышленности, а также в торговле (1,1 тыс.).",
     [(18100, "work_permits_issued"), (9400, "foreign_workers_employed"),
      (2200, "foreign_workers_employed"), (1600, "foreign_workers_employed"),
      (1100, "foreign_workers_employed")]),
    ("За полгода выдано 7 300 разрешений на работу.\n\nИностранные работники трудятся в "
     "строительстве (3 100 человек), сельском хозяйстве (1 450) и транспорте (620).",
     [(7300, "work_permits_issued"), (3100, "foreign_workers_employed"),
      (1450, "foreign_workers_employed"), (620, "foreign_workers_employed")]),
])
def test_bracketed_items_count_what_the_first_item_counts(text, expected):
    assert indicators(KAZAKH + text) == expected


@pytest.mark.parametrize("text, expected", [
    # permits by category named by the jobs they cover are permits, not people
    ("На 1 мая по разрешениям местных исполнительных органов работают 12 800 иностранцев. "
     "Основная часть разрешений приходится на специалистов и квалифицированных рабочих: 5 410 "
     "и 760 соответственно.",
     [(12800, "foreign_workers_employed"), (5410, "work_permits_issued"), (760, "work_permits_issued")]),
])
def test_permits_shared_among_categories_stay_permits(text, expected):
    assert indicators(KAZAKH + text) == expected
