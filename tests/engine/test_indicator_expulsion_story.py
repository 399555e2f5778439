"""In a story whose headline counts an expulsion ('Приставы выдворили 12 иностранцев'), people
the body says left the host ('Страну покинули восемь граждан Узбекистана') are the expelled,
though the verb is one of leaving; those who left on their own, or a text whose headline counts
no expulsion, keep the leaving."""
import pytest

from engine_helpers import facts_of


def indicator_of(text, value):
    return [f.indicator for f in facts_of(text, "2025-06-10") if f.value == value]


@pytest.mark.parametrize("text, value", [
    ("Приставы Тверской области выдворили 12 иностранцев\n\n"
     "О новой группе нарушителей сообщили в региональном управлении ФССП.\n\n"
     "Страну покинули восемь граждан Узбекистана и четыре гражданина Таджикистана.", 8),
    ("Из Омской области выслали 30 мигрантов\n\n"
     "В том числе Россию покинули 18 граждан Узбекистана, сообщили в управлении.", 18),
])
def test_those_who_left_in_an_expulsion_story_are_expelled(text, value):
    assert indicator_of(text, value) == ["deportations"]


@pytest.mark.parametrize("text, value", [
    # they left on their own
    ("Из Омской области выслали 30 мигрантов\n\n"
     "Ещё 40 иностранцев добровольно покинули страну, сообщили в управлении.", 40),
    # the headline counts no expulsion: a mention of one in the body is no story of it
    ("В реестре контролируемых лиц стало меньше кыргызстанцев\n\n"
     "Многие из них избежали выдворения, узаконив своё пребывание.\n\n"
     "Ещё 84 тысячи человек покинули страну и были исключены из списка.", 84000),
])
def test_other_departures_stay_departures(text, value):
    assert "deportations" not in indicator_of(text, value)
