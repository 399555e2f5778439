"""'и ещё N' right after a sum ('отдал около 500 долларов за дорогу и ещё 200 за разрешение на
работу') is one more sum with its currency left out: money, never a fact; after a count it stays
a count."""
import pytest

from engine_helpers import facts_of

LEAD = "В Казахстане работают трудовые мигранты из Узбекистана.\n"


@pytest.mark.parametrize("text", [
    "Мигрант рассказал, что отдал около 500 долларов за дорогу и ещё 200 за разрешение на работу.",
    "За патент он заплатил 12 000 рублей, а ещё около 3 000 за медкомиссию и экзамен.",
])
def test_one_more_sum_is_money(text):
    assert [f.value for f in facts_of(LEAD + text, "2021-06-03") if f.value is not None] == []


@pytest.mark.parametrize("text, values", [
    ("В мае выданы 1 200 разрешений на работу и ещё 300 продлены.", [1200, 300]),
])
def test_one_more_count_stays(text, values):
    assert [f.value for f in facts_of(LEAD + text, "2021-06-03") if f.value is not None] == values
