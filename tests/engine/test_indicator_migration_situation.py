"""'С учётом миграционной ситуации (обстановки)' is how an order says what it took into account,
not the migration register ('миграционный учёт'): a figure near it counts no registrations."""
import pytest

from engine_helpers import facts_of


def measures(text, published="2016-11-19"):
    return [(f.value, f.category, f.indicator) for f in facts_of(text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Правительство России установило квоты на выдачу разрешений на временное проживание на 2017 "
     "год. Объемы рассчитаны по заявкам регионов с учетом миграционной обстановки. Казань сможет "
     "принять три тысячи человек, Татарстан в целом – шесть тысяч.",
     [(3000, "quota", None), (6000, "quota", None)]),
    ("Квоты на временное проживание в России определены с учётом миграционной ситуации в каждом "
     "регионе. Рейтинг: 240",
     []),
])
def test_the_migration_situation_is_no_register(text, expected):
    assert measures(text) == expected
