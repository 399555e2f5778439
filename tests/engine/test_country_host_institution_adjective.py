"""'700 квот в российских вузах', 'на обучение в японских университетах': a state's adjective
before the universities or firms a sending state's people are given places at names the host,
as 'в вузах России' does, so the places carry it (corpora/README.md, Places for a sending
state's citizens). The adjective of the people themselves ('таджикских студентов') does not."""
import pytest

from engine_helpers import facts_of


def quota_countries(text: str) -> list:
    return [f.dimensions.get("country") for f in facts_of(text, published="2025-11-24")
            if f.category == "quota" and f.value is not None]


@pytest.mark.parametrize("text, country", [
    ("БИШКЕК. Представительство Россотрудничества в КР сообщило о квотах для кыргызстанцев.\n\n"
     "На 2026/2027 учебный год Кыргызстану выделено 700 квот в российских вузах.", "RU"),
    ("ТАШКЕНТ. Агентство рассказало о грантах для узбекистанцев.\n\n"
     "Узбекистану выделено 40 квот на обучение в корейских университетах.", "KR"),
    ("БИШКЕК. Представительство Россотрудничества в КР сообщило о квотах для кыргызстанцев.\n\n"
     "На новый учебный год Кыргызстану выделено 700 квот в вузах России.", "RU"),
])
def test_places_at_a_hosts_universities_carry_the_host(text, country):
    assert quota_countries(text) == [country]


def test_the_people_s_own_adjective_is_no_host():
    text = ("ДУШАНБЕ. Министерство образования рассказало о студентах за рубежом.\n\n"
            "Для таджикских студентов выделено 1 000 квот на обучение в Германии.")
    assert quota_countries(text) == ["DE"]
