"""What a figure counts, read the way the press frames it: the table row or column it stands
in, the noun it counts, whose people they are, and the verb that governs it."""
import pytest

from engine_helpers import facts_of


def indicators(text, published="2025-10-31"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    # the row label names the flow
    ("Миграция населения области, человек\nЯнварь-июнь | 2025 | 2024\n"
     "прибывшие | 5120 | 4870\nвыбывшие | 6240 | 6010\n",
     [(5120, "immigrants_arrived"), (4870, "immigrants_arrived"),
      (6240, "emigrants_departed"), (6010, "emigrants_departed")]),
    # the column header names the flow, the row names the country
    ("Внешняя миграция республики по странам (человек)\n"
     "Страна | 2024: прибыло | 2024: выбыло\nРоссия | 812 | 3 954\nКазахстан | 240 | 1 105\n",
     [(812, "immigrants_arrived"), (3954, "emigrants_departed"),
      (240, "immigrants_arrived"), (1105, "emigrants_departed")]),
    ("Миграция на постоянное жительство\nГод | Число прибывших | Число выбывших\n"
     "январь-декабрь 2023 г. | 7 410 | 9 880\n",
     [(7410, "immigrants_arrived"), (9880, "emigrants_departed")]),
])
def test_a_table_cell_counts_what_its_row_or_column_says(text, expected):
    assert indicators(text) == expected


HOUSEHOLD = "Министерство труда и социальной защиты населения Казахстана сообщает.\n"


@pytest.mark.parametrize("text, expected", [
    ("По действующим разрешениям у физических лиц трудятся 121,5 тыс. трудовых иммигрантов.",
     [(121500, "labour_immigrants_employed")]),
    ("На 1 июля по разрешениям трудовую деятельность осуществляют 98 тыс. трудовых иммигрантов.",
     [(98000, "labour_immigrants_employed")]),
    ("На 1 июля по разрешениям местных исполнительных органов трудятся 12 400 иностранцев.",
     [(12400, "foreign_workers_employed")]),
])
def test_people_at_work_under_permits_are_a_stock_not_permits(text, expected):
    assert indicators(HOUSEHOLD + text) == expected


@pytest.mark.parametrize("text, expected", [
    ("По разрешениям местных исполнительных органов на сезонных работах заняты 1 730 иностранных работников.",
     [(1730, "seasonal_workers")]),
    ("Работодатели привлекли на сезонные сельхозработы 2 050 иностранных работников.",
     [(2050, "seasonal_workers")]),
])
def test_seasonal_work_makes_a_count_of_seasonal_workers(text, expected):
    assert indicators(HOUSEHOLD + text) == expected


KYRGYZ = "Министерство труда Кыргызской Республики сообщает.\n"


@pytest.mark.parametrize("text, expected", [
    # a sending state's own migrants, located abroad
    ("По оценкам ведомства, в России сейчас работают около 350 тысяч трудовых мигрантов.",
     [(350000, "citizens_abroad")]),
    ("В начале года в Казахстане трудились более 40 тыс. трудовых мигрантов из республики.",
     [(40000, "citizens_abroad")]),
    # foreigners at home stay foreign workers
    ("В республике по разрешениям работают 14 тыс. иностранных граждан.",
     [(14000, "foreign_workers_employed")]),
    ("В строительстве заняты 2 300 трудовых мигрантов из Китая.",
     [(2300, "foreign_workers_employed")]),
])
def test_whose_migrants_follows_the_reporting_state(text, expected):
    assert indicators(KYRGYZ + text) == expected


@pytest.mark.parametrize("text, expected", [
    ("За полгода трудовым мигрантам из Таджикистана оформлено более 60 тыс. патентов.",
     [(60000, "patents_issued")]),
    ("Для мигрантов в регионе в прошлом году было оформлено 41 200 патентов на работу.",
     [(41200, "patents_issued")]),
])
def test_the_unit_noun_says_patents(text, expected):
    assert indicators("ГУВМ МВД России сообщает.\n" + text) == expected


POLICE = "Департамент полиции области сообщает о результатах профилактического мероприятия.\n"


