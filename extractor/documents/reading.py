"""Files on disk (or stdin) -> Documents, for `extract` and for `ingest` alike.

Plain text may come in legacy Cyrillic encodings; saved exports often start
with a `date YYYY-MM-DD` token that is metadata, not text. Nothing is read without
a limit (a device, a pipe or a link to one never ends, and st_size says nothing
about them), and a JSON Lines export is read a line at a time: a bad line is a
problem of that line, the others go on.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator, Optional

from extractor.errors import InputError
from extractor.documents.decoding import BOMS, text_of
from extractor.records import Document

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".json", ".jsonl"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
SKIPPED_NAME_ENDINGS = (".gold.json",)  # annotations that sit beside corpus documents
MAX_BYTES = 20 * 1024 * 1024  # per file or record: far beyond any briefing; bigger is a mistake
CHUNK = 1024 * 1024
DATE_TOKEN = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s+")
STDIN = "stdin"


def printable(message: str, limit: int = 300) -> str:
    """One line for stderr: archives and URLs can carry raw bytes, line breaks or terminal
    escapes, which must not reach the user's terminal as they are."""
    line = "".join(c if c.isprintable() else "?" for c in " ".join(message.split()))
    return line if len(line) <= limit else line[:limit - 1] + "…"


def ignore(message: str) -> None:
    """The default for warnings nobody asked to see."""


def fail(message: str) -> None:
    raise InputError(message)


@dataclass
class Listener:
    """Where a reader tells what it could not read of an input (a problem: that part is
    lost, the rest goes on) and what it read imperfectly (a note)."""

    problem: Callable[[str], None] = fail
    note: Callable[[str], None] = ignore


def expand_inputs(paths: list[str], problem: Callable[[str], None] = fail) -> Iterator[str]:
    """Directories become their supported files in sorted order; '-' stays stdin.
    A directory without any is a problem of its own; the other inputs go on."""
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            files = sorted(p for p in path.rglob("*") if is_supported(p))
            if not files:
                problem(f"{raw}: directory has no supported files "
                        f"({', '.join(sorted(SUPPORTED_SUFFIXES))})")
            yield from (str(p) for p in files)
        else:
            yield raw


def is_supported(path: Path) -> bool:
    return (path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES
            and not path.name.endswith(SKIPPED_NAME_ENDINGS))


def read_path(raw: str, note: Callable[[str], None] = ignore) -> list[Document]:
    """The documents of one input; its first problem raises InputError."""
    return list(read_documents(raw, Listener(note=note)))


def read_documents(raw: str, listener: Listener) -> Iterator[Document]:
    """The documents of one input as they are read; a problem with the whole input raises
    InputError, one with a record is told to the listener."""
    if raw == "-":
        data = read_text_bytes(sys.stdin.buffer, STDIN)
        yield text_document(text_of(data, STDIN, listener.note), path=None)
        return
    path = Path(raw)
    suffix = path.suffix.lower()
    if suffix in RECORD_SUFFIXES:
        for where, record in export_records(path, listener):
            try:
                yield record_document(record, raw)
            except InputError as error:
                listener.problem(f"{where}: {error}")
        return
    data = read_file(path, text=True)
    if suffix in HTML_SUFFIXES:
        from extractor.documents.html_text import html_to_document
        document = html_to_document(text_of(data, raw, listener.note, markup=True), path=raw)
        if not document.text.strip():
            raise InputError(f"{raw}: no article text found in the page")
        yield document
        return
    yield text_document(text_of(data, raw, listener.note), path=raw)


def read_file(path: Path, text: bool = False) -> bytes:
    """A whole file, at most MAX_BYTES of it; `text` refuses binary and empty files."""
    try:
        if path.is_file() and path.stat().st_size > MAX_BYTES:  # a quick no, never a yes
            raise InputError(f"{path}: file too large ({path.stat().st_size / 1e6:.1f} MB; "
                             f"the limit is {MAX_BYTES // 2**20} MB)")
        with path.open("rb") as stream:
            return read_text_bytes(stream, str(path)) if text else read_limited(stream, str(path))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None


