"""The state a page is written from and for: its outlet's state, read once per document.

The jurisdiction is whose figures a text gives, and it is often the host a text reports
from ('в России находятся 574 тысячи граждан Кыргызстана' in a Kyrgyz outlet). A measure's
partner is seen from the outlet's state instead: a Kyrgyz page telling a Russian rule on its
citizens is about Russia. The signals (`patterns/outlet.toml`) are how the page names its own
state and people, its dateline, its agencies and site names, its currency.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Callable, Optional

from extractor.patterns import load_toml, required_substrings


@lru_cache(maxsize=None)
def config() -> dict:
    return load_toml("outlet.toml")


@lru_cache(maxsize=None)
def signals() -> tuple[tuple[tuple[str, ...], bool, re.Pattern, str, float], ...]:
    """Each signal pattern alone with the substrings it needs, and whether it reads the
    lower-case text: a page holds the words of few of them, and a substring test is cheap."""
    found = []
    for row in config()["signal"]:
        for folded in (False, True):
            for source in row.get("any_case" if folded else "patterns", []):
                pattern = re.compile(source)
                needs = required_substrings(pattern)
                found.append((needs[0] if needs else ("",), folded, pattern, row["state"], float(row["weight"])))
    return tuple(found)


@lru_cache(maxsize=None)
def wording(key: str) -> re.Pattern:
    return re.compile(config()[key])


@lru_cache(maxsize=None)
def homeward() -> tuple[tuple[str, re.Pattern], ...]:
    """Each pattern with the word it starts with, tested first as a substring."""
    return tuple((re.match(r"[а-яё]+", source)[0], re.compile(source)) for source in config()["homeward"])


def goes_home(lowered: str) -> bool:
    return any(start in lowered and pattern.search(lowered) for start, pattern in homeward())


def names_home_republic(lowered: str) -> bool:
    """'сообщило МВД республики', 'в республике', not 'Республики Казахстан'."""
    if "республик" not in lowered:
        return False
    before = wording("home_republic_before")
    return any(before.search(lowered, max(0, found.start() - 30), found.start())
               for found in wording("home_republic").finditer(lowered))


def outlet_state(text: str, url: Optional[str] = None, outlet: Optional[str] = None,
                 jurisdiction: Optional[str] = None, named: Counter = Counter(),
                 people: Callable[[], Counter] = Counter) -> Optional[str]:
    """The outlet's state, else the jurisdiction when the page gives no sign of its own.

    `named` counts the states the text names, `people()` those it names as people
    ('граждан Узбекистана', 'узбекистанцев'): they say which republic 'республики' is, and whose
    citizens go 'на родину'.
    """
    settings = config()
    page = " ".join(filter(None, (url, outlet))) + "\n" + text
    lowered = page.lower()
    scores: Counter[str] = Counter()
    for needs, folded, pattern, state, weight in signals():
        haystack = lowered if folded else page
        for substring in needs:
            if substring in haystack:
                scores[state] += weight * min(len(pattern.findall(haystack)), settings["cap"])
                break
    if names_home_republic(lowered):
        republic = most_named(named, settings["republics"])
        if republic:
            scores[republic] += settings["home_republic_weight"]
    if goes_home(lowered):
        home = most_named(people(), settings["states"])
        if home:
            scores[home] += settings["homeward_weight"]
    prior = jurisdiction if jurisdiction in settings["states"] or jurisdiction is None \
        else most_named(named, settings["states"])
    if prior:
        scores[prior] += settings["jurisdiction_weight"]
    ranked = [(state, score) for state, score in scores.most_common(2) if score > 0]
    if not ranked:
        return jurisdiction
    state, score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if score >= settings["least"] and score - second >= settings["lead"]:
        return state
    return jurisdiction


def most_named(counts: Counter, among: list) -> Optional[str]:
    """The state of `among` named most, when no other is named as often."""
    ranked = [(code, n) for code, n in counts.most_common() if code in among][:2]
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
