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
# a line that is only a label and its figure ('Специалисты в области инженерных наук — 2'): a row
LABEL_ROW = re.compile(r"^[^.!?\d]{3,300}?\s(?:[–—]|-(?=\s))\s*\d[\d \u00a0,]*(?:\s?(?:тыс|млн)\.?)?\s?%?"
                       r"(?:\s?(?:чел|ед)\.|\s(?:человека?|единиц[аы]?))?(?:\s?\(\d[\d \u00a0,]*\s?%\)|,\s\d[\d,]*\s?%)?[;.,]?\s*$")
# ('Павлодарская область – 977 чел.', 'первая (руководители) – 770 человек (4%);', 'другие – 322 человека, 2,2%')

# a line that only names a row ('Иные профессионально-квалификационные группы') and a line
# that only gives its figure ('916', '5,4 тыс.'), as tables are rendered one cell a line
LABEL_LINE = re.compile(r"^\s*[А-ЯЁ][^\d.!?:;|\t]{2,300}$")
NUMBER_LINE = re.compile(r"^\s*\d[\d \u00a0]*(?:[.,]\d+)?\s?(?:тыс\.?|млн\.?|%)?\s*$")
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
    label: tuple[int, int, int] | None = None  # (start, count of sentences it gave, paragraph)
    rows: set[int] = set()
    for index, (start, end) in enumerate(paragraphs(text)):
        line = text[start:end]
        if label is not None and NUMBER_LINE.match(line):
            # a table rendered one cell a line ('Водители и машинисты\n\n19'): label and figure
            # are one row
            del result[len(result) - label[1]:]
            rows.add(len(result))
            result.append(Sentence(label[0], end, label[2], True))
            label = None
            continue
        before = len(result)
        label = (start, 0, index) if LABEL_LINE.match(line) else None
        # (a row needs a '|' or a tab: the test of one sign spares a search at every position)
        is_item = bool(BULLET.match(line) or (("|" in line or "\t" in line) and TABLE_ROW.search(line))
                       or LABEL_ROW.match(line))
        for part_start, part_end in bounded(text, start, end, MAX_LINE):
            for piece in razdel.sentenize(text[part_start:part_end]):
                if piece.text.strip():
                    for first, last in bounded(text, part_start + piece.start,
                                               part_start + piece.stop, MAX_SENTENCE):
                        result.append(Sentence(first, last, index, is_item))
        if label is not None:
            label = (label[0], len(result) - before, index)
    for row in rows:
        if row - 1 not in rows and row + 1 not in rows:
            # one label over one number ('Смотрите также\n\n24') is page furniture, not a table
            result[row] = Sentence(result[row].start, result[row].end, result[row].paragraph, False)
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
