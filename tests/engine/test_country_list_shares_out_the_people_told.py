"""A list that shares out by place the people a figure before it counted takes that figure's state.

'Из Китая прибыли 120 кандасов. Их распределили так: - в Алматинскую область – 70 человек;
- в Туркестанскую область – 40 человек': the 70 and the 40 came from China too. A list whose
items add up to more than the figure before it, or one after the text turned to another state,
takes none.
"""
import pytest

from engine_helpers import facts_of, only

KZ = "Астана. Министерство труда и социальной защиты населения Казахстана сообщает.\n"


def country_of(text: str, value: float):
    return only([f for f in facts_of(text) if f.value == value]).dimensions.get("country")


@pytest.mark.parametrize("text, value, country", [
    (KZ + "Из Китая на постоянное жительство прибыли 120 этнических казахов.\n\n"
          "Прибывших встретили на границе, часть переселенцев отправилась в регионы:\n"
          "- в Алматинскую область – 70 человек;\n"
          "- в Туркестанскую область – 40 человек.\n", 70, "CN"),
    (KZ + "Из Китая на постоянное жительство прибыли 120 этнических казахов.\n\n"
          "Прибывших встретили на границе, часть переселенцев отправилась в регионы:\n"
          "- в Алматинскую область – 70 человек;\n"
          "- в Туркестанскую область – 40 человек.\n", 40, "CN"),
    (KZ + "Из Монголии в Казахстан в этом месяце переехали 95 кандасов.\n\n"
          "Большинство переселенцев остановились у родных, другие разъехались по регионам:\n"
          "- в Павлодарскую область – 50 человек;\n"
          "- в Карагандинскую область – 45 человек.\n", 45, "MN"),
])
def test_items_of_the_people_told_keep_their_state(text, value, country):
    assert country_of(text, value) == country


@pytest.mark.parametrize("text, value", [
    # the items add up to more than the figure before: not its parts
    (KZ + "Из Китая на постоянное жительство прибыли 120 этнических казахов.\n\n"
          "Всего за год переселенцы распределены по регионам так:\n"
          "- в Алматинскую область – 900 человек;\n"
          "- в Туркестанскую область – 400 человек.\n", 900),
    # the text turned to another state before the list
    (KZ + "Из Китая на постоянное жительство прибыли 120 этнических казахов.\n\n"
          "Переселенцы из Узбекистана распределены по регионам так:\n"
          "- в Алматинскую область – 70 человек;\n"
          "- в Туркестанскую область – 40 человек.\n", 70),
])
def test_other_lists_take_no_state(text, value):
    assert country_of(text, value) in (None, "KZ")
