"""A share right after a count and the rest of its noun phrase is part of that count
(corpora/README.md: a share standing next to a count), never a level of its own."""
import pytest

from engine_helpers import facts_of

HEAD = "Министерство труда сообщает о трудовой миграции.\n"


def levels(text, published="2025-10-31"):
    return [(f.value, f.unit) for f in facts_of(HEAD + text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    # the count's country between the count and the share, each joiner
    ("Сейчас в Казахстане трудятся 52 тыс. граждан Узбекистана – 61% наших мигрантов за рубежом.",
     [(52000, "person")]),
    ("В прошлом году в Россию въехали 410 тыс. граждан Таджикистана, или 37% всех прибывших на работу.",
     [(410000, "person")]),
    ("За год разрешения получили 2 300 специалистов из Индии (14% всех иностранных работников).",
     [(2300, "person")]),
    # the share right after the count, as before
    ("Иностранцам выдано 3 768 разрешений на работу (25,6%).", [(3768, "permit")]),
])
def test_share_after_a_count_is_part_of_it(text, expected):
    assert levels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a share that is an item of its own, after a comma and another place
    ("Среди прибывших в Россию на работу граждане Узбекистана составляют 41%, граждане Таджикистана – 27%.",
     [(41, "percent"), (27, "percent")]),
    # a share after a count and a clause of its own: the sentence names another whole
    ("В 2024 году выдано 9 тыс. разрешений на работу, а на граждан Китая пришлось 30% патентов.",
     [(9000, "permit"), (30, "percent")]),
])
def test_share_that_is_its_own_item_stays(text, expected):
    assert levels(text) == expected
