"""The items of a list governed by a verb of issue count the permits the sentence names, even
where the item itself names people ('– для руководителей')."""
import pytest

from engine_helpers import facts_of

HEAD = "Министерство труда и социальной защиты населения РК сообщает.\n"


def indicators(text, published="2024-03-01"):
    return [(f.value, f.indicator) for f in facts_of(HEAD + text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Из выданных разрешений на привлечение иностранной рабочей силы 410 оформлены на первых "
     "руководителей, 1 980 – на руководителей подразделений.",
     [(410, "work_permits_issued"), (1980, "work_permits_issued")]),
    ("За полгода выдано 6 200 разрешений на привлечение иностранной рабочей силы, в том числе по "
     "второй категории – 1 150, по третьей – 3 400.",
     [(6200, "work_permits_issued"), (1150, "work_permits_issued"), (3400, "work_permits_issued")]),
    ("Разрешения на привлечение иностранной рабочей силы выданы так: руководителям – 320, "
     "специалистам – 2 640.",
     [(320, "work_permits_issued"), (2640, "work_permits_issued")]),
])
def test_items_of_permits_issued_are_permits(text, expected):
    assert indicators(text) == expected

