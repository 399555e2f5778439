"""'Месяцем раньше', 'месяцем ранее': the month before the month being told (a January's
month before is the December of the year before)."""
import pytest

from engine_helpers import times_of

HEAD = "Работодатели привозят мигрантов\n\n"


@pytest.mark.parametrize("text, published, expected", [
    ("В мае разрешения на работу в области получили 600 граждан Узбекистана. А месяцем "
     "раньше разрешения на работу получили 70 граждан Узбекистана.", "2021-06-03", "2021-04"),
    ("В январе разрешения на работу в области получили 450 граждан Узбекистана. Месяцем "
     "ранее разрешения на работу получили 380 граждан Узбекистана.", "2022-02-10", "2021-12"),
])
def test_the_month_before_the_one_told(text, published, expected):
    assert times_of(HEAD + text, published)[-1][1] == expected
