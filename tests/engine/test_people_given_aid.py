"""People a benefit reached ('58 семей получили выплату на переезд', 'ещё 19 семьям помогли с
арендой жилья', 'материальную помощь получили 27 граждан') are no migration figure; the settlers a
commission took in, told in the clause before, stay a count."""
import pytest

from engine_helpers import facts_of

LEAD = "Управление координации занятости подвело итоги переселения кандасов.\n"


@pytest.mark.parametrize("text", [
    "Им оказана положенная поддержка: 58 семей получили выплату на переезд в размере 70 МРП.",
    "Ещё 19 семьям помогли с арендой жилья и оплатой коммунальных услуг.",
    "Кроме того, материальную помощь получили 27 граждан Узбекистана, оставшихся без работы.",
])
def test_people_given_aid_are_no_count(text):
    assert [f.value for f in facts_of(LEAD + text, "2025-12-16") if f.value is not None] == []


@pytest.mark.parametrize("text, value", [
    ("В ноябре в региональную квоту включены 97 кандасов, им оказана положенная поддержка.", 97),
])
def test_settlers_told_before_the_aid_stay(text, value):
    assert value in [f.value for f in facts_of(LEAD + text, "2025-12-16") if f.value is not None]
