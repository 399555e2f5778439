"""People who come or leave, told by their own verb ('въехали более 230 000 иностранцев',
'каждый год за рубеж уезжают 40 тысяч граждан'), are a count even in a text that runs on
another measure (a quota, permits), and leaving is read in both aspects."""
import pytest

from engine_helpers import facts_of


@pytest.mark.parametrize("text, value", [
    ("Квота на выдачу разрешений на работу в области выбрана на 60%. Всего за год в регион "
     "въехали более 180 000 иностранцев.", 180000),
    ("Из страны каждый год на длительный срок уезжают не менее 40 тысяч граждан, сообщили в "
     "миграционной службе.", 40000),
    ("По данным миграционной службы, ежегодно республику покидают около 60 тысяч человек, "
     "большинство выезжает на заработки.", 60000),
])
def test_people_moving_by_their_own_verb_are_a_count(text, value):
    assert [(f.category, f.unit) for f in facts_of(text) if f.value == value] == [("count", "person")]


def test_a_stock_by_origin_told_with_coming_keeps_its_measure():
    text = ("На 1 мая в Казахстане по разрешениям работали 15 100 иностранных граждан. Чаще всего "
            "работать в Казахстан приезжают из Китая – 3 800 чел., Индии – 1 500 чел.")
    facts = {f.value: f.indicator for f in facts_of(text)}
    assert facts[3800] == facts[15100] and facts[3800] != "entries_for_work"
