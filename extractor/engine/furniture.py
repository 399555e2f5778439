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


@lru_cache(maxsize=None)
def rules() -> tuple[frozenset[str], tuple[re.Pattern, ...]]:
    data = load_toml("page_furniture.toml")
    headers = frozenset(h.lower() for h in data.get("tail_headers", []))
    lines = tuple(re.compile(p, re.IGNORECASE) for p in data.get("lines", []))
    return headers, lines


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the text that are furniture: each pointer line, and everything from a
    related-news header on (never the first lines, which hold the headline and lead)."""
    headers, patterns = rules()
    spans = []
    for index, line in enumerate(LINE.finditer(text)):
        content = line.group().strip(" \t\u00a0•-–—:|")
        if index >= 2 and len(content) <= HEADER_LENGTH and content.lower() in headers:
            spans.append((line.start(), len(text)))
            break
        if any(p.fullmatch(line.group().strip()) for p in patterns):
            spans.append((line.start(), line.end()))
    return spans


def in_furniture(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)
