"""Substring pre-tests skip a pattern only where it cannot match: they save time, never a match."""
import re
from pathlib import Path

import pytest

from extractor.engine.numbers import MASKS
from extractor.patterns import (CASE_ODDITIES, AnyOf, LiteralHint, Prefiltered, literal_forms, load_toml,
                                lower_case_twin, may_match, required_substrings, scouts, wording)

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("pattern, substrings", [
    (r"https?://\S+|www\.\S+|\S+@\S+\.\w+", ("@", "http", "www.")),
    (r"\bирс\b", ("ирс",)),
    (r"ab?c", ("a",)),
    (r"(?:публичн|общественн)\w*\s+обсуждени", ("обсуждени",)),
    (r"начн[её]т\s+работать|заработает", ("заработает", "работать")),
    (r"\d+\s?-?\s?летн", ("летн",)),
])
def test_a_pattern_names_what_every_match_contains(pattern, substrings):
    assert required_substrings(re.compile(pattern)) == (substrings, False)


@pytest.mark.parametrize("pattern", [r"a*", r"\d+", r"(?i:квот)", r"[^а-я]+\d", r"x?y?"])
def test_a_pattern_that_needs_no_substring_is_always_tried(pattern):
    assert required_substrings(re.compile(pattern)) is None
    assert may_match(required_substrings(re.compile(pattern)), "", "")


@pytest.mark.parametrize("text, expected", [
    ("Число ПРОСМОТРОВ: 1 200", True),
    ("Просмотров 1 200", True),
    ("Прочитано 40 раз", True),
    ("квота 1 200 человек", False),
    # 'ᲂ' is matched as 'о' by a pattern that ignores case, but is not 'о' in lower case
    ("прᲂсмотров 1 200", True),
])
def test_a_pattern_that_ignores_case_is_tested_on_the_lower_case_text(text, expected):
    counter = dict((reason, p) for reason, p in MASKS)["counter"]
    assert may_match(required_substrings(counter), text, text.lower()) is expected
    assert bool(counter.search(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("законопроект внесён в мажилис", True),
    ("работы начнут работать с мая", True),
    ("квоты увеличены вдвое", False),
    ("", False),
])
def test_any_of_answers_as_the_alternation_does(text, expected):
    patterns = [r"законопроект", r"(?:внес(?:ен|ён)|направлен\w*)\s+в\s+(?:госдуму|мажилис)",
                r"начн[её]т\s+работать|начнут\s+работать", r"[^\W\d]+ет\s+с\s+июня"]
    alternation = re.compile("|".join(f"(?:{p})" for p in patterns))
    assert AnyOf(patterns).search(text) is expected
    assert bool(alternation.search(text)) is expected


def sentences_of_the_corpus() -> list[str]:
    from extractor.documents.reading import read_path
    texts = [read_path(str(path))[0].text for path in sorted((ROOT / "corpora" / "briefings").glob("*.txt"))]
    return [line for text in texts for line in re.split(r"(?<=[.!?])\s+|\n", text) if line.strip()]


def test_no_mask_and_no_status_is_skipped_where_it_matches():
    from extractor.engine.policy import rules
    statuses = [p for row in rules()["status"] for p in row["patterns"]]
    topic = load_toml("topic.toml")["document_patterns"]
    patterns = [p for _, p in MASKS] + [re.compile(p) for p in statuses + topic]
    sentences = sentences_of_the_corpus()
    assert len(sentences) > 500
    matched = 0
    for sentence in sentences:
        lowered = sentence.lower()
        for pattern in patterns:
            text = sentence if pattern.flags & re.IGNORECASE else lowered
            if pattern.search(text):
                matched += 1
                assert may_match(required_substrings(pattern), text, text.lower()), (pattern.pattern, sentence)
    assert matched > 1000


