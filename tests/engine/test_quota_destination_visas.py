"""The visas a destination state opens under its scheme for foreign workers are that state's
quota (`seasonal_visa_quota`), even in a text with no word of migration: a report on farm
work abroad that gives the number of visas allotted or available. They carry the state
whose scheme it is (the one the text names most, not a state a worker's quote mentions) and
no category of a quota for foreign labour at home. Visas issued stay papers issued."""
import pytest

from engine_helpers import facts_of

LEAD = ("Британские фермы зовут сборщиков из Центральной Азии\n"
        "Все больше сезонных работников на полях Великобритании приезжают из Кыргызстана. "
        "Азамат собирал клубнику на ферме в Великобритании. ")


def visa_quota(text):
    return [f for f in facts_of(LEAD + text, published="2024-02-01")
            if f.indicator == "seasonal_visa_quota" and f.value is not None]


@pytest.mark.parametrize("text, value", [
    ("На 2024 год британские власти выделили для сезонных работников 43 тыс. виз.", 43000),
    ("На этот год правительство выделило на программу 41 тыс. виз.", 41000),
    ("В прошлом году по программе было доступно 35 000 виз.", 35000),
])
def test_visas_a_destination_opens_are_its_quota(text, value):
    facts = [f for f in visa_quota(text) if f.value == value]
    assert [(f.category, f.dimensions.get("country"), f.dimensions.get("category")) for f in facts] \
        == [("quota", "GB", None)]


def test_the_scheme_is_of_the_state_named_most_not_of_a_quote():
    text = ("«Дома и в России я получал вдвое меньше», – говорит он. "
            "Программа на 2024 год предусматривала 45 тыс. виз.")
    assert [f.dimensions.get("country") for f in visa_quota(text)] == ["GB"]


def test_visas_issued_are_no_quota():
    text = "В 2023 году британские власти выдали работникам из Кыргызстана более 5 000 рабочих виз."
    assert visa_quota(text) == []
