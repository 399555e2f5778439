"""People who entered on a work visa ('по рабочей визе въехали', 'въехавших по визе E-9')
are entries for work, whatever the paragraph says of visas or quotas around them; a tourist
visa makes no entry for work."""
import pytest

from engine_helpers import facts_of


def indicators(text, published="2024-06-01"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("За прошлый год по рабочим визам в страну въехали 48 тыс. иностранных граждан.",
     (48000, "entries_for_work")),
    ("По трудовой визе в Россию прибыли около 90 тысяч иностранных специалистов.",
     (90000, "entries_for_work")),
    ("В 2023 году по визам категории E-9 в Южную Корею въехали 110 тыс. иностранных работников.",
     (110000, "entries_for_work")),
    ("Квоту на визы E-9 подняли. Количество иностранцев, въехавших в Корею по визе E-9, в 2022 "
     "году составило 71 тыс.", (71000, "entries_for_work")),
])
def test_people_who_entered_on_a_work_visa_are_entries_for_work(text, expected):
    assert expected in indicators(text)


def test_a_tourist_visa_makes_no_entry_for_work():
    found = indicators("В 2023 году по туристическим визам в страну въехали 2 млн иностранцев.")
    assert all(indicator != "entries_for_work" for _, indicator in found)
