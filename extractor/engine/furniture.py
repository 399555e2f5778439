"""Page furniture left in a plain text: what follows a related-news header, and lines that
only point elsewhere.

An HTML page loses its furniture before the engine sees it (`documents/html_text.py`); a
text from an archive, a JSON export or a copied page still ends with 'Популярное' or
'Последние новости' and dated headlines of other stories, whose figures are not the
article's. The headers and line patterns are data in `patterns/page_furniture.toml`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractor.patterns import load_toml

LINE = re.compile(r"[^\n]+")
# a header is short: 'Популярное', 'Читайте также:', 'Последние новости'
HEADER_LENGTH = 40


# the links of a block set into the article: a headline or two, each a short line
INLINE_LINKS = 2
LINK_LENGTH = 160
# the article going on after such a block: a paragraph of prose, not one more headline
PROSE_LENGTH = 100
PROSE = re.compile(r"[.!?…][»\"”)]?\s*$")


@lru_cache(maxsize=None)
def rules() -> tuple[frozenset[str], tuple[re.Pattern, ...], frozenset[str]]:
    data = load_toml("page_furniture.toml")
    headers = frozenset(h.lower() for h in data.get("tail_headers", []))
    lines = tuple(re.compile(p, re.IGNORECASE) for p in data.get("lines", []))
    inline = frozenset(h.lower() for h in data.get("inline_headers", []))
    return headers, lines, inline


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the text that are furniture: each pointer line, and everything from a
    related-news header on (never the first lines, which hold the headline and lead).
    A header that outlets also set inside the article ('МАТЕРИАЛЫ ПО ТЕМЕ' and one
    linked headline, then the story goes on) covers only its links when prose follows."""
    headers, patterns, inline = rules()
    spans = []
    lines = list(LINE.finditer(text))
    index = 0
    while index < len(lines):
        line = lines[index]
        content = line.group().strip(" \t\u00a0•-–—:|")
        if index >= 2 and len(content) <= HEADER_LENGTH and content.lower() in headers:
            resumes = resumption(lines, index) if content.lower() in inline else None
            if resumes is None:
                spans.append((line.start(), len(text)))
                break
            spans.append((line.start(), lines[resumes - 1].end()))
            index = resumes
            continue
        if any(p.fullmatch(line.group().strip()) for p in patterns):
            spans.append((line.start(), line.end()))
        index += 1
    return spans


def resumption(lines: list[re.Match], header: int) -> int | None:
    """The line where the article resumes after an inline block of links, or None when
    what follows the header is not the article going on."""
    for offset in range(1, INLINE_LINKS + 2):
        if header + offset >= len(lines):
            return None
        content = lines[header + offset].group().strip()
        if offset > 1 and len(content) >= PROSE_LENGTH and PROSE.search(content):
            return header + offset
        if len(content) > LINK_LENGTH:
            return None
    return None


def in_furniture(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)
