"""An item of a list by origin whose label and verb of coming stand before its bare figure
('Из Германии приехали 45, из Кореи — 12'), after the list's first item in the sentence before:
an item like the others."""
import pytest

from engine_helpers import facts_of

TEXT = ("Агентство вернуло на родину 410 граждан, попавших в беду за границей.\n"
        "Билеты оплатил фонд, акция шла весь август.\n"
        "Больше всего людей вернули из Турции — 300 человек. {rest}\n")


@pytest.mark.parametrize("rest, value, country", [
    ("Из Германии приехали 45, из Южной Кореи — 12.", 45, "DE"),
    ("Из Южной Кореи вернулись 12, из Польши — 8.", 12, "KR"),
])
def test_origin_and_its_verb_label_the_bare_figure(rest, value, country):
    found = [(f.unit, f.dimensions.get("country")) for f in facts_of(TEXT.format(rest=rest), "2025-09-01")
             if f.value == value]
    assert found == [("person", country)]
