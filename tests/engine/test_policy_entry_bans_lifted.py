"""The people whose entry bans a host lifts are the reach of a measure, as an amnesty's are: 'МВД
отменило запрет на въезд для 158 тысяч граждан', 'запреты на въезд снимут для 150 тыс. граждан'
give a policy fact of entry bans with that value; bans imposed stay a count."""
import pytest

from engine_helpers import facts_of

LEAD = "Мигранты из Узбекистана смогут вернуться в Россию\n"


def facts(text):
    return [(f.category, f.indicator, f.value) for f in facts_of(LEAD + text, published="2021-10-14")
            if f.value is not None]


@pytest.mark.parametrize("text, value", [
    ("Посольство сообщило, что МВД России отменило запрет на въезд для 158 тысяч граждан Узбекистана.", 158000),
    ("По словам замминистра, запреты на въезд в Россию снимут для 150 тыс. граждан Узбекистана.", 150000),
    ("Власти решили снять запрет на въезд с 12 тысяч трудовых мигрантов из Узбекистана.", 12000),
])
def test_people_whose_bans_are_lifted_are_the_reach_of_a_measure(text, value):
    assert ("policy", "entry_bans", value) in facts(text)


def test_bans_imposed_stay_a_count():
    text = "В прошлом году МВД запретило въезд в Россию 189 тысячам граждан Узбекистана."
    assert [category for category, _, _ in facts(text)] == ["count"]
