"""A ministry that presents or has drawn up a strategy or a concept puts a draft forward
(proposed); the sentences after it that tell what the document provides, opening on the
document ('Документом предусмотрено ...') or on what it says ('Согласно документу, ...'), are
its measures with its status. A figure's source ('Согласно данным МВД, ...') is no document."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def measures(text):
    facts = extract(Document(text=text, published="2025-04-10", jurisdiction="TJ")).facts
    return [(f.evidence.text[:12], f.status) for f in facts if f.category == "policy" and f.value is None]


HEAD = "Таджикистан готовит новую миграционную политику\n\n"


@pytest.mark.parametrize("text, expected", [
    (HEAD + "Министерство труда представило стратегию миграционной политики до 2035 года.\n\n"
     "Документом предусмотрено открыть центры подготовки трудовых мигрантов в каждой области.\n",
     [("Министерство", "proposed"), ("Документом п", "proposed")]),
    (HEAD + "Правительство разработало концепцию внешней трудовой миграции.\n\n"
     "Согласно документу, мигранты будут проходить обучение языку до выезда.\n",
     [("Правительств", "proposed"), ("Согласно док", "proposed")]),
    # a figure's source is no document retold
    (HEAD + "Министерство труда представило стратегию миграционной политики до 2035 года.\n\n"
     "Согласно данным министерства, за границей работают многие граждане страны.\n",
     [("Министерство", "proposed")]),
])
def test_a_presented_strategy_and_what_it_provides(text, expected):
    assert measures(text) == expected
