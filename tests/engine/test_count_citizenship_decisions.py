"""Decisions on admission to citizenship ('принято 12,3 тыс. решений о приёме в гражданство')
count the people admitted."""
import pytest

from engine_helpers import facts_of


@pytest.mark.parametrize("text, value, unit", [
    ("Гражданство России за полгода получили 90 тыс. иностранцев. Выходцам из Киргизии принято "
     "12,3 тыс. решений о приёме в гражданство.", 12300, "person"),
    ("Мигранты в первом квартале: гражданам Узбекистана вынесено 7 тысяч решений о приобретении "
     "гражданства России.", 7000, "person"),
])
def test_decisions_on_citizenship_count_people(text, value, unit):
    assert [f.unit for f in facts_of(text, "2024-07-10") if f.value == value] == [unit]
