"""Measures as the press words them: calls, proposals, orders, signatures and the state a
measure is about, each checked on a few wordings of its family."""
import pytest

from engine_helpers import facts_of, only

LEAD = "Министерство труда сообщает о трудовой миграции.\n"


@pytest.mark.parametrize("text, status", [
    # a call binds no one
    ("Депутат призвал правительство упростить миграционные процедуры для мигрантов.", "proposed"),
    ("Омбудсмен призвала власти пересмотреть правила выдачи патентов мигрантам.", "proposed"),
    ("Посольство призвало мигрантов не нарушать сроки пребывания.", "proposed"),
    # a ministry that wants a change proposes it
    ("Министерство хочет ужесточить требования к иностранным работникам.", "proposed"),
    ("В правительстве хотят выдавать патенты мигрантам только после экзамена.", "proposed"),
    # a passive proposal, a proposal sent on, an initiative
    ("Предложено освободить иностранных специалистов от экзамена по языку.", "proposed"),
    ("Мэрия направила в министерство предложение о продлении патентов мигрантам.", "proposed"),
    ("Депутат выступил с инициативой запретить мигрантам работать в такси.", "proposed"),
    # an order given is work still to be done
    ("Президент поручил правительству ввести экзамен для мигрантов.", "planned"),
    ("Премьер поручил ведомствам до осени установить новые требования к мигрантам.", "planned"),
    ("Министерству поручено к маю запретить привлечение мигрантов в торговлю.", "planned"),
    # a rule that is yet to bind
    ("Тестирование мигрантов станет обязательным со следующего года.", "planned"),
    ("Иностранцам, въезжающим на работу, надо будет сдавать отпечатки пальцев.", "planned"),
])
def test_the_wording_of_a_measure_gives_its_status(text, status):
    fact = only(facts_of(LEAD + text))
    assert (fact.category, fact.value, fact.status) == ("policy", None, status)


@pytest.mark.parametrize("text", [
    "Глава ведомства призвал граждан, работающих за рубежом, вернуться на родину.",
    "Консульство призвало граждан воздержаться от поездок в соседнюю страну без нужды.",
    "Нардеп предложил исключить наших граждан из черного списка.",
])
def test_a_phrase_of_the_topic_makes_a_call_a_measure(text):
    fact = only(facts_of("Новости о трудовой миграции.\n" + text))
    assert (fact.category, fact.status) == ("policy", "proposed")


@pytest.mark.parametrize("text, country", [
    # the body of one state speaks; its partner is the other state, even the reporting one
    ("МОСКВА. Посольство Узбекистана в России призвало мигрантов отказаться от поездок в "
     "Российскую Федерацию без необходимости.", "RU"),
    ("МОСКВА. Министерство труда Таджикистана призвало мигрантов не ездить на заработки в "
     "Россию зимой.", "RU"),
    # the state's own call to its citizens has no partner
    ("МОСКВА. Глава МИД Киргизии призвал граждан, работающих за границей, вернуться домой.", None),
])
def test_the_partner_of_a_measure_is_seen_from_the_state_that_takes_it(text, country):
    fact = only(facts_of("Москва, Кремль, Госдума.\n" + text))
    assert (fact.status, fact.dimensions.get("country")) == ("proposed", country)


@pytest.mark.parametrize("text, name", [
    ("Депутат Айгерим Сулейменова призвала упростить правила для трудовых мигрантов.",
     "Айгерим Сулейменова"),
    ("Нардеп Бакыт Осмонов предложил ввести электронную очередь для мигрантов.",
     "Бакыт Осмонов"),
])
def test_who_calls_or_proposes_is_the_speaker(text, name):
    fact = only(facts_of("Министр труда Ерлан Аханов рассказал о миграции.\n\n" + text))
    assert fact.speaker.name == name


@pytest.mark.parametrize("text, country", [
    ("Казахстан и Катар подписали ряд документов, в том числе соглашение о трудовой миграции.",
     "QA"),
    ("Стороны подписали документы о найме трудовых мигрантов из Казахстана в Катаре.", "QA"),
    ("Казахстан расширяет рынки труда, подписывая соглашения о трудовой миграции с Катаром.", "QA"),
])
def test_documents_signed_are_an_adopted_measure(text, country):
    fact = only(facts_of("Министерство труда Казахстана, Астана, Акорда.\n" + text))
    assert (fact.status, fact.dimensions.get("country")) == ("adopted", country)


@pytest.mark.parametrize("text", [
    "Проект предусматривает, что ограничение доли иностранных работников в строительстве "
    "составит не более 45%, ранее было до 70%.",
    "По проекту снижение доли иностранных работников в торговле составит не более 45%.",
])
def test_the_noun_of_a_change_in_a_draft_is_no_adoption(text):
    fact = only([f for f in facts_of(LEAD + text) if f.value == 45])
    assert fact.status == "proposed"


