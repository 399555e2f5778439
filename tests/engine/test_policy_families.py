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
