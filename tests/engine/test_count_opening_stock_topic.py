"""A text that opens with a stock told by its verb ('в Японии находятся 40 тысяч граждан
Узбекистана') and names no trigger: the figures after it, by country, are of that stock."""
import pytest

from engine_helpers import facts_of


@pytest.mark.parametrize("text, value, country", [
    ("В Японии находятся 40 тысяч граждан Узбекистана.\n"
     "Больше всего в стране граждан Китая — около 700 тыс. человек. Далее идут Вьетнам "
     "(400 тыс.) и Непал (90 тыс.).", 400000, "VN"),
    ("В Польше пребывают 30 тысяч граждан Кыргызстана.\n"
     "Первую строчку занимают граждане Украины — свыше 900 тыс. человек.", 900000, "UA"),
])
def test_figures_after_an_opening_stock_are_of_it(text, value, country):
    found = [(f.indicator, f.dimensions.get("country")) for f in facts_of(text, "2024-05-10")
             if f.value == value]
    assert found == [("migration_registrations", country)]
