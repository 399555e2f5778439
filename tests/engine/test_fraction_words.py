"""A number word before 'треть', 'четверть' or an ordinal ('две трети', 'три четверти', 'три
пятых') is the numerator of a fraction: a share of the people named, never a count of two or
three of them. A count given beside the fraction stays a fact."""
import pytest

from engine_helpers import facts_of


@pytest.mark.parametrize("text", [
    "Почти три четверти выехавших на заработки граждан Узбекистана направились в Россию.",
    "Две трети трудовых мигрантов из Кыргызстана, по данным опроса, работают в Москве.",
    "Около двух третей граждан Таджикистана, покинувших страну, трудятся в России.",
    "Три пятых прибывших в Казахстан кандасов поселились в северных областях.",
])
def test_a_fraction_in_words_is_no_count(text):
    assert [f.value for f in facts_of(text) if f.value is not None] == []


@pytest.mark.parametrize("text, values", [
    # the count beside the fraction is the fact
    ("Три четверти из них — 18,2 тыс. человек — выехали в Россию на заработки.", [18200]),
    # a number word before a unit noun is still a count
    ("В Россию на работу выехали три тысячи граждан Таджикистана.", [3000]),
])
def test_the_count_beside_a_fraction_stays(text, values):
    assert [f.value for f in facts_of(text) if f.value is not None] == values


@pytest.mark.parametrize("text", [
    "Выходит, что на заработках в России находятся 2/3 трудоспособных мужчин республики.",
    "Около 1/4 прибывших в Казахстан кандасов выбрали северные области.",
])
def test_a_fraction_in_digits_is_no_count(text):
    assert [f.value for f in facts_of(text) if f.value is not None] == []
