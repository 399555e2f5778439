"""Changes of a level as the press words them: the step before the new level, a new level of
a noun that names no indicator, a target a government sets, a pronoun taking up the level of
the sentence before."""
import pytest

from engine_helpers import facts_of, only

LEAD = "Квоты на обучение и трудовая миграция.\n"


@pytest.mark.parametrize("text, value", [
    # the step, a dash or a comma, then the new level
    ("Число бюджетных мест для граждан Киргизии в российских вузах увеличено на 150 – до 800.", 800),
    ("Количество мест для Узбекистана на учёбу в вузах России увеличилось на 90, до 480.", 480),
    ("Число грантовых мест для абитуриентов из Казахстана сократили на 40 — до 310.", 310),
])
def test_the_new_level_after_its_step_is_a_change(text, value):
    fact = only(facts_of(LEAD + text))
    assert (fact.category, fact.value, fact.unit, fact.status) == ("policy", value, "unit", "adopted")


@pytest.mark.parametrize("text, value", [
    ("К 2030 году число иностранных студентов в стране планируется довести до 400 тыс.", 400000),
    ("Численность иностранных студентов правительство намерено увеличить до 350 тыс.", 350000),
])
def test_a_target_the_government_sets_is_a_planned_change(text, value):
    fact = only(facts_of(LEAD + text))
    assert (fact.category, fact.value, fact.status) == ("policy", value, "planned")


@pytest.mark.parametrize("text", [
    "Число мигрантов из Киргизии в этом году выросло до 400 тыс.",
    "Численность иностранных работников за год увеличилась на 20 тыс., до 150 тыс.",
])
def test_a_number_that_grew_by_itself_stays_a_count(text):
    fact = only(facts_of("Трудовая миграция в цифрах.\n" + text))
    assert fact.category == "count"


@pytest.mark.parametrize("second, value", [
    ("С апреля по заявкам регионов её увеличили до 13 500 единиц.", 13500),
    ("Затем приказом министра ее сократили на 500 – до 11 500.", 11500),
])
def test_a_pronoun_takes_up_the_level_of_the_sentence_before(second, value):
    facts = facts_of("Квота на привлечение иностранной рабочей силы на этот год составляла "
                     "12 000 единиц. " + second)
    change = next(f for f in facts if f.value == value)
    assert (change.category, change.previous, change.indicator) == (
        "policy", 12000, "foreign_labour_quota")


def test_a_count_before_is_no_level_a_pronoun_takes_up():
    facts = facts_of("В Корею на работу уехали 3 000 граждан. Если в прошлом году по Корее "
                     "было 750 мест, то в этом году их число увеличилось до 1800.")
    assert all(f.previous != 3000 for f in facts)


@pytest.mark.parametrize("text", [
    # an explainer of the law that applies
    "В МВД рассказали, в каких случаях иностранцу могут запретить въезд в страну.",
    "В миграционной службе пояснили, при каких условиях мигранту могут аннулировать патент.",
    # the law told as it stands
    "По закону иностранца могут выдворить из страны за повторное нарушение режима пребывания.",
    "Согласно действующему законодательству, мигрантам запрещается работать без патента.",
    # persons a ban hit: their status, not a measure
    "Консульство добивается исключения соотечественников из списка лиц, которым запрещён въезд.",
])
def test_rules_in_force_and_persons_banned_are_no_measure(text):
    assert facts_of("Новости трудовой миграции.\n" + text) == []


@pytest.mark.parametrize("text", [
    "Министр не исключил, что в стране примут закон о рекрутинговой деятельности.",
    "Премьер не исключил отмену патентной системы для мигрантов.",
    "Вице-министр не исключил введения экзамена для иностранных работников.",
])
def test_not_ruling_a_measure_out_proposes_it(text):
    fact = only(facts_of("Новости трудовой миграции.\n" + text))
    assert (fact.category, fact.value, fact.status) == ("policy", None, "proposed")


@pytest.mark.parametrize("text", [
    # the document named before its verb
    "Соответствующий меморандум подписали миграционный центр столицы и министерство труда республики.",
    "Соглашение о найме работников подписали глава миграционной службы и посол.",
    # a partner's immigration service is the topic itself
    "Вчера министерство подписало меморандум с иммиграционной службой Нидерландов.",
])
def test_a_signed_memorandum_is_an_adopted_measure(text):
    fact = only(facts_of("Новости трудовой миграции.\n" + text))
    assert (fact.category, fact.value, fact.status) == ("policy", None, "adopted")


