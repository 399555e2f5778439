"""Own citizens counted right after a sentence that says where people go take that state.

'Открыт набор для граждан, желающих поехать на работу в Германию. За неделю заявки подали
3 400 человек': the 3 400 want to go to Germany. A sentence before that names two states, a
count put abroad in general or back home, and a count in another paragraph take none.
"""
import pytest

from engine_helpers import facts_of

KG = "Бишкек. Министерство труда Кыргызстана сообщает.\n"


def countries_of(text: str, value: float):
    return [f.dimensions.get("country") for f in facts_of(text) if f.value == value]


@pytest.mark.parametrize("text, value, country", [
    (KG + "Министерство открыло онлайн-портал для граждан, которые хотят поехать на "
          "сельхозработы в Англию. В первый же день анкету заполнили свыше 26 тысяч человек, "
          "сообщил Центр трудоустройства граждан за рубежом.", 26000, "GB"),
    (KG + "Агентство начало отбор кандидатов для работы в Германию по программе для медсестер. "
          "За неделю по этой программе на работу выехали 340 граждан Кыргызстана.", 340, "DE"),
])
def test_a_count_takes_the_destination_told_before(text, value, country):
    assert countries_of(text, value) == [country]


@pytest.mark.parametrize("text, value", [
    # the sentence before names two destinations
    (KG + "Министерство открыло онлайн-портал для граждан, которые хотят поехать на работу "
          "в Германию или в Англию. За неделю по этой программе на работу выехали 340 граждан "
          "Кыргызстана.", 340),
    # another paragraph
    (KG + "Агентство начало отбор кандидатов для работы в Германию по программе для медсестер."
          "\n\nЗа неделю по этой программе на работу выехали 340 граждан Кыргызстана.", 340),
])
def test_other_counts_take_no_destination(text, value):
    assert all(c in (None, "KG") for c in countries_of(text, value))
