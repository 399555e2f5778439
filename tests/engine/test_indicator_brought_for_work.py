"""'Доставить' is the police's verb for people taken in ('доставлены в отдел 14 нарушителей'),
but a region or an employer that 'доставила на сельхозработы 500 человек' or 'доставила 40
мигрантов, которых трудоустроили' brought workers in: foreign workers attracted, not breaches.
People flown home by a special flight are neither."""
import pytest

from engine_helpers import facts_of

KAZAKH = "Министерство труда и социальной защиты населения Республики Казахстан сообщает.\n"


def measures(text, published="2021-06-05"):
    return [(f.value, f.indicator) for f in facts_of(KAZAKH + text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Туркестанская область в мае доставила из Узбекистана на сельхозработы 500 мигрантов.",
     [(500, "foreign_workers_attracted")]),
    ("В апреле по заказу акимата доставили 40 мигрантов из Узбекистана, которых трудоустроили "
     "дворниками.",
     [(40, "foreign_workers_attracted")]),
])
def test_people_brought_in_to_work_are_attracted(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("В ходе рейда полиция задержала и доставила в отдел 14 мигрантов, которые работали на стройке "
     "без разрешений.",
     [(14, "migration_violations")]),
])
def test_people_the_police_took_in_stay_breaches(text, expected):
    assert measures(text) == expected
