"""A host's black list is its entry bans; people at work told after it are a stock again."""
import pytest

from engine_helpers import facts_of


def facts(text, published="2023-03-14"):
    return [(f.value, f.indicator, f.dimensions.get("country"))
            for f in facts_of(text, published) if f.value is not None]


KYRGYZ = "Министерство иностранных дел Кыргызской Республики сообщает.\n"
LABOUR = "Министерство труда Кыргызской Республики рассказало о трудовых мигрантах.\n"


@pytest.mark.parametrize("text, expected", [
    (KYRGYZ + "В российском «черном списке» по-прежнему числятся около 41 тысячи кыргызстанцев, "
     "в том числе выдворенных по решению суда.", [(41000, "entry_bans", "KG")]),
    (KYRGYZ + "По последним данным, в черном списке остаются 28 тысяч граждан Кыргызстана, "
     "среди них и депортированные.", [(28000, "entry_bans", "KG")]),
])
def test_a_black_list_is_entry_bans(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    (KYRGYZ + "В «черном списке» числятся 41 тысяча кыргызстанцев. В Турции работают 24 тысячи "
     "соотечественников, в Германии и Италии — семь тысяч.",
     [(41000, "entry_bans", "KG"), (24000, "citizens_abroad", "TR"), (7000, "citizens_abroad", None)]),
    (LABOUR + "В российском «черном списке» числятся 41 тысяча кыргызстанцев. В Казахстане "
     "трудятся 52 тысячи граждан, в Турции — 18 тысяч.",
     [(41000, "entry_bans", "KG"), (52000, "citizens_abroad", "KZ"), (18000, "citizens_abroad", "TR")]),
])
def test_people_at_work_after_a_ban_are_a_stock(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the host's register of persons under control is its count of migration breaches, by
    # citizenship (corpora/README.md), whatever verb of being on a list holds the figure
    (KYRGYZ + "В российском реестре контролируемых лиц значатся 41 тысяча 250 граждан Кыргызстана.",
     [(41250, "migration_violations", "KG")]),
    (KYRGYZ + "По словам министра, сейчас в реестре контролируемых лиц находятся около 52 тысяч "
     "кыргызстанцев.", [(52000, "migration_violations", "KG")]),
    ("МВД России сообщило о мигрантах. В реестр контролируемых лиц внесены сведения о более чем "
     "600 тыс. иностранцев.", [(600000, "migration_violations", None)]),
])
def test_a_register_of_persons_under_control_is_migration_breaches(text, expected):
    assert facts(text) == expected
