"""In a Kazakh release on permits, figures whose unit noun is people count people: the
categories told in permits are permits issued, those told in people are workers employed
(corpora/README.md), and two figures joined by 'и' share the unit noun after the second."""
import pytest

from engine_helpers import facts_of


def indicators(text, published="2024-04-10"):
    return [(f.value, f.unit, f.indicator) for f in facts_of(text, published) if f.value is not None]


KAZAKH = "Министерство труда Казахстана сообщает.\n"


@pytest.mark.parametrize("text, expected", [
    (KAZAKH + "Среди разрешений на привлечение иностранной рабочей силы 602 разрешения выданы "
     "для руководителей и их заместителей (первая категория). Большая часть привлечённых иностранцев приходится на третью и "
     "четвёртую категории – 6 120 и 515 человек.",
     [(602, "permit", "work_permits_issued"), (6120, "person", "foreign_workers_employed"),
      (515, "person", "foreign_workers_employed")]),
    (KAZAKH + "Разрешения на привлечение иностранной рабочей силы распределились так: "
     "руководителям подразделений — 2 910 разрешений. Специалистов и квалифицированных рабочих "
     "среди иностранцев — 4 460 и 702 человека соответственно.",
     [(2910, "permit", "work_permits_issued"), (4460, "person", "foreign_workers_employed"),
      (702, "person", "foreign_workers_employed")]),
])
def test_people_in_a_paragraph_on_permits_are_workers_employed(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of issue keeps people given a permit a count of permits
    (KAZAKH + "С начала года разрешения на привлечение иностранной рабочей силы получили "
     "18,2 тыс. иностранных специалистов.", [(18200, "person", "work_permits_issued")]),
    # the unit noun after the second figure says permits: both stay permits
    (KAZAKH + "Разрешений на привлечение иностранной рабочей силы по третьей и "
     "четвёртой категориям выдано 5 300 и 640.", [(5300, "permit", "work_permits_issued"),
     (640, "permit", "work_permits_issued")]),
    (KAZAKH + "По третьей и четвёртой категориям выдано 5 300 и 640 разрешений на привлечение "
     "иностранной рабочей силы.",
     [(5300, "permit", "work_permits_issued"), (640, "permit", "work_permits_issued")]),
])
def test_permits_stay_permits(text, expected):
    assert indicators(text) == expected
