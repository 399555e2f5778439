"""A review of the bill told just before, pointed back to ('Правительство дало на него положительный
отзыв'), retells the bill's step: no measure of its own."""
import pytest

from engine_helpers import facts_of

BILL = "Госдума в первом чтении одобрила законопроект о режиме высылки иностранных граждан.\n\n"


def measures(text):
    return [f.status for f in facts_of(text, published="2024-07-23") if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text, expected", [
    (BILL + "Кабмин дал на него положительный отзыв ещё в июне и законопроект поддерживает.", ["in_progress"]),
    (BILL + "Правительство направило на этот законопроект официальный отзыв, документ поддержан.", ["in_progress"]),
])
def test_a_review_of_the_bill_told_is_no_measure(text, expected):
    assert measures(text) == expected
