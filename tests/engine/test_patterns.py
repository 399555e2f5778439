"""Rules are data: every pattern file loads, and every lemma in it can match something."""
import re
import tomllib

import pytest

from extractor.engine.gazetteer import (country_tables, find_mentions, legacy_sector_codes, nace_rows,
                                        phrase_key)
from extractor.engine.indicators import taxonomy
from extractor.errors import UserError
from extractor.patterns import (fragments, load_jsonl, load_toml, numbered, templated, word_list, words,
                                wording)
from extractor.records import CATEGORIES
from extractor.engine.tokens import lemma, tokenize


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


def test_category_words_are_lemmas():
    for row in load_jsonl("sectors.jsonl"):
        for phrase in row["lemmas"]:
            assert all(lemma(word) == word for word in phrase), (row["slug"], phrase)


def test_the_classification_has_every_nace_section_and_division():
    rows = nace_rows()
    assert [r["code"] for r in rows if r["level"] == "section"] == list("ABCDEFGHIJKLMNOPQRSTU")
    assert len([r for r in rows if r["level"] == "division"]) == 88
    assert all(r["ru"] and r["en"] for r in rows)
    assert set(legacy_sector_codes()) >= {"construction", "agriculture", "mining", "trade"}


@pytest.mark.parametrize("row", nace_rows(), ids=lambda r: r["code"])
def test_stored_sector_keys_are_the_lemmas_of_the_cues(row):
    """After editing cues run `python -m extractor.engine.gazetteer` to store their lemmas."""
    assert row["keys"] == [list(phrase_key(cue)) for cue in row["cues"]], row["code"]


@pytest.mark.parametrize("row", nace_rows(), ids=lambda r: r["code"])
def test_every_sector_cue_names_its_own_code(row):
    """A cue taken by another code, or cut short by a longer one, would never yield this code."""
    for cue in row["cues"]:
        found = [(m.kind, m.code, m.start, m.end) for m in find_mentions(tokenize(cue))]
        assert found == [("sector", row["code"], 0, len(cue))], (cue, found)


def test_every_region_name_is_an_iso_code_and_names_it():
    import pycountry

    names = load_toml("regions.toml")["names"]
    assert {"KZ-75", "KZ-71", "KZ-79", "KZ-47", "RU-MOW", "UZ-TK", "KG-GB", "TJ-DU"} <= set(names)
    official = {s.code for c in ("KZ", "RU", "UZ", "KG", "TJ") for s in pycountry.subdivisions.get(country_code=c)}
    assert set(names) == official  # every subdivision of the five states, none made up
    for code, written in names.items():
        for name in written:
            found = [(m.kind, m.code) for m in find_mentions(tokenize(name))]
            assert found == [("region", code)], (name, found)


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


@pytest.mark.parametrize("content, message", [
    ('words = ["прошлом", "этом"]', None),
    ('words = ["в т.ч."]', None),
    ('words = []', "must be a list of words"),
    ('words = ["прошлом", ""]', "must be a list of words"),
    ('words = "прошлом|этом"', "must be a list of words"),
    ('other = ["этом"]', "must be a list of words"),
])
def test_a_word_list_is_words_or_says_where_it_is_not(tmp_path, monkeypatch, content, message):
    (tmp_path / "test_words.toml").write_text(content, encoding="utf-8")
    monkeypatch.setenv("EXTRACTOR_PATTERNS", str(tmp_path))
    caches = (load_toml, words, word_list)
    for cached in caches:
        cached.cache_clear()
    try:
        if message is None:
            alternation = word_list("test_words.toml", "words")
            assert all(re.fullmatch(alternation, w) for w in tomllib.loads(content)["words"])
        else:
            with pytest.raises(UserError, match=message) as raised:
                word_list("test_words.toml", "words")
            assert "test_words.toml: words" in str(raised.value)
    finally:
        for cached in caches:
            cached.cache_clear()


@pytest.mark.parametrize("key", ["ordinals", "month_count_words", "year_count_words", "day_count_words"])
def test_time_count_words_are_numbers(key):
    assert numbered("timex.toml", key)


@pytest.mark.parametrize("content, key, message", [
    ("[fragments]\nmonth = 'январ[ья]'\n[rules.a]\npattern = 'в\\s+{month}'", "rules.a.pattern", None),
    ("[fragments]\nmonth = 'январ[ья]'\n[rules.a]\npattern = 'в\\s+{day}'", "rules.a.pattern",
     "unknown fragment {day}"),
    ("[rules.a]\npattern = 'в\\s+(январ'", "rules.a.pattern", "invalid pattern"),
    ("[rules.a]\nhint = 'январ'", "rules.a.pattern", "must be a pattern"),
    ("[counts]\n'три' = 'three'", "counts", "must be a table of words and numbers"),
])
def test_a_time_pattern_fills_its_fragments_or_says_where_it_breaks(tmp_path, monkeypatch, content,
                                                                     key, message):
    (tmp_path / "test_timex.toml").write_text(content, encoding="utf-8")
    monkeypatch.setenv("EXTRACTOR_PATTERNS", str(tmp_path))
    caches = (load_toml, fragments, templated, numbered)
    for cached in caches:
        cached.cache_clear()
    load = numbered if key == "counts" else templated
    try:
        if message is None:
            assert re.fullmatch(load("test_timex.toml", key), "в января")
        else:
            with pytest.raises(UserError, match=message) as raised:
                load("test_timex.toml", key)
            assert f"test_timex.toml: {key}" in str(raised.value)
    finally:
        for cached in caches:
            cached.cache_clear()


def test_every_time_rule_of_the_file_is_tried_in_its_order():
    from extractor.engine import timex
    expected = [(templated("timex.toml", f"rules.{name}.hint").pattern,
                 rule.get("wording") or templated("timex.toml", f"rules.{name}.pattern").pattern)
                for name, rule in load_toml("timex.toml")["rules"].items()]
    assert [(hint.pattern, getattr(pattern, "name", None) or pattern.pattern)
            for hint, pattern, _ in timex.RULES] == expected