@pytest.mark.parametrize("text, expected", [
    ("В ходе рейда на рынках выявлено 46 иностранцев.", [(46, "migration_violations")]),
    ("На стройках задержали 12 мигрантов, троим из них грозит выдворение.",
     [(12, "migration_violations")]),
    ("Еще 57 иностранных граждан нарушили правила пребывания.", [(57, "migration_violations")]),
    ("Чаще всего выявляли отсутствие разрешений на работу (3 410) и превышение срока пребывания.",
     [(3410, "migration_violations")]),
    # the verb of expulsion keeps it a deportation, however unlawful the stay
    ("За незаконное пребывание из страны выдворены 640 иностранцев.", [(640, "deportations")]),
])
def test_breaches_are_read_from_the_verb_and_the_missing_papers(text, expected):
    assert indicators(POLICE + text) == expected


@pytest.mark.parametrize("text, expected", [
    ("С начала года запрещен въезд 2 140 иностранным гражданам.", [(2140, "entry_bans")]),
    ("За полгода ограничен въезд в страну более 48 тыс. иностранцев.", [(48000, "entry_bans")]),
    ("Еще 610 иностранцев не смогут въехать в страну в течение пяти лет.", [(610, "entry_bans")]),
])
def test_people_barred_from_entry_are_entry_bans(text, expected):
    assert indicators("ГУВМ МВД России сообщает.\n" + text) == expected


UZBEK = "Агентство внешней трудовой миграции Узбекистана сообщает.\n"


@pytest.mark.parametrize("text, expected", [
    ("За квартал на работу в Корею направлены 1 240 граждан Узбекистана.",
     [(1240, "citizens_placed_abroad")]),
    ("С начала года в Германии трудоустроены более 700 граждан республики.",
     [(700, "citizens_placed_abroad")]),
    # people at work abroad are a stock, recruited or not
    ("Сейчас по программе EPS в Корее работают более 9 тыс. граждан Узбекистана.",
     [(9000, "citizens_abroad")]),
])
def test_recruitment_abroad_is_a_placement_and_work_abroad_a_stock(text, expected):
    assert indicators(UZBEK + text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Квота на привлечение иностранной рабочей силы на 2027 год распределена так: "
     "по первой категории – 700 единиц. Также на сезонные работы может быть привлечено до 3 200 человек.",
     [(700, "foreign_labour_quota"), (3200, "seasonal_worker_quota")]),
])
def test_the_seasonal_part_of_a_quota_is_the_seasonal_quota(text, expected):
    assert indicators(HOUSEHOLD + text) == expected


RUSSIA = "Минтруд России сообщает.\n"


@pytest.mark.parametrize("text, expected", [
    ("Правительство определило потребность в привлечении иностранных работников, прибывающих "
     "по визе, на 2027 год в количестве 171 400 человек.", [(171400, "work_permit_quota")]),
    ("Квота на выдачу разрешений на работу установлена в количестве 98 300, квота на выдачу "
     "приглашений на въезд в целях осуществления трудовой деятельности — 101 250.",
     [(98300, "work_permit_quota"), (101250, "work_permit_quota")]),
])
def test_a_russian_quota_is_read_from_its_label(text, expected):
    assert indicators(RUSSIA + text) == expected


@pytest.mark.parametrize("text, expected", [
    # a foreign noun after the figure is not the state's own people, whatever else the clause says
    ("В строительных компаниях трудятся 21 300 граждан республики и 2 тыс. иностранных работников.",
     [(2000, "foreign_workers_employed")]),
    ("По нашей оценке, в стране трудятся около 2,5 млн иностранных граждан.",
     [(2500000, "foreign_workers_employed")]),
])
def test_foreigners_named_by_the_noun_stay_foreigners(text, expected):
    value, indicator = expected[0]
    assert (value, indicator) in indicators(KYRGYZ + text)


@pytest.mark.parametrize("text, expected", [
    # permits by the unit noun, people by the last count of people
    ("На 1 мая в стране по разрешениям трудятся 15 020 иностранных граждан. Среди разрешений на "
     "привлечение иностранной рабочей силы 2 410 разрешений выдано для руководителей структурных "
     "подразделений. Больше всего иностранцев трудятся в строительстве – 5 120 человек.",
     [(15020, "foreign_workers_employed"), (2410, "work_permits_issued"),
      (5120, "foreign_workers_employed")]),
])
def test_permits_and_people_in_one_release_keep_their_own_measure(text, expected):
    assert indicators(HOUSEHOLD + text) == expected


