"""People a host says stay on its soil illegally ('нелегально пребывают более 300 тысяч
граждан', 'незаконно остаются в стране') are breaches of migration law it found,
`migration_violations`, not people present or abroad; those staying legally are not."""
import pytest

from engine_helpers import facts_of

LEAD = "Миграция. Ведомство подвело итоги проверок за весну.\n\n"


def facts(text, published="2025-06-10"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    (LEAD + "По словам замминистра, сейчас в стране нелегально пребывают более 287 тысяч иностранцев.",
     [(287000, "migration_violations")]),
    (LEAD + "На территории России незаконно пребывает около 410 тысяч иностранных граждан.",
     [(410000, "migration_violations")]),
    (LEAD + "Сегодня в стране незаконно остаются 523 тысячи иностранцев, сообщили в МВД.",
     [(523000, "migration_violations")]),
])
def test_people_staying_illegally_are_violations(text, expected):
    assert facts(text) == expected


def test_people_staying_legally_are_no_violations():
    text = LEAD + "Сейчас в стране на законных основаниях пребывают 3 млн 120 тыс. иностранцев."
    assert all(i != "migration_violations" for v, i in facts(text))