@pytest.mark.parametrize("provision", [
    "Кроме того, указ приостанавливает сроки пребывания иностранцев.",
    "Постановлением также устанавливается срок для увольнения иностранных работников.",
    "Также указ продлевает действие патентов мигрантов.",
])
def test_a_further_provision_of_a_signed_decree_is_a_measure(provision):
    text = ("Губернатор подписал указ о запрете на привлечение мигрантов в такси.\n" + provision)
    facts = facts_of(text)
    assert [f.status for f in facts] == ["adopted", "adopted"]
    assert facts[1].evidence.text.startswith(provision[:15])


def test_a_provision_right_after_the_law_only_retells_it():
    facts = facts_of("Вступил в силу закон о трудовых мигрантах.\n"
                     "Закон упрощает наём иностранных работников в домохозяйствах.")
    assert len(facts) == 1


@pytest.mark.parametrize("text, value, previous", [
    ("В строительстве доля иностранных работников сократится с текущих 80% до 50%.", 50, 80),
    ("Квоту на иностранную рабочую силу снизят с нынешних 3% до 2,5%.", 2.5, 3),
    ("Лимит иностранных работников уменьшат с действующих 45% до 30%.", 30, 45),
])
def test_a_change_from_the_current_level(text, value, previous):
    fact = only(facts_of(LEAD + text))
    assert (fact.category, fact.value, fact.previous) == ("policy", value, previous)


@pytest.mark.parametrize("text, value", [
    ("Губернатор подписал постановление: мигрантам по патентам нельзя будет работать в 40 видах "
     "экономической деятельности.", 40),
    ("Указом запрещено привлекать иностранцев по патентам в 12 видах деятельности.", 12),
    # spheres and branches as the unit, and a ban told with no status word of its own
    ("В крае иностранцам с патентами запретили трудиться в 45 сферах.", 45),
    ("Теперь мигранты не могут работать в 21 отрасли экономики региона.", 21),
    ("В области для мигрантов закрыты 17 видов трудовой деятельности.", 17),
    ("Власти города сделали недоступными для иностранцев 52 сферы деятельности.", 52),
])
def test_the_number_of_activities_closed_to_migrants_is_the_reach_of_a_ban(text, value):
    fact = only(facts_of(LEAD + text))
    assert (fact.category, fact.indicator, fact.value, fact.unit, fact.status) == (
        "policy", "sector_cap", value, "activity", "adopted")


@pytest.mark.parametrize("text, unit", [
    # bare numbers of a change count what the amount noun names, not a cap's share
    ("Губернатор подписал указ: число сфер, закрытых для мигрантов, выросло с 12 до 30.", "activity"),
    ("Постановление подписано, и количество отраслей, где нельзя нанимать иностранцев, "
     "увеличится с 9 до 25.", "activity"),
    ("Указом губернатора с 2026 года расширяется с 20 до 41 число видов деятельности, закрытых "
     "для мигрантов.", "activity"),
])
def test_a_change_in_the_number_of_closed_spheres_is_no_share(text, unit):
    fact = only(facts_of(LEAD + text))
    assert (fact.category, fact.unit) == ("policy", unit)


@pytest.mark.parametrize("text", [
    "В пяти отраслях экономики работают почти 40 тыс. мигрантов.",
    "Иностранцы заняты в 12 сферах, больше всего их в строительстве.",
])
def test_branches_where_migrants_work_are_no_ban(text):
    assert not [f for f in facts_of(LEAD + text) if f.unit == "activity"]


def test_residence_permits_are_not_activities():
    fact = only(facts_of(LEAD + "В 2024 году мигрантам выдано 12 тыс. видов на жительство."))
    assert fact.unit != "activity" and fact.category == "count"


@pytest.mark.parametrize("text, status", [
    # advice of a body to its citizens is a call
    ("Посольство рекомендует мигрантам воздержаться от поездок в соседнюю страну.", "proposed"),
    ("Министерство рекомендовало трудовым мигрантам отказаться от поездок в Россию.", "proposed"),
    # every order given is work yet to be done, whatever it orders
    ("Президент поручил правительству обсудить упрощённый наём мигрантов.", "planned"),
    ("Правительству поручено обсудить возможность найма мигрантов на стройки.", "planned"),
    ("Глава государства дал поручение разработать план по миграционной политике.", "planned"),
    # a rule imposed by a region
    ("Власти области ограничили работу иностранных граждан по патентам в торговле.", "adopted"),
])
def test_advice_orders_and_limits(text, status):
    fact = only(facts_of(LEAD + text))
    assert (fact.category, fact.status) == ("policy", status)


