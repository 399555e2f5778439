"""Money is told by its currency before a figure or once for a sentence; the currency's
signs and words are looked for first, and a sentence with none has no money."""
import pytest

from extractor.engine.numbers import find_figures
from extractor.engine.tokens import tokenize


@pytest.mark.parametrize("text, expected", [
    ("Переводы составили $3,4 млрд, а работали 12 тысяч мигрантов.",
     [(3400000000.0, "money"), (12000.0, None)]),
    ("Объём (в долларах США): Россия – 4,7 млрд, Казахстан – 300 млн.",
     [(4700000000.0, "money"), (300000000.0, "money")]),
    ("Выдано 5 000 патентов.", [(5000.0, None)]),
])
def test_money_figures(text, expected):
    figures = find_figures(text, 0, len(text), tokenize(text))
    assert [(f.value, f.excluded) for f in figures] == expected
