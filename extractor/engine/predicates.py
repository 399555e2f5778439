"""What the verb says: the predicate that governs a figure decides what it measures.

Nearest-trigger windows read 'в рамках квоты работодателям выдали 8 300 разрешений' as
the quota, because the quota's words are the longest match; the verb says the figure is
a count of permits issued. The classes and rules live in `patterns/predicates.toml`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from extractor.engine.indicators import Indicator, by_id
from extractor.engine.numbers import Figure, clause_tokens
from extractor.engine.tokens import Token
from extractor.patterns import load_toml


@dataclass(frozen=True)
class Rule:
    predicate: str
    category: Optional[str]
    sources: frozenset[str]
    nouns: frozenset[str]
    units: frozenset[str]
    target: str


@lru_cache(maxsize=None)
def config() -> dict:
    return load_toml("predicates.toml")


@lru_cache(maxsize=None)
def class_of_lemma() -> dict[str, str]:
    return {lemma: name for name, lemmas in config()["classes"].items() for lemma in lemmas}


@lru_cache(maxsize=None)
def rules() -> tuple[Rule, ...]:
    return tuple(Rule(row["predicate"], row.get("category"), frozenset(row.get("from", ())),
                      frozenset(row.get("nouns", ())), frozenset(row.get("units", ())), row["to"])
                 for row in config()["rules"])


@lru_cache(maxsize=None)
def reachable() -> tuple[frozenset[str], frozenset[str]]:
    """The categories and indicator ids some rule starts from."""
    return (frozenset(r.category for r in rules() if r.category),
            frozenset(i for r in rules() for i in r.sources))


def predicate_of(figure: Figure, tokens: list[Token], text: str) -> tuple[Optional[str], list[Token]]:
    """(class of the nearest classed verb in the figure's clause, the clause's tokens)."""
    clause = clause_tokens(tokens, figure, text)
    classes = class_of_lemma()
    best: Optional[tuple[int, str]] = None
    for token in clause:
        name = classes.get(token.lemma)
        if name is None:
            continue
        distance = figure.number_start - token.end if token.end <= figure.number_start \
            else token.start - figure.number_end + 20  # a verb after the figure binds more loosely
        if best is None or distance < best[0]:
            best = (distance, name)
    return (best[1] if best else None), clause


def governed(indicator: Optional[Indicator], figure: Figure, tokens: list[Token], text: str,
             quota: Optional[Indicator]) -> Optional[Indicator]:
    """The indicator the figure's predicate asks for, else the one given."""
    if indicator is None:
        return None
    categories, sources = reachable()
    if indicator.category not in categories and indicator.id not in sources:
        return indicator  # no rule could change it: skip reading the clause
    predicate, clause = predicate_of(figure, tokens, text)
    lemmas = {t.lemma for t in clause}
    for rule in rules():
        if rule.predicate not in (predicate, "*"):
            continue
        if rule.category and indicator.category != rule.category:
            continue
        if rule.sources and indicator.id not in rule.sources:
            continue
        if rule.nouns and not rule.nouns & lemmas:
            continue
        if rule.units and figure.unit not in rule.units:
            continue
        if rule.target == "@quota":
            return quota or indicator
        return by_id()[rule.target]
    return indicator
