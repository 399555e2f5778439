"""What a ban covers is a provision of its own ('ограничения затронут перевозки', 'под запрет
попала работа в такси'); after a measure on topic, such a sentence, or one that tells what the
new rule obliges or allows, needs no topical word of its own. Whom a ban spares, and the act
named again ('Указ подписал губернатор', 'вступает в силу через 10 дней'), only retell it."""
import pytest

from engine_helpers import facts_of

HEADLINE = "В области ограничили работу мигрантов с патентами\n"
LEAD = "С марта в области мигрантам с патентами запрещено работать в торговле.\n"


def measures(text: str) -> list[str]:
    return [f.evidence.sentence for f in facts_of(text) if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text", [
    "Кроме того, ограничения затронут службы доставки и ремонт обуви.",
    "Запрет также распространяется на ночные клубы и гостиницы.",
    "Под запрет попала и работа в общественном транспорте.",
    "Под ограничения попадут также фитнес-клубы и салоны красоты.",
    "Также запрет действует на работу в автосервисах и на рынках.",
    "Ограничения коснулись сферы общественного питания.",
])
def test_what_a_ban_covers_is_a_measure_after_the_ban(text):
    assert text in measures(HEADLINE + LEAD + text)


@pytest.mark.parametrize("text", [
    "Теперь граждане соседних стран могут находиться здесь не более трёх месяцев в полугодии.",
    "По условиям программы работники должны вернуться домой по окончании сезона.",
])
def test_what_the_new_rule_obliges_or_allows_goes_on_about_it(text):
    headline = "Республика изменила правила пребывания для мигрантов\n"
    lead = "С июня в республике вступили в силу новые правила пребывания иностранцев.\n"
    assert text in measures(headline + lead + text)


@pytest.mark.parametrize("text", [
    # whom the ban spares
    "Ограничения не коснутся граждан стран союза.",
    "Запрет не распространяется на столицу.",
    "Граждане стран союза под ограничения не попадают.",
    # the act named again
    "Постановление подписал губернатор области.",
    "Указ вступает в силу через десять дней после опубликования.",
])
def test_whom_a_ban_spares_and_the_act_named_again_are_no_new_measure(text):
    assert text not in measures(HEADLINE + LEAD + text)


def test_a_ban_out_of_the_topic_is_no_measure():
    text = "В городе ввели ограничения на движение грузовиков.\nОграничения затронут центральные улицы."
    assert measures(text) == []
