"""'X, что на 17% превышает показатель прошлого года (Y)', 'X, что на 8% уступает уровню 2024 года
(Y)': a difference told by a verb of exceeding or falling short, then the old level in brackets.
Y is X's previous, no level of its own; the difference is no level either."""
import pytest

from engine_helpers import facts_of


def levels(text, published="2025-08-01"):
    return [(f.value, f.previous) for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("В первом полугодии органы внутренних дел выдворили 3,1 тыс. иностранных граждан, что на "
     "14,5% превышает показатель прошлого года (2,7 тыс.).", [(3100, 2700)]),
    ("С января по июнь оформлено 52 400 патентов для трудовых мигрантов, что на 6% уступает "
     "уровню аналогичного периода 2024 года (55 700).", [(52400, 55700)]),
    ("За полгода на работу в регион прибыли 18 200 трудовых мигрантов, что на 9% превысило "
     "показатель прошлого года (16 700 человек).", [(18200, 16700)]),
])
def test_the_bracketed_level_after_a_verb_of_exceeding_is_the_previous(text, expected):
    assert levels(text) == expected


def test_a_difference_told_by_exceeding_is_no_level():
    text = "В 2024 году трудовым мигрантам выдано 41 200 патентов, что на 8% превышает уровень прошлого года."
    assert levels(text, "2025-02-01") == [(41200, None)]
