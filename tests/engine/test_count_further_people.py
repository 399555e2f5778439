"""A sentence that opens with more of the people just counted ('Ещё 2 300 гражданам помогли
вернуться'): a count of its own, even where its act is not the running measure's and the
sentence has no word of migration."""
import pytest

from engine_helpers import facts_of


@pytest.mark.parametrize("text, value", [
    ("За полгода из страны выдворено 6 тысяч иностранных граждан. Ещё примерно у 9 тысяч "
     "человек сокращён срок пребывания.", 9000),
    ("За год из республики выдворены 800 иностранцев. Ещё примерно 2 тысячам человек отказано в "
     "продлении срока пребывания.", 2000),
    ("С начала года депортированы 3 200 мигрантов. Также около 1 400 человек попали в реестр.",
     1400),
])
def test_more_of_the_people_counted_are_a_count(text, value):
    assert [(f.category, f.indicator, f.unit) for f in facts_of(text) if f.value == value] == \
        [("count", None, "person")]


@pytest.mark.parametrize("text, value", [
    # money and days after a count of people are no people
    ("С начала года депортированы 3 200 мигрантов. Ещё 40 млн рублей штрафов взыскано.", 40000000),
    ("С начала года депортированы 3 200 мигрантов. Также 20 дней длится проверка.", 20),
    # a sentence that only goes on ('Кроме того') tells of other people
    ("В ходе рейда выявлено 45 нелегальных мигрантов. Кроме того, 12 человек привлечены к "
     "ответственности.", 12),
])
def test_other_quantities_after_a_count_are_not_people(text, value):
    assert [f for f in facts_of(text) if f.value == value] == []
