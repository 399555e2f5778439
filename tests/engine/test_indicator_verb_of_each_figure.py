"""Two figures in one sentence, each with its own verb: the verb before the first figure does
not govern the second one after the comma, which has a verb of its own."""
import pytest

from engine_helpers import facts_of

HEAD = "Департамент полиции подвёл итоги проверок.\n"


def indicators(text, published="2024-04-30"):
    return [(f.value, f.indicator) for f in facts_of(HEAD + text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("За год в области задержаны 980 нарушителей, 64 из них выдворены за пределы страны.",
     [(980, "migration_violations"), (64, "deportations")]),
    ("В ходе рейда выявлено 75 нарушений миграционных правил, к шести иностранцам применено "
     "принудительное выдворение.",
     [(75, "migration_violations"), (6, "deportations")]),
    ("Полицейские задержали 210 иностранцев, а также 37 из них депортированы на родину.",
     [(210, "migration_violations"), (37, "deportations")]),
])
def test_a_later_figure_keeps_its_own_verb(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a year between the verb and the figure is no other figure
    ("Выдворены в 2023 году, по решению судов, 140 иностранцев, нарушивших сроки пребывания.",
     [(140, "deportations")]),
])
def test_a_year_is_no_other_figure(text, expected):
    assert indicators(text) == expected