@pytest.mark.parametrize("text, category", [
    # the plan of another clause is not this count's
    ("Недавно 300 граждан получили работу в Катаре, а Япония предложила 600 мест для мигрантов.", "count"),
    # a plan in its own clause makes the figure a target
    ("В этом году республика планирует направить на работу в Корею 4 тыс. граждан.", "policy"),
])
def test_a_plan_makes_a_target_only_of_the_figures_of_its_clause(text, category):
    facts = facts_of("Трудовая миграция.\n" + text)
    first = min(facts, key=lambda f: f.evidence.start)
    assert first.category == category


@pytest.mark.parametrize("text, value", [
    ("Россия объявила миграционную амнистию для 120 тыс. граждан Киргизии.", 120000),
    ("По итогам переговоров амнистированы 64 300 граждан республики, которым был закрыт въезд.", 64300),
    ("Миграционная амнистия коснулась более 90 тысяч выходцев из Узбекистана.", 90000),
])
def test_the_people_an_amnesty_covers_are_the_reach_of_a_measure(text, value):
    fact = only(facts_of("Трудовая миграция.\n" + text))
    assert (fact.category, fact.value, fact.status) == ("policy", value, "adopted")


REVIEW = "Трудовая миграция: обзор. Ранее планировались изменения.\n"


@pytest.mark.parametrize("text, status", [
    # a service or a centre that starts working
    ("Запущена электронная платформа для подачи мигрантами заявлений на патент.", "adopted"),
    ("Центр по тестированию мигрантов начал работать в Намангане.", "adopted"),
    ("В Бишкеке открылся центр предвыездной подготовки трудовых мигрантов.", "adopted"),
    # talks with a partner
    ("Казахстан договаривается с Кореей о квотах для сезонных мигрантов.", "in_progress"),
    ("Узбекистан и Япония ведут переговоры об оргнаборе мигрантов.", "in_progress"),
    # a quota abolished has no level to announce
    ("Республика отменила квоты на привлечение иностранной рабочей силы.", "adopted"),
    # a region asks
    ("Власти области попросили об отмене квот на мигрантов.", "proposed"),
    ("Фермеры обратились с просьбой продлить сезонные квоты для мигрантов.", "proposed"),
])
def test_services_talks_abolitions_and_requests_are_measures(text, status):
    fact = only([f for f in facts_of(REVIEW + text) if "Ранее" not in f.evidence.sentence])
    assert (fact.category, fact.value, fact.status) == ("policy", None, status)


@pytest.mark.parametrize("text", [
    "Мигранты начали работать на стройке в пригороде.",
    "Фермеры попросили министерство помочь снизить расходы на жильё для работников.",
    "Половине миллиона иностранцев, нарушившим закон, запретили въезд в страну.",
])
def test_work_begun_help_asked_and_persons_banned_are_no_measure(text):
    assert [f for f in facts_of(REVIEW + text) if "Ранее" not in f.evidence.sentence] == []


@pytest.mark.parametrize("text, value, previous", [
    ("Проект предлагает ограничить долю мигрантов в торговле 30%, тогда как в 2025 году она "
     "составляла не более 60%.", 30, 60),
    ("Долю иностранцев в такси предлагается снизить до 20%, хотя в прошлом году она составляла до 45%.",
     20, 45),
])
def test_the_old_cap_after_whereas_is_the_previous_level(text, value, previous):
    facts = facts_of("Доли иностранных работников на 2026 год.\n" + text, published="2025-08-20")
    fact = only([f for f in facts if f.value is not None])
    assert (fact.category, fact.value, fact.previous) == ("policy", value, previous)


@pytest.mark.parametrize("text", [
    "Министерство предлагает снизить долю иностранных работников в семи видах деятельности.",
    "Допустимую долю мигрантов планируется уменьшить в двенадцати видах экономической деятельности.",
])
def test_where_shares_are_lowered_is_no_count_of_activities(text):
    assert [f for f in facts_of("Доли иностранных работников.\n" + text) if f.value is not None] == []


@pytest.mark.parametrize("text", [
    "Россия проведет миграционную амнистию для 120 тыс. граждан Киргизии.",
    "Власти объявят амнистию для 45 тыс. мигрантов из Таджикистана.",
])
def test_an_amnesty_still_to_come_is_planned(text):
    fact = only(facts_of("Трудовая миграция.\n" + text))
    assert (fact.category, fact.status) == ("policy", "planned")
