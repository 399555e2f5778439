"""A service or a procedure moved online is a measure told by its channel: 'ведомство перевело
услугу в электронный формат', 'прием заявок теперь идет через портал', 'с 1 марта документы
подаются онлайн', 'тестирование впервые проведут через интернет'. A channel with no marker of the
change, or with no verb of the procedure, explains how things stand; an online meeting is an event."""
import pytest

from engine_helpers import facts_of


# a lead with a figure, as a release on the topic opens, so that the text is read at all
LEAD = "В прошлом году разрешения на работу получили 12 тысяч иностранцев."


def measures(text: str) -> list[tuple[str, str]]:
    return [(f.evidence.sentence, f.status) for f in facts_of(f"{LEAD} {text}")
            if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text", [
    # a verb of transfer, in every voice, with the channel after its object
    "Министерство труда перевело выдачу разрешений на привлечение иностранной рабочей силы в электронный формат.",
    "Оформление статуса кандаса переведено на портал электронного правительства.",
    "Агентство по трудовой миграции впервые перевело запись мигрантов на курсы в онлайн-режим.",
    "Миграционная служба переходит на электронную выдачу патентов иностранцам.",
    # a marker of the change, the procedure's verb, then its channel
    "Кроме того, разрешение для трудового мигранта теперь выдается через портал госуслуг.",
    "Заявления переселенцев отныне принимаются только в электронном виде.",
    "Регистрация трудовых мигрантов на экзамен впервые пройдет через интернет.",
    "С 1 февраля ходатайства работодателей о найме иностранцев подаются через единый портал.",
])
def test_a_procedure_moved_online_is_an_adopted_measure(text):
    assert measures(text) == [(text, "adopted")]


def test_a_move_online_in_a_draft_is_proposed():
    text = "Согласно проекту, заявление иностранца о патенте теперь подается через портал электронного правительства."
    assert measures(text) == [(text, "proposed")]


@pytest.mark.parametrize("text", [
    # the procedure in force: no marker of a change
    "Подать заявление на патент мигранты также могут через портал электронного правительства.",
    # a marker but no verb of the procedure: the service said to be there, not moved
    "Теперь услуга для мигрантов доступна на портале.",
    # an online meeting is an event
    "Впервые министр провел онлайн-встречу с трудовыми мигрантами.",
])
def test_a_channel_with_no_change_told_is_no_measure(text):
    assert measures(text) == []
