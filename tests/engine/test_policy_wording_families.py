"""Measures with no number told by the families of wording the press uses besides the
enacting verbs: drafts prepared, talks under way, arrangements reached, what a rule now
allows or forbids, reflexive and passive changes, and the partner of a deal told before."""
import pytest

from engine_helpers import facts_of, only

LEAD = "Министерство труда 12 марта сообщило о трудовой миграции.\n"


@pytest.mark.parametrize("text, status", [
    # a draft prepared or published is a proposal
    ("Ведомство подготовило проект новой программы по привлечению иностранных специалистов.",
     "proposed"),
    ("Министерством разработан проект стратегии миграционной политики до 2030 года.", "proposed"),
    ("Минтруд подготовил проект, который меняет правила найма иностранцев.", "proposed"),
    # recommendations worked out, a possibility weighed
    ("Делегации выработали рекомендации по занятости трудовых мигрантов.", "proposed"),
    ("Стороны рассмотрели возможность расширить набор мигрантов по рабочим визам.", "proposed"),
    # talks that go on are work under way
    ("До весны республика продолжит переговоры с Японией о найме своих трудовых мигрантов.",
     "in_progress"),
    ("Переговоры о трудоустройстве мигрантов идут второй год.", "in_progress"),
    # an arrangement to meet is a plan, an arrangement to act is a measure taken
    ("Министры договорились в скором времени провести консультации по трудовой миграции.",
     "planned"),
    ("Ведомства договорились обмениваться данными о трудовых мигрантах.", "adopted"),
    ("Договорённость о продлении программы для мигрантов министерства достигли в июне.",
     "adopted"),
    # what a rule now allows, reflexive and passive changes
    ("Теперь граждане соседних стран могут находиться в республике без регистрации до месяца.",
     "adopted"),
    ("С весны в стране ужесточились требования к трудовым мигрантам.", "adopted"),
    ("В области вводятся ограничения на трудоустройство мигрантов.", "adopted"),
    ("Для прибывающих мигрантов установлен карантин на неделю.", "adopted"),
    ("Для мигрантов сохраняется запрет на работу в аптеках.", "adopted"),
    ("Мигрантов не будут выдворять за просроченную регистрацию.", "adopted"),
    ("Консульство вновь начало принимать заявки мигрантов на переселение.", "adopted"),
    # a negated modal with a place or a date of its own
    ("В Томске мигранты не могут работать в такси и в гостиницах.", "adopted"),
    ("С 1 мая иностранцам нельзя будет продавать лекарства по патенту.", "adopted"),
])
def test_a_family_of_wording_states_a_measure(text, status):
    fact = only(facts_of(LEAD + text))
    assert (fact.category, fact.value, fact.status) == ("policy", None, status)


@pytest.mark.parametrize("text", [
    # an obligation or a kept restriction told as background
    "Ведомство напоминает, что граждане, уехавшие за границу, обязаны встать на учёт в консульстве.",
    "Работодатели, нанимающие мигрантов, обязаны обучать местных работников.",
    "Сохраняются и ограничения для работодателей, нанимающих иностранцев.",
    # a negated modal that only goes on listing a rule told before
    "Не смогут нанимать мигрантов и школы, больницы, охранные агентства.",
    # a result of a measure, not a measure
    "Теперь эти мигранты смогут вернуться на стройки.",
])
def test_background_wording_is_no_measure(text):
    assert [f for f in facts_of(LEAD + text) if f.value is None] == []


PARTNER = ("Министерство труда Таджикистана 12 марта сообщило о трудовой миграции.\n"
           "Таджикистан и Катар подписали соглашение о найме трудовых мигрантов.\n")


@pytest.mark.parametrize("follow_up", [
    "Стороны договорились обмениваться данными о сезонных трудовых мигрантах.",
    "Соглашение освобождает трудовых мигрантов обеих стран от регистрации на месяц.",
])
def test_a_measure_that_points_back_at_the_deal_keeps_its_partner(follow_up):
    text = (PARTNER + follow_up)
    facts = [f for f in facts_of(text) if f.value is None]
    assert [f.dimensions.get("country") for f in facts] == ["QA", "QA"]


def test_a_measure_of_its_own_does_not_take_the_last_partner():
    text = PARTNER + "Премьер поручил министерству подготовить новые правила для мигрантов."
    facts = [f for f in facts_of(text) if f.value is None]
    assert [f.dimensions.get("country") for f in facts] == ["QA", None]


HOST_ACT = ("Министерство труда Таджикистана 12 марта сообщило о трудовой миграции.\n"
            "Сотрудникам московской полиции запретили задерживать трудовых мигрантов с просроченной "
            "регистрацией до конца месяца.\n")


@pytest.mark.parametrize("follow_up", [
    # the people of the reporting state, told as the ones the act spares
    "Таджикистанцев не будут выдворять и лишать права въезда в этот срок.",
    # the host named as where the act applies
    "Кроме того, в России их освободят от штрафов за просрочку патента.",
    "Граждан Таджикистана теперь не будут штрафовать за опоздание с регистрацией.",
])
def test_a_measure_naming_only_the_parties_goes_on_telling_the_last_act(follow_up):
    facts = [f for f in facts_of(HOST_ACT + follow_up) if f.value is None]
    assert [f.dimensions.get("country") for f in facts] == ["RU", "RU"]


@pytest.mark.parametrize("follow_up", [
    # a third state named: the measure is not the last act's
    "Граждан Таджикистана теперь не будут штрафовать за опоздание с регистрацией в Казахстане.",
    "Кроме того, таджикистанцам упростят въезд в Узбекистан на работу.",
    # several states at once
    "Министерство труда Таджикистана планирует заключить соглашения со всеми странами, куда "
    "едут мигранты.",
    "Минтруд намерен подписать меморандумы с другими странами о найме мигрантов.",
])
def test_a_measure_naming_another_state_or_a_group_does_not_take_the_last_partner(follow_up):
    facts = [f for f in facts_of(HOST_ACT + follow_up) if f.value is None]
    assert facts[0].dimensions.get("country") == "RU"
    assert [f.dimensions.get("country") for f in facts[1:]] != ["RU"]


@pytest.mark.parametrize("text", [
    # a deal written into a protocol or an agreement
    "Права трудовых мигрантов закреплены в протоколе межправительственной комиссии.",
    "Условия найма мигрантов закрепили в соглашении между министерствами.",
    # leave, stay or work without a penalty: what an amnesty allows
    "Нелегальные мигранты могут выехать из страны без штрафов до конца месяца.",
    "Трудовые мигранты могут находиться в республике без регистрации до 30 дней.",
    # a provision of the decree named at the start, the decree as the object fronted
    "Согласно указу, мигрантам нельзя будет работать в такси и на рынках.",
    "Постановление об ограничении найма мигрантов подписал губернатор области.",
])
def test_more_wording_of_an_adopted_measure(text):
    fact = only(facts_of(LEAD + text))
    assert (fact.category, fact.value, fact.status) == ("policy", None, "adopted")


def test_hiring_refused_from_a_date_is_a_measure():
    fact = only(facts_of(LEAD + "С 1 июня работодатели не смогут принимать мигрантов продавцами."))
    assert (fact.category, fact.status) == ("policy", "adopted")
