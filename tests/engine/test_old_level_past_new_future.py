"""'В прошлом году квота составляла Y мест, в 2024 году она вырастет до X': the old level told in
the past, the new in the future of the same thing; Y is X's previous, no level of its own."""
import pytest

from engine_helpers import facts_of

LEAD = "Центр трудоустройства граждан за рубежом открыл набор на сезонные работы в Великобритании.\n"


@pytest.mark.parametrize("text, expected", [
    ("В прошлом году квота на сезонных работников из Кыргызстана составляла 6 500 мест, в 2024 "
     "году она вырастет до 9 000.", [(9000, 6500)]),
    ("В 2023 году квота составляла 4 200 мест, в этом году она сократится до 3 000.", [(3000, 4200)]),
])
def test_the_old_level_in_the_past_is_the_previous(text, expected):
    assert [(f.value, f.previous) for f in facts_of(LEAD + text, "2024-01-17")
            if f.value is not None] == expected
