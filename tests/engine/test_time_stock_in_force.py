"""A stock told in the present tense with no date of its own ('действуют 12 040 разрешений') is
as of the publication date, and so is its breakdown given right after it, even where the items'
own verb is one of issuing (corpora/README.md, "Which country, which time")."""
import pytest

from engine_helpers import facts_of


def times(text, published):
    return {f.value: (f.time.period, f.time.as_of) for f in facts_of(text, published)}


@pytest.mark.parametrize("text, published, expected", [
    ("АСТАНА. В стране сейчас действуют 12 040 разрешений на привлечение иностранной рабочей "
     "силы. Из общего числа 512 разрешений выданы на первую категорию, 2 300 — на вторую. "
     "Страны выхода: Китай — 2 410; Турция — 1 305.", "2021-03-15",
     {12040: (None, "2021-03-15"), 512: (None, "2021-03-15"), 2300: (None, "2021-03-15"),
      2410: (None, "2021-03-15"), 1305: (None, "2021-03-15")}),
    ("АСТАНА. На сегодня в республике действует 9 870 разрешений на привлечение иностранной "
     "рабочей силы; из них 1 420 оформлены на сезонные работы.", "2019-06-04",
     {9870: (None, "2019-06-04"), 1420: (None, "2019-06-04")}),
])
def test_a_stock_in_force_and_its_breakdown_are_as_of_the_day(text, published, expected):
    assert times(text, published) == expected


def test_a_flow_after_a_stock_of_something_else_keeps_the_month():
    text = ("АСТАНА. В стране действуют 12 040 разрешений на привлечение иностранной рабочей "
            "силы. В ходе рейдов выявлены 310 нарушителей миграционного законодательства.")
    assert times(text, "2022-08-09")[310] == ("2022-08", None)
