"""Arrivals a text expects ('в 2024 году в область, как ожидается, приедут 4 700 иностранцев',
'Мангистауская область ждёт почти 7 тысяч иностранных работников') are a forecast, no count;
people who await a step ('20 мигрантов ждут депортации') are counted."""
import pytest

from engine_helpers import facts_of

LEAD = "Управление занятости сообщило о привлечении иностранной рабочей силы.\n"


@pytest.mark.parametrize("text", [
    "По данным палаты предпринимателей, в 2024 году в область по рабочим визам, как ожидается, "
    "приедут 6 800 иностранцев.",
    "В этом году на месторождения, как предполагается, прибудут 3 200 иностранных специалистов.",
    "Мангистауская область ждёт почти 7 тысяч иностранных работников",
    "Подрядчики ждут в этом году около 2 500 иностранных работников.",
])
def test_expected_arrivals_are_no_count(text):
    assert [f.value for f in facts_of(LEAD + text, "2024-02-03") if f.value is not None] == []


@pytest.mark.parametrize("text, value", [
    ("В центре временного содержания 20 кыргызстанцев ждут депортации.", 20),
    ("В области работают 6 800 иностранцев, как сообщили в управлении.", 6800),
])
def test_people_awaiting_a_step_are_counted(text, value):
    assert [f.value for f in facts_of(LEAD + text, "2024-02-03") if f.value is not None] == [value]
