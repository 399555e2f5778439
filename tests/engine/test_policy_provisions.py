"""After an act on topic, the sentences that tell what it provides are measures of their own with
no marker of a new rule: what people can no longer do, need no longer do or are freed from, what
they keep, whose rights are restricted, and what will be done to them in the future passive. A
bare obligation ('работодатели обязаны'), a permission told in figures, an opinion on the act and
another outlet's earlier report are not."""
import pytest

from engine_helpers import facts_of

HEADLINE = "В стране вступил в силу новый закон о пребывании иностранцев\n"
LEAD = "С первого числа в стране действует новый закон о режиме пребывания иностранных граждан.\n"


def measures(text: str) -> list[str]:
    return [f.evidence.sentence for f in facts_of(text) if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text", [
    # what they can no longer do
    "Нарушители режима не смогут открывать банковские счета и покупать жильё.",
    "Мигранты из реестра не смогут также оформлять водительские права.",
    # what they need no longer do, or are freed from
    "Приезжим больше не нужно сдавать экзамен по истории.",
    "Гражданам союзных стран не придётся оформлять патент.",
    "При коротких поездках они освобождены от постановки на учёт.",
    # what they keep
    "Для граждан соседней республики сохраняется упрощённый порядок получения вида на жительство.",
    # whose rights the act restricts
    "Закон ограничивает права иностранцев, нарушивших сроки пребывания.",
    "Лиц из реестра ограничивают в правах.",
    # what will be done to them, in the future passive
    "Сведения о мигрантах будут передаваться в полицию ежедневно.",
    "Время работы за рубежом будет засчитываться трудовым мигрантам в стаж.",
    "К тем, кто не продлил документы, будут применять выдворение.",
])
def test_a_provision_of_the_act_told_after_it_is_a_measure(text):
    assert text in measures(HEADLINE + LEAD + text)


@pytest.mark.parametrize("text", [
    # a verb of a rule in the future with no subject
    "Нарушителям режима запретят покупать жильё и машины.",
    "Банки обяжут сообщать о переводах мигрантов из реестра.",
    "Для иностранных инвесторов пересмотрят условия получения вида на жительство.",
    "Трудовым мигрантам будут аннулировать патент при долгах по налогам.",
    "Сотрудники загса будут проверять иностранцев по реестру.",
    # those the rule is for, named by a pronoun after the act
    "Также им запретят менять место жительства без ведома полиции.",
    "Если справка уже подана, ему не придётся подавать её снова.",
])
def test_what_the_act_has_done_to_them_in_the_future_is_a_measure(text):
    assert text in measures(HEADLINE + LEAD + text)


@pytest.mark.parametrize("text", [
    # a bare obligation or permission tells how the rule works or the time to comply
    "Работодатели обязаны уволить таких работников в течение двух месяцев.",
    "Иными словами, работодатели смогут нанять меньше иностранцев.",
    # an opinion, a forecast, an earlier report
    "По мнению экспертов, мигранты не смогут быстро найти новую работу.",
    "Газета писала ранее, что обе страны будут вместе защищаться от нелегальной миграции.",
    # the sentence names no one the rule is for
    "Заседание не сможет начаться без кворума.",
    "Инициативу рассмотрят в приоритетном порядке.",
])
def test_what_is_not_a_provision_of_the_act(text):
    assert text not in measures(HEADLINE + LEAD + text)


def test_a_provision_needs_an_act_told_before():
    assert measures("Нарушители режима не смогут открывать банковские счета.\n") == []


@pytest.mark.parametrize("text", [
    "С 1 апреля иностранные студенты будут получать разрешение на работу вместе с визой.",
    "Согласно постановлению от 12 мая, трудовым мигрантам будет возмещаться стоимость обучения языку.",
])
def test_a_future_rule_dated_or_told_as_an_acts_needs_no_act_before(text):
    assert text in measures("Новости\n\n" + text + "\n")


@pytest.mark.parametrize("text", [
    # an agreement's provisions are told with the agreement
    "По соглашению от 3 июня органы сторон будут передавать друг другу граждан-нарушителей.",
    # a future with no mark of a new rule
    "Трудовые мигранты будут получать разрешение на работу за 5 дней.",
])
def test_a_future_with_no_mark_of_an_enacting_act_needs_an_act_before(text):
    assert text not in measures("Новости\n\n" + text + "\n")
