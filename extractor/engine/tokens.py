"""Word tokens with character offsets and cached lemmas.

Lemmas let one rule match every case form ('Узбекистана', 'квоты'); the cache
keeps pymorphy3 off the hot path once a vocabulary has been seen.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from extractor.patterns import load_toml

# Kazakh letters too: 'қандасов' in the Russian-language Kazakh press is one word
TOKEN = re.compile(r"[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+(?:-[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+)*"
                   r"|\d+(?:[.,]\d+)?|\S")


class Token(NamedTuple):
    """A word, number or sign; a tuple because documents have thousands of them."""

    text: str
    start: int  # offset in the document text
    end: int
    lemma: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    new = tuple.__new__  # what `Token._make` does, without its Python call per token
    return [new(Token, (word, m.start() + offset, m.end() + offset, lemma(word)))
            for m in TOKEN.finditer(text) for word in (m.group(),)]


TOKEN_START, TOKEN_END = itemgetter(1), itemgetter(2)


def tokens_before(tokens: list[Token], position: int) -> list[Token]:
    """The tokens that end by `position`. Tokens are in text order and never overlap, so
    these are a prefix of the list, found by bisection rather than a pass over a sentence's
    tokens for each of its figures."""
    return tokens[:bisect_right(tokens, position, key=TOKEN_END)]


def tokens_from(tokens: list[Token], position: int) -> list[Token]:
    """The tokens that start at `position` or after it: a suffix of the list."""
    return tokens[bisect_left(tokens, position, key=TOKEN_START):]


@lru_cache(maxsize=None)
def analyzer():
    """The Russian analyzer, on the dictionary of the pinned pymorphy3-dicts-ru named
    directly: left to find it, pymorphy3 reads the entry points of every installed
    package, which costs as much as loading the dictionary. $PYMORPHY2_DICT_PATH still
    names another dictionary, as pymorphy3 lets it."""
    import os
    import pymorphy3
    path = os.environ.get(pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE)
    if path is None:
        import pymorphy3_dicts_ru
        path = pymorphy3_dicts_ru.get_path()
    return pymorphy3.MorphAnalyzer(path=path, lang="ru")


@lru_cache(maxsize=None)
def lemma_overrides() -> dict[str, str]:
    return load_toml("lemmas.toml")["forms"]


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    if not word[0].isalpha():
        return word
    lowered = word.lower().replace("ё", "е")
    if not any("а" <= c <= "я" for c in lowered):
        return lowered
    if lowered in lemma_overrides():
        return lemma_overrides()[lowered]
    return analyzer().parse(lowered)[0].normal_form.replace("ё", "е")


@lru_cache(maxsize=200_000)
def name_tags(word: str) -> frozenset[str]:
    """Name grammemes (Name, Surn, Patr) and the place/organisation ones that rule a name out."""
    tags: set[str] = set()
    for parse in analyzer().parse(word):
        tags.update(g for g in ("Name", "Surn", "Patr", "Geox", "Orgn") if g in parse.tag)
    return frozenset(tags)


@lru_cache(maxsize=200_000)
def is_verb(word: str) -> bool:
    """The first reading of the word is a finite verb, a participle or a short participle."""
    if not word[0].isalpha():
        return False
    return analyzer().parse(word.lower())[0].tag.POS in ("VERB", "INFN", "PRTS", "PRTF")
