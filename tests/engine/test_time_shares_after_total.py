"""The make-up of the people a text reports as come this year ('трудоспособного возраста —
61 %') after a total since a year long past ('с 1991 года вернулись 1,2 млн') is of the flow
so far, not of that total."""
import pytest

from engine_helpers import times_of


@pytest.mark.parametrize("text, published, expected", [
    ("За квартал кандасами стали 2 900 человек\n\nВ январе–марте 2024 года статус кандаса "
     "получили 2 914 этнических казахов. «С 1991 года на родину вернулись более 1,1 миллиона "
     "этнических казахов», — сообщили в министерстве. Большинство переселенцев — "
     "трудоспособного возраста (62,4 %), дети составляют 29,3 %, пенсионеры — 8,3 %.",
     "2024-04-20", {29.3: "2024-01/2024-03", 8.3: "2024-01/2024-03"}),
    ("Итоги полугодия\n\nЗа январь – июнь 2023 года статус кандаса получили 5 120 этнических "
     "казахов. За годы независимости вернулись 1,1 млн этнических казахов. Среди переселенцев "
     "дети составляют 30,2 %, пенсионеры — 9,1 %.",
     "2023-07-15", {30.2: "2023-01/2023-06", 9.1: "2023-01/2023-06"}),
])
def test_shares_after_a_total_since_long_ago_are_of_the_flow_so_far(text, published, expected):
    got = {value: period for value, period, _ in times_of(text, published)}
    assert {value: got.get(value) for value in expected} == expected
