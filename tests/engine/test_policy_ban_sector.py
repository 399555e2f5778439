"""A ban over the branches its sentence names as places of work carries their NACE code,
at the narrowest code holding them all; a measure that bans nothing carries none."""
import pytest

from engine_helpers import facts_of

HEAD = "Новости о трудовой миграции.\n"


def measure_sectors(text: str) -> list:
    return [f.dimensions.get("sector") for f in facts_of(HEAD + text)
            if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text, expected", [
    ("В Псковской области губернатор запретил мигрантам работать в такси.", ["49.32"]),
    ("С 1 января иностранцам с патентом нельзя будет трудиться в такси и на другом "
     "пассажирском транспорте.", ["49.3"]),
    ("Власти региона ввели запрет на работу иностранцев в розничной торговле "
     "лекарственными средствами.", ["47.73"]),
])
def test_a_ban_carries_the_branch_of_its_workplace(text, expected):
    assert measure_sectors(text) == expected


@pytest.mark.parametrize("text", [
    "Министерство труда подписало с Турцией соглашение о трудовой миграции в строительстве.",
    "В Пермском крае утвердили новые правила найма мигрантов.",
])
def test_a_measure_that_bans_nothing_carries_no_branch(text):
    assert measure_sectors(text) == [None]
