"""Figures in digits, found from the first digit on: a digit inside a word ('А5', 'ab12') is
still no figure."""
import pytest

from extractor.engine.numbers import digit_figures


@pytest.mark.parametrize("text, expected", [
    ("Выдано 12 345 разрешений и 1,2 млн патентов.", [(12345.0, False), (1200000.0, False)]),
    ("В А5 нет чисел, а в 2024 году 17%.", [(2024.0, False), (17.0, True)]),
    ("Код ab12 и 3.5 тыс.", [(3500.0, False)]),
    ("Чисел здесь нет.", []),
])
def test_digit_figures(text, expected):
    assert [(f.value, f.percent) for f in digit_figures(text, 0)] == expected
