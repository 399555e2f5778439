"""Figures of news about migrants that are not migration figures: prices written as
differences, the text of an amendment, people at an event, a demand for staff, delegates,
local suspects; and sentences that guess at causes or effects are no measures."""
import pytest

from engine_helpers import facts_of

LEAD = "Трудовые мигранты из Таджикистана, работающие в России, оформляют патенты.\n"


@pytest.mark.parametrize("text", [
    # a price that rises 'на 11 %' is a difference, whatever the adjective of price
    "В Томской области патент подорожает на 14 % — до 9 870 рублей.",
    "В Омской области патент станет дороже на 8 % — 7 200 рублей.",
    "В Пермском крае патент для мигрантов подешевеет на 5 процентов — до 6 100 рублей.",
    # the text of an amended law: years and coefficients, not levels
    "«В статье 2 цифры «2024» заменить цифрами «2025», цифры «2,4512» заменить цифрами "
    "«2,7109»», — сказано в законе о патентах для мигрантов.",
    "В законе о патентах для мигрантов цифры «1,9» заменить цифрами «2,3».",
    # people at a match, a festival or a contest are no migration figure
    "В футбольном турнире среди трудовых мигрантов примут участие 150 человек.",
    "В фестивале национальных культур приняли участие более 400 мигрантов из Средней Азии.",
    "Участниками конкурса для трудовых мигрантов стали 85 человек.",
    # a demand for staff is no count of workers
    "На стройках Атырауской области требуется более 3 тысяч сварщиков.",
    "Для трудовых мигрантов на стройках Москвы требуется 3 тысячи сварщиков.",
    # delegates of diasporas are no migrants counted
    "В местные советы избраны 64 представителя таджикской диаспоры в России.",
    # a share of a total named elsewhere is a part, not a level
    "Квоту запросили 40 регионов; больше всего – Амурская область (14% от суммарной потребности).",
    "Из квоты на иностранных работников Москве досталось 12% от общего объёма квоты.",
])
def test_figures_of_news_about_migrants_are_no_facts(text):
    assert [(f.value, f.evidence.text) for f in facts_of(LEAD + text)] == []


@pytest.mark.parametrize("text, values", [
    # the migrants caught remain a fact beside their smugglers, the locals suspected of
    # running a channel of illegal migration are none
    ("Задержаны пять жителей Шымкента, которые переправили через границу 40 нелегальных "
     "мигрантов.", [40]),
    ("В ходе рейда выявлены 40 нелегальных мигрантов. Также задержаны четыре жителя Астаны, "
     "организовавшие канал незаконной миграции.", [40]),
    ("В ходе рейда выявлены 35 нелегальных мигрантов. Задержаны и трое жителей Сарыагашского "
     "района, подозреваемых в их переправке через границу.", [35]),
    ("В ходе рейда выявлены 35 нелегальных мигрантов. Кроме того, задержаны восемь человек, "
     "которые за плату продавали иностранцам поддельные справки.", [35]),
    ("В ходе рейда выявлены 35 нелегальных мигрантов. Полиция задержала 12 граждан, "
     "помогавших мигрантам незаконно пересечь границу.", [35]),
    ("В рамках мероприятия «Нелегал» выявлены 27 иностранцев, нарушивших правила пребывания.",
     [27]),
    # 'квота подорожала' is no wording; a count with a share of growth stays
    ("Патенты оформили 12 400 мигрантов, что на 9% больше, чем годом ранее.", [12400]),
    # moves inside the region left out of a count leave the count
    ("В январе-мае в область прибыло (без учета внутриобластных перемещений) 6 240 человек.",
     [6240]),
    # a share of the labour force or of the staff is a level of its own
    ("Квота на привлечение иностранной рабочей силы составит 0,3% от общей численности рабочей "
     "силы.", [0.3]),
    ("Доля иностранцев не должна превышать 25% от общей численности работников.", [25]),
])
def test_migration_figures_beside_them_stay(text, values):
    assert [f.value for f in facts_of(LEAD + text)] == values


@pytest.mark.parametrize("text", [
    "Причинами снижения числа мигрантов, по оценке банка, могут быть снижение зарплат и "
    "ослабление рубля.",
    "Эксперты считают, что в долгосрочной перспективе это может снизить конкурентоспособность "
    "экономики, зависящей от трудовой миграции.",
    "Самый дорогой патент для мигрантов будет в Якутии — 12 000 рублей, самый дешёвый "
    "предполагается в Чечне — 2 900 рублей.",
    "Евросоюз запретил въезд министру обороны и заморозил его счета.",
    "Въезд на территорию союза запрещён президенту республики и членам его семьи.",
])
def test_guesses_prices_and_personal_sanctions_are_no_measures(text):
    assert [f.evidence.text for f in facts_of(LEAD + text)] == []


@pytest.mark.parametrize("text", [
    "С 1 января запрещено привлекать иностранных работников к розничной торговле.",
    "Правительство планирует снизить квоту на привлечение иностранной рабочей силы.",
])
def test_measures_stay(text):
    assert [f.category for f in facts_of(LEAD + text)] == ["policy"]


