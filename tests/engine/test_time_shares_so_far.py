"""A share of a flow in the year still running is a share of the count so far: it covers the
months the text gave that count ('с начала года', 'с января … на 1 октября'), not the whole
year it names ('в текущем году', 'в 2025 году')."""
import pytest

from engine_helpers import facts_of


def shares(text, published):
    return [(f.value, f.time.period) for f in facts_of(text, published)
            if f.value is not None and f.unit == "percent"]


@pytest.mark.parametrize("text, published, expected", [
    ("С начала 2024 года статус кандаса получили 6 200 этнических казахов. В текущем году "
     "больше всего переселенцев приехали из Китая (48,3%) и Узбекистана (40,1%).", "2024-07-18",
     [(48.3, "2024-01/2024-07"), (40.1, "2024-01/2024-07")]),
    ("С января 2023 года на родину вернулись 11 400 этнических казахов.\n\nОткуда приехали "
     "кандасы в 2023 году:\n— из Узбекистана – 52,7%;\n— из Китая – 30,2%.\n\nДанные на 1 октября.",
     "2023-10-16", [(52.7, "2023-01/2023-09"), (30.2, "2023-01/2023-09")]),
])
def test_a_share_of_the_running_year_covers_the_months_of_the_count(text, published, expected):
    assert shares(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("В 2022 году статус кандаса получили 16 800 этнических казахов, больше всего из "
     "Узбекистана (61,5%).", "2023-01-20", [(61.5, "2022")]),
])
def test_a_share_of_a_year_already_over_keeps_the_year(text, published, expected):
    assert shares(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("С начала 2024 года иностранцам выдано 3 000 разрешений на работу. Квота на 2024 год "
     "составляет 0,3% рабочей силы.", "2024-03-11", [(0.3, "2024")]),
])
def test_a_quota_share_stays_a_share_for_the_year(text, published, expected):
    assert shares(text, published) == expected
