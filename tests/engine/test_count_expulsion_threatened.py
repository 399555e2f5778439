"""An expulsion only threatened or still due is no count of deportations: 'шестерым из них грозит
выдворение', 'четверых из них должны выдворить', 'троим предстоит депортация'. The people
detained in the same sentence, and those already expelled, are counts all the same."""
import pytest

from engine_helpers import facts_of


def values(text):
    return sorted(f.value for f in facts_of(text, "2024-09-05") if f.value is not None)


@pytest.mark.parametrize("text, expected", [
    ("Во время рейда на рынке полицейские задержали 23 мигранта, семерым из них грозит выдворение.", [23]),
    ("В центре временного содержания иностранцев находятся 12 граждан Узбекистана, четверых из них "
     "должны выдворить после решения суда.", [12]),
    ("В ходе проверки выявлены 15 нарушителей миграционного законодательства, троим из них предстоит "
     "депортация.", [15]),
])
def test_a_threatened_expulsion_is_no_count(text, expected):
    assert values(text) == expected


def test_an_expulsion_done_is_a_count():
    text = "По решению суда из Новосибирска выдворили 18 мигрантов, которым ранее грозило уголовное наказание."
    assert values(text) == [18]
