"""After a measure on topic, what the rule will do from a day ('С 1 мая приезжим будут без
проверок продлевать разрешение на работу') goes on about it, though the sentence names no
migrant by a word of the topic. Told with no date nor act of its own, or before any measure,
it is not read so; a work permit or a work visa is itself a word of the topic."""
import pytest

from engine_helpers import facts_of

HEADLINE = "Соседняя страна упростила трудоустройство мигрантов из республики\n"


def measures(text: str) -> list[str]:
    return [f.evidence.sentence for f in facts_of(text) if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text", [
    "С 1 мая приезжим, прожившим в стране два года, будут без проверок продлевать разрешение на работу.",
    "С 1 июля гражданам республики будут сразу выдавать рабочую визу на три года.",
    "С 15 марта работникам из республики будут оформлять страховку по упрощённой схеме.",
])
def test_what_the_rule_will_do_from_a_day_goes_on_about_the_measure(text):
    assert text in measures(HEADLINE + text)


@pytest.mark.parametrize("text", [
    # no day the rule starts and no act
    "Гражданам республики будут чаще помогать с поиском жилья.",
    # a day, but no one the rule is for
    "С 1 мая офис будет работать до восьми вечера.",
])
def test_without_a_day_or_those_ruled_it_is_no_measure(text):
    assert text not in measures(HEADLINE + text)