@pytest.mark.parametrize("text", [
    # general advice is no measure
    "Перед выездом мигрантам рекомендуется пройти обучение и проверить документы.",
    # a rule already in force told as background
    "В настоящее время в регионе уже действуют ограничения для мигрантов в торговле.",
    "В области по-прежнему действует запрет на работу мигрантов в такси.",
])
def test_advice_and_rules_in_force_are_no_measure(text):
    assert facts_of(LEAD + text) == []


KZ_LEAD = "Министерство труда и социальной защиты населения РК подготовило проект приказа о квоте.\n"


@pytest.mark.parametrize("text, value, indicator", [
    ("Для физических лиц, нанимающих трудовых иммигрантов, планируется установить квоту в "
     "размере 2,8% от численности рабочей силы.", 2.8, "household_immigrant_quota"),
    ("Чтобы сохранить число иностранцев, предложено установить квоту для мигрантов, которых "
     "нанимают физические лица, на уровне 3,1% от численности рабочей силы.", 3.1,
     "household_immigrant_quota"),
    ("Согласно проекту, работодатели смогут привлекать иностранных работников по разрешениям "
     "акиматов в объеме до 0,3% от общей численности рабочей силы.", 0.3, "foreign_labour_quota"),
])
def test_a_share_of_the_labour_force_is_how_a_quota_is_set(text, value, indicator):
    fact = only(facts_of(KZ_LEAD + text))
    assert (fact.category, fact.indicator, fact.value, fact.status) == (
        "quota", indicator, value, fact.status) and fact.status in ("planned", "proposed")


def test_a_share_of_the_labour_force_with_no_quota_is_no_quota():
    facts = facts_of("Министерство труда РК.\nИностранцы составляют 1,2% от численности рабочей "
                     "силы страны.")
    assert all(f.category != "quota" for f in facts)


@pytest.mark.parametrize("lead, status", [
    ("Предлагаемые изменения затронут перевозки.", "proposed"),
    ("Министерство труда сообщает об изменениях.", "adopted"),
])
def test_a_change_takes_the_status_of_its_text(lead, status):
    fact = only(facts_of(lead + "\nВ этих сферах предельная доля иностранных работников снизится "
                                "с 45 до 30%."))
    assert (fact.value, fact.previous, fact.status) == (30, 45, status)


@pytest.mark.parametrize("text, value, previous", [
    ("Документом предлагается ограничить долю иностранных работников в торговле до 40%, в 2025 "
     "году она составляла не более 70%.", 40, 70),
    ("Проект снижает долю иностранных работников в строительстве до 55%, в прошлом году доля "
     "была 75%.", 55, 75),
])
def test_the_old_cap_told_in_the_past_is_the_previous_level(text, value, previous):
    fact = only(facts_of(LEAD + text))
    assert (fact.category, fact.value, fact.previous) == ("policy", value, previous)


@pytest.mark.parametrize("text, value", [
    ("Регион ограничит участие мигрантов в торговле до 30%.", 30),
    ("Власти ограничивают долю мигрантов в общепите до 20%.", 20),
])
def test_a_region_that_limits_a_share_sets_a_cap(text, value):
    fact = only(facts_of(LEAD + text))
    assert (fact.category, fact.value) == ("policy", value)


def test_what_a_ministry_plans_is_planned():
    fact = only(facts_of(LEAD + "Также, согласно планам министерства, в общепите теперь должны "
                                "работать в основном граждане страны, а не мигранты."))
    assert fact.status == "planned"


@pytest.mark.parametrize("text, status", [
    # an agreement reached, a regime provided, a draft approved
    ("Стороны договорились о найме трудовых мигрантов через государственные агентства.", "adopted"),
    ("Для мигрантов без законных оснований предусмотрели режим высылки.", "adopted"),
    ("Проект соглашения о трудовой миграции одобрен правительством.", "adopted"),
    # sending people discussed is a proposal, as talks about any step to take are
    ("Министры обсудили направление граждан на сезонные работы за рубеж.", "proposed"),
    ("На совещании обсуждалась отправка трудовых мигрантов в Корею по оргнабору.", "proposed"),
])
def test_agreements_reached_and_sending_discussed(text, status):
    fact = only(facts_of(LEAD + text))
    assert (fact.category, fact.status) == ("policy", status)


def test_whom_a_call_addresses_is_not_its_speaker():
    text = ("Министр труда Ерлан Аханов рассказал о миграции.\n\n"
            "Депутат Нурлан Исаев на заседании призвал кабмин упростить правила для мигрантов.")
    fact = only(facts_of(text))
    assert fact.speaker.name == "Нурлан Исаев"


def test_an_agreement_on_work_in_a_partner_state_is_on_topic():
    fact = only(facts_of("Министерство труда и миграции Кыргызстана, Бишкек.\nВ июле Кыргызстан и Катар "
                         "подписали соглашение о найме граждан на работу в Катаре."))
    assert (fact.status, fact.dimensions.get("country")) == ("adopted", "QA")
