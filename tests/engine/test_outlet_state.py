"""The state a page is written from, and a measure's partner seen from it: a Kyrgyz page on a
Russian rule for Kyrgyz citizens is about Russia, though its figures are Russia's."""
from collections import Counter

import pytest

from engine_helpers import facts_of
from extractor.engine.outlet import outlet_state


@pytest.mark.parametrize("text, named, jurisdiction, expected", [
    # how the page names its own people and state
    ("В России сейчас работают около 300 тысяч кыргызстанцев, сообщает МВД России.", {"RU": 2, "KG": 1},
     "RU", "KG"),
    ("Граждане Киргизии и киргизские студенты смогут продлить пребывание.", {"KG": 1}, "KG", "RU"),
    ("В МТСЗН РК рассказали о новых правилах для мигрантов.", {}, None, "KZ"),
    # a capital in the dateline
    ("ТАШКЕНТ. В Корее обновили правила найма иностранцев.", {"KR": 1}, "KR", "UZ"),
    # 'республики' is the one republic the page names
    ("В России находятся 900 тысяч граждан Таджикистана, сообщило МВД республики.", {"RU": 1, "TJ": 1},
     "RU", "TJ"),
    # a page on a host abroad is written from the state of the region it names
    ("Корея откроет набор работников, в том числе из Узбекистана.", {"KR": 1, "UZ": 1}, "KR", "UZ"),
    # the page's own address outweighs 'РК', which its neighbours' press uses too
    ("Мигрантов в Казахстане зарегистрируют по приказу министра внутренних дел РК.\n"
     "Ссылка: https://news.example.kg/society/1/", {"KZ": 1}, "KZ", "KG"),
    # nothing says otherwise: the jurisdiction
    ("Правительство утвердило квоту на 2026 год.", {}, "RU", "RU"),
])
def test_the_outlet_state_is_read_from_how_the_page_names_states(text, named, jurisdiction, expected):
    assert outlet_state(text, jurisdiction=jurisdiction, named=Counter(named)) == expected


@pytest.mark.parametrize("text, country", [
    ("Мигрантов не станут высылать из Казахстана\n"
     "Агентство по внешней трудовой миграции опровергло слухи о высылке узбекских мигрантов из Казахстана.\n"
     "По новым правилам Казахстана граждане Узбекистана могут находиться в стране не более 90 дней.", "KZ"),
    ("В Казахстане изменились правила для мигрантов\n"
     "В Казахстане ужесточились правила пребывания для узбекских мигрантов, сообщают в Агентстве по "
     "внешней трудовой миграции.", "KZ"),
    ("МВД России: в стране находятся 600 тысяч граждан КР\n"
     "По данным МВД России, в России находятся 600 тысяч граждан КР.\n"
     "С 1 июня в России мигрантам из Кыргызстана запрещено работать в такси.", "RU"),
])
def test_a_host_rule_told_by_the_sending_state_press_is_the_host_s(text, country):
    measures = [f for f in facts_of(text) if f.rule == "measure"]
    assert measures and {f.dimensions.get("country") for f in measures} == {country}


@pytest.mark.parametrize("text, country", [
    ("Корея откроет набор мигрантов из Узбекистана\n"
     "По словам вице-президента службы, в декабре планируется частично возобновить приём трудовых мигрантов.",
     "KR"),
    ("Министр обсудил с Казахстаном положение кыргызских мигрантов\n"
     "Министерство иностранных дел Кыргызстана обсудило положение мигрантов.\n"
     "В итоге министры договорились в ближайшее время провести консультации по вопросам миграции.", "KZ"),
    # told at home: no partner from the headline
    ("Корея откроет набор мигрантов из Узбекистана\n"
     "Замминистра добавил, что в стране планируется принять закон о частных агентствах занятости.", None),
])
def test_a_measure_naming_no_other_state_is_of_the_headline_s_foreign_state(text, country):
    measures = [f for f in facts_of(text) if f.rule == "measure"]
    assert measures and measures[-1].dimensions.get("country") == country
