"""A share with 'из них' right after it ('80 процентов из них получили граждане Китая') is the
part of the count just given, in its sentence or the one before, that the country named after
it takes: a fact in percent with the total's indicator and time. A share with no place of its
own ('30% из них — женщины', or only the place of the total) stays no fact."""
import pytest

from engine_helpers import facts_of


@pytest.mark.parametrize("text, share, total, country", [
    ("За девять месяцев иностранцам выдано 8 600 разрешений на работу. 70 процентов из них "
     "получили граждане Турции.", 70, 8600, "TR"),
    ("В 2022 году трудовым мигрантам оформлено 12 400 разрешений на работу. Около 45% из "
     "них приходится на граждан Китая.", 45, 12400, "CN"),
    ("За квартал в Казахстан прибыли 40 тысяч трудовых мигрантов, 55 процентов из них — "
     "граждане Узбекистана.", 55, 40000, "UZ"),
])
def test_a_share_of_them_by_country_is_a_fact_of_the_total(text, share, total, country):
    facts = facts_of(text)
    whole = next(f for f in facts if f.value == total)
    part = [f for f in facts if f.value == share]
    assert [(f.category, f.unit, f.indicator, f.dimensions.get("country")) for f in part] == \
        [("count", "percent", whole.indicator, country)]
    assert part[0].time == whole.time


@pytest.mark.parametrize("text, share", [
    # a share by sex names no place
    ("За девять месяцев иностранцам выдано 8 600 разрешений на работу. 30 процентов из них "
     "получили женщины.", 30),
    # the country is the total's own, the share is by purpose
    ("За полгода в Россию въехали 380 тысяч граждан Кыргызстана, 60 процентов из них "
     "приехали на работу.", 60),
])
def test_a_share_of_them_with_no_place_of_its_own_is_no_fact(text, share):
    assert [f for f in facts_of(text) if f.value == share] == []
