"""A dash list by country that adds up to a figure told before it, not to the figure of the
background sentence it follows, breaks that figure down and takes its time."""
import pytest

from engine_helpers import facts_of


def item_times(text, published):
    return [(f.value, f.time.period, f.time.as_of) for f in facts_of(text, published)
            if f.value is not None and f.dimensions.get("country")]


@pytest.mark.parametrize("text, published, expected", [
    ("С января по август 2024 года статус кандаса получили 940 этнических казахов, сообщило "
     "министерство труда.\n"
     "За годы независимости в Казахстан вернулись более 1,1 млн этнических казахов.\n"
     "- Узбекистан — 610 человек;\n- Китай — 250;\n- Монголия — 60;\n- Туркменистан — 20.",
     "2024-09-20",
     [(610, "2024-01/2024-08", None), (250, "2024-01/2024-08", None),
      (60, "2024-01/2024-08", None), (20, "2024-01/2024-08", None)]),
])
def test_list_adding_up_to_an_earlier_figure(text, published, expected):
    assert item_times(text, published) == expected


def test_list_adding_up_to_its_own_total_keeps_its_time():
    text = ("В январе статус кандаса получили 120 этнических казахов.\n"
            "За 2023 год статус получили 900 этнических казахов. Больше всего прибыло из:\n"
            "- Узбекистан — 500;\n- Китай — 300;\n- Монголия — 100.")
    assert item_times(text, "2024-02-15") == [(500, "2023", None), (300, "2023", None), (100, "2023", None)]
