"""People who left to work ('уехали работать', 'отправились трудиться') are a flow, not people
working abroad now: the verb of leaving right before the infinitive tells what happened, so
when organised recruitment is named they were placed abroad."""
import pytest

from engine_helpers import facts_of


@pytest.mark.parametrize("text, value", [
    ("С начала года по линии организованного набора уехали работать в Россию 2,7 тысячи "
     "граждан Узбекистана, сообщает Министерство занятости и трудовых отношений республики.", 2700),
    ("Через частные агентства занятости за полгода отправились работать за рубеж 1,8 тысячи "
     "кыргызстанцев, сообщает Министерство труда республики.", 1800),
    ("В рамках оргнабора в Корею выехали трудиться 950 граждан Узбекистана, сообщает "
     "Агентство внешней трудовой миграции республики.", 950),
])
def test_left_to_work_by_recruitment_is_placed(text, value):
    assert [f.indicator for f in facts_of(text) if f.value == value] == ["citizens_placed_abroad"]


def test_working_abroad_now_stays_a_stock():
    text = ("По программе EPS в Корее сейчас работают 2,7 тысячи граждан Узбекистана, сообщает "
            "Министерство занятости и трудовых отношений республики.")
    assert [f.indicator for f in facts_of(text) if f.value == 2700] == ["citizens_abroad"]
