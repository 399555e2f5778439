"""What is done under an agreement told as signed by its participle ('по соглашению, подписанному
в декабре', 'предусматривает соглашение, подписанное в ходе визита', 'по подписанному меморандуму')
retells the deal, a measure adopted, in a text whose topic is named; a labour contract a worker
signed is no deal between states."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document

HEAD = ("Трудовые мигранты из Таджикистана будут сдавать экзамен на родине\n\n"
        "Трудовые мигранты смогут сдать экзамен по русскому языку в Душанбе.\n")


def measures(text):
    facts = extract(Document(text=HEAD + text, published="2025-03-01", jurisdiction="TJ")).facts
    return [f.status for f in facts if f.category == "policy" and f.value is None
            and f.evidence.start >= len(HEAD)]


@pytest.mark.parametrize("text, expected", [
    ("Тестирование организовано по соглашению, подписанному в марте с российским университетом.", ["adopted"]),
    ("Это предусматривает меморандум, подписанный во время визита министра.", ["adopted"]),
    ("По подписанному в марте соглашению первые группы поедут уже весной.", ["adopted"]),
    ("По подписанному трудовому договору работник получает зарплату раз в месяц.", []),
])
def test_a_deal_told_as_signed_is_a_measure(text, expected):
    assert measures(text) == expected
