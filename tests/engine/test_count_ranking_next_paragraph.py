"""A paragraph that opens by going on down a ranking ('Следом идут граждане Армении (9 тыс.)')
continues the list by country of the paragraph before."""
import pytest

from engine_helpers import facts_of

TEXT = ("Гражданство России за квартал получили 80 тыс. иностранцев.\n"
        "Больше всего решений приняли по выходцам из Таджикистана — 30 тыс. человек.\n"
        "{rest}\n")


@pytest.mark.parametrize("rest, value, country", [
    ("Следом идут граждане Армении (9 тыс.) и Киргизии (4 тыс.).", 9000, "AM"),
    ("Следом идут граждане Армении (9 тыс.) и Киргизии (4 тыс.).", 4000, "KG"),
    ("За ними следуют выходцы из Узбекистана (3,5 тыс.).", 3500, "UZ"),
])
def test_ranking_goes_on_in_the_next_paragraph(rest, value, country):
    found = [(f.unit, f.dimensions.get("country")) for f in facts_of(TEXT.format(rest=rest), "2024-04-20")
             if f.value == value]
    assert found == [("person", country)]


def test_a_new_paragraph_without_the_opener_is_no_item():
    text = TEXT.format(rest="Граждане Армении подали 9 тыс. жалоб.")
    assert [f for f in facts_of(text, "2024-04-20") if f.value == 9000 and f.unit == "person"] == []
