"""The status of a sentence, told by one pass of the status wording where no background
wording ('ранее планировалось') is to be read away first."""
import pytest

from extractor.engine.policy import status_of


@pytest.mark.parametrize("text, status", [
    ("Министерство планирует ввести квоты.", "planned"),
    ("Ранее министерство планировало ввести квоты, теперь приказ подписан.", "adopted"),
    ("Законопроект находится на рассмотрении в парламенте.", "proposed"),
    ("Правительство утвердило квоту.", "adopted"),
    ("Погода была хорошей.", None),
])
def test_status_of_sentence(text, status):
    assert status_of(text) == status
