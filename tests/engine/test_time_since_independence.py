"""A total since independence adds up the years to the day of the text: it is a level reached
(`as_of` the publication date), not a flow of 1991 nor of the month the text came out."""
import pytest

from engine_helpers import times_of

HEAD = "Министерство труда сообщает о переселении соотечественников.\n"


def times(text, published):
    return times_of(HEAD + text, published)


@pytest.mark.parametrize("text, published, expected", [
    ("С момента обретения независимости в 1991 году статус кандаса присвоен 1,2 млн этнических казахов.",
     "2024-06-03", [(1200000, None, "2024-06-03")]),
    ("Со дня независимости республики в 1991 г. на родину переехали 80 тысяч этнических кыргызов.",
     "2023-02-14", [(80000, None, "2023-02-14")]),
    ("За 30 лет независимости статус кандаса получили 1,05 млн человек.",
     "2021-10-05", [(1050000, None, "2021-10-05")]),
    ("За четверть века независимости на историческую родину вернулось почти 950 тысяч казахов.",
     "2016-12-01", [(950000, None, "2016-12-01")]),
    ("С тех пор как Кыргызстан стал независимым, на родину переехали 64 тысячи кайрылманов.",
     "2022-08-30", [(64000, None, "2022-08-30")]),
    ("Всего с начала независимого Казахстана в страну вернулись 1 млн 40 тыс. кандасов.",
     "2019-04-22", [(1040000, None, "2019-04-22")]),
])
def test_a_total_since_independence_is_of_the_day_of_the_text(text, published, expected):
    assert times(text, published) == expected


def test_the_commonwealth_of_independent_states_is_no_time():
    text = "В 2023 году из стран Содружества Независимых Государств прибыли 9 400 кандасов."
    assert times(text, "2024-03-01") == [(9400, "2023", None)]
