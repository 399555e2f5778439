"""A permanent-residence permit granted ('оформили вид на жительство', 'выдан вид на жительство')
counts immigrants (corpora/README.md), as 'получили вид на жительство' does; foreigners on the
register stay registrations."""
import pytest

from engine_helpers import facts_of

KAZAKH = "Департамент полиции Атырауской области сообщает.\n"


def measures(text, published="2020-05-02"):
    return [(f.value, f.indicator) for f in facts_of(KAZAKH + text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("С начала года 165 иностранцев оформили в Атырау вид на жительство.",
     [(165, "immigrants_arrived")]),
    ("С начала года 165 иностранцев оформили в Атырау вид на жительство. В области временно "
     "зарегистрированы 4 800 иностранцев.",
     [(165, "immigrants_arrived"), (4800, "migration_registrations")]),
])
def test_a_residence_permit_granted_counts_immigrants(text, expected):
    assert measures(text) == expected
