"""Under a header naming tasks, measures or provisions ('Для этого предстоит решить задачи:',
'Проект предусматривает:'), in a text that told a measure, each item that opens with an infinitive
is a measure with that measure's status; advice to people under a header stays none, and so do
items with no infinitive."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document

LEAD = ("В Казахстане готовят новую миграционную политику\n\n"
        "Министерство труда подготовило проект концепции миграционной политики на 2026–2030 годы.\n\n")


def measures(text):
    facts = extract(Document(text=LEAD + text, published="2025-03-01", jurisdiction="KZ")).facts
    return [(f.evidence.text[:12], f.status) for f in facts if f.category == "policy" and f.value is None
            and f.evidence.start >= len(LEAD)]


@pytest.mark.parametrize("text, expected", [
    ("Документ ставит три задачи:\n\nупростить привлечение иностранных специалистов;\n\n"
     "создать условия для возвращения соотечественников.\n",
     [("упростить пр", "proposed"), ("создать усло", "proposed")]),
    ("Среди предлагаемых мер:\n\n– ввести электронный учёт трудовых мигрантов;\n\n"
     "– обязать работодателей сообщать о найме иностранцев.\n",
     [("– ввести эле", "proposed"), ("– обязать ра", "proposed")]),
    # advice to people under a header is no measure of the draft
    ("Мигрантам советуют:\n\n– проверить наличие запрета на въезд;\n\n– иметь при себе патент.\n", []),
    # items with no infinitive
    ("Документ ставит три задачи:\n\nпривлечение иностранных специалистов;\n\nзащита граждан за рубежом.\n", []),
])
def test_items_of_a_measure_list_are_measures(text, expected):
    assert measures(text) == expected
