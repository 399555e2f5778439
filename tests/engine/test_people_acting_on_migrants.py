"""People held or punished for what they did to migrants ('задержали шесть человек: за деньги они
снабжали иностранцев фальшивыми справками', 'наказаны 64 казахстанца, принимавших иностранцев с
нарушениями') act on migrants and are not the migrants counted; migrants held stay a count."""
import pytest

from engine_helpers import facts_of

LEAD = "Полиция провела рейды по выявлению нелегальных мигрантов.\n"


@pytest.mark.parametrize("text", [
    "Оперативники задержали шесть человек: за деньги они снабжали иностранцев фальшивыми справками.",
    "Наказаны также 64 казахстанца, принимавших иностранцев с нарушениями.",
    "Ранее в Шымкенте задержали четырёх человек, которые наладили канал незаконной миграции для "
    "иностранцев.",
    "К ответственности привлечены 12 жителей области, нанимавших мигрантов без разрешения.",
])
def test_people_acting_on_migrants_are_no_count(text):
    assert [f.value for f in facts_of(LEAD + text, "2026-03-02") if f.value is not None] == []


@pytest.mark.parametrize("text, value", [
    ("В ходе рейда задержаны 45 иностранцев, нарушивших правила пребывания.", 45),
])
def test_migrants_held_stay_a_count(text, value):
    assert [f.value for f in facts_of(LEAD + text, "2026-03-02") if f.value is not None] == [value]
