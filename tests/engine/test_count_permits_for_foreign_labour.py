"""Figures under 'разрешения на привлечение иностранной рабочей силы' count permits.

The phrase names the workers only as what the permit is for; the permit noun heads it,
so the figures it leads in are permits issued, not workers employed.
"""
import pytest

from engine_helpers import facts_of


def indicators(text):
    return [(f.value, f.indicator) for f in facts_of(text) if f.value]


@pytest.mark.parametrize("text, expected", [
    ("Разрешения на привлечение иностранной рабочей силы распределились так: первой категории – "
     "410, второй – 2 250.",
     [(410, "work_permits_issued"), (2250, "work_permits_issued")]),
    ("Местные исполнительные органы выдали разрешения на привлечение иностранных работников: "
     "специалистам – 5 300, квалифицированным рабочим – 1 800.",
     [(5300, "work_permits_issued"), (1800, "work_permits_issued")]),
    ("Из разрешений на привлечение иностранных специалистов больше всего пришлось на строительство "
     "– 3 700.",
     [(3700, "work_permits_issued")]),
])
def test_permits_for_foreign_labour(text, expected):
    assert indicators(text) == expected


def test_workers_without_permit_noun_stay_workers():
    text = "В стране официально трудятся 14 200 иностранных работников."
    assert indicators(text) == [(14200, "foreign_workers_employed")]