@pytest.mark.parametrize("text, expected", [
    # the verb before a list governs its items cut off by dashes
    ("В 2024 году на постоянное жительство прибыли 21 500 человек, выбыли 14 300 человек. "
     "В число стран, откуда прибыло больше всего людей, вошли Россия – 9 400 человек и "
     "Узбекистан – 5 100 человек.",
     [(21500, "immigrants_arrived"), (14300, "emigrants_departed"),
      (9400, "immigrants_arrived"), (5100, "immigrants_arrived")]),
])
def test_the_verb_before_a_dashed_list_governs_its_items(text, expected):
    assert indicators(HOUSEHOLD + text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Квота на 2027 год распределена так:\n— первая категория — 650\n— сезонные работы — 1 900\n"
     "— внутрикорпоративный перевод — 820\n",
     [(650, "foreign_labour_quota"), (1900, "seasonal_worker_quota"), (820, "foreign_labour_quota")]),
])
def test_the_seasonal_line_of_a_quota_list_is_its_own_quota(text, expected):
    assert indicators(HOUSEHOLD + "Квота на привлечение иностранной рабочей силы утверждена.\n" + text) == expected


@pytest.mark.parametrize("text, expected", [
    ("С начала года на постоянное жительство прибыли 1 240 этнических казахов.",
     [(1240, "resettled_persons")]),
    ("Принудительно покинули страну за год более 96 тыс. иностранцев.", [(96000, "deportations")]),
])
def test_who_moved_and_how_decides_the_flow(text, expected):
    assert indicators(HOUSEHOLD + text) == expected


@pytest.mark.parametrize("text, expected", [
    ("За квартал миграционная служба выдала разрешения на работу в домашних хозяйствах 1 210 "
     "трудовым мигрантам. Большинство из них – граждане Узбекистана, 1 150 человек.",
     [(1210, "labour_immigrants_employed"), (1150, "labour_immigrants_employed")]),
])
def test_household_permits_count_household_immigrants(text, expected):
    assert indicators(HOUSEHOLD + text) == expected


@pytest.mark.parametrize("text, expected", [
    ("В прошлом году мигрантам оформлено 41 тыс. патентов. Больше всего мигрантов в областном "
     "центре: здесь по патентам работали около 9 тысяч человек.",
     [(41000, "patents_issued"), (9000, "foreign_workers_employed")]),
])
def test_people_working_under_patents_are_a_stock(text, expected):
    assert indicators("ГУВМ МВД России сообщает.\n" + text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Правительство утвердило квоту для иностранных работников из визовых стран на 2027 год. "
     "Она составит около 190 тысяч разрешений.", [(190000, "work_permit_quota")]),
    ("Утверждена квота на выдачу разрешений на работу: в 2027 году будет выдано 201 300 рабочих виз.",
     [(201300, "work_permit_quota")]),
    ("По квоте на выдачу разрешений на работу территориальные органы вправе будут выдать "
     "иностранным гражданам 1,2 миллиона разрешений.", [(1200000, "work_permit_quota")]),
])
def test_a_russian_quota_is_the_permits_it_allows(text, expected):
    assert indicators(RUSSIA + text) == expected


@pytest.mark.parametrize("text, expected", [
    ("За пределами страны сейчас находятся около 760 тысяч кыргызстанцев.", [(760000, "citizens_abroad")]),
    ("За рубежом пребывают более 700 тыс. граждан Кыргызстана.", [(700000, "citizens_abroad")]),
])
def test_people_staying_outside_the_country_are_citizens_abroad(text, expected):
    head = "Министерство труда Кыргызской Республики сообщает о трудовой миграции.\n"
    assert indicators(head + text) == expected


