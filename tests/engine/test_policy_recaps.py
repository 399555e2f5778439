"""A recap ('Напомним, ...', 'Ранее ...') retells a measure, and the press's annotators count
it like any other sentence; a teaser pointing to another page, or a recap explaining the law in
force, is no measure."""
import pytest

from engine_helpers import facts_of, only

LEAD = "Министерство труда РК сообщает о трудовой миграции.\n"


@pytest.mark.parametrize("text, status", [
    ("Ранее в парламенте предложили запретить въезд нарушителям миграционных правил.", "proposed"),
    ("Напомним, в соседней области мигрантам по патентам запретили работать в такси.", "adopted"),
    ("Ранее сообщалось, что похожее соглашение о трудовой миграции планируется заключить с "
     "Японией.", "planned"),
    ("Как сообщалось, власти края продлили на следующий год запрет на наём мигрантов в "
     "торговле.", "adopted"),
    ("Ранее депутаты внесли в Госдуму законопроект об ограничении въезда семей трудовых "
     "мигрантов.", "proposed"),
    ("Напомним, мораторий на проверки мигрантов продлён ещё в прошлом году.", "adopted"),
])
def test_a_recap_tells_a_measure(text, status):
    fact = only(facts_of(LEAD + text))
    assert (fact.category, fact.value, fact.status) == ("policy", None, status)


@pytest.mark.parametrize("text", [
    "Ранее в Госдуме заявили, что без мигрантов услуги курьеров станут дороже.",
    "Ранее эксперт сообщал, что число мигрантов в регионе заметно снизилось.",
    "Читайте также: в области запретили мигрантам работать в такси.",
    # a recap that explains the law in force
    "Напомним, что для трудовой деятельности иностранцы обязаны получить патент, порядок выдачи "
    "которого установлен законом.",
    "Ранее сообщалось, что для трудовой деятельности мигранты обязаны сдать экзамен, порядок "
    "которого установлен приказом.",
    "Подробнее: какие запреты для мигрантов введены в регионах.",
])
def test_an_opinion_or_a_teaser_is_no_measure(text):
    assert [f for f in facts_of(LEAD + text) if f.value is None] == []
