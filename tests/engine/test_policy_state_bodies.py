"""A foreign state named by its parliament, its capital's authorities or its migration
bodies is the partner of a measure as its name would be: 'Госдума приняла закон' in an
Uzbek or Kyrgyz report is a Russian measure; in a Russian report it has no partner."""
import pytest

from engine_helpers import facts_of

UZ_LEAD = ("ТАШКЕНТ. Агентство внешней трудовой миграции Узбекистана и Минзанятости "
           "Узбекистана сообщили о трудовой миграции.\n")
KG_LEAD = ("БИШКЕК. Министерство труда Кыргызстана и посольство Кыргызстана сообщили "
           "о трудовой миграции.\n")
RU_LEAD = ("МОСКВА. Министерство внутренних дел России и Минтруд России сообщили о "
           "трудовой миграции.\n")


def partners(text: str) -> list:
    return [f.dimensions.get("country") for f in facts_of(text)
            if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("lead, text, country", [
    (UZ_LEAD, "В апреле Государственная дума приняла закон об ужесточении режима "
              "пребывания мигрантов.", "RU"),
    (KG_LEAD, "Полицейским в Москве запретили задерживать наших мигрантов: такое указание "
              "получили сотрудники московской полиции.", "RU"),
    (UZ_LEAD, "Миграционный центр Москвы планирует открыть представительство для "
              "трудовых мигрантов в Ташкенте.", "RU"),
    (KG_LEAD, "Мажилис одобрил поправки о найме трудовых мигрантов.", "KZ"),
])
def test_a_state_named_by_its_bodies_is_the_partner(lead, text, country):
    assert partners(lead + text) == [country]


def test_the_reporting_states_own_parliament_names_no_partner():
    assert partners(RU_LEAD + "В апреле Госдума приняла закон об ужесточении режима "
                              "пребывания мигрантов.") == [None]
