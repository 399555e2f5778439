"""What the verb says decides what a figure of workers or papers counts: 'трудились' is a
stock of workers, 'прибыли' a flow of entries, 'выдано ... иностранцам' permits issued."""
import pytest

from engine_helpers import facts_of


def facts(text, published="2023-01-20"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


KAZAKH = "Министерство труда и социальной защиты населения Республики Казахстан сообщает.\n"
RUSSIAN = "Главное управление по вопросам миграции МВД России сообщает.\n"


@pytest.mark.parametrize("text, expected", [
    ("По данным на 2021 год, в России трудились 1,2 млн мигрантов из Таджикистана.",
     [(1200000, "foreign_workers_employed")]),
    ("В строительстве области трудится 8 тыс. мигрантов.", [(8000, "foreign_workers_employed")]),
    ("В прошлом году на стройках столицы трудились около 40 тыс. трудовых мигрантов.",
     [(40000, "foreign_workers_employed")]),
])
def test_migrants_who_toil_are_a_stock_of_workers(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    (KAZAKH + "В 2020 году в Казахстан прибыли 12 тыс. трудовых мигрантов против 15 тыс. годом "
     "ранее.", [(12000, "entries_for_work")]),
    (RUSSIAN + "За январь в регион въехало 3 500 трудовых мигрантов.", [(3500, "entries_for_work")]),
    (KAZAKH + "С начала года в республику приехали 9 тыс. трудовых мигрантов.",
     [(9000, "entries_for_work")]),
])
def test_migrants_who_came_in_are_a_flow_of_entries(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    (KAZAKH + "В первом квартале в республике работали 14 тыс. иностранных работников. Больше всего "
     "из них прибыли из Китая — 4 780 человек, из Индии — 1 130.",
     [(14000, "foreign_workers_employed"), (4780, "foreign_workers_employed"),
      (1130, "foreign_workers_employed")]),
])
def test_people_under_the_quota_who_came_stay_the_quotas_workers(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("В 2022 году выдано 15 тыс. разрешений иностранцам.", [(15000, "work_permits_issued")]),
    ("За год оформлено 8 тыс. разрешений на трудоустройство иностранцев.",
     [(8000, "work_permits_issued")]),
    ("Квота на 2023 год составляет 29 тыс. человек. По ней выдано 4 500 разрешений работодателям.",
     [(29000, None), (4500, "work_permits_issued")]),
    ("Иностранцам в области оформили 2 300 разрешений.", [(2300, "work_permits_issued")]),
])
def test_permits_issued_are_counted_as_issued(text, expected):
    assert facts(text) == expected