@pytest.mark.parametrize("text, start, end", [
    ("В 2024 году квоты УВЕЛИЧЕНЫ вдвое", 0, 100),
    ("В 2024 году квоты увеличены вдвое", 12, 33),
    ("В 2024 году квоты увеличены вдвое", 18, 25),  # the needed word is cut by the bounds
    ("квᲂты увеличены", 0, 15),  # 'ᲂ' is 'о' to a pattern that ignores case
    ("никаких изменений", 0, 17),
    ("", 0, 0),
    # several matches, the first well into the text, one word glued to the one before it
    ("подквоты увеличены, а КВОТЫ сокращены, и квоты увеличены", 0, 100),
    ("подквоты увеличены, а КВОТЫ сокращены, и квоты увеличены", 5, 100),  # starts mid-word
])
@pytest.mark.parametrize("from_source", [False, True])  # compiled by the caller, or on first use
def test_a_prefiltered_pattern_answers_as_the_pattern_does(text, start, end, from_source):
    pattern = re.compile(r"(?<!\w)квот\w*\s+(?:увеличен\w*|сокращен\w*)", re.IGNORECASE)
    prefiltered = Prefiltered(pattern.pattern, re.IGNORECASE) if from_source else Prefiltered(pattern)
    for method in ("search", "match", "fullmatch", "findall"):
        found, expected = getattr(prefiltered, method)(text, start, end), getattr(pattern, method)(text, start, end)
        assert (found.span() if isinstance(found, re.Match) else found) == \
            (expected.span() if isinstance(expected, re.Match) else expected)
    assert [m.span() for m in prefiltered.finditer(text, start, end)] == \
        [m.span() for m in pattern.finditer(text, start, end)]
    assert prefiltered.sub("#", text) == pattern.sub("#", text)


def test_every_wording_entry_matches_where_its_pattern_does():
    names = list(load_toml("wording.toml"))
    sentences = sentences_of_the_corpus()
    matched = 0
    for name in names:
        pattern = re.compile(load_toml("wording.toml")[name], re.IGNORECASE)
        for sentence in sentences:
            expected = pattern.search(sentence)
            matched += expected is not None
            found = wording(name).search(sentence)
            assert (found and found.span()) == (expected and expected.span()), (name, sentence)
    assert matched > 500


def test_lower_case_letters_fold_alike_in_a_search_ignoring_case_and_in_lower_case_text():
    """The premise of `lower_case_twin`, checked on every code point: outside the
    `CASE_ODDITIES`, str.lower() makes each character the one a search ignoring case compares,
    a Latin or Cyrillic lower-case letter has no other equal, and lowering keeps a character
    a word character, digit or space exactly when it was one."""
    import sys
    import _sre
    from re._casefix import _EXTRA_CASES
    letters = [c for c in map(chr, [*range(0x80), *range(0x400, 0x500)]) if c.lower() == c]
    odd_equals = {v for c in letters for v in _EXTRA_CASES.get(ord(c), ())}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if 0xD800 <= code < 0xE000 or CASE_ODDITIES.match(char):
            continue
        lowered = char.lower()
        assert lowered == chr(_sre.unicode_tolower(code)) and code not in odd_equals
        assert _sre.unicode_tolower(code) not in odd_equals
        for category in (r"\w", r"\d", r"\s"):
            assert bool(re.match(category, char)) == bool(re.match(category, lowered))


@pytest.mark.parametrize("source, has_twin", [
    (r"(?<![а-яё])квот\w*\s+(?:увеличен|сокращен)[а-яё]*", True),
    (r"(?i)\bв\s+(?:доллар|тенге)", True),
    (r"\bПМЖ\b", False),  # a capital letter: the twin would never find it
    (r"(?-i:пмж)", False),  # a part minding case
    (r"[А-ЯЁ]\w+", False),
    (r"σ\w+", False),  # Greek sigma has three forms
])
def test_a_case_blind_pattern_gets_a_lower_case_twin_only_where_it_is_the_same(source, has_twin):
    pattern = re.compile(source, re.IGNORECASE)
    assert (lower_case_twin(pattern) is not None) == has_twin
    prefiltered = Prefiltered(pattern)
    for text in ("Квоты УВЕЛИЧЕНЫ в Долларах и ПМЖ", "квᲂты увеличены", "Σσς ПМЖ пмж", ""):
        assert [m.span() for m in prefiltered.finditer(text)] == [m.span() for m in pattern.finditer(text)]
        found, expected = prefiltered.search(text), pattern.search(text)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


