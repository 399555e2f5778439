"""Results called preliminary, interim or final ('По предварительным итогам первого полугодия
2024 г.', 'по промежуточным итогам 9 месяцев') date their figures as 'по итогам' does: the span
named, not the bare year."""
import pytest

from engine_helpers import times_of


@pytest.mark.parametrize("text, published, expected", [
    ("По предварительным итогам первого полугодия 2024 г. в страну прибыли 1 080 трудовых "
     "мигрантов.", "2024-08-01", [(1080, "2024-01/2024-06", None)]),
    ("По промежуточным итогам 9 месяцев 2023 года выдано 5 200 разрешений на работу иностранцам.",
     "2023-10-20", [(5200, "2023-01/2023-09", None)]),
    ("По официальным итогам 2022 года в республику въехали 4 300 трудовых мигрантов.",
     "2023-02-10", [(4300, "2022", None)]),
])
def test_qualified_results_date_their_span(text, published, expected):
    assert times_of(text, published) == expected
