"""The items of a stock told in the present tense in one sentence ('Иностранцы заняты в
строительстве (11,9 тыс.), в торговле (3,2 тыс.) ...') are parts of that stock on the day of
the text, like its first item, not the span of a flow told before them."""
import pytest

from engine_helpers import times_of

LEAD = "С начала года разрешения на работу получили 18,6 тыс. иностранных специалистов.\n\n"


@pytest.mark.parametrize("text, published, expected", [
    (LEAD + "Иностранцы заняты главным образом в строительстве (9,4 тыс. человек), в торговле "
     "(2,8 тыс.) и в горнодобывающей промышленности (1,5 тыс.).", "2020-10-06",
     [(18600, "2020-01/2020-10", None), (9400, None, "2020-10-06"), (2800, None, "2020-10-06"),
      (1500, None, "2020-10-06")]),
    (LEAD + "Больше всего иностранных работников трудятся в строительстве – 7 200 человек, в "
     "обрабатывающей промышленности – 2 100, в сельском хозяйстве – 900.", "2021-05-12",
     [(18600, "2021-01/2021-05", None), (7200, None, "2021-05-12"), (2100, None, "2021-05-12"),
      (900, None, "2021-05-12")]),
])
def test_items_after_a_present_stock_are_of_its_day(text, published, expected):
    assert times_of(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # an item with a verb of issue of its own is a flow of the span told
    (LEAD + "В стране работают 9 400 иностранцев, а разрешения на сезонные работы выданы 2 800 "
     "из них.", "2020-10-06",
     [(18600, "2020-01/2020-10", None), (9400, None, "2020-10-06"), (2800, "2020-01/2020-10", None)]),
])
def test_an_item_with_its_own_flow_keeps_the_span(text, published, expected):
    assert times_of(text, published) == expected
