"""An open 'с начала года' set in its sentence against a span from January of another year
('за девять месяцев прошлого года …, а с начала этого года — …') covers as many months of its
own year: the text compares like with like (corpora/README.md: a flow 'с начала года' runs to
the month the text gives for it)."""
import pytest

from engine_helpers import times_of


@pytest.mark.parametrize("text, published, expected", [
    ("Разрешения на работу за январь – сентябрь 2023 года получили 9 100 иностранцев, с начала "
     "этого года — 7 300.", "2024-10-14",
     [(9100, "2023-01/2023-09", None), (7300, "2024-01/2024-09", None)]),
    ("За девять месяцев прошлого года из страны выдворены 1 450 иностранцев, а с начала этого "
     "года — 1 980.", "2022-10-07",
     [(1450, "2021-01/2021-09", None), (1980, "2022-01/2022-09", None)]),
    ("С начала года статус кандаса получили 5 240 этнических казахов, а за январь – май "
     "2023 года статус получили 4 100 человек.", "2024-06-11",
     [(5240, "2024-01/2024-05", None), (4100, "2023-01/2023-05", None)]),
])
def test_year_to_date_takes_the_months_it_is_compared_with(text, published, expected):
    assert times_of(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a span that closes long before the month of the text is another span
    ("Разрешения на работу за первый квартал 2023 года получили 2 100 иностранцев, с начала "
     "этого года — 7 300.", "2024-10-14",
     [(2100, "2023-Q1", None), (7300, "2024-01/2024-10", None)]),
])
def test_an_earlier_span_leaves_the_year_to_date_open(text, published, expected):
    assert times_of(text, published) == expected
