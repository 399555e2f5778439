"""The rules or procedure by which a quota is set or shared ('утверждены Правила установления
квоты') are a measure about the mechanism; a quota approved with no such wording announces the
levels that follow and is no measure of its own."""
import pytest

from engine_helpers import facts_of

LEAD = "В республике работают 12 тыс. иностранных работников.\n"


def measures(text):
    return [f for f in facts_of(text, published="2016-12-24") if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text, expected", [
    ("Кабинет министров утвердил Правила распределения квоты на привлечение иностранной рабочей силы между областями.",
     ["adopted"]),
    ("Правительство изменило порядок формирования квот на привлечение иностранных работников.", ["adopted"]),
    ("Правительство утвердило квоту на привлечение иностранной рабочей силы на 2017 год.", []),
])
def test_the_procedure_of_a_quota_is_a_measure(text, expected):
    assert [f.status for f in measures(LEAD + text)] == expected
