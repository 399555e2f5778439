"""A lead's loose year over a body's span: a figure of the year still running ('в 2022 году'
in a text of that year) that a later figure gives again, rounded or not, with its months
('с января по июнь') is that span; a figure the body does not give again keeps its year."""
import pytest

from engine_helpers import times_of

HEAD = "Миграция из Узбекистана растёт.\n"


@pytest.mark.parametrize("text, published, expected", [
    ("Больше 1,5 млн граждан Узбекистана въехали в Россию в 2022 году.\n\nС января по июнь МВД "
     "зарегистрировало 1 520 300 въездов граждан Узбекистана.", "2022-08-10",
     [(1500000, "2022-01/2022-06", None), (1520300, "2022-01/2022-06", None)]),
    ("В этом году на заработки в Россию приехали около 900 тысяч граждан Узбекистана.\n\nЗа "
     "январь – май 2023 года на заработки в Россию приехали 900 тысяч граждан Узбекистана.",
     "2023-07-01",
     [(900000, "2023-01/2023-05", None), (900000, "2023-01/2023-05", None)]),
    # a different figure: the year's figure stays the year's
    ("Больше 1,5 млн граждан Узбекистана въехали в Россию в 2022 году.\n\nС января по июнь МВД "
     "зарегистрировало 1 800 300 въездов граждан Узбекистана.", "2022-08-10",
     [(1500000, "2022", None), (1800300, "2022-01/2022-06", None)]),
])
def test_the_lead_year_takes_the_body_span_of_the_same_figure(text, published, expected):
    assert times_of(HEAD + text, published) == expected
