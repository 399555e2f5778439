"""Foreigners coming into and leaving a host, as its migration service counts them: entries
and its register, not moves for good, which only statistics bureaus count by origin."""
import pytest

from engine_helpers import facts_of


def indicators(text, published="2024-06-14"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


KAZAKH = "Комитет миграционной службы МВД Республики Казахстан сообщает.\n"
RUSSIAN = "Управление по вопросам миграции ГУ МВД России по Омской области сообщает.\n"


@pytest.mark.parametrize("text, expected", [
    (KAZAKH + "С января по май в республику въехало 3 млн 120 тыс. иностранцев.",
     [(3120000, "migration_registrations")]),
    (KAZAKH + "За пять месяцев в Павлодарскую область прибыли 2 416 граждан Китая.",
     [(2416, "migration_registrations")]),
    (KAZAKH + "С начала года в страну приехали 812 тысяч россиян.",
     [(812000, "migration_registrations")]),
    (RUSSIAN + "За неделю в регион прибыло 4 300 иностранных граждан.",
     [(4300, "migration_registrations")]),
])
def test_foreigners_who_came_in_are_the_hosts_register_not_immigrants(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    (KAZAKH + "За тот же период из республики выехали 2 млн 950 тыс. иностранцев.",
     [(2950000, None)]),
    (RUSSIAN + "За неделю регион покинули по окончании сроков пребывания, то есть выехали из "
     "него, 3 870 иностранных граждан.", [(3870, None)]),
])
def test_foreigners_who_left_a_host_are_no_emigrants(text, expected):
    assert indicators(text) == expected


STATISTICS = "Бюро национальной статистики подвело итоги миграции населения.\n"


@pytest.mark.parametrize("text, expected", [
    # the frame of immigration statistics keeps arrivals and departures for good
    (STATISTICS + "За полгода в Казахстан прибыли на постоянное жительство 3 150 граждан "
     "Узбекистана.", [(3150, "immigrants_arrived")]),
    (STATISTICS + "С начала года в Казахстан переехали 420 граждан Кыргызстана.",
     [(420, "immigrants_arrived")]),
    (STATISTICS + "За девять месяцев Казахстан покинули более 8 тысяч казахстанцев.",
     [(8000, "emigrants_departed")]),
])
def test_moves_for_good_stay_immigration(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    (RUSSIAN + "За полгода в Россию на работу приехали 212,4 тысячи граждан Таджикистана.",
     [(212400, "entries_for_work")]),
    (RUSSIAN + "В первом квартале 8 150 иностранцев приехали работать в регион.",
     [(8150, "entries_for_work")]),
])
def test_foreigners_who_came_to_work_are_entries_for_work(text, expected):
    assert indicators(text) == expected
