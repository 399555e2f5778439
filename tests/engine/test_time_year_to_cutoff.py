"""A flow 'с начала года' / 'с января' up to a cut-off date ('по состоянию на 1 сентября')
covers the months before the cut-off; a stock told so keeps the date."""
import pytest

from engine_helpers import facts_of

HEAD = "Министерство труда РК сообщает о переселенцах и трудовой миграции.\n"


def times(text, published):
    return [(f.value, f.time.period, f.time.as_of) for f in facts_of(HEAD + text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, published, expected", [
    ("С начала года по состоянию на 1 октября статус кандаса присвоен 7 640 этническим казахам.",
     "2023-10-20", [(7640, "2023-01/2023-09", None)]),
    ("По данным министерства, с начала 2024 года по состоянию на 1 августа статус кандаса "
     "получили 6 020 этнических казахов.", "2024-09-03", [(6020, "2024-01/2024-07", None)]),
    ("С января по состоянию на 1 июня статус кандаса получили 4 870 этнических казахов.",
     "2021-06-15", [(4870, "2021-01/2021-05", None)]),
    ("С начала года по состоянию на 1 мая иностранцам выдано 9 300 разрешений на работу.",
     "2022-05-12", [(9300, "2022-01/2022-04", None)]),
    # a stock at the cut-off keeps its day
    ("С начала года по состоянию на 1 мая в области работали 3 100 иностранных работников.",
     "2022-05-12", [(3100, None, "2022-05-01")]),
])
def test_flow_since_january_to_a_cutoff(text, published, expected):
    assert times(text, published) == expected
