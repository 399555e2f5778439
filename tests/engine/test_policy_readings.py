"""A bill passed in its first or second reading is still on its way; in the last, it is passed."""
import pytest

from extractor.engine.policy import status_of


@pytest.mark.parametrize("text, status", [
    ("Депутаты одобрили во втором чтении поправки о патентах для мигрантов.", "in_progress"),
    ("Парламент принял в первом чтении законопроект о въезде иностранцев.", "in_progress"),
    ("Дума приняла во втором и третьем чтениях закон о высылке иностранцев.", "adopted"),
])
def test_the_reading_a_bill_passed_gives_its_status(text, status):
    assert status_of(text) == status
