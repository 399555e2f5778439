"""The items of an act's operative part, after its enacting formula ('Правительство постановляет:',
'приказываю:'), are the act's measures: an item opening with an infinitive that enacts is adopted
with the act, one that empowers an official to sign is a signing still to come; items that notify
or set the day the act starts are none, and the same infinitives with no formula before them
state nothing."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document

TITLE = ("Постановление Правительства\n\n"
         "О привлечении иностранных работников и квотах на выдачу разрешений на работу\n\n")


def measures(text):
    facts = extract(Document(text=text, published="2025-03-01", jurisdiction="KZ")).facts
    return [(f.evidence.text[:20], f.status) for f in facts if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text, expected", [
    (TITLE + "В соответствии с законом Правительство Республики Казахстан постановляет:\n\n"
     "1. Утвердить прилагаемые Правила выдачи разрешений на работу иностранным гражданам.\n\n"
     "2. Настоящее постановление вводится в действие через десять дней.\n",
     [("1. Утвердить прилага", "adopted")]),
    (TITLE + "В соответствии с пунктом 5 Правил приказываю:\n"
     "Внести изменения в приложение к приказу министра от 12 января согласно приложению.\n",
     [("Внести изменения в п", "adopted")]),
    (TITLE + "Правительство ПОСТАНОВЛЯЕТ:\n\n"
     "1) одобрить проект Соглашения о трудовой деятельности с Правительством Кореи;\n\n"
     "2) уполномочить министра труда подписать указанное Соглашение.\n\n"
     "3) Министерству иностранных дел уведомить корейскую сторону о принятом решении.\n",
     [("1) одобрить проект С", "adopted"), ("2) уполномочить мини", "planned")]),
    (TITLE + "Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:\n\n"
     "1. Признать утратившей силу Инструкцию о выдаче разрешений иностранным работникам.\n",
     [("1. Признать утративш", "adopted")]),
    # no enacting formula: a ministry's advice with the same infinitives is no act
    (TITLE + "Эксперты советуют работодателям заранее:\n\n"
     "1. Утвердить график подачи заявлений на разрешения.\n",
     []),
])
def test_items_after_the_enacting_formula_are_measures_of_the_act(text, expected):
    assert measures(text) == expected
