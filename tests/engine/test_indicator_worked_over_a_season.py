"""Under a seasonal scheme abroad, a sending state's citizens who worked there over a season or a
year ('в прошлом сезоне на фермах трудились', 'в 2023 году на сезонных работах были заняты') are
placed through it (corpora/README.md); those working there now stay citizens abroad."""
import pytest

from engine_helpers import facts_of


def indicators(text, published="2024-10-16"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


UZBEK = "Министерство занятости и сокращения бедности Узбекистана сообщает о трудовой миграции.\n"
KYRGYZ = "Министерство труда, социального обеспечения и миграции Кыргызской Республики сообщает.\n"


@pytest.mark.parametrize("text, value", [
    (UZBEK + "В 2023 году на сезонных работах в этой стране были заняты около 4 100 узбекистанцев.",
     4100),
    (KYRGYZ + "Британия предлагает сезонную работу на фермах. Там в прошлом сезоне трудились почти "
     "6 тысяч граждан Кыргызстана.", 6000),
])
def test_worked_over_a_season_is_placed(text, value):
    assert [i for v, i in indicators(text) if v == value] == ["citizens_placed_abroad"]


@pytest.mark.parametrize("text, value", [
    (UZBEK + "Сейчас на сезонных работах в Великобритании трудятся около 3 200 узбекистанцев.", 3200),
    (KYRGYZ + "В прошлом году в России работали 350 тысяч кыргызстанцев.", 350000),
])
def test_working_now_or_with_no_scheme_stays_abroad(text, value):
    assert [i for v, i in indicators(text) if v == value] == ["citizens_abroad"]
