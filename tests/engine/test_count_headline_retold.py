"""A headline's figure that names no measure of its own, retold by a count of the body: the
same count at the headline's mention (one fact per mention), unless the headline counts the
people of another state than the body's count does."""
import pytest

from engine_helpers import facts_of


def mentions(text):
    return sorted((f.evidence.text, f.value, f.dimensions.get("country")) for f in facts_of(text))


@pytest.mark.parametrize("text, expected", [
    ("Почти 90 тысяч киргизстанцев стали гражданами России за три года\n\n"
     "С 2020 по 2022 год российское гражданство получили почти 90 тысяч киргизстанцев.",
     [("Почти 90 тысяч киргизстанцев", 90000, "KG"), ("почти 90 тысяч киргизстанцев", 90000, "KG")]),
    ("В Караганде за неделю нашли 312 нарушений\n\n"
     "В ходе рейда полиция выявила 312 нарушений миграционного законодательства.",
     [("312 нарушений", 312, None), ("312 нарушений", 312, None)]),
])
def test_a_headline_figure_retold_in_the_body_is_a_fact_at_each_mention(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text", [
    # the headline counts Uzbek citizens; the body's count is read as of another state
    "В Караганде задержаны 12 узбекистанцев без документов\n\n"
    "Агентство внешней трудовой миграции Узбекистана сообщило, что в Казахстане под стражей "
    "находятся 12 граждан республики без паспортов.",
])
def test_a_headline_of_another_states_people_takes_no_body_count(text):
    # the headline's own detention of Uzbek citizens may be read; the body's count may not
    headline_end = text.index("\n")
    assert [(f.value, f.indicator, f.dimensions.get("country")) for f in facts_of(text)
            if f.evidence.start < headline_end] in ([], [(12, "migration_violations", "UZ")])
