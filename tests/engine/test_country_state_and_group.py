"""A list item that names one state beside a group of states ('в Великобритании и странах
Евросоюза', 'в США и арабских странах', 'в странах Персидского залива и Турции') counts
people in several states at once, so it has no one country (corpora/README.md: a group of
states has no country); an item of one state keeps it."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def country_of(text: str, value: float, jurisdiction: str) -> object:
    document = Document(text=text, published="2024-03-15", jurisdiction=jurisdiction)
    found = [f for f in extract(document).facts if f.value == value]
    assert len(found) == 1, [(f.value, f.evidence.text) for f in extract(document).facts]
    return found[0].dimensions.get("country")


LIST_KZ = ("По сведениям министерства, за рубежом трудятся 88 тысяч казахстанцев: 70 тысяч — в "
           "России, 9 тысяч — в Южной Корее, около 3 тысяч — в Германии и странах Евросоюза.")
LIST_KG = ("По данным министерства, за рубежом работают 960 тысяч кыргызстанцев: в России – "
           "900 тыс., в Турции – 25 тыс., в Канаде и других странах – 7 тыс.")
LIST_UZ = ("Из выехавших по оргнабору 4 100 человек работают в Южной Корее, а в странах "
           "Персидского залива и Турции – 1 350.")


@pytest.mark.parametrize("text, value, jurisdiction", [
    (LIST_KZ, 3000, "KZ"),
    (LIST_KG, 7000, "KG"),
    (LIST_UZ, 1350, "UZ"),
])
def test_a_state_joined_to_a_group_of_states_gives_no_country(text, value, jurisdiction):
    assert country_of(text, value, jurisdiction) is None


@pytest.mark.parametrize("text, value, jurisdiction, country", [
    (LIST_KZ, 9000, "KZ", "KR"),
    (LIST_KG, 25000, "KG", "TR"),
    (LIST_UZ, 4100, "UZ", "KR"),
])
def test_an_item_of_one_state_keeps_it(text, value, jurisdiction, country):
    assert country_of(text, value, jurisdiction) == country