@pytest.mark.parametrize("text, expected", [
    ("С начала года квоту на работу в республике получили 18,4 тыс. иностранных специалистов.",
     [(18400, "work_permits_issued")]),
])
def test_people_who_received_the_quota_are_permits_issued(text, expected):
    assert indicators(HOUSEHOLD + text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of moving with no trigger of its own: the statistics bureau's flows
    ("Бюро национальной статистики подвело итоги миграции. За полугодие из страны выехали "
     "27,4 тыс. человек, а прибыли 9,6 тыс. человек.",
     [(27400, "emigrants_departed"), (9600, "immigrants_arrived")]),
    ("Статистики подвели итоги внешней миграции: за девять месяцев в республику прибыло 5,3 тыс. "
     "человек.", [(5300, "immigrants_arrived")]),
    # arriving somewhere abroad is leaving home
    ("За первый квартал почти 4 тыс. жителей страны переехали за рубеж на постоянное жительство.",
     [(4000, "emigrants_departed")]),
])
def test_people_moving_with_no_trigger_are_the_flow_their_verb_says(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("За прошлый год на заработки в Россию въехали около 2,8 млн иностранцев.",
     [(2800000, "entries_for_work")]),
    ("В январе–июне с целью работы в страну прибыли 410 тыс. иностранцев.",
     [(410000, "entries_for_work")]),
])
def test_arrivals_for_work_are_entries_for_work(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("С 2022 по 2024 год в Павлодарскую область на постоянное жительство переехали 512 этнических "
     "казахов.\n\n2022 год – прибыли 230 человек, работу нашли 150 из них.\n"
     "2023 год – приехали 171 человек, трудоустроены 98.\n",
     [(512, "resettled_persons"), (230, "resettled_persons"), (171, "resettled_persons")]),
    ("Управление занятости сообщило: за два года в район приехали 96 кандасов.\n"
     "2024 год – прибыли 58 человек, постоянную работу получили 31.\n",
     [(96, "resettled_persons"), (58, "resettled_persons")]),
])
def test_items_under_a_resettlement_paragraph_stay_resettlement(text, expected):
    found = indicators(text)
    assert [item for item in found if item in expected] == expected


@pytest.mark.parametrize("text, expected", [
    ("По данным статистиков, в 2019 году 9,4 тыс. человек прибыли в страну, а 30,2 тыс. человек "
     "уехали за рубеж на постоянное жительство.",
     [(9400, "immigrants_arrived"), (30200, "emigrants_departed")]),
    ("Миграция населения: за полугодие 3,1 тыс. человек выбыли из республики, но 5,6 тыс. человек "
     "прибыли в неё.", [(3100, "emigrants_departed"), (5600, "immigrants_arrived")]),
])
def test_each_half_of_a_contrast_takes_its_own_verb(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Из Германии специальным рейсом прибыли 31 гражданин, депортированных за нарушение "
     "миграционного законодательства.", [(31, "deportations")]),
    ("В ходе рейда по незаконной миграции в Оше выявили 27 иностранцев-нелегалов, 5 из них "
     "выдворены.", [(27, "migration_violations")]),
])
def test_what_was_done_with_the_people_counted_decides(text, expected):
    assert indicators(text)[:1] == expected


@pytest.mark.parametrize("text, expected", [
    ("Министерство напомнило, что 3 процента квоты по государственным грантам выделены "
     "соотечественникам за рубежом.", [(3, "foreign_student_quota")]),
    ("Для абитуриентов из соседних стран квота приема в вузы составит 450 мест.",
     [(450, "foreign_student_quota")]),
    ("В 2025 году в область прибыли 1 240 человек, из которых квота по кандасам выполнена на 90%.",
     [(1240, "resettled_persons")]),
])
def test_a_quota_of_places_or_kandas_is_not_the_labour_quota(text, expected):
    found = indicators(text)
    assert [item for item in found if item in expected] == expected


@pytest.mark.parametrize("text, expected", [
    ("По данным МВД, за девять месяцев около 64 тысяч иностранцев лишились права на въезд в Россию.",
     [(64000, "entry_bans")]),
    ("За полугодие в Россию не пустили почти 41 тыс. иностранцев, сообщило МВД.",
     [(41000, "entry_bans")]),
    ("В Минтруда Кыргызстана сообщили, что 58 тысяч трудовых мигрантов из республики не могут "
     "въехать в Россию из-за «черного списка».", [(58000, "entry_bans")]),
])
def test_people_kept_out_of_a_country_are_entry_bans(text, expected):
    assert [item for item in indicators(text) if item[0] == expected[0][0]] == expected


@pytest.mark.parametrize("text, expected", [
    ("За квартал миграционная полиция Костанайской области выдала мигрантам 415 разрешений на "
     "трудовую деятельность.\n\nС начала года разрешения получили 388 иностранцев.",
     [(415, "labour_immigrants_employed"), (388, "labour_immigrants_employed")]),
    ("За квартал миграционная полиция Костанайской области выдала мигрантам 415 разрешений на "
     "работу, а 96 человек трудоустроились надомными работниками.",
     [(415, "labour_immigrants_employed"), (96, "labour_immigrants_employed")]),
])
def test_permits_from_the_kazakh_police_are_labour_immigrants(text, expected):
    assert indicators(text, published="2016-04-05") == expected


