"""A half of a scale written as one word ('около полумиллиона граждан', 'больше полумиллиона
патентов', 'полтысячи мигрантов') is a figure as '500 тыс.' is; a sum of money so written is no
count."""
import pytest

from engine_helpers import facts_of


def counts(text: str) -> dict[float, str]:
    return {f.value: f.unit for f in facts_of(text) if f.value is not None}


@pytest.mark.parametrize("text, value, unit", [
    ("По оценкам, сейчас в Казахстане работают около полумиллиона трудовых мигрантов.", 500000, "person"),
    ("За три месяца мигранты в крае оформили больше полумиллиона патентов на работу.", 500000, "patent"),
    ("В ходе рейда полицейские задержали почти полтысячи мигрантов без документов.", 500, "person"),
])
def test_a_half_scale_word_is_a_figure(text, value, unit):
    assert counts(text).get(value) == unit


def test_a_sum_so_written_is_no_count():
    found = counts("Работодателя, нанявшего мигрантов без патента, оштрафовали на полмиллиона рублей.")
    assert 500000 not in found
