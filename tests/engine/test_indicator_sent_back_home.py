"""People a host sends or who go back home for breaking the rules are deportations: the verb
of return with the breach, the violators or the body that enforces it in its clause. People
who return home by themselves are no deportations."""
import pytest

from engine_helpers import facts_of


def indicators(text, published="2024-08-01"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


KAZAKH = "Департамент полиции сообщает о мигрантах.\n"
TAJIK = "Миграционная служба Министерства труда сообщает о трудовых мигрантах.\n"
RUSSIAN = "УФССП сообщает о нелегальных мигрантах.\n"


@pytest.mark.parametrize("text, expected", [
    (KAZAKH + "Полиция вернула на родину 27 граждан Узбекистана, которые находились в стране "
     "незаконно.", [(27, "deportations")]),
    (TAJIK + "За месяц 312 наших граждан были возвращены из России за нарушение правил пребывания.",
     [(312, "deportations")]),
    (RUSSIAN + "С начала года под контролем приставов на родину вернулись 1 250 нелегалов.",
     [(1250, "deportations")]),
])
def test_people_sent_back_for_a_breach_are_deportations(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no breach named: returnees are no deportations
    (TAJIK + "За тот же месяц из России на родину вернулись 41 тысяча 120 граждан.",
     [(41120, None)]),
])
def test_people_who_come_home_are_no_deportations(text, expected):
    assert [(v, i) for v, i in indicators(text) if i == "deportations"] == []
