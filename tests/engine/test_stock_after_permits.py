"""People said to be at work ('работают', 'трудятся') after a paragraph on permits are a stock
of foreign workers, even when no noun follows their number."""
import pytest

from engine_helpers import facts_of

PERMITS = ("Министерство труда сообщает о трудовой миграции.\n"
           "Разрешения на привлечение иностранной рабочей силы распределены так: для "
           "руководителей — 540, для руководителей подразделений — 2 900.\n")


@pytest.mark.parametrize("text, value", [
    ("На сезонные работы привлечены 1 500 человек, ещё 730 работают по внутрикорпоративному "
     "переводу.", 730),
    ("Кроме того, по внутрикорпоративному переводу трудятся 640.", 640),
    ("Помимо этого, 910 работают в рамках корпоративного перевода.", 910),
])
def test_people_at_work_after_permits_are_a_stock(text, value):
    fact = next(f for f in facts_of(PERMITS + text) if f.value == value)
    assert (fact.indicator, fact.unit) == ("foreign_workers_employed", "person")


def test_permits_issued_stay_permits():
    fact = next(f for f in facts_of(PERMITS + "Кроме того, выдано 310 разрешений на сезонные работы.")
                if f.value == 310)
    assert fact.indicator == "work_permits_issued"
