"""A count of people a sending state will send, place or see taken in abroad is the plan's
level (a planned measure with its value), not a count of people gone: the future verb of
sending ('направят', 'поедут', 'привлечет', 'будут трудоустроены') or the noun of the
placement an agreement is for ('о трудоустройстве N') tells it. Those already gone stay
counts, and so do the items of a list with a verb of their own."""
import pytest

from engine_helpers import facts_of

LEAD = "ТАШКЕНТ. Агентство по внешней трудовой миграции рассказало об организованном наборе граждан на работу за рубеж.\n"


def numbered(text):
    return {f.value: f for f in facts_of(LEAD + text, published="2025-03-10") if f.value is not None}


@pytest.mark.parametrize("text, value", [
    ("В текущем году около 3 400 человек направят на заводы Южной Кореи.", 3400),
    ("Весной свыше 600 сиделок из Узбекистана в организованном порядке поедут в Германию.", 600),
    ("Кроме того, Турция привлечет до 1,8 тыс. узбекских каменщиков для работ в Измире.", 1800),
    ("По договоренности в этом году 70 жителей Ферганской области будут трудоустроены на фермах Кореи.", 70),
    ("Агентство и японская компания подписали соглашение о трудоустройстве 4 тысяч узбекистанцев в Японии.", 4000),
])
def test_people_a_state_will_send_are_its_plan(text, value):
    fact = numbered(text)[value]
    assert fact.category == "policy"
    assert fact.status in ("planned", "adopted")


def test_items_that_leave_out_the_verb_share_the_plan():
    facts = numbered("По визе E-9 около 9 100 человек направят на предприятия Кореи, "
                     "2 300 – в сельское хозяйство, 1 700 – на стройки.")
    assert [facts[v].category for v in (9100, 2300, 1700)] == ["policy"] * 3


@pytest.mark.parametrize("text, value", [
    ("В прошлом году на заводы Южной Кореи направлены 3 400 человек.", 3400),
    ("Из 600 сиделок, отобранных для работы в Германии, 250 уже выехали.", 250),
    ("Комиссия отказала в привлечении 410 иностранных рабочих из-за неполных документов.", 410),
])
def test_people_gone_or_refused_are_no_plan(text, value):
    facts = numbered(text)
    assert value not in facts or facts[value].category == "count"
