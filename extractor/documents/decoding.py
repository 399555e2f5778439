"""Bytes -> text: one place for every reader (files, pages, archives, fetched bodies).

Russian pages and exports come in UTF-8 and in legacy Cyrillic code pages, often
misdeclared; files, archive records and HTTP bodies all go through here.
The order of trust: a byte-order mark, then a declared charset (believed unless it
fails badly), then UTF-8 (also when a few bytes are broken: a cut download or a
careless copy must not turn a whole document into mojibake), and only then
charset-normalizer's detection among the Cyrillic code pages.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Callable, Optional

from charset_normalizer import from_bytes

# What detection may choose from: the code pages Russian text is found in (the Mac and
# Ukrainian variants differ from these in a few letters and win ties they should not).
CYRILLIC_CODE_PAGES = ["cp1251", "koi8_r", "cp866", "iso8859_5"]
# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"))
# A charset "fails badly" when more than one non-ASCII character in this many is broken.
TOLERATED_ONE_IN = 50

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:]+)""", re.I)
XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.I)
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.I)


@dataclass(frozen=True)
class Decoded:
    """Text with how it was read: `replaced` counts the byte sequences shown as U+FFFD."""

    text: str
    encoding: str
    declared: bool = False  # named by a byte-order mark, a header or the document itself
    replaced: int = 0

    @property
    def warning(self) -> Optional[str]:
        if not self.replaced:
            return None
        plural = "s" if self.replaced > 1 else ""
        return (f"{self.replaced} invalid byte sequence{plural} in {self.encoding} text, "
                f"read with replacement characters (U+FFFD)")


def decode_text(data: bytes, content_type: str = "", markup: bool = False) -> Decoded:
    """Bytes to text, trusting a BOM, then a declared charset (the header's, and for markup
    the page's own), then UTF-8, then detection."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return with_replacement(data[len(bom):], encoding, declared=True)
    for name in declared_charsets(data, content_type, markup):
        decoded = believable(data, name)
        if decoded is not None:
            return decoded
    decoded = believable(data, "utf-8", declared=False)
    if decoded is not None:
        return decoded
    return detected(data)


def decode(content: bytes, content_type: str = "") -> tuple[str, Optional[str]]:
    """A page's text and the encoding it declared (None when it was detected instead)."""
    decoded = decode_text(content, content_type, markup=True)
    return decoded.text, decoded.encoding if decoded.declared else None


def declared_charsets(data: bytes, content_type: str, markup: bool) -> list[str]:
    names = []
    header = HEADER_CHARSET.search(content_type or "")
    if header:
        names.append(header.group(1))
    if markup:
        for pattern in (META_CHARSET, XML_ENCODING):
            found = pattern.search(data[:4096])
            if found:
                names.append(found.group(1).decode("ascii", "ignore"))
    return [codec for codec in map(codec_name, names) if codec]


def believable(data: bytes, encoding: str, declared: bool = True) -> Optional[Decoded]:
    """The text in `encoding` unless that fails badly: a few broken bytes are replaced (and
    counted); text that is valid UTF-8 is UTF-8 whatever code page is declared (legacy
    Cyrillic text practically never validates as UTF-8, so the declaration is the mistake)."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        decoded = with_replacement(data, encoding, declared)
        return decoded if few_broken(decoded) else None
    if not encoding.startswith("utf") and not data.isascii():
        try:
            return Decoded(data.decode("utf-8"), "utf-8", declared=False)
        except UnicodeDecodeError:
            pass
    return Decoded(text, encoding, declared=declared)


def with_replacement(data: bytes, encoding: str, declared: bool) -> Decoded:
    text = data.decode(encoding, errors="replace")
    return Decoded(text, encoding, declared, replaced=text.count("\ufffd"))


def few_broken(decoded: Decoded) -> bool:
    wide = len(decoded.text) - len(decoded.text.encode("ascii", "ignore")) - decoded.replaced
    return decoded.replaced * TOLERATED_ONE_IN <= wide


def detected(data: bytes) -> Decoded:
    """Not UTF-8: charset-normalizer chooses among the Cyrillic code pages."""
    best = from_bytes(data, cp_isolation=CYRILLIC_CODE_PAGES).best()
    if best is None:
        return with_replacement(data, "utf-8", declared=False)
    return Decoded(str(best), codec_name(best.encoding) or best.encoding)


def codec_name(name: str) -> Optional[str]:
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def text_of(data: bytes, where: str, note: Callable[[str], None], content_type: str = "",
            markup: bool = False) -> str:
    """Decoded text; replaced bytes are told to `note` in one line naming the input."""
    decoded = decode_text(data, content_type, markup)
    if decoded.warning:
        note(f"{where}: {decoded.warning}")
    return decoded.text
