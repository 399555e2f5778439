"""Immigrants are counted by their origin: when the sentence names the host they moved into
right after where they came from ('из России в Кыргызстан прибыли'), the host is dropped and
the state named just before it is their origin, the reporting state or another."""
import pytest

from extractor.api import extract_text


@pytest.mark.parametrize("text, expected", [
    ("Въезд в республику вырос\nБишкек, 3 ноября. По данным Нацстаткома, за девять месяцев "
     "из России в Кыргызстан на постоянное жительство прибыли 12 450 человек.", "RU"),
    ("Иммигрантов стало больше\nЗа девять месяцев из Казахстана в Россию на постоянное "
     "жительство прибыли 41 200 человек.", "KZ"),
    # the host alone: no origin to take
    ("Иммигрантов стало больше\nЗа девять месяцев в Россию на постоянное жительство "
     "прибыли 41 200 человек.", None),
])
def test_the_state_named_before_the_host_is_the_origin(text, expected):
    facts = [f for f in extract_text(text, published="2025-11-03").facts if f.value is not None]
    assert facts and facts[0].dimensions.get("country") == expected
