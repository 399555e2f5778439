"""A rule's prefilter looks for the fewest substrings that tell a text it cannot match: one
holding another listed one is dropped, and the rule answers as before."""
import re

import pytest

from extractor.patterns import Prefiltered, substrings_needed


@pytest.mark.parametrize("source, needed", [
    (r"(?i)казахстанц\w*|казахстан|мигрантк|мигрант", ("казахстан", "мигрант")),
    (r"(?i)(?:граждан\w*\s+казахстан|казахстанц)\w*|мигрант\w*\s+из", ("казахстан", "мигрант")),
])
def test_substrings_holding_another_are_dropped(source, needed):
    assert substrings_needed(source)[0] == tuple(sorted(needed))


@pytest.mark.parametrize("text, found", [
    ("В Казахстанце нет ошибки", "Казахстан"),
    ("Работники приехали", "Работ"),
    ("Никто не приехал", None),
])
def test_prefiltered_answers_as_its_pattern(text, found):
    rule = Prefiltered(re.compile(r"казахстан|работ", re.IGNORECASE))
    match = rule.search(text)
    assert (match[0] if match else None) == found
