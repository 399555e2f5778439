"""'Казахстан и Турция: там живут 65 тысяч и 60 тысяч человек соответственно': the figures of a
run closed by 'соответственно' go, in order, to the names coordinated before them; the first
figure shares the unit noun after the last."""
import pytest

from engine_helpers import facts_of


def by_value(text):
    return {f.value: (f.dimensions.get("country"), f.unit) for f in facts_of(text)}


@pytest.mark.parametrize("text, expected", [
    ("Трудовая миграция. Следом идут Казахстан и Турция: там живут 45 тысяч и 30 тысяч человек "
     "соответственно.", {45000: ("KZ", "person"), 30000: ("TR", "person")}),
    ("Трудовая миграция. Больше всего патентов получили граждане Узбекистана и Таджикистана — "
     "120 тыс. и 80 тыс. соответственно.", {120000: ("UZ", "patent"), 80000: ("TJ", "patent")}),
])
def test_figures_closed_by_respectively_go_to_the_names_in_order(text, expected):
    assert by_value(text) == expected


def test_a_run_longer_than_the_names_takes_no_names():
    text = ("Трудовая миграция. Граждане Узбекистана и Таджикистана получили 120 тыс., 80 тыс. и "
            "15 тыс. патентов соответственно.")
    assert {f.dimensions.get("country") for f in facts_of(text)} <= {None, "UZ", "TJ"}
    assert not [(f.value, f.dimensions.get("country")) for f in facts_of(text)
                if (f.value, f.dimensions.get("country")) in ((80000, "UZ"), (15000, "TJ"))]
