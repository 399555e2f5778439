"""A quota told in the past tense with no year of its own ('квоты, которая составляла 18 тыс.'
after 'за 2023 год') is of the year being told, not the year of the quota told before it."""
import pytest

from engine_helpers import times_of

HEAD = ("Квота на привлечение иностранной рабочей силы\n\nКвота на 2024 год установлена на уровне "
        "22 тысяч единиц. ")


@pytest.mark.parametrize("text, value, expected", [
    ("За 2023 год местные исполнительные органы выдали 14,5 тыс. разрешений. Это 78,5% от "
     "квоты, которая составляла 18 тыс. единиц.", 18000, "2023"),
    ("За 2023 год работодатели привлекли 12 тыс. иностранцев. Квота тогда была 20 тыс. единиц.",
     20000, "2023"),
])
def test_a_quota_told_in_the_past_is_of_the_year_told(text, value, expected):
    assert (value, expected, None) in times_of(HEAD + text, "2024-02-06")


def test_a_quota_in_the_present_keeps_the_year_of_the_quota():
    text = ("За 2023 год местные исполнительные органы выдали 14,5 тыс. разрешений. Квота для "
            "сезонных работ составляет 2 366 единиц.")
    assert (2366, "2024", None) in times_of(HEAD + text, "2024-02-06")
