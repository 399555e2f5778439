"""Cooperation between states still ahead or under way: an office or a centre that will open
or start its work, courses a state will organise, a deal still being agreed between bodies.
A number of offices or centres counts no people and leaves the measure standing."""
import pytest

from engine_helpers import facts_of

UZ_LEAD = ("ТАШКЕНТ. Агентство внешней трудовой миграции Узбекистана подвело итоги трудовой "
           "миграции граждан за 2025 год.\n")


def measures(text: str) -> list:
    return [f for f in facts_of(UZ_LEAD + text) if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text, status", [
    # an office or a centre that will open, in the active or reflexive future
    ("Миграционная служба Польши откроет представительство в Ташкенте для найма "
     "трудовых мигрантов.", "planned"),
    ("В Самарканде откроются два центра подготовки трудовых мигрантов к работе в Корее.",
     "planned"),
    ("Весной в Намангане могут начать работу три центра обучения трудовых мигрантов "
     "немецкому языку.", "planned"),
    ("Летом центр подготовки трудовых мигрантов начнёт работу в Фергане.", "planned"),
    # courses the state will organise, in the impersonal plural
    ("Для трудовых мигрантов, выезжающих в Германию, организуют курсы немецкого языка.",
     "planned"),
    # a deal still being agreed between the bodies of two states
    ("Соглашение о трудовой миграции с Германией сейчас находится на согласовании в "
     "министерствах.", "in_progress"),
    ("Текст меморандума о трудовой миграции с Кореей согласовывается ведомствами.",
     "in_progress"),
    ("Прежде министерства двух стран должны согласовать порядок найма трудовых мигрантов.",
     "in_progress"),
])
def test_cooperation_still_ahead_is_a_measure(text, status):
    assert [f.status for f in measures(text)] == [status]


@pytest.mark.parametrize("text", [
    # earnings are no opening of anything
    "Трудовые мигранты могут заработать в Корее до двух тысяч долларов в месяц.",
    # an opened road is no office
    "Это откроет трудовым мигрантам путь к легальной работе в Корее.",
    # a plan denied
    "Узбекистан пока не планирует открывать представительство миграционной службы в Польше.",
])
def test_no_cooperation_ahead(text):
    assert measures(text) == []


def test_a_number_of_centres_counts_no_people():
    facts = facts_of(UZ_LEAD + "В Андижане откроются четыре центра подготовки трудовых "
                     "мигрантов к работе в Великобритании.")
    assert [(f.category, f.value) for f in facts] == [("policy", None)]
