"""People a reporter met or a survey asked ('мы встретились с тремя молодыми казахами', 'опросили
более 1 200 мигрантов') are those heard or the sample of a survey, no migration figure; the
migrants a survey counts stay a count."""
import pytest

from engine_helpers import facts_of

LEAD = "В прошлом году в Казахстан переселились 2 300 оралманов из Китая.\n"


@pytest.mark.parametrize("text", [
    "Мы встретились с тремя молодыми казахами, родившимися в Китае, и расспросили их о семье.",
    "Корреспондент побеседовал с пятью трудовыми мигрантами из Узбекистана на стройке.",
    "Социологи опросили более 1 200 трудовых мигрантов в Москве и Подмосковье.",
])
def test_people_met_or_asked_are_no_count(text):
    assert [f.value for f in facts_of(LEAD + text, "2015-04-20") if f.value not in (None, 2300)] == []


@pytest.mark.parametrize("text, value", [
    ("В прошлом году статус кандаса получили 1 450 этнических казахов из Китая.", 1450),
])
def test_people_given_a_status_stay_a_count(text, value):
    assert [f.value for f in facts_of(LEAD + text, "2015-04-20") if f.value not in (None, 2300)] == [value]
