"""A share of a flow or stock named beside its whole, by the country or group of states it
comes from or goes to, is a fact in percent (corpora/README.md, "Shares"); a share with no
place, or one share for several places at once, is not."""
import pytest

from engine_helpers import facts_of


def shares(text):
    return {f.value: (f.indicator, f.dimensions.get("country"))
            for f in facts_of(text) if f.unit == "percent"}


@pytest.mark.parametrize("text, expected", [
    # the whole before the share, the second item elliptic
    ("АСТАНА. Миграция населения. За полгода в страну прибыли 6 100 человек, выбыли 8 300. "
     "Доля прибывших из стран СНГ составила 84,5%, выбывших – 77,4% от общего числа мигрантов.",
     {84.5: ("immigrants_arrived", None), 77.4: ("emigrants_departed", None)}),
    # the whole after the share, by the group of states
    ("МОСКВА. Миграция населения. За год в Россию на жительство прибыли 290 тыс. иммигрантов; "
     "91,7% иммигрантов приехали из стран ближнего зарубежья.",
     {91.7: ("immigrants_arrived", None)}),
    # by one country
    ("МОСКВА. Трудовые мигранты. На граждан Узбекистана приходится около 55% патентов, "
     "выданных в столице за полгода.", {55: ("patents_issued", "UZ")}),
])
def test_a_share_of_a_whole_by_place_is_a_fact(text, expected):
    assert shares(text) == expected


@pytest.mark.parametrize("text", [
    # one share for several countries at once
    "БИШКЕК. Трудовая миграция. За год через агентства за рубеж уехали 9 000 граждан; 55% "
    "уехавших выбрали Германию, Турцию и Великобританию.",
    # a share by sex has no place
    "АСТАНА. Миграция населения. За полгода в страну прибыли 6 100 человек; 52% прибывших – "
    "женщины.",
])
def test_a_share_with_no_single_place_is_no_fact(text):
    assert shares(text) == {}
