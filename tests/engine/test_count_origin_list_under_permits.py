"""A list under 'страны выхода' counts the workers of those states, not the permits before it.

After a total of permits in force, a header naming the states the workers come from
('Основные страны выхода:', 'по странам происхождения') turns its items into people; a list
that names the permits in its own sentence stays permits.
"""
import pytest

from engine_helpers import facts_of


def indicators(text):
    return [(f.value, f.indicator) for f in facts_of(text) if f.value]


@pytest.mark.parametrize("text, expected", [
    ("В республике действуют 12 400 разрешений на привлечение иностранной рабочей силы.\n"
     "Основные страны выхода:\n- Китай — 2 810;\n- Турция — 1 140.",
     [(12400, "work_permits_issued"), (2810, "foreign_workers_employed"),
      (1140, "foreign_workers_employed")]),
    ("В области выдано 3 900 разрешений на привлечение иностранной рабочей силы.\n"
     "По странам происхождения:\n- Индия — 720;\n- Узбекистан — 515.",
     [(3900, "work_permits_issued"), (720, "foreign_workers_employed"),
      (515, "foreign_workers_employed")]),
])
def test_origin_list_counts_workers(text, expected):
    assert indicators(text) == expected


def test_list_naming_permits_stays_permits():
    text = ("В республике действуют 12 400 разрешений на привлечение иностранной рабочей силы.\n"
            "Разрешения по странам выхода:\n- Китай — 2 810;\n- Турция — 1 140.")
    assert [i for _, i in indicators(text)][1:] != ["foreign_workers_employed"] * 2
