"""A time after a dash that closes its figure's clause is the figure's own ('547 тысяч за первый
квартал 2023 года и 538 тысяч – за первый квартал 2024-го'); a dash before a time that opens a
clause with its own verb parts them."""
import pytest

from engine_helpers import times_of

HEAD = "Министерство внутренних дел сообщает о трудовой миграции.\n"


@pytest.mark.parametrize("text, published, value, expected", [
    ("Мигрантам выдано 547 тысяч патентов за первый квартал 2023 года и 538 тысяч – за первый "
     "квартал 2024-го.", "2024-08-20", 538000, "2024-Q1"),
    ("Иностранцам оформили 120 тысяч патентов в январе–марте 2023 года и 131 тысячу — в "
     "январе–марте 2024 года, сообщили в МВД.", "2024-05-02", 131000, "2024-01/2024-03"),
    ("В 2022 году иностранцам выдано 5 200 разрешений на работу, а 6 100 – в 2023 году.",
     "2024-03-01", 6100, "2023"),
])
def test_a_time_closing_the_clause_after_a_dash(text, published, value, expected):
    assert (value, expected, None) in times_of(HEAD + text, published)


def test_a_time_opening_a_clause_of_its_own_is_not_the_figures():
    text = "В 2024 году иностранцам выдано 6 100 разрешений на работу – в 2023 году их было меньше."
    assert times_of(HEAD + text, "2025-02-01")[0] == (6100, "2024", None)