def test_permits_from_the_akimat_stay_employers_permits():
    text = ("За квартал местные исполнительные органы выдали работодателям 415 разрешений на "
            "привлечение иностранной рабочей силы.")
    assert indicators(text, published="2016-04-05") == [(415, "work_permits_issued")]


@pytest.mark.parametrize("text, expected", [
    ("Бюро статистики сообщило: за 2023 год разрешение на постоянное жительство получили "
     "21,6 тыс. человек, а выехали из страны 15,2 тыс.",
     [(21600, "immigrants_arrived"), (15200, "emigrants_departed")]),
    ("По данным статистиков, ПМЖ в республике за полугодие получили 8,4 тыс. иностранцев.",
     [(8400, "immigrants_arrived")]),
])
def test_people_granted_permanent_residence_are_immigrants(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Правительство Великобритании сохранило на следующий год квоту в 42 000 сезонных рабочих виз.",
     [(42000, "seasonal_visa_quota")]),
    (HOUSEHOLD + "В 2026 году квота на привлечение иностранной рабочей силы составит 0,2% от "
     "численности рабочей силы. Также на сезонные работы может быть привлечено до 3 100 человек.",
     [(0.2, "foreign_labour_quota"), (3100, "seasonal_worker_quota")]),
])
def test_a_seasonal_visa_scheme_is_not_the_seasonal_part_of_a_quota(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Агентство по внешней трудовой миграции: если учитывать всех, а не только организованный набор, "
     "за рубежом работают около 2,1 млн граждан.", [(2100000, "citizens_abroad")]),
    ("Агентство по внешней трудовой миграции: в рамках организованного набора за рубеж выехали "
     "14,2 тыс. граждан.", [(14200, "citizens_placed_abroad")]),
])
def test_recruitment_set_aside_leaves_everyone_abroad(text, expected):
    assert indicators(text, published="2024-05-02") == expected


@pytest.mark.parametrize("text, expected", [
    # applications counted are no papers issued
    ("За полгода миграционный центр принял 54 тыс. заявлений на оформление патента.",
     [(54000, None)]),
    ("Центр оформил 41 тыс. патентов и принял 52 тыс. заявлений на их выдачу.",
     [(41000, "patents_issued"), (52000, None)]),
    # people refused, papers withdrawn
    ("Ещё 1 200 мигрантам отказали в выдаче патента.", [(1200, None)]),
    ("Комиссия отказала в разрешении на привлечение 310 иностранных специалистов.", [(310, None)]),
])
def test_applications_and_refusals_are_not_papers_issued(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Квота на привлечение иностранной рабочей силы установлена. Для сезонных работ может быть "
     "привлечено до 3 100 иностранных работников.", [(3100, "seasonal_worker_quota")]),
    ("Квота на привлечение иностранной рабочей силы утверждена. На сезонные работы допускается "
     "привлечение до 2 700 иностранцев.", [(2700, "seasonal_worker_quota")]),
    # people engaged, not allowed
    ("Квота на привлечение иностранной рабочей силы утверждена. На сезонные работы привлекли "
     "1 950 иностранных работников.", [(1950, "seasonal_workers")]),
])
def test_people_a_quota_allows_are_the_quota(text, expected):
    assert indicators(HOUSEHOLD + text) == expected


