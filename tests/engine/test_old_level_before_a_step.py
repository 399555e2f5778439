"""'Если на 2015 год квота составляла Y, то на 2016 год её предлагается увеличить на D — до X':
the old level is told first and the new one after its step; Y is X's previous, no level of its own."""
import pytest

from engine_helpers import facts_of

LEAD = "Правительство опубликовало проект квоты на привлечение иностранной рабочей силы.\n"


@pytest.mark.parametrize("text, expected", [
    ("Если на 2015 год квота составляла 11 тыс. 400 человек, то на 2016 год её предлагается "
     "увеличить на 2 тыс. — до 13 тыс. 400 человек.", [(13400, 11400)]),
    ("Если в прошлом году квота составляла 9 000 человек, то в этом её сократили на 1 500, до "
     "7 500 человек.", [(7500, 9000)]),
])
def test_the_old_level_told_first_is_the_previous(text, expected):
    assert [(f.value, f.previous) for f in facts_of(LEAD + text, "2015-11-25")
            if f.value is not None] == expected
