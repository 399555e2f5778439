"""'один' / 'одна' where the press gives it as a count: a distributive item before its label
('по одной семье – в двух районах'), one more of the people just counted ('ещё один мигрант
задержан'), the last origin of a list ('два из Таджикистана и один из Киргизии'); 'один из
задержанных', 'ещё одна проблема' stay words."""
import pytest

from engine_helpers import facts_of


def by_value(text: str) -> dict[float, dict]:
    return {f.value: f.dimensions for f in facts_of(text) if f.value is not None}


@pytest.mark.parametrize("text, expected", [
    ("За месяц в область переселились 30 семей кандасов: 26 – в Актобе, по одной семье – в "
     "Хромтауском и Мартукском районах.", 1),
    ("По итогам рейда решено выдворить 12 иностранцев, девять из них уже выехали, ещё один "
     "мигрант задержан до решения суда.", 1),
    ("Выявлены трое нелегальных мигрантов: два из Таджикистана и один из Киргизии.", 1),
])
def test_one_given_as_a_count_is_a_figure(text, expected):
    assert expected in by_value(text)


@pytest.mark.parametrize("text", [
    "В области работают 2 400 мигрантов, ещё одна проблема — жильё для них.",
    "Задержаны 40 иностранцев, один из задержанных находился в розыске.",
])
def test_one_that_names_one_thing_of_many_stays_a_word(text):
    assert 1 not in by_value(text)
