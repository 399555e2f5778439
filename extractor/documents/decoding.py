"""Bytes -> text: one place for every reader (files, pages, archives, fetched bodies).

Russian pages and exports come in UTF-8 and in legacy Cyrillic code pages, often
misdeclared; files, archive records and HTTP bodies all go through here.
"""
from __future__ import annotations

import codecs
import re
from typing import Optional

LEGACY_ENCODINGS = ("cp1251", "koi8-r", "cp866")


def decode_bytes(data: bytes) -> str:
    """UTF-8 when it is valid; otherwise the Cyrillic code page that reads as Russian."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in LEGACY_ENCODINGS:
        try:
            candidates.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    if not candidates:
        return data.decode("utf-8", errors="replace")
    return max(candidates, key=russian_likeness)


COMMON_LOWER = set("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэф")
PLAIN = set("ёЁ«»—–№…“”„\u00a0\u2009\u202f")


def russian_likeness(text: str) -> float:
    """Russian prose is mostly lower-case letters; a wrong code page swaps the cases
    and scatters symbols that Russian text does not use."""
    common = sum(c in COMMON_LOWER for c in text)
    odd = sum(not (c.isascii() or "а" <= c.lower() <= "я" or c in PLAIN) for c in text)
    return common - 3 * odd


META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:]+)""", re.I)
XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.I)
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.I)


def decode(content: bytes, content_type: str = "") -> tuple[str, Optional[str]]:
    """Bytes to text: BOM, then the header charset, the page's own declaration, then detection
    (the encoding is None when it was detected rather than declared).

    A declared charset that fails to decode strictly is ignored, since misdeclared
    legacy pages (cp1251 served as utf-8) are common on the sites we read.
    """
    if content.startswith(codecs.BOM_UTF8):
        return content[3:].decode("utf-8", errors="replace"), "utf-8"
    declared = []
    header = HEADER_CHARSET.search(content_type or "")
    if header:
        declared.append(header.group(1))
    for pattern in (META_CHARSET, XML_ENCODING):
        found = pattern.search(content[:4096])
        if found:
            declared.append(found.group(1).decode("ascii", "ignore"))
    for name in declared + ["utf-8"]:
        codec = codec_name(name)
        if codec:
            try:
                return content.decode(codec), codec
            except UnicodeDecodeError:
                continue
    return decode_bytes(content), None


def codec_name(name: str) -> Optional[str]:
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
