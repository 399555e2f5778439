"""The first item of a list by destination names its state after its own verb.

'N человек, уехали в Россию, M – в Казахстан': the later items are labelled by a dash, the
first by the verb that took the people there; the state after the verb is the figure's
country (the destination, for a state's own people abroad). A list item sent 'в другие
государства' names no single state.
"""
import pytest

from engine_helpers import facts_of, only

UZ = "Ташкент. Агентство внешней трудовой миграции Узбекистана подвело итоги.\n"
TJ = "Душанбе. Министерство труда, миграции и занятости Таджикистана сообщает.\n"
KG = "Бишкек. Министерство труда Кыргызстана сообщает.\n"


@pytest.mark.parametrize("text, value, country", [
    (UZ + "За год через агентство работу за рубежом нашли 64 210 человек. Основная часть, "
          "58 300 человек, выехали в Россию, 4 100 – в Казахстан.", 58300, "RU"),
    (UZ + "За год через агентство работу за рубежом нашли 64 210 человек. Ещё 2 950 человек "
          "получили работу в Казахстане, 512 – в Японии, 301 – в Турции.", 2950, "KZ"),
    (UZ + "За полгода на ПМЖ за рубеж выехали 9 800 человек. Из них 52%, или 5 096 человек, "
          "переехали в Казахстан, 40% – в Россию.", 5096, "KZ"),
    (KG + "С начала года на работу за рубеж выехали 9 тысяч кыргызстанцев, которые "
          "трудятся в Южной Корее.", 9000, "KR"),
    # a dash label names the item's state, or none: 'в другие страны'
    (TJ + "За год на заработки выехали 410 тыс. человек, в том числе 388 тыс. – в Россию, "
          "14 тыс. – в Казахстан и 8 тыс. – в другие страны.", 8000, None),
    (TJ + "За год на заработки выехали 410 тыс. человек, в том числе 388 тыс. – в Россию, "
          "14 тыс. – в Казахстан и 8 тыс. – в Турцию.", 8000, "TR"),
    # a share in brackets between the figure and its label
    (UZ + "На начало года за границей трудились 1,7 млн узбекистанцев, и около 1,1 млн из них "
          "(64,7%) – в России.", 1100000, "RU"),
])
def test_the_state_after_the_figures_verb_or_dash_is_its_destination(text, value, country):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("country") == country


@pytest.mark.parametrize("text, value", [
    # 'не в Казахстан, а в Россию': the state after 'не' is where they did not go
    (UZ + "За год страну покинули 12,4 тыс. казахов, и 6 900 человек из них, уехали не в "
          "Казахстан, а в Россию.", 6900),
    # the reporting state after the verb is home, not a destination
    (KG + "За месяц на родину вернулись 1 200 человек, которые прибыли в Кыргызстан "
          "из России.", 1200),
])
def test_no_destination_where_the_verb_names_none(text, value):
    facts = [f for f in facts_of(text) if f.value == value]
    assert all(f.dimensions.get("country") not in ("KZ", "KG") for f in facts)
