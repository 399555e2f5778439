"""A region's part of a quota, told as a share with the verb that allots it ('Бишкеку отведено
48 процентов квот', 'на Алматинскую область приходится 12% квоты', 'Астане выделено около 15%
квоты'), is a quota level of that region; a share of the quota used or given to a branch ('в
Бишкеке использовано 76% квоты', '92% квоты отдадут промышленности') stays no level."""
import pytest

from engine_helpers import facts_of

KAZAKH = "Министерство труда и социальной защиты населения Республики Казахстан сообщает.\n"
LEAD = "Квота на привлечение иностранной рабочей силы на 2024 год составит 20 000 человек. "


def shares(text, published="2024-01-10"):
    return [(f.value, f.indicator, f.dimensions.get("region")) for f in facts_of(KAZAKH + LEAD + text, published)
            if f.unit == "percent"]


@pytest.mark.parametrize("text, expected", [
    ("Бишкеку отведено 40 процентов квот.", [(40, "foreign_labour_quota", "KG-GB")]),
    ("На Алматинскую область приходится 12% квоты.", [(12, "foreign_labour_quota", "KZ-19")]),
    ("Астане выделено около 15% квоты.", [(15, "foreign_labour_quota", "KZ-71")]),
])
def test_share_allotted_to_a_region_is_its_quota(text, expected):
    assert shares(text) == expected


@pytest.mark.parametrize("text", [
    "В Бишкеке использовано 76% квоты.",
    "92% квоты отдадут промышленности.",
])
def test_share_used_or_given_to_a_branch_is_no_level(text):
    assert shares(text) == []
