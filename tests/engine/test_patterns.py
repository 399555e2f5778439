"""Rules are data: every pattern file loads, and every lemma in it can match something."""
import pytest

from extractor.engine.gazetteer import country_tables, dimension_table
from extractor.engine.indicators import taxonomy
from extractor.patterns import load_toml, wording
from extractor.records import CATEGORIES
from extractor.engine.tokens import lemma


def test_indicator_ids_are_unique_and_categories_known():
    ids = [indicator.id for indicator in taxonomy()]
    assert len(ids) == len(set(ids))
    assert {indicator.category for indicator in taxonomy()} <= set(CATEGORIES)
    assert all(indicator.triggers for indicator in taxonomy())


@pytest.mark.parametrize("indicator", taxonomy(), ids=lambda i: i.id)
def test_trigger_words_are_lemmas(indicator):
    """A trigger word that is not a normal form never matches: 'привлечено' is 'привлечь'."""
    for trigger in indicator.triggers:
        for word in trigger:
            assert lemma(word) == word, (indicator.id, trigger, word, lemma(word))


def test_sector_words_are_lemmas():
    for words in dimension_table():
        for word in words:
            assert lemma(word) == word, (words, word, lemma(word))


def test_own_citizens_points_at_a_known_indicator():
    ids = {indicator.id for indicator in taxonomy()}
    assert all(i.own_citizens in ids for i in taxonomy() if i.own_citizens)


def test_country_names_cover_the_region():
    names, abbreviations, demonyms = country_tables()
    for code in ("KZ", "RU", "UZ", "KG", "TJ", "CN", "TR", "KR", "AZ", "IN", "GB"):
        assert code in names.values()
    assert abbreviations["КНР"] == "CN" and demonyms[lemma("узбекских")] == "UZ"


@pytest.mark.parametrize("name", sorted(load_toml("wording.toml")))
def test_wording_entries_compile(name):
    assert wording(name).pattern
