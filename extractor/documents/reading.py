"""Files on disk (or stdin) -> Documents.

Plain text may come in legacy Cyrillic encodings; saved exports often start
with a `date YYYY-MM-DD` token that is metadata, not text.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

from extractor.errors import InputError
from extractor.documents.decoding import text_of
from extractor.records import Document

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".json", ".jsonl"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
SKIPPED_NAME_ENDINGS = (".gold.json",)  # annotations that sit beside corpus documents
MAX_BYTES = 20 * 1024 * 1024  # far beyond any briefing; bigger inputs are mistakes
DATE_TOKEN = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s+")


def expand_inputs(paths: list[str]) -> Iterator[str]:
    """Directories become their supported files in sorted order; '-' stays stdin."""
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            files = sorted(p for p in path.rglob("*") if is_supported(p))
            if not files:
                raise InputError(f"{raw}: directory has no supported files "
                                 f"({', '.join(sorted(SUPPORTED_SUFFIXES))})")
            yield from (str(p) for p in files)
        else:
            yield raw


def is_supported(path: Path) -> bool:
    return (path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES
            and not path.name.endswith(SKIPPED_NAME_ENDINGS))


def ignore(message: str) -> None:
    """The default for warnings nobody asked to see."""


def read_path(raw: str, note: Callable[[str], None] = ignore) -> list[Document]:
    """The documents of one input; `note` hears of text read with replaced bytes."""
    if raw == "-":
        return [text_document(text_of(sys.stdin.buffer.read(), "stdin", note), path=None)]
    path = Path(raw)
    data = read_bytes(path)
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        from extractor.documents.html_text import html_to_document
        document = html_to_document(text_of(data, raw, note, markup=True), path=raw)
        if not document.text.strip():
            raise InputError(f"{raw}: no article text found in the page")
        return [document]
    if suffix in RECORD_SUFFIXES:
        return list(record_documents(text_of(data, raw, note), raw, lines=suffix == ".jsonl"))
    return [text_document(text_of(data, raw, note), path=raw)]


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: file too large ({size / 1e6:.1f} MB; "
                             f"the limit is {MAX_BYTES // 2**20} MB)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, not text")
    return data


def text_document(text: str, path: Optional[str]) -> Document:
    published = None
    match = DATE_TOKEN.match(text)
    if match:
        published = match.group(1)
        text = text[match.end():]
    text = text.strip()
    if not text:
        raise InputError(f"{path or 'stdin'}: no text")
    return Document(text=text, path=path, published=published)


def record_documents(data: str, path: str, lines: bool) -> Iterator[Document]:
    if lines:
        rows = []
        for number, line in enumerate(data.splitlines(), 1):
            if line.strip():
                rows.append((f"{path}:{number}", parse_json(line, f"{path}:{number}")))
    else:
        parsed = parse_json(data, path)
        items = parsed if isinstance(parsed, list) else [parsed]
        rows = [(f"{path}[{i}]" if len(items) > 1 else path, item) for i, item in enumerate(items)]
    for where, record in rows:
        yield record_document(record, where, path)


def parse_json(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: invalid JSON ({error.msg} at line {error.lineno})") from None


def record_document(record: Any, where: str, path: str) -> Document:
    """A scraper export record {url, title, published, text | html}."""
    if not isinstance(record, dict) or not (record.get("text") or record.get("html")):
        raise InputError(f"{where}: a record needs 'text' or 'html'")
    if record.get("text"):
        document = text_document(str(record["text"]), path=path)
    else:
        from extractor.documents.html_text import html_to_document
        document = html_to_document(str(record["html"]), url=record.get("url"), path=path)
    document.url = record.get("url") or document.url
    document.title = record.get("title") or document.title
    document.published = (str(record["published"])[:10] if record.get("published")
                          else document.published)
    document.outlet = record.get("outlet") or document.outlet
    return document
