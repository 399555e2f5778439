"""A share set beside a sum in one bracket ('Челябинская область (141,9%, 8 800 рублей)') is the
sum's rise, money like the sum: no fact; a share beside a count stays with its count."""
import pytest

from engine_helpers import facts_of

LEAD = "Стоимость патента для трудовых мигрантов в регионах России выросла.\n"


@pytest.mark.parametrize("text", [
    "Первое место у Самарской области (160,2%, 9 100 рублей).",
    "Второй — Крым (150,9%, 6 553 рубля), третья — Челябинская область (141,9%, 8 800 рублей).",
])
def test_a_share_beside_a_sum_is_no_fact(text):
    assert [f.value for f in facts_of(LEAD + text, "2025-09-04") if f.value is not None] == []


@pytest.mark.parametrize("text, value", [
    ("Больше всего патентов выдано в Москве — 86 400 (31,2%).", 86400),
])
def test_a_share_beside_a_count_stays_with_it(text, value):
    assert value in [f.value for f in facts_of(LEAD + text, "2025-09-04") if f.value is not None]