@pytest.mark.parametrize("text, expected", [
    # the unit noun says breaches, whatever papers the sentence names
    ("В ходе рейда пресечено 17 административных правонарушений, связанных с работой без патента.",
     [(17, "migration_violations")]),
    # the breach said after the figure, across a participle's comma or after a dash
    ("Проверка выявила 52 иностранных гражданина, находящихся в области незаконно.",
     [(52, "migration_violations")]),
    ("Выявлено 64 факта незаконного осуществления трудовой деятельности иностранными гражданами.",
     [(64, "migration_violations")]),
    ("Проверка показала: 31 иностранный гражданин нарушил правила пребывания, 95 — режим въезда, "
     "ещё 12 работали без патента.",
     [(31, "migration_violations"), (95, "migration_violations"), (12, "migration_violations")]),
    # no verb of its own: papers drawn up against them
    ("В отношении 27 иностранцев составлены административные протоколы за нарушение миграционного "
     "законодательства.", [(27, "migration_violations")]),
])
def test_breaches_however_the_press_words_them(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("На 2026 год японская сторона выделила Кыргызстану квоту в 2 500 человек.",
     [(2500, "seasonal_visa_quota")]),
    ("По соглашению для граждан Кыргызстана выделена квота в количестве 1 800 человек.",
     [(1800, "seasonal_visa_quota")]),
    ("Квота на сезонных рабочих из Кыргызстана в Великобританию выросла до 9 тысяч человек.",
     [(9000, "seasonal_visa_quota")]),
    # the state's own quota for foreigners stays what it is: its quota for foreign labour
    ("Квота для иностранных граждан, прибывающих на работу, составит 20 тысяч человек.",
     [(20000, "foreign_labour_quota")]),
])
def test_a_destinations_quota_for_a_sending_states_citizens(text, expected):
    assert indicators(KYRGYZ + text) == expected



@pytest.mark.parametrize("text, expected", [
    ("Квота на выдачу иностранцам разрешений на временное проживание составила 97 400.",
     [(97400, None)]),
    ("Квота на выдачу иностранным гражданам разрешений на работу составила 142 000.",
     [(142000, "work_permit_quota")]),
    # nor is the reserve of such a quota
    ("Установлена квота на выдачу 4 100 разрешений на временное проживание. Резерв квоты — 1 230.",
     [(4100, None), (1230, None)]),
])
def test_residence_permits_are_no_work_permits(text, expected):
    assert indicators(RUSSIA + text) == expected


@pytest.mark.parametrize("text, expected", [
    ("По квоте правительства в российские вузы поступило 21 тыс. иностранцев.", [(21000, None)]),
    ("В рамках квоты на обучение приехало почти 26 000 иностранных граждан.", [(26000, None)]),
    ("В будущем году квота на обучение иностранцев может составить 33 тыс. человек.",
     [(33000, "foreign_student_quota")]),
])
def test_students_admitted_are_no_student_quota(text, expected):
    assert indicators(RUSSIA + text) == expected


@pytest.mark.parametrize("text, expected", [
    # the host's register counts the sending state's own citizens: registrations all the same
    ("По данным МВД России, на миграционном учете в России состоят 287 тыс. наших граждан.",
     [(287000, "migration_registrations")]),
    # people at work after the register's figure are the state's people abroad
    ("На миграционном учете в России состоят 287 тыс. наших граждан, в Казахстане работают "
     "41 200 кыргызстанцев, в Турции — около 30 тыс.",
     [(287000, "migration_registrations"), (41200, "citizens_abroad"), (30000, "citizens_abroad")]),
])
def test_a_hosts_register_of_a_sending_states_citizens(text, expected):
    assert indicators(KYRGYZ + text) == expected


@pytest.mark.parametrize("text, expected", [
    # citizenship granted: a count the host keeps, with no indicator of the taxonomy
    ("По данным МВД, за девять месяцев российское гражданство приняли 212 тыс. иностранцев.",
     [(212000, None)]),
    # people sent under a resettlement quota
    ("В рамках квоты 2025 года в трудодефицитные регионы направили 2 150 кандасов.",
     [(2150, "resettled_persons")]),
    # the Kazakh letter in 'қандас' is one word
    ("В прошлом году в Казахстан прибыло более 14 тысяч қандасов.", [(14000, "resettled_persons")]),
    # applications for patents are no patents
    ("За патентами в миграционный центр обратились 48 тыс. иностранцев.", [(48000, None)]),
])
def test_citizenship_kandas_and_applications(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Число трудовых мигрантов, выехавших в рамках оргнабора на работу в Россию, с начала года "
     "выросло втрое и составило более 14 тыс.", [(14000, "citizens_placed_abroad")]),
    # working there now: a stock, whatever channel brought them
    ("По оргнабору в России сейчас работают 9 тыс. узбекистанцев.", [(9000, "citizens_abroad")]),
])
def test_organised_recruitment_named_anywhere_in_the_sentence(text, expected):
    assert indicators(UZBEK + text) == expected
