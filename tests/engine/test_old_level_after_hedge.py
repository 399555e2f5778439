"""'X, тогда как годом ранее их было чуть более Y', 'X, годом ранее – немногим менее Y': a hedge
before the old level's own qualifier leaves the comparison as it is: Y is X's previous, no level
of its own. 'за те же месяцы 2018 года' is an earlier time like 'за тот же период'."""
import pytest

from engine_helpers import facts_of


def levels(text):
    return [(f.value, f.previous) for f in facts_of(text, "2019-07-24") if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("С начала года участниками программы переселения стали 6210 граждан Таджикистана, тогда "
     "как годом ранее их было чуть более 4 тысяч.", [(6210, 4000)]),
    ("В первом полугодии патенты получили 131 тысяча трудовых мигрантов, годом ранее – немногим "
     "менее 110 тысяч.", [(131000, 110000)]),
    ("С начала 2019 года участниками программы переселения стали 6210 граждан Таджикистана, "
     "тогда как за те же месяцы 2018 года их было 4 380.", [(6210, 4380)]),
])
def test_a_hedged_old_level_is_the_previous(text, expected):
    assert levels(text) == expected


def test_a_hedged_figure_of_another_place_is_a_level_of_its_own():
    text = ("В первом полугодии патенты в Москве получили 131 тысяча трудовых мигрантов, в Московской "
            "области – чуть более 90 тысяч.")
    assert sorted(v for v, _ in levels(text)) == [90000, 131000]
