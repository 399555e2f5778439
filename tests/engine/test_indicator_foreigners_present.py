"""Foreigners a host counts as present on its soil ('находятся', 'пребывают') are its count of
those registered as present: `migration_registrations` (corpora/README.md, Settled cases), in
either word order; those present 'незаконно' or held in a detention centre are not."""
import pytest

from engine_helpers import facts_of


def facts(text, published="2025-06-10"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


LEAD = "Миграционная служба подвела итоги полугодия.\n"


@pytest.mark.parametrize("text, expected", [
    (LEAD + "Сейчас в Павлодарской области находятся 8 410 иностранных граждан.",
     [(8410, "migration_registrations")]),
    (LEAD + "На территории края временно пребывают около 21 тысячи иностранцев.",
     [(21000, "migration_registrations")]),
    (LEAD + "Иностранцев в республике на 1 июня находилось 64,2 тыс., сообщили в ведомстве.",
     [(64200, "migration_registrations")]),
    (LEAD + "В регионе пребывает 3 100 иностранных граждан и лиц без гражданства.",
     [(3100, "migration_registrations")]),
])
def test_foreigners_present_in_a_host_are_its_registrations(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    (LEAD + "В ходе рейда выявлены 37 иностранцев, незаконно находящихся в городе.",
     [(37, "migration_violations")]),
    (LEAD + "Полиция установила 12 иностранных граждан, которые нелегально находились на стройке.",
     [(12, "migration_violations")]),
])
def test_foreigners_present_unlawfully_stay_breaches(text, expected):
    assert facts(text) == expected
