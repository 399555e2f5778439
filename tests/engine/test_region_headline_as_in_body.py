"""A headline's figure takes the region the body gives the same figure.

'По четыре тысячи переселенцев в год' heads a text whose lead names the region only later
('область будет принимать около 4 тысяч соотечественников'): the headline's figure is the
body's and keeps its place; a body that gives the figure no region, or two, gives none.
"""
from engine_helpers import facts_of

BODY = ("Согласован проект программы переселения соотечественников Калининградской области.\n"
        "Каждый год область будет принимать около 4 тысяч переселенцев.")


def headline_region(text: str, value: float):
    found = [f for f in facts_of(text, published="2013-04-16") if f.value == value]
    assert found, "no fact"
    return found[0].dimensions.get("region")


def test_headline_figure_takes_the_body_region():
    assert headline_region("По четыре тысячи переселенцев в год\n" + BODY, 4000) == "RU-KGD"


def test_a_body_without_region_gives_none():
    body = ("Согласован проект программы переселения соотечественников.\n"
            "Каждый год в страну будут переезжать около 4 тысяч переселенцев.")
    assert headline_region("По четыре тысячи переселенцев в год\n" + body, 4000) is None
