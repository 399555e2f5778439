"""A measure told in a headline is no fact of its own: the body's first telling of its act,
signed or taking effect from a day, is the measure though it names only the act ('С 1 марта
в области начнёт действовать новый запрет'). Once the body has told the measure's topic or its
levels, the act named again only retells it."""
import pytest

from engine_helpers import facts_of


def measures(text):
    return [f for f in facts_of(text) if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("headline, body", [
    ("В Омской области запретили мигрантам работать в такси",
     "С 1 марта в Омской области начнёт действовать новый запрет."),
    ("Мигрантам ограничили работу в торговле",
     "Соответствующее постановление подписал губернатор области."),
    ("Иностранцам запретили работать в общепите в Томской области",
     "Документ вступит в силу через десять дней после опубликования."),
])
def test_the_bodys_first_telling_of_the_headlines_act_is_the_measure(headline, body):
    found = measures(f"{headline}\n\n{body} Об этом сообщает пресс-служба.\n")
    assert [(f.status, f.evidence.sentence.startswith(body[:15])) for f in found] == [("adopted", True)]


def test_the_act_named_after_the_body_told_the_topic_retells_it():
    text = ("Мигрантам ограничили работу в торговле\n\n"
            "Губернатор области запретил привлекать иностранных работников к розничной торговле.\n\n"
            "Документ вступит в силу через десять дней после опубликования.\n")
    assert [f.evidence.sentence[:10] for f in measures(text)] == ["Губернатор"]


def test_the_act_taking_effect_after_the_levels_it_sets_retells_it():
    text = ("Правительство утвердило квоту на 2026 год\n\n"
            "Квота на привлечение иностранных работников на 2026 год составит 12 000 человек.\n\n"
            "Документ вступает в силу с 1 января.\n")
    assert measures(text) == []
