"""What a change of the rules reaches or is for ('изменения коснулись и приглашений', 'новшество
касается судимостей', 'нововведения направлены на ужесточение въезда') is told as what a ban
covers is: a measure after an act on topic, with the act's status when the act is a bill."""
import pytest

from engine_helpers import facts_of

LEAD = "Правительство утвердило новые правила пребывания иностранных граждан.\n"
BILL = "Министерство внесло в парламент законопроект о пребывании иностранных граждан.\n"


def measures(text: str) -> list:
    return [f for f in facts_of(text) if f.category == "policy" and f.value is None]


def sentences(text: str) -> list[str]:
    return [f.evidence.sentence for f in measures(text)]


@pytest.mark.parametrize("text", [
    "Изменения коснулись также порядка продления регистрации.",
    "Главное новшество касается проверки знания языка.",
    "Нововведения затронут и владельцев видов на жительство.",
    "Все поправки направлены на усиление контроля за пребыванием.",
])
def test_what_a_change_reaches_is_a_measure_after_the_act(text):
    assert text in sentences(LEAD + text)


def test_what_a_bill_changes_keeps_the_bill_status():
    text = "Все нововведения направлены на ужесточение въезда."
    found = [f for f in measures(BILL + text) if f.evidence.sentence == text]
    assert [f.status for f in found] == ["proposed"]


@pytest.mark.parametrize("text", [
    # whom a change spares is a detail of it
    "Изменения не коснутся студентов.",
    # a purpose of measures is no reach
    "Эти меры направлены на поддержку местных работников.",
])
def test_what_a_change_spares_and_what_measures_are_for_are_no_measure(text):
    assert text not in sentences(LEAD + text)


def test_a_change_out_of_the_topic_is_no_measure():
    assert sentences("В городе поменяли расписание автобусов.\nИзменения коснулись пригородных маршрутов.") == []
