"""An undated count of a resettlement programme ('по программе переселения переехали
порядка 90 тыс.') is its total since it began, as of the day of the text, not a flow of the
month of the text; one with a time of its own keeps it."""
import pytest

from engine_helpers import times_of

HEAD = "Итоги программы переселения\n\n"


@pytest.mark.parametrize("text, published, expected", [
    ("По государственной программе переселения соотечественников из Киргизии в Россию "
     "переехали около 90 тыс. человек.", "2025-03-14", [(90000, None, "2025-03-14")]),
    ("В рамках программы переселения в Россию из Узбекистана переселились 48 тыс. человек.",
     "2024-10-02", [(48000, None, "2024-10-02")]),
    ("По госпрограмме в Россию из Казахстана прибыли 310 тыс. человек.", "2023-06-20",
     [(310000, None, "2023-06-20")]),
    ("В 2024 году по программе переселения в Россию переехали 27 тыс. человек.", "2025-02-10",
     [(27000, "2024", None)]),
])
def test_a_programme_total_is_as_of_the_day(text, published, expected):
    assert times_of(HEAD + text, published) == expected
