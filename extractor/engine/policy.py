"""Status of policy statements and measures that carry no number.

'вносятся поправки' is work in progress, 'планируется' a plan, a draft on
public discussion a proposal, a signed order adopted. The wording lives in
`patterns/policy.toml`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from extractor.patterns import load_toml


@lru_cache(maxsize=None)
def rules() -> dict:
    return load_toml("policy.toml")


@lru_cache(maxsize=None)
def compiled(section: str, key: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in rules()[section][key]))


@lru_cache(maxsize=None)
def status_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((row["status"], re.compile("|".join(f"(?:{p})" for p in row["patterns"])))
                 for row in rules()["status"])


@lru_cache(maxsize=None)
def any_status() -> re.Pattern:
    return re.compile("|".join(f"(?:{p.pattern})" for _, p in status_patterns()))


def status_of(sentence: str) -> Optional[str]:
    lowered = sentence.lower()
    if not any_status().search(lowered):
        return None  # most sentences: one search instead of four
    for status, pattern in status_patterns():
        if pattern.search(lowered):
            return status
    return None


def is_recap(sentence: str) -> bool:
    """'Напомним, ...', 'Ранее сообщалось, ...': older news retold, not a measure now."""
    lowered = sentence.lower().lstrip(" «\"'–—-")
    return any(lowered.startswith(opening) for opening in rules()["measures"]["skip_openings"])


def names_a_rule(sentence: str) -> bool:
    return bool(compiled("measures", "objects").search(sentence.lower()))


def is_ban(sentence: str) -> bool:
    """'мигрантам с патентом запрещено работать в такси': a rule in force with no number."""
    return bool(compiled("measures", "bans").search(sentence.lower()))


def is_limit(clause: str) -> bool:
    return bool(compiled("limits", "patterns").search(clause.lower()))


def change_direction(clause: str) -> Optional[str]:
    lowered = clause.lower()
    if compiled("change_verbs", "increase").search(lowered):
        return "increase"
    if compiled("change_verbs", "decrease").search(lowered):
        return "decrease"
    return None


def is_baseline(words_before: str) -> bool:
    """'изначально планировалось 28 352', 'против 4,8 тыс.': an old level."""
    last_words = " ".join(re.findall(r"[а-яё]+", words_before.lower())[-3:])
    return bool(re.search(rf"\b(?:{'|'.join(rules()['change_verbs']['baseline'])})",
                          last_words))
