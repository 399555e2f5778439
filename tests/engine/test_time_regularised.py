"""Those who regularised their stay in a campaign still open are its total so far: with no
time of their own they are counted on the day of the text, not as a flow of its month."""
import pytest

from engine_helpers import times_of

HEAD = ("Консульский департамент сообщил о трудовых мигрантах в России.\n"
        "Число граждан республики в реестре контролируемых лиц снизилось. ")


@pytest.mark.parametrize("text, published, value", [
    ("«Свое пребывание в России легализовали около 12 тыс. граждан республики», – сказал он.",
     "2025-07-22", 12000),
    ("По данным МВД, урегулировали свое положение лишь 9 300 мигрантов из республики.",
     "2025-09-05", 9300),
    ("Узаконили свой статус более 3 100 граждан республики, добавил он.", "2025-06-30", 3100),
])
def test_those_who_regularised_their_stay_are_counted_on_the_day(text, published, value):
    assert (value, None, published) in times_of(HEAD + text, published)
