"""A ministry that has drawn up amendments or a bill has proposed a measure: the draft is
not yet adopted, whether it is called a project, a bill, amendments or changes."""
import pytest

from engine_helpers import facts_of, only

LEAD = "Министерство труда РК сообщает о трудовой миграции.\n"


@pytest.mark.parametrize("text", [
    "Министерство труда подготовило поправки, которые сокращают перечень профессий для сезонных иностранных работников.",
    "Минтруд разработал поправки в правила выдачи разрешений на работу иностранцам.",
    "Разработаны поправки к порядку выдачи разрешений на работу иностранцам.",
    "Министерство внутренних дел подготовило законопроект об ужесточении правил въезда для мигрантов.",
])
def test_a_draft_drawn_up_is_a_proposed_measure(text):
    fact = only(facts_of(LEAD + text))
    assert (fact.category, fact.value, fact.status) == ("policy", None, "proposed")


@pytest.mark.parametrize("text", [
    "Правительство приняло поправки в правила выдачи патентов трудовым мигрантам.",
    "Правительство утвердило поправки в порядок привлечения трудовых мигрантов.",
])
def test_changes_made_stay_adopted(text):
    fact = only(facts_of(LEAD + text))
    assert fact.status == "adopted"
