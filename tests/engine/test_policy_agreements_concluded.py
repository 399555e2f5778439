"""An agreement concluded is one signed, a measure told as adopted ('Агентство заключило
меморандум с японским ведомством', 'соглашение с Катаром было заключено весной'); a labour
contract between a worker and an employer is none. A signing the parties agreed on ('стороны
согласовали подписание протокола') is still to come: a plan."""
import pytest

from engine_helpers import facts_of

LEAD = "Республика расширяет организованный выезд трудовых мигрантов за рубеж.\n"


def measures(text: str) -> list[tuple[str, str]]:
    return [(f.evidence.sentence, f.status) for f in facts_of(text) if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text", [
    "Агентство по трудовой миграции заключило меморандум с японским ведомством занятости.",
    "Весной правительства двух стран заключили соглашение о найме мигрантов на стройки.",
    "Соглашение о сезонной работе граждан было заключено с польской стороной в марте.",
])
def test_an_agreement_concluded_is_an_adopted_measure(text):
    assert (text, "adopted") in measures(LEAD + text)


@pytest.mark.parametrize("text", [
    "Стороны согласовали подписание протокола о направлении мигрантов на фермы.",
    "Министерства договорились о заключении соглашения о трудовой миграции до конца года.",
])
def test_a_signing_agreed_on_is_planned(text):
    assert (text, "planned") in measures(LEAD + text)


@pytest.mark.parametrize("text", [
    "Мигранты заключили трудовые договоры с работодателями на месте.",
    "Работники заключили индивидуальные договоры с фермерами.",
])
def test_a_labour_contract_is_no_measure(text):
    assert text not in [sentence for sentence, _ in measures(LEAD + text)]
