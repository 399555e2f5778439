"""'Тогда же', 'на ту же дату': figures of the moment just told keep its time, even when that
moment is a look back ('Напомним, на 1 июля 2019 года ...') and the text dated later figures
before it."""
import pytest

from engine_helpers import facts_of


def times(text, published):
    return [(f.value, f.time.period, f.time.as_of) for f in facts_of(text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, published, expected", [
    ("На 1 марта 2020 года в России находились 512 300 граждан Казахстана. Напомним, на 1 июля "
     "2019 года в России пребывали 480 100 граждан Казахстана. Тогда же в стране насчитывали "
     "1,9 млн граждан Узбекистана.", "2020-03-20",
     [(512300, None, "2020-03-01"), (480100, None, "2019-07-01"), (1900000, None, "2019-07-01")]),
    ("На 1 марта 2020 года в России находились 512 300 граждан Казахстана. Напомним, на 1 июля "
     "2019 года в России пребывали 480 100 граждан Казахстана. На ту же дату в стране находились "
     "1,9 млн граждан Узбекистана.", "2020-03-20",
     [(512300, None, "2020-03-01"), (480100, None, "2019-07-01"), (1900000, None, "2019-07-01")]),
    # near miss: with no 'тогда же' the later figure goes on with the date of the report
    ("На 1 марта 2020 года в России находились 512 300 граждан Казахстана. Напомним, на 1 июля "
     "2019 года в России пребывали 480 100 граждан Казахстана. В стране также находятся "
     "1,9 млн граждан Узбекистана.", "2020-03-20",
     [(512300, None, "2020-03-01"), (480100, None, "2019-07-01"), (1900000, None, "2020-03-01")]),
])
def test_figures_of_the_same_moment_keep_its_time(text, published, expected):
    assert times(text, published) == expected
