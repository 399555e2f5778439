"""The reporting state's own citizens counted at the employers that take on foreign labour are
the employers' staff at home, no migrants: 'на предприятиях, привлекающих иностранную рабочую
силу, трудятся 31,4 тысячи граждан Таджикистана'. Foreigners counted there, and the state's
citizens hired by employers of another state, are facts all the same."""
import pytest

from engine_helpers import facts_of


def values(text):
    return sorted(f.value for f in facts_of(text, "2025-08-01") if f.value is not None)


@pytest.mark.parametrize("text, expected", [
    ("Минтруда Казахстана: работодатели, привлекающие иностранную рабочую силу, дают работу "
     "более чем 412 тысячам граждан Казахстана.", []),
    ("В Таджикистане на предприятиях, которым выданы лицензии на привлечение рабочей силы из-за "
     "рубежа, заняты 28,6 тысячи граждан Таджикистана и 3,9 тысячи иностранных граждан.", [3900]),
    ("В Казахстане иностранцев привлекли 1 740 работодателей; 95% их персонала, или около "
     "350 тыс. человек, составляют граждане Казахстана.", []),
])
def test_own_citizens_at_employers_of_foreign_labour_are_no_migrants(text, expected):
    assert values(text) == expected


def test_own_citizens_hired_by_employers_of_another_state_are_counted():
    text = ("Минтруд Кыргызстана: российские компании, привлекающие иностранную рабочую силу, "
            "наняли по оргнабору 5 тысяч граждан Кыргызстана.")
    assert values(text) == [5000]
