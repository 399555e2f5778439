"""Courses that will open for migrants ('откроют курсы русского языка для мигрантов') are a
planned measure, as an office that will open is; 'откроет курс на ...' opens no course."""
import pytest

from engine_helpers import facts_of

LEAD = "КАЗАНЬ. Управление по вопросам миграции подвело итоги 2025 года.\n"


@pytest.mark.parametrize("text", [
    "В Казани откроют бесплатные курсы русского языка для трудовых мигрантов.",
    "Весной в Самаре откроются первые курсы истории и права для трудовых мигрантов.",
])
def test_courses_to_open_are_planned(text):
    facts = [f for f in facts_of(LEAD + text) if f.value is None]
    assert [f.status for f in facts] == ["planned"]


def test_a_course_of_policy_is_no_course():
    text = LEAD + "Решение откроет курс на сближение трудовых мигрантов с местными жителями."
    assert [f for f in facts_of(text) if f.value is None] == []
