"""After a deal on topic, what a party will keep doing under it, told in the future imperfective,
is one of its provisions: 'Турецкая служба занятости будет составлять перечень востребованных
профессий', 'агентство будет формировать списки кандидатов'; an opinion about it is none."""
import pytest

from engine_helpers import facts_of

LEAD = ("Узбекистан и Турция подписали соглашение о трудовой миграции\n"
        "Министерства труда Узбекистана и Турции подписали соглашение об организованном наборе граждан "
        "Узбекистана на работу в Турцию.\n")


def measures(text):
    return [f.evidence.sentence for f in facts_of(LEAD + text, published="2026-01-28")
            if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text", [
    "Турецкая служба занятости будет составлять перечень востребованных профессий и направлять заявки.",
    "Агентство будет формировать списки кандидатов из числа граждан, прошедших подготовку.",
])
def test_a_duty_ahead_under_the_deal_is_a_provision(text):
    assert text in measures(text)


def test_an_opinion_about_the_duty_is_none():
    text = "Эксперты считают, что министерство будет составлять перечень профессий слишком долго."
    assert text not in measures(text)
