"""A host's register of 'controlled persons' lists foreigners staying without grounds: its
counts are breaches of migration law (corpora/README.md, Settled cases), by citizenship, and
its old level given by 'тогда как в ноябре прошлого года' is the previous of the one fact."""
import pytest

from engine_helpers import facts_of


def facts(text, published="2025-10-20"):
    return [(f.value, f.previous, f.indicator) for f in facts_of(text, published) if f.value is not None]


RUSSIAN = "МВД России: сведения о мигрантах без законных оснований.\n"
KYRGYZ = "МИД назвал число трудовых мигрантов в реестре контролируемых лиц РФ.\n"


@pytest.mark.parametrize("text, expected", [
    (RUSSIAN + "На 1 октября в реестре контролируемых лиц значились 640 тысяч иностранцев.",
     [(640000, None, "migration_violations")]),
    (RUSSIAN + "В реестр контролируемых лиц с начала года внесли сведения о 512 тыс. человек.",
     [(512000, None, "migration_violations")]),
    (KYRGYZ + "В российском реестре контролируемых лиц остаются 41 230 граждан Кыргызстана.",
     [(41230, None, "migration_violations")]),
])
def test_people_on_a_register_of_controlled_persons_are_breaches(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    (KYRGYZ + "В реестре контролируемых лиц числятся 41 тысяча граждан Кыргызстана, тогда как в "
     "марте прошлого года в нём было около 95 тысяч человек.",
     [(41000, 95000, "migration_violations")]),
    (KYRGYZ + "В реестре контролируемых лиц сейчас 52 тысячи граждан Кыргызстана, тогда как в "
     "июне минувшего года их было 80 тысяч.", [(52000, 80000, "migration_violations")]),
])
def test_the_old_level_after_whereas_and_a_month_of_last_year_is_the_previous(text, expected):
    assert facts(text) == expected
