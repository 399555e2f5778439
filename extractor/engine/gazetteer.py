"""Countries, sectors and quota categories named in text, as codes and slugs.

Names are matched on lemmas so every case form counts ('из Узбекистана',
'в Турции'); pycountry supplies the Russian names, `patterns/countries.toml`
the regional forms (Кыргызстан, КНР, РК) and demonyms ('узбекских мигрантов').
"""
from __future__ import annotations

import gettext
from dataclasses import dataclass
from functools import lru_cache
from extractor.patterns import load_jsonl, load_toml
from extractor.engine.tokens import Token, lemma, tokenize


@dataclass(frozen=True)
class Mention:
    kind: str  # "country" | "sector" | "category"
    code: str  # ISO alpha-2 or slug
    start: int
    end: int
    demonym: bool = False


def lemma_key(phrase: str) -> tuple[str, ...]:
    return tuple(t.lemma for t in tokenize(phrase) if t.is_word or t.text.isdigit())


@lru_cache(maxsize=None)
def country_tables() -> tuple[dict[tuple[str, ...], str], dict[str, str], dict[str, str]]:
    """(lemma sequence -> code, abbreviation -> code, demonym lemma -> code)."""
    import pycountry

    config = load_toml("countries.toml")
    names: dict[tuple[str, ...], str] = {}
    skip = set(config.get("skip_pycountry", []))
    russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    for country in pycountry.countries:
        if country.alpha_2 in skip:
            continue
        for english in {country.name, getattr(country, "common_name", country.name)}:
            translated = russian.gettext(english)
            if translated != english:
                names.setdefault(lemma_key(translated), country.alpha_2)
    for code, aliases in config["aliases"].items():
        for alias in aliases:
            names[lemma_key(alias)] = code
    abbreviations = {a: code for code, values in config["abbreviations"].items() for a in values}
    demonyms = {lemma(d): code for code, values in config["demonyms"].items() for d in values}
    return names, abbreviations, demonyms


@lru_cache(maxsize=None)
def dimension_table() -> dict[tuple[str, ...], tuple[str, str]]:
    table = {}
    for row in load_jsonl("sectors.jsonl", required=("slug", "kind", "lemmas")):
        for words in row["lemmas"]:
            table[tuple(w.replace("ё", "е") for w in words)] = (row["kind"], row["slug"])
    return table


@lru_cache(maxsize=None)
def longest_by_first_lemma() -> dict[str, int]:
    """How many tokens a name may span from its first lemma: most tokens start none."""
    names, _, _ = country_tables()
    longest: dict[str, int] = {}
    for key in list(names) + list(dimension_table()):
        if key:
            longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return longest


@lru_cache(maxsize=None)
def ordinal_categories() -> dict[str, str]:
    """'второй' -> category_2: later items of a list name only the ordinal."""
    return {row["ordinal"]: row["slug"] for row in load_jsonl("sectors.jsonl") if row.get("ordinal")}


def find_mentions(tokens: list[Token]) -> list[Mention]:
    """Every country, sector and category mention; longest match first, no overlaps."""
    names, abbreviations, demonyms = country_tables()
    dimensions = dimension_table()
    starts = longest_by_first_lemma()
    mentions: list[Mention] = []
    index = 0
    while index < len(tokens):
        longest = starts.get(tokens[index].lemma, 0)
        found = match_at(tokens, index, longest, names, dimensions) if longest else None
        token = tokens[index]
        if found is None and token.text in abbreviations:
            found = (1, Mention("country", abbreviations[token.text], token.start, token.end))
        if found is None and token.lemma in demonyms and token.is_word:
            found = (1, Mention("country", demonyms[token.lemma], token.start, token.end, True))
        if found:
            size, mention = found
            mentions.append(mention)
            index += size
        else:
            index += 1
    return mentions


def match_at(tokens: list[Token], index: int, longest: int,
             names: dict[tuple[str, ...], str],
             dimensions: dict[tuple[str, ...], tuple[str, str]]) -> tuple[int, Mention] | None:
    for size in range(min(longest, len(tokens) - index), 0, -1):
        window = tokens[index:index + size]
        key = tuple(t.lemma for t in window)
        first, last = window[0], window[-1]
        if key in names and first.is_capitalized:
            return size, Mention("country", names[key], first.start, last.end)
        if key in dimensions:
            kind, slug = dimensions[key]
            return size, Mention(kind, slug, first.start, last.end)
    return None
