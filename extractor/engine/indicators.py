"""Which indicator a figure measures, from trigger lemmas near it.

The taxonomy lives in `patterns/indicators.jsonl`: each indicator lists trigger
lemma sets; a set matches when all its lemmas occur close together. The match
nearest to the figure wins, then the more specific one.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Optional

from extractor.patterns import load_jsonl
from extractor.engine.tokens import Token

WINDOW = 12  # a trigger's lemmas must fall within this many tokens


@dataclass(frozen=True)
class Indicator:
    id: str
    label: str
    category: str
    unit: str
    triggers: tuple[tuple[str, ...], ...]
    # what the figure measures when the people are the reporting state's own citizens
    # ('граждан Узбекистана трудятся в России' in an Uzbek release): citizens abroad
    own_citizens: Optional[str] = None
    stock: bool = False  # a level at a date ('работают'), not a flow over a period
    # counted by the host state (patents it issued, people it registered, deported, banned):
    # the country of such a figure is the migrants' citizenship, never the host
    host_side: bool = False
    # people coming in (immigrants, settlers): the country they move into is no breakdown
    inbound: bool = False
    # the state's own people abroad: their country is where they are, never their citizenship
    outbound: bool = False
    # people a host sends back or keeps out (deportations, entry bans): with a foreign host
    # named and no citizenship, they are the reporting state's own citizens
    sends_back: bool = False
    # a measure of one category only ('seasonal'): a list of other categories does not take it
    only_category: Optional[str] = None
    # lemmas that, inside a trigger or just after it, make it name other papers: 'квота на
    # выдачу разрешений на временное проживание' is no quota of work permits
    blockers: frozenset[str] = frozenset()
    # counts whose figures, in a list that distributes this quota ('Распределение квоты:
    # Павлодарская область – 977 чел.'), are its items, not a count of their own
    allots: frozenset[str] = frozenset()
    # reporting states in whose texts the indicator is of their own people abroad, as `outbound`
    # ('Для Таджикистана выделена 1 тыс. квот на обучение в российских вузах': RU)
    outbound_states: frozenset[str] = frozenset()
    # the blockers also count in the few words before the trigger: 'незаконно находящихся
    # иностранцев' are no foreigners registered as present
    blockers_before: bool = False
    # the branch the indicator itself is of ('квота ... для работы в домашних хозяйствах': 97),
    # which its figures do not take as a sector of their own
    implied_sector: Optional[str] = None


@dataclass(frozen=True)
class TriggerMatch:
    indicator: Indicator
    first: int  # token indexes, inclusive
    last: int
    size: int

    def distance_to(self, index: int) -> int:
        if self.first <= index <= self.last:
            return 0
        if index < self.first:
            return self.first - index + 2  # a trigger after the figure binds more loosely
        return index - self.last


@lru_cache(maxsize=None)
def taxonomy() -> tuple[Indicator, ...]:
    rows = load_jsonl("indicators.jsonl", required=("id", "label", "category", "unit", "triggers"))
    return tuple(indicator_from_row(row) for row in rows)


def indicator_from_row(row: dict[str, Any]) -> Indicator:
    triggers = tuple(tuple(w.replace("ё", "е") for w in words) for words in row["triggers"])
    return Indicator(row["id"], row["label"], row["category"], row["unit"], triggers,
                     row.get("own_citizens"), bool(row.get("stock")), bool(row.get("host_side")),
                     bool(row.get("inbound")), bool(row.get("outbound")),
                     bool(row.get("sends_back")), row.get("only_category"),
                     frozenset(row.get("blockers", ())), frozenset(row.get("allots", ())),
                     frozenset(row.get("outbound_states", ())), bool(row.get("blockers_before")),
                     row.get("implied_sector"))


@lru_cache(maxsize=None)
def by_id() -> dict[str, Indicator]:
    return {indicator.id: indicator for indicator in taxonomy()}


@lru_cache(maxsize=None)
def triggers_by_first_lemma() -> dict[str, tuple[tuple[Indicator, tuple[str, ...]], ...]]:
    index: dict[str, list[tuple[Indicator, tuple[str, ...]]]] = defaultdict(list)
    for indicator in taxonomy():
        for trigger in indicator.triggers:
            index[trigger[0]].append((indicator, trigger))
    return {lemma: tuple(items) for lemma, items in index.items()}


def find_triggers(tokens: list[Token]) -> list[TriggerMatch]:
    positions: dict[str, list[int]] = defaultdict(list)
    for index, token in enumerate(tokens):
        positions[token.lemma].append(index)
    matches = []
    by_first = triggers_by_first_lemma()
    candidates = [item for lemma in positions if lemma in by_first for item in by_first[lemma]]
    for indicator, trigger in candidates:
        if not all(word in positions for word in trigger):
            continue
        for anchor in positions[trigger[0]]:
            span = nearest_span(anchor, trigger[1:], positions)
            if span is not None and not blocked(indicator, span, tokens):
                matches.append(TriggerMatch(indicator, span[0], span[1], len(trigger)))
    return matches


BLOCKER_REACH = 3  # words after a trigger that may still name its papers ('на временное проживание')


def blocked(indicator: Indicator, span: tuple[int, int], tokens: list[Token]) -> bool:
    start = max(0, span[0] - BLOCKER_REACH) if indicator.blockers_before else span[0]
    return bool(indicator.blockers) and any(
        t.lemma in indicator.blockers for t in tokens[start:span[1] + 1 + BLOCKER_REACH])


def nearest_span(anchor: int, rest: tuple[str, ...],
                 positions: dict[str, list[int]]) -> Optional[tuple[int, int]]:
    first = last = anchor
    for word in rest:
        near = [p for p in positions[word] if abs(p - anchor) <= WINDOW]
        if not near:
            return None
        closest = min(near, key=lambda p: abs(p - anchor))
        first, last = min(first, closest), max(last, closest)
    return first, last


def best_trigger(matches: list[TriggerMatch], index: int,
                 limit: int = 30) -> Optional[TriggerMatch]:
    close = [(distance, m) for m in matches for distance in (m.distance_to(index),) if distance <= limit]
    if not close:
        return None
    return min(close, key=lambda near: (near[0] - 2 * near[1].size, -near[1].size))[1]
