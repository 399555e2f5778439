"""A directive to those a ban binds ('перевозчикам велено не брать мигрантов', 'работодателям
предписано уволить иностранцев') is an enacted measure; told right after a region's ban, it is of
that region, and of the ban's branch when it names that branch as the employer."""
import pytest

from engine_helpers import facts_of

BAN = ("В области 1 200 мигрантов работают водителями.\n"
       "С 1 марта в Омской области иностранцам с патентами запрещено работать в такси.\n")


def measures(text):
    return [f for f in facts_of(text, published="2025-03-01") if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text, expected", [
    ("Работодателям предписано до 1 июня уволить иностранных водителей.", {"region": "RU-OMS"}),
    ("Службам такси велено не брать на работу мигрантов и расторгнуть договоры с ними.",
     {"region": "RU-OMS", "sector": "49.32"}),
])
def test_a_directive_after_a_regional_ban_is_its_measure(text, expected):
    found = measures(BAN + text)
    assert [f.dimensions for f in found[1:]] == [expected]
    assert found[-1].status == "adopted"
