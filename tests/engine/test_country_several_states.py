"""One figure of people of several states joined by 'и' or a comma ('граждан Узбекистана и
Таджикистана', 'из Кыргызстана, Таджикистана и Узбекистана') has no one country; a figure of
one state's people keeps it (corpora/README.md: a group of states has no country)."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def countries(text: str, jurisdiction: str) -> list:
    document = Document(text=text, published="2023-04-12", jurisdiction=jurisdiction)
    return [f.dimensions.get("country") for f in extract(document).facts if f.value is not None]


@pytest.mark.parametrize("text, jurisdiction", [
    ("Полиция Шымкента выдворила 25 граждан Таджикистана и Кыргызстана за нарушение "
     "миграционного законодательства.", "KZ"),
    ("В ходе рейда выявлены 40 мигрантов из Узбекистана, Таджикистана и Кыргызстана, "
     "нарушивших режим пребывания.", "RU"),
    ("За неделю депортированы 12 узбекистанцев и таджикистанцев.", "RU"),
])
def test_people_of_several_states_have_no_country(text, jurisdiction):
    assert countries(text, jurisdiction) == [None]


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("Полиция Шымкента выдворила 25 граждан Таджикистана за нарушение миграционного "
     "законодательства.", "KZ", ["TJ"]),
    # a figure for each state: each keeps its own
    ("Выдворены 25 граждан Таджикистана и 14 граждан Кыргызстана.", "KZ", ["TJ", "KG"]),
])
def test_people_of_one_state_keep_it(text, jurisdiction, expected):
    assert countries(text, jurisdiction) == expected
