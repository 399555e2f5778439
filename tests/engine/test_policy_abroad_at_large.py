"""A measure for the state's citizens abroad at large ('за рубежом', 'в других странах') is about
every state they are in: it takes no partner from the headline, which names one host."""
import pytest

from engine_helpers import facts_of

HEAD = ("Миграционная амнистия в России коснулась 50 тысяч кыргызстанцев\n"
        "Амнистией воспользовались 50 тысяч граждан Кыргызстана, сообщил министр труда.\n")


def measures(text):
    return [f for f in facts_of(text, published="2025-03-01") if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text, expected", [
    ("Министр также поручил упростить постановку трудовых мигрантов на консульский учёт за рубежом.", None),
    ("Министерство планирует открыть горячую линию для трудовых мигрантов, работающих в других странах.", None),
    ("Министр также поручил упростить постановку трудовых мигрантов на консульский учёт.", "RU"),
])
def test_a_measure_for_citizens_abroad_at_large_has_no_partner(text, expected):
    found = measures(HEAD + text)
    assert [f.dimensions.get("country") for f in found] == [expected]
