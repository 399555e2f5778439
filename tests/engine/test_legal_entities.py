"""'юридических лиц' are companies, not people: like employers, a count of them is no fact
(corpora/README.md), while 'физических лиц' and 'иностранных лиц' stay people."""
import pytest

from engine_helpers import facts_of

LEAD = "Министерство труда подвело итоги выдачи квот на привлечение иностранной рабочей силы.\n"


@pytest.mark.parametrize("text", [
    "За полгода 27 юридических лиц обратились за квотой на иностранных специалистов.",
    "Нарушения выявлены у 14 юридических лиц, нанимавших мигрантов.",
])
def test_legal_entities_are_no_count(text):
    assert [f.value for f in facts_of(LEAD + text, "2017-07-14") if f.value is not None] == []


@pytest.mark.parametrize("text, value", [
    ("За полгода квоту получили 312 иностранных лиц.", 312),
])
def test_persons_stay_a_count(text, value):
    assert [f.value for f in facts_of(LEAD + text, "2017-07-14") if f.value is not None] == [value]


@pytest.mark.parametrize("text, value", [
    ("Квота на год – 8 200 единиц, из которых 5,1 тыс. уже привлечены юридическими лицами.", 5100),
])
def test_who_used_the_quota_is_no_unit_of_its_part(text, value):
    """The companies that acted, in the instrumental after a verb, are not what the figure counts."""
    assert value in [f.value for f in facts_of(LEAD + text, "2017-07-14")]
