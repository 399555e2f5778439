"""A state creating a body for migrants, told in the present ('Республика создаёт агентство по
трудовой миграции'), is an adopted measure, and the text is read though it gives no figure."""
import pytest

from engine_helpers import facts_of


@pytest.mark.parametrize("text, expected", [
    ("Кыргызстан создаёт новое агентство, которое будет помогать трудовым мигрантам за границей.", ["adopted"]),
    ("Власти создают фонд поддержки трудовых мигрантов, вернувшихся на родину.", ["adopted"]),
])
def test_a_body_created_for_migrants_is_a_measure(text, expected):
    facts = facts_of("Новое ведомство для мигрантов\n" + text, published="2024-04-10")
    assert [f.status for f in facts if f.category == "policy"] == expected
