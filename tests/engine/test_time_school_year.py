"""A school or academic year written as two calendar years ('на 2026/2027 учебный год',
'в 2025/26 учебном году', 'приём 2024-2025 учебного года') is dated by the year it opens in:
the places of a study quota are given for it and its entrants admitted in that year, whatever
the year of the text."""
import pytest

from engine_helpers import times_of


@pytest.mark.parametrize("text, published, expected", [
    ("На 2026/2027 учебный год республике выделено 900 квот в вузах России.", "2025-11-20",
     [(900, "2026", None)]),
    ("В 2025/26 учебном году квота для граждан республики в вузах России составила 4 210 мест.",
     "2026-02-03", [(4210, "2025", None)]),
    ("Для приёма 2024-2025 учебного года стране выделили квоту на 1 200 бюджетных мест.",
     "2023-12-01", [(1200, "2024", None)]),
    ("Квота на 2023/24 академический год — 650 мест для студентов из Кыргызстана.", "2022-12-20",
     [(650, "2023", None)]),
])
def test_school_year_is_the_year_it_opens(text, published, expected):
    assert times_of(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # two years that do not follow each other are no school year: a run of years
    ("В 2019–2023 годах стране выделили квоту на 3 400 мест в вузах.", "2024-05-10",
     [(3400, "2019/2023", None)]),
    # years a school year cannot span keep the year of the text
    ("В 2019/2021 учебном году стране выделили квоту на 3 400 мест в вузах.", "2024-05-10",
     [(3400, "2024", None)]),
])
def test_years_no_school_year_spans_are_not_one(text, published, expected):
    assert times_of(text, published) == expected