def test_rows_of_moves_inside_the_country_are_no_facts():
    table = ("Итоги миграции населения области\n"
             "показатель | 2023 г. | 2022 г.\n"
             "в пределах России | |\n"
             "прибывшие | 5 120 | 4 870\n"
             "выбывшие | 5 940 | 5 610\n"
             "внутрирегиональная | |\n"
             "прибывшие | 2 310 | 2 150\n"
             "международная миграция | |\n"
             "прибывшие | 640 | 520\n"
             "выбывшие | 210 | 190\n")
    assert sorted(f.value for f in facts_of(table)) == [190, 210, 520, 640]


@pytest.mark.parametrize("text, value, previous", [
    ("В январе-мае в область прибыли 8 420 мигрантов (в январе-мае 2023 года – 7 950 человек).",
     8420, 7950),
    ("За январь–сентябрь выдано 31 600 патентов (за январь–сентябрь 2022 года – 28 900).",
     31600, 28900),
])
def test_the_old_level_of_a_run_of_months_in_brackets_is_no_fact(text, value, previous):
    assert [(f.value, f.previous) for f in facts_of(LEAD + text)] == [(value, previous)]


KG_CENTRE = "Центр трудоустройства граждан за рубежом при Минтруда Кыргызстана сообщает.\n"


@pytest.mark.parametrize("text", [
    # agencies, states and meetings counted in news on work abroad are no migration figure
    KG_CENTRE + "Разрешение на трудоустройство граждан за рубежом сейчас имеют 140 частных агентств.",
    KG_CENTRE + "В стране действуют 95 лицензированных агентств по трудоустройству за границей.",
    KG_CENTRE + "Соглашения о трудовой миграции республика подписала с 12 государствами.",
    KG_CENTRE + "За квартал проведено 6 заседаний комиссии по выдаче разрешений на трудоустройство "
                "граждан за рубежом.",
])
def test_agencies_states_and_meetings_are_no_facts(text):
    assert [f.value for f in facts_of(text) if f.value is not None] == []


def test_the_people_placed_through_the_agencies_stay():
    text = KG_CENTRE + "Через 30 частных агентств за рубежом трудоустроены 4 200 граждан."
    assert [f.value for f in facts_of(text) if f.value is not None] == [4200]


@pytest.mark.parametrize("text", [
    # a forecast or a guess at what may happen is no count
    LEAD + "По словам эксперта, весной в Россию могут вернуться до 800 тысяч мигрантов.",
    LEAD + "По прогнозу министерства, в следующем году на заработки выедут 350 тыс. человек.",
    LEAD + "Число трудовых мигрантов в стране может вырасти до 2 млн человек.",
    LEAD + "В консульстве предупредили о возможном выдворении из России 40 тыс. мигрантов.",
    LEAD + "До конца года ожидается возвращение еще 120 тыс. трудовых мигрантов.",
])
def test_forecasts_are_no_counts(text):
    assert [f.value for f in facts_of(text) if f.value is not None] == []


@pytest.mark.parametrize("text, value", [
    # people barred from entry are counted, not foretold
    (LEAD + "Из-за запрета 76 тысяч трудовых мигрантов не могут въехать в Россию.", 76000),
    (LEAD + "В прошлом году в Россию вернулись 300 тыс. трудовых мигрантов, которые "
            "теперь могут получить патент.", 300000),
])
def test_counts_beside_a_modal_verb_stay(text, value):
    assert value in [f.value for f in facts_of(text)]


STATS = "Государственный комитет Узбекистана по статистике подвел итоги миграции.\n"


@pytest.mark.parametrize("text", [
    # the population of the reporting state at the end of a migration digest is no migration figure
    STATS + "За год эмигрировали 14 тыс. человек. На 1 января в Узбекистане проживали 36 024 900 человек.",
    STATS + "За год эмигрировали 14 тыс. человек. Всего в стране проживает 35,6 млн человек.",
])
def test_the_population_of_the_state_is_no_fact(text):
    assert [f.value for f in facts_of(text) if f.value is not None] == [14000]


@pytest.mark.parametrize("text, value", [
    # people of another state living there, or the state's people living abroad, are counted
    (STATS + "В Узбекистане проживают 25 тысяч трудовых мигрантов из Таджикистана.", 25000),
    (STATS + "Сейчас в Узбекистане проживают 30 тысяч иностранных граждан.", 30000),
    ("Бишкек. Государственная служба миграции Кыргызстана сообщает.\n"
     "По оценке МИД, в России проживают около 640 тысяч кыргызстанцев.", 640000),
])
def test_people_living_there_who_are_migrants_stay(text, value):
    assert value in [f.value for f in facts_of(text)]


@pytest.mark.parametrize("text", [
    # a second difference whose verb of change the dash stands for
    LEAD + "За год число мигрантов уменьшилось на 2 400 человек, а за три года – на 41 250.",
    LEAD + "Выдача патентов сократилась на 12%, а по сравнению с 2019 годом – на 30%.",
])
def test_a_difference_after_a_dash_is_no_fact(text):
    assert [f.value for f in facts_of(text) if f.value is not None] == []
