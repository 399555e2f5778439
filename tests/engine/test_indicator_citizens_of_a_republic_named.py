"""'граждан Республики Казахстан' names a state by its full name: they are that state's citizens,
counted by the host where they stay, not the reporting state's own people ('граждан республики',
'граждан нашей страны', with no name after them)."""
import pytest

from engine_helpers import facts_of

LEAD = "Жизнь диаспоры. Многие семьи живут на деньги, которые присылают из-за границы.\n\n"


def facts(text, published="2025-06-10"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    (LEAD + "По данным миграционной службы, на 1 марта на территории России пребывали "
            "512 340 граждан Республики Казахстан.", [(512340, "migration_registrations")]),
    (LEAD + "На начало года в России находились 1 204 118 граждан Республики Узбекистан.",
     [(1204118, "migration_registrations")]),
    (LEAD + "В феврале на территории страны пребывало 318 тыс. граждан Республики Таджикистан.",
     [(318000, "migration_registrations")]),
])
def test_citizens_of_a_named_republic_present_are_the_hosts_count(text, expected):
    assert facts(text) == expected


def test_citizens_of_the_republic_with_no_name_stay_its_own_people_abroad():
    text = "В Казахстане. Сейчас за рубежом находятся 41 тыс. граждан республики, сообщил министр."
    assert [i for v, i in facts(text) if v == 41000] != ["migration_registrations"]
