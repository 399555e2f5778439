"""Paragraphs and sentences with their offsets in the document text.

Lines are paragraphs first (bulleted lists put one item per line), then razdel
splits each paragraph into sentences without breaking on 'тыс.' or 'млн.'.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import razdel

LINE = re.compile(r"[^\n]+")
# a list item opens with a symbol (✅, •, 🔹, –) or an item mark ('1.', '2)', 'а)');
# a table row rendered as text is an item too
BULLET = re.compile(r"^\s*(?:[^\w\s«\"„“(\[]{1,2}|\d{1,2}[.)](?!\d)|[а-яa-z]\))\s*")
TABLE_ROW = re.compile(r"\S\s*\|\s*\S|\S\t+\S")  # 'Китай | 4 120 | 27,1%', tab-separated cells
# A "sentence" longer than this is a text without sentence ends (a one-line dump): it is
# read in pieces cut at a space, so that no step's cost grows with the square of its length.
MAX_SENTENCE = 2000
# razdel's cost grows with the square of a line's length when the line has no sentence
# ends, so longer lines are given to it in parts, cut after a sentence end where there is one.
MAX_LINE = 20_000
CUT_AFTER = re.compile(r"[.!?…;]\s+")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    is_list_item: bool


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in LINE.finditer(text) if m.group().strip()]


def split_sentences(text: str) -> list[Sentence]:
    result = []
    for index, (start, end) in enumerate(paragraphs(text)):
        line = text[start:end]
        is_item = bool(BULLET.match(line) or TABLE_ROW.search(line))
        for part_start, part_end in bounded(text, start, end, MAX_LINE):
            for piece in razdel.sentenize(text[part_start:part_end]):
                if piece.text.strip():
                    for first, last in bounded(text, part_start + piece.start,
                                               part_start + piece.stop, MAX_SENTENCE):
                        result.append(Sentence(first, last, index, is_item))
    return result


def bounded(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """text[start:end] as it is, or in pieces of at most `limit` characters, each cut after
    the last sentence end in its second half, else at its last space."""
    pieces = []
    while end - start > limit:
        half = start + limit // 2
        ends = [m.end() for m in CUT_AFTER.finditer(text, half, start + limit)]
        space = text.rfind(" ", half, start + limit)
        cut = ends[-1] if ends else space if space > start else start + limit
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces
