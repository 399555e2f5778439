"""Printed matter for migrants counts copies, no people: 'памятки изданы тиражом 30 тысяч
экземпляров', 'раздали 8 тысяч буклетов', 'учебник вышел тиражом в три тысячи'. The people the
same text counts are facts all the same."""
import pytest

from engine_helpers import facts_of


def values(text):
    return sorted(f.value for f in facts_of(text, "2024-03-01") if f.value is not None)


@pytest.mark.parametrize("text", [
    "Миграционная служба выпустила для трудовых мигрантов памятки тиражом 30 тысяч экземпляров.",
    "Перед отъездом в Россию трудовым мигрантам раздали 8 тысяч буклетов и брошюр о правилах пребывания.",
    "Учебник русского языка для трудовых мигрантов вышел тиражом в три тысячи.",
])
def test_copies_of_printed_matter_are_no_count(text):
    assert values(text) == []


def test_migrants_counted_beside_the_copies_are_a_count():
    text = ("В аэропорту 1 200 трудовым мигрантам, вылетающим в Россию, раздали 5 тысяч "
            "памяток о правилах пребывания.")
    assert values(text) == [1200]
