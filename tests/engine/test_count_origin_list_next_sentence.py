"""A list by country of people with no indicator that the sentence before opened, in the same
paragraph, the total further back ('Больше всего вернули из Турции — 300 человек. Из Германии — 45, из Кореи — 12'):
the items of this sentence go on with it."""
import pytest

from engine_helpers import facts_of

TEXT = ("Агентство вернуло на родину 410 граждан, попавших в беду за границей.\n"
        "Билеты оплатил фонд, акция шла весь август.\n"
        "Больше всего людей вернули из Турции — 300 человек. {rest}\n")


@pytest.mark.parametrize("rest, value, country", [
    ("Из Германии — 45, из Южной Кореи — 12.", 45, "DE"),
    ("Из Германии — 45, из Южной Кореи — 12.", 12, "KR"),
    ("Далее — из Польши (30) и из Египта (8).", 8, "EG"),
])
def test_list_by_country_goes_on_in_the_next_sentence(rest, value, country):
    found = [(f.unit, f.dimensions.get("country")) for f in facts_of(TEXT.format(rest=rest), "2025-09-01")
             if f.value == value]
    assert found == [("person", country)]
