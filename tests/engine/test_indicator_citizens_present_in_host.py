"""Another state's citizens a host counts as present or registered on its soil ('в России
находились 412 тысяч граждан Кыргызстана', 'официально зарегистрированы 300 тыс. граждан
Киргизии') are the host's count of foreigners present, `migration_registrations`, by their
citizenship (corpora/README.md, Settled cases), even in a paragraph on workers or on the
register of controlled persons; people on earnings there, at work, or an embassy's estimate
stay the sending state's citizens abroad."""
import pytest

from engine_helpers import facts_of

LEAD = "Жизнь диаспоры. Многие семьи живут на деньги, которые присылают из-за границы.\n\n"


def facts(text, published="2025-06-10"):
    return [(f.value, f.indicator, f.dimensions.get("country"))
            for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    (LEAD + "По сведениям ведомства, на 1 марта в России находились 412 тысяч 307 граждан Кыргызстана.",
     [(412307, "migration_registrations", "KG")]),
    (LEAD + "По оценкам ФМС, в феврале на территории России находилось 1 млн 120 тыс. граждан Таджикистана.",
     [(1120000, "migration_registrations", "TJ")]),
    (LEAD + "Сейчас 61 тысяча граждан Узбекистана пребывают в Южной Корее, сообщает министерство юстиции.",
     [(61000, "migration_registrations", "UZ")]),
])
def test_a_hosts_count_of_citizens_present_is_its_registrations(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Число трудовых мигрантов из Таджикистана снизилось.\n\nМинистр сообщила, что сейчас на "
     "территории России находятся 1 млн 210 тыс. граждан Таджикистана.",
     [(1210000, "migration_registrations", "TJ")]),
    ("В реестре контролируемых лиц числятся 70 тыс. киргизстанцев.\n\nПо его словам, на 1 мая в "
     "России официально зарегистрированы 340 тыс. граждан Киргизии.",
     [(70000, "migration_violations", "KG"), (340000, "migration_registrations", "KG")]),
])
def test_a_paragraph_on_workers_or_breaches_does_not_turn_them(text, expected):
    assert facts(text, "2025-08-12") == expected


@pytest.mark.parametrize("text", [
    LEAD + "По оценке посольства, сейчас в России находятся около 650 тысяч граждан Кыргызстана.",
    LEAD + "На заработках в России сейчас находятся около 900 тыс. граждан Узбекистана.",
    LEAD + "В России сейчас находятся 600 тыс. граждан Киргизии, из них трудовую деятельность "
           "осуществляют 380 тыс.",
])
def test_people_abroad_by_the_sending_states_count_are_not_registrations(text):
    assert "migration_registrations" not in {indicator for _, indicator, _ in facts(text)}
