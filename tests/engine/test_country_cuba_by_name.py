"""Cuba is named by its own name ('граждан Кубы'), never by the common noun 'куб'.

The Russian name is kept out of the automatic list (it reads as a form of 'куб'); it is
recognised through the alias, capitalised, so Cuban citizens in a host's count take CU.
"""
import pytest

from extractor.engine.gazetteer import find_mentions
from extractor.engine.tokens import tokenize


@pytest.mark.parametrize("text, expected", [
    ("Из области выдворили шесть граждан Кубы и двух граждан Узбекистана.", ["CU", "UZ"]),
    ("На Кубе и в Республике Куба работают наши специалисты.", ["CU", "CU"]),
    ("На стройку завезли 30 куба бетона и два кубу песка.", []),
])
def test_cuba_is_found_by_its_name_only(text, expected):
    assert [m.code for m in find_mentions(tokenize(text)) if m.kind == "country"] == expected
