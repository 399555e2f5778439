"""A flow of the year still running, told as a total so far ('всего в этом году', 'уже',
'достигло'), runs from January to the month of the text; told plainly, or as a plan, it
keeps the year."""
import pytest

from engine_helpers import times_of

HEAD = "Министерство сообщило о трудовой миграции граждан.\n"


@pytest.mark.parametrize("text, published, value, period", [
    ("Всего в этом году в Японию на работу вылетели 930 граждан республики.", "2024-10-08",
     930, "2024-01/2024-10"),
    ("В текущем году по программе свыше 1 200 сварщиков поедут в Польшу, 450 из них уже "
     "выехали.", "2023-08-21", 450, "2023-01/2023-08"),
    ("Число рабочих, въехавших по визе E-9, в 2022 году составило 41 тыс., а в нынешнем году "
     "достигло 57 тыс.", "2023-09-30", 57000, "2023-01/2023-09"),
])
def test_a_flow_told_so_far_runs_to_the_month_of_the_text(text, published, value, period):
    assert (value, period, None) in times_of(HEAD + text, published)


@pytest.mark.parametrize("text, published, value", [
    ("В этом году в Великобританию на сезонные работы выехали 2 300 граждан республики.",
     "2024-06-14", 2300),
    ("Всего в этом году в Великобританию выехали 5 100 граждан республики.", "2024-12-20", 5100),
])
def test_a_flow_of_this_year_told_plainly_or_in_december_keeps_the_year(text, published, value):
    assert (value, published[:4], None) in times_of(HEAD + text, published)
