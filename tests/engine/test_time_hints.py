"""The cheap hint of each time rule lets through every sentence its pattern matches: a hint
only spares a rule's search, it never decides a time."""
import pytest

from extractor.engine.timex import RULES, find_times

PUBLISHED = "2025-05-10"

PHRASES = [
    ("В 2019-м прибыли 5 тысяч.", [("2019", None)]),
    ("Годом ранее выехали 7 тысяч.", [(None, None)]),
    ("Год назад выехали 7 тысяч.", [(None, None)]),
    ("До сих пор работают 3 тысячи.", [(None, "2025-05-10")]),
    ("По итогам полугодия выехали 2 тысячи.", [("2024-07/2024-12", None)]),
    ("В начале 2023 года работали 800 человек.", [("2023", "2023-01-01")]),
    ("На конец марта прибыли 900 человек.", [(None, "2025-03-31")]),
    ("За аналогичный период прошлого года выехали 600.", [(None, None)]),
    ("За тот же период 2022 года прибыли 300.", [(None, None)]),
]


@pytest.mark.parametrize("text, expected", PHRASES)
def test_hint_passes_where_its_pattern_matches(text, expected):
    lowered = text.lower()
    for hint, pattern, _ in RULES:
        if next(iter(pattern.finditer(text)), None) is not None:
            assert hint.search(lowered), hint.pattern
    assert [(m.period, m.as_of) for m in find_times(text, 0, len(text), PUBLISHED)] == expected
