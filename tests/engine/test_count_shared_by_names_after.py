"""'по двое из Армении и Грузии', 'по два гражданина Киргизии и Таджикистана': one figure
shared by each of the names coordinated after it, so one fact per state."""
import pytest

from engine_helpers import facts_of

OPENING = "Калуга. Выдворение мигрантов. "


def by_country(text):
    return sorted((f.value, f.dimensions.get("country")) for f in facts_of(text))


@pytest.mark.parametrize("text, expected", [
    (OPENING + "Из 14 выдворенных граждан 8 выходцев из Узбекистана, по двое из Армении, Грузии "
     "и Индии.", [(2, "AM"), (2, "GE"), (2, "IN"), (8, "UZ")]),
    (OPENING + "Страну покинули пять граждан Вьетнама, а также по два гражданина Киргизии и "
     "Таджикистана.", [(2, "KG"), (2, "TJ"), (5, "VN")]),
])
def test_a_figure_shared_out_by_names_after_it_is_one_fact_per_state(text, expected):
    assert by_country(text) == expected


@pytest.mark.parametrize("text, expected", [
    # without 'по' the figure is of the first state only: the others are the next items
    (OPENING + "Из 14 выдворенных граждан 8 выходцев из Узбекистана, двое из Армении и трое из "
     "Грузии.", [(2, "AM"), (3, "GE"), (8, "UZ")]),
])
def test_a_figure_with_no_po_is_not_shared(text, expected):
    assert by_country(text) == expected
