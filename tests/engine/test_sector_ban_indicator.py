"""A ban or a limit on foreigners' work in some trades is a sector cap whatever word tells it
(a noun, a verb, 'нельзя', 'не смогут'); a ban on entry is not, nor is the share of a poll
that backs a ban."""
import pytest

from engine_helpers import facts_of

LEAD = "Министерство труда сообщает о трудовой миграции.\n"


@pytest.mark.parametrize("text", [
    "Губернатор подписал указ: иностранцам больше нельзя работать водителями автобусов.",
    "Губернатор подписал документ, по которому мигрантам нельзя трудиться в общепите.",
    "В области вводится запрет на работу мигрантов в розничной торговле.",
    "Правительство продлило запрет на использование труда иностранцев на рынках.",
    "Работодателям запрещается привлекать иностранцев к торговле в палатках.",
    "Министерство предлагает ограничить наём иностранных работников в общепите.",
    "Правительство утвердило ограничения на привлечение иностранных работников в отраслях.",
    "Губернатор подписал указ: с января мигранты не смогут трудиться в школах и детсадах.",
    "Ведомство подготовило проект о сокращении доли иностранных сотрудников в строительстве.",
])
def test_a_ban_or_limit_on_foreigners_work_is_a_sector_cap(text):
    measures = [f for f in facts_of(LEAD + text) if f.category == "policy"]
    assert measures and measures[0].indicator == "sector_cap"


@pytest.mark.parametrize("text", [
    "Власти ввели запрет на въезд иностранцев, нарушивших сроки пребывания.",
    "Правительство ограничило въезд иностранных граждан из трёх стран.",
])
def test_a_ban_on_entry_is_no_sector_cap(text):
    assert all(f.indicator != "sector_cap" for f in facts_of(LEAD + text))


@pytest.mark.parametrize("text", [
    "Губернатор ввёл запрет на работу мигрантов в такси. За ограничения проголосовали 40 тыс. "
    "человек, 85% участников поддержали запрет.",
    "Губернатор ввёл запрет на работу мигрантов в такси. По опросу, 70% опрошенных выступают "
    "за такие меры.",
    "Губернатор ввёл запрет на работу мигрантов в такси. В голосовании 64% проголосовавших "
    "высказались за запрет.",
])
def test_the_share_of_a_poll_is_no_fact(text):
    values = [f.value for f in facts_of(LEAD + text)]
    assert not [v for v in values if v is not None]
