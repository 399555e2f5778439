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
        for piece in razdel.sentenize(line):
            if piece.text.strip():
                result.append(Sentence(start + piece.start, start + piece.stop, index, is_item))
    return result