def read_limited(stream: BinaryIO, where: str, limit: int = MAX_BYTES,
                 first: bytes = b"") -> bytes:
    """Everything up to `limit` bytes; more is an error, found after reading limit + 1."""
    parts, size = [first], len(first)
    while size <= limit:
        chunk = stream.read(min(CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        size += len(chunk)
    raise InputError(f"{where}: too large (more than {limit // 2**20} MB, "
                     "the limit for one document)")


def read_text_bytes(stream: BinaryIO, where: str) -> bytes:
    """Text bytes: the first block is checked before the rest is read, so that a device
    of zeros or random bytes is refused at once."""
    first = stream.read(8192)
    if is_binary(first):
        raise InputError(f"{where}: binary file, not text")
    data = read_limited(stream, where, first=first)
    if not data.strip():
        raise InputError(f"{where}: file is empty")
    return data


def is_binary(head: bytes) -> bool:
    """NUL bytes mean binary, unless a byte-order mark says UTF-16 or UTF-32."""
    return b"\x00" in head and not head.startswith(tuple(bom for bom, _ in BOMS))


def text_document(text: str, path: Optional[str]) -> Document:
    published = None
    match = DATE_TOKEN.match(text)
    if match:
        published = match.group(1)
        text = text[match.end():]
    text = text.strip()
    if not text:
        raise InputError(f"{path or STDIN}: no text")
    return Document(text=text, path=path, published=published)


def export_records(path: Path, listener: Listener) -> Iterator[tuple[str, dict]]:
    """(where, record) of a JSON file (a record or a list) or a JSON Lines file (a record
    a line, each at most MAX_BYTES). A record is an object with a 'text' or an 'html'; what
    is not is a problem of that line or item."""
    if path.suffix.lower() == ".jsonl":
        items: Iterator[tuple[str, Any]] = json_lines(path, listener)
    else:
        parsed = parse_json(text_of(read_file(path, text=True), str(path), listener.note),
                            str(path))
        many = isinstance(parsed, list)
        items = ((f"{path}[{i}]" if many else str(path), item)
                 for i, item in enumerate(parsed if many else [parsed]))
    for where, item in items:
        if is_record(item):
            yield where, item
        else:
            listener.problem(f"{where}: a record needs 'text' or 'html'")


def json_lines(path: Path, listener: Listener) -> Iterator[tuple[str, Any]]:
    try:
        with path.open("rb") as stream:
            for number, line in enumerate(bounded_lines(stream, str(path), listener), 1):
                if line is None or not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    yield where, parse_json(text_of(line, where, listener.note), where)
                except InputError as error:
                    listener.problem(str(error))
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None


def bounded_lines(stream: BinaryIO, where: str, listener: Listener) -> Iterator[Optional[bytes]]:
    """Lines of at most MAX_BYTES; a longer one is told as a problem (and yields None, so
    that line numbers stay right) and skipped without being kept."""
    number = 0
    while True:
        line = stream.readline(MAX_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(CHUNK)
            listener.problem(f"{where}:{number}: line too long (the limit is "
                             f"{MAX_BYTES // 2**20} MB)")
            yield None
        else:
            yield line


def is_record(item: Any) -> bool:
    return isinstance(item, dict) and any(
        isinstance(item.get(key), str) and item[key].strip() for key in ("text", "html"))


def parse_json(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: invalid JSON ({error.msg} at line {error.lineno})") from None
    except RecursionError:
        raise InputError(f"{where}: invalid JSON (nested too deeply)") from None


def record_document(record: dict, path: str) -> Document:
    """A scraper export record {url, title, published, text | html}."""
    if isinstance(record.get("text"), str) and record["text"].strip():
        document = text_document(record["text"], path=path)
    else:
        from extractor.documents.html_text import html_to_document
        document = html_to_document(record["html"], url=record.get("url"), path=path)
    document.url = record.get("url") or document.url
    document.title = record.get("title") or document.title
    document.published = (str(record["published"])[:10] if record.get("published")
                          else document.published)
    document.outlet = record.get("outlet") or document.outlet
    return document
