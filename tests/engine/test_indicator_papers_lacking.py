"""Foreigners at work without papers are breaches found, whether the lack is said before the
figure or after it ('…, не имея разрешений'), and with no verb of work at all."""
import pytest

from engine_helpers import facts_of

HEAD = "Департамент полиции области сообщает о проверке на объектах.\n"


def indicators(text, published="2025-06-20"):
    return [(f.value, f.indicator) for f in facts_of(HEAD + text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("На складе 14 иностранцев трудились грузчиками, не имея разрешительных документов.",
     [(14, "migration_violations")]),
    ("Выяснилось, что 9 мигрантов выполняют отделочные работы, не имея на то разрешений.",
     [(9, "migration_violations")]),
    ("В цехе 23 гражданина Узбекистана не имели разрешений на работу.",
     [(23, "migration_violations")]),
    ("Проверка показала: 17 трудовых мигрантов без документов работали на рынке.",
     [(17, "migration_violations")]),
])
def test_workers_lacking_papers_are_breaches(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("На предприятии по разрешениям работают 120 иностранных специалистов.",
     [(120, "foreign_workers_employed")]),
])
def test_workers_with_papers_stay_workers(text, expected):
    assert indicators(text) == expected