def test_masks_cover_what_each_mask_pattern_finds():
    from extractor.engine.numbers import masked_spans
    sentences = sentences_of_the_corpus()
    for sentence in sentences:
        expected = {(m.start(), m.end(), reason) for reason, pattern in MASKS for m in pattern.finditer(sentence)}
        assert expected <= set(masked_spans(sentence)), sentence


@pytest.mark.parametrize("source, forms", [
    (r"квартал", ("квартал",)),
    (r"полугод|половин", ("половин", "полугод")),
    (r"ию[нл]|ма[йя]", ("июл", "июн", "май", "мая")),
    (r"(?:перв|втор)ом\s", None),  # a space of any kind: no fixed strings
    (r"\d{4}", None),
    (r"годы?", None),  # an optional letter is a repeat, told by the search
    (r"ма[а-я]", None),  # a range of letters: told by the search, not spelled out
    (r"(?i)квот", None),  # ignoring case: 'КВОТ' is no substring of the fixed one
])
def test_a_hint_of_fixed_words_is_told_by_its_words(source, forms):
    assert literal_forms(re.compile(source)) == forms


@pytest.mark.parametrize("source", [r"январ|феврал|ма[йяе]", r"дн|суток|недел", r"\d{4}\s*[-–]\s*\d{2}", r"\|"])
@pytest.mark.parametrize("text", ["в мае и июне", "за три дня", "2021-23 годы", "| 2024 |", "квоты выросли", ""])
def test_a_hint_answers_as_its_search_does(source, text):
    pattern = re.compile(source)
    assert LiteralHint(pattern).search(text) is bool(pattern.search(text))


def test_every_time_hint_answers_as_its_search_on_the_corpus():
    from extractor.engine import timex
    hints = {hint.pattern: hint for hint, _, _ in timex.RULES}
    assert sum(hint.forms is not None for hint in hints.values()) >= 10
    for sentence in sentences_of_the_corpus()[::5]:
        lowered = sentence.lower()
        for hint in hints.values():
            assert hint.search(lowered) is bool(hint.compiled.search(lowered)), (hint.pattern, sentence)


@pytest.mark.parametrize("source, flags, text, found", [
    (r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b", 0, "приказ от 05.10.2021", True),
    (r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b", 0, "в 2021 году 5 тыс.", False),
    (r"\b\d{1,2}\s+(?:янв|окт|дек)\b\.?", re.IGNORECASE, "ТАШКЕНТ, 15 ОКТ — ", True),
    (r"\b\d{1,2}\s+(?:янв|окт|дек)\b\.?", re.IGNORECASE, "15 октября", False),  # the \b stays in
    (r"\b[A-Za-z]{1,6}-\d+\b|\b\d+[a-zа-я]{1,3}\b", 0, "рейс SU-1402", True),
    (r"\b[A-Za-z]{1,6}-\d+\b|\b\d+[a-zа-я]{1,3}\b", 0, "на 12 тыс. больше", False),
])
def test_a_scout_is_found_wherever_its_pattern_is(source, flags, text, found):
    pattern = re.compile(source, flags)
    assert bool(pattern.search(text)) is found
    tests = scouts(pattern)
    assert tests and any((twin.search(text.lower()) if twin else scout.search(text)) for scout, twin in tests) is found


@pytest.mark.parametrize("source", [r"\d+", r"\b\d+\s*\w+", r"(?:№|No\.?)\s*\d+"])
def test_a_pattern_with_no_telling_run_has_no_scout(source):
    assert scouts(re.compile(source)) is None


def test_every_mask_match_holds_a_match_of_its_scouts():
    sentences = sentences_of_the_corpus()
    checked = 0
    for _, pattern in MASKS:
        tests = scouts(pattern)
        for sentence in sentences if tests else ():
            if pattern.search(sentence):
                checked += 1
                assert any(scout.search(sentence) for scout, _ in tests), (pattern.pattern, sentence)
                assert any((twin or scout).search(sentence.lower() if twin else sentence)
                           for scout, twin in tests), (pattern.pattern, sentence)
    assert checked > 150
