"""A time that stands right after its figure is that figure's time, even when the sentence named
a looser time before it ('программа продлена до конца 2025 года, но квота снижена до 20 000 в
2024 году')."""
import pytest

from engine_helpers import times_of

HEAD = "Министерство труда сообщает о трудовой миграции.\n"


def times(text, published):
    return times_of(HEAD + text, published)


@pytest.mark.parametrize("text, published, expected", [
    ("Британская программа продлена до конца 2025 года, но квота сезонных виз снижена до 20 000 "
     "в 2024 году и до 18 000 в 2025 году.", "2023-06-01",
     [(20000, "2024", None), (18000, "2025", None)]),
    ("Программа действует с 2019 года, по ней на работу в Корею уехали 2 100 граждан в 2023 году.",
     "2024-02-01", [(2100, "2023", None)]),
    ("Меморандум подписан в 2020 году; по нему трудоустроены 640 граждан в 2024 году.",
     "2025-03-01", [(640, "2024", None)]),
])
def test_a_time_right_after_the_figure_is_its_own(text, published, expected):
    assert times(text, published) == expected


def test_a_time_after_a_comma_stays_with_the_next_item():
    text = "В 2022 году иностранцам выдано 5 200 разрешений на работу, в 2023 году – 6 100."
    assert times(text, "2024-03-01") == [(5200, "2022", None), (6100, "2023", None)]
