"""Archives in: WARC/ARC files, folders of saved pages, JSONL exports and text files.

Everything goes through the same reading, deduplication and extraction as a
live scrape. A page whose host belongs to a configured source is read with that
source's selectors; any other page with the generic main-text extraction.
A broken input is reported in one line and the other inputs go on.
"""
from __future__ import annotations

import io
import zlib
from contextlib import redirect_stderr
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional
from urllib.parse import urlsplit

from extractor.archives.tables import is_job_output, read_job_output
from extractor.web.articles import parse_article
from extractor.documents.attachments import document_kind, document_text
from extractor.web.crawl import canonical, extract
from extractor.errors import InputError
from extractor.documents.decoding import decode, text_of
from extractor.documents.reading import (SKIPPED_NAME_ENDINGS, Listener, export_records, ignore,
                                         printable, read_file, read_limited, text_document)
from extractor.engine.pipeline import is_topical_document, may_be_topical
from extractor.records import Document, Extraction
from extractor.web.sources import Source
from extractor.store import Fetched, Store

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
RECORD_SUFFIXES = (".jsonl", ".json")
TEXT_SUFFIXES = (".txt",)
DOCUMENT_SUFFIXES = (".pdf", ".docx")
SUPPORTED = WARC_SUFFIXES + PAGE_SUFFIXES + RECORD_SUFFIXES + TEXT_SUFFIXES + DOCUMENT_SUFFIXES


@dataclass
class IngestSummary:
    files: int = 0
    documents: int = 0     # documents read from the inputs
    stored: int = 0        # new documents or new versions
    duplicates: int = 0    # already stored (same URL and text, or same text elsewhere)
    facts: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # read, but not perfectly

    def line(self) -> str:
        return (f"ingested {self.files} files: {self.documents} documents, {self.stored} stored, "
                f"{self.duplicates} already known, {self.facts} facts found, "
                f"{len(self.errors)} problems")


@dataclass
class Item:
    """One document read from an archive, with what the archive knew about its fetch."""

    document: Document
    fetched: Fetched
    source: str = "ingest"  # the configured source whose host the page is on, if any


def ingest_paths(store: Store, paths: Iterable[str], sources: Iterable[Source] = (),
                 on_error: Optional[Callable[[str], None]] = None,
                 on_warning: Optional[Callable[[str], None]] = None,
                 summary: Optional[IngestSummary] = None,
                 on_document: Optional[Callable[[], None]] = None) -> IngestSummary:
    """Load every input into the store; problems are collected (and reported) per input,
    warnings (text read with replaced bytes) too, without counting as problems.

    A caller that passes its own `summary` keeps the counts so far if the run is
    interrupted; `on_document` is called after each document (progress)."""
    summary = summary if summary is not None else IngestSummary()

    def note(message: str) -> None:
        summary.warnings.append(message)
        if on_warning is not None:
            on_warning(message)

    listener = Listener(problem=lambda message: report(summary, message, on_error), note=note)

    by_host = {urlsplit(s.base_url).netloc: s for s in sources}
    for raw in paths:
        if is_job_output(raw):
            ingest_job_output(store, raw, summary, lambda m: report(summary, m, on_error))
            continue
        try:
            files = list(expand(Path(raw)))
        except InputError as error:
            report(summary, str(error), on_error)
            continue
        for path in files:
            summary.files += 1
            try:
                for item in read_items(path, by_host, listener):
                    summary.documents += 1
                    try:
                        save(store, item, summary)
                    except InputError as error:
                        report(summary, str(error), on_error)
                    if on_document is not None:
                        on_document()
            except InputError as error:
                report(summary, str(error), on_error)
    return summary


def report(summary: IngestSummary, message: str,
           on_error: Optional[Callable[[str], None]]) -> None:
    summary.errors.append(message)
    if on_error is not None:
        on_error(message)


def save(store: Store, item: Item, summary: IngestSummary) -> None:
    extraction = extract_item(item) or Extraction(document=item.document, facts=[])
    keep(store, extraction, item.fetched, item.source, summary)


def extract_item(item: Item) -> Optional[Extraction]:
    """The engine on one archived document; None when the cheap topical filter turns it away.

    `ingest` and the Spark job both call this, so a cluster's facts are the facts
    a direct ingest stores; the regex filter runs first so off-topic pages cost one pass.
    """
    if not item.document.text.strip():
        raise InputError(f"{item.fetched.url or item.document.path}: no text found")
    if not is_topical_document(item.document.text):
        return None
    return extract(item.document)


def keep(store: Store, extraction: Extraction, fetched: Fetched, source: str,
         summary: IngestSummary) -> None:
    """Store one extraction with the usual deduplication and count how it landed."""
    result = store.save(extraction, fetched, source)
    if result.outcome in ("new", "version"):
        summary.stored += 1
        summary.facts += len(result.new_facts)
    else:
        summary.duplicates += 1


def ingest_job_output(store: Store, raw: str, summary: IngestSummary,
                      warn: Callable[[str], None]) -> None:
    """The documents and facts tables a Spark job wrote, stored as a direct ingest would."""
    summary.files += 1
    try:
        for extraction, fetched, source in read_job_output(raw, warn):
            summary.documents += 1
            keep(store, extraction, fetched, source, summary)
    except InputError as error:
        warn(str(error))


def expand(path: Path) -> Iterator[Path]:
    """A file, or every supported file under a folder, sorted."""
    if path.is_dir():
        found = sorted(p for p in path.rglob("*") if p.is_file() and supported(p))
        if not found:
            raise InputError(f"{path}: no WARC, HTML, JSONL, text, PDF or DOCX files "
                             "in this folder")
        yield from found
    elif path.is_file():
        if not supported(path):
            raise InputError(f"{path}: unsupported file type (use {', '.join(SUPPORTED)})")
        yield path
    else:
        raise InputError(f"{path}: no such file or folder")


def supported(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(SUPPORTED) and not name.endswith(SKIPPED_NAME_ENDINGS)


def read_items(path: Path, by_host: dict[str, Source], listener: Listener) -> Iterator[Item]:
    """The documents of one file; files and records are read by the same rules and
    limits as `extract` reads them."""
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        yield from warc_items(path, by_host, listener)
    elif name.endswith(PAGE_SUFFIXES):
        yield page_item(path, by_host, listener.note)
    elif name.endswith(RECORD_SUFFIXES):
        yield from record_items(path, by_host, listener)
    elif name.endswith(DOCUMENT_SUFFIXES):
        raw = read_file(path)
        yield document_item(raw, document_kind(name, content=raw) or name.rsplit(".", 1)[1],
                            None, Fetched(url=path.resolve().as_uri()), by_host, str(path))
    else:
        yield text_item(path, listener.note)


def html_item(raw: bytes, url: Optional[str], by_host: dict[str, Source],
              content_type: str = "", path: Optional[str] = None,
              fetched: Optional[Fetched] = None, title: Optional[str] = None,
              published: Optional[str] = None,
              note: Callable[[str], None] = ignore) -> Item:
    text = text_of(raw, url or path or "page", note, content_type, markup=True)
    source = by_host.get(urlsplit(url).netloc) if url else None
    document = parse_article(text, url, source, title=title, published=published, path=path)
    fetched = fetched or Fetched()
    fetched.url = fetched.url or url or (Path(path).resolve().as_uri() if path else None)
    fetched.raw = raw
    fetched.canonical_url = fetched.canonical_url or canonical(text)
    return Item(document, fetched, source.name if source else "ingest")


def warc_items(path: Path, by_host: dict[str, Source], listener: Listener) -> Iterator[Item]:
    """HTML responses (status 200) of a WARC or ARC file, gzipped or not. Each record is read
    up to the per-document limit (a gzip bomb stops there), and only a whole record is
    kept: its length and digests must match what the archive says of it."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.statusandheaders import StatusAndHeadersParserException
    if not archive_header(path):
        raise InputError(f"{path}: not a readable WARC/ARC file (no WARC or ARC header)")
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream, arc2warc=True, check_digests=True)
            while True:
                with redirect_stderr(io.StringIO()):  # warcio prints its warnings (raw bytes)
                    record = next(records, None)
                if record is None:
                    return
                try:
                    item = warc_item(record, by_host, listener.note, records)
                except InputError as error:  # one damaged record; the rest of the file goes on
                    listener.problem(str(error))
                    continue
                if item is not None:
                    yield item
    except (ArchiveLoadFailed, StatusAndHeadersParserException, EOFError, zlib.error) as error:
        raise InputError(f"{path}: not a readable WARC/ARC file ({first_line(error)})") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error})") from None


def first_line(error: Exception) -> str:
    """The gist of a library's error: its first line, without the raw bytes some echo."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return printable(lines[0], 120) if lines else type(error).__name__


class OffTopicPage(Exception):
    """An HTML record with no topical word anywhere in its markup (see `may_be_topical`)."""


def warc_item(record, by_host: dict[str, Source], note: Callable[[str], None] = ignore,
              records=None, topical_only: bool = False) -> Optional[Item]:
    """The document of one WARC record, if it is an HTML page or an order (PDF/DOCX) answered
    with 200; given the ArchiveIterator it came from, the record must also be whole.

    With `topical_only` (the Spark job keeps topical pages only) a page whose markup has no
    topical word raises OffTopicPage before its costly HTML-to-text step."""
    if record.rec_type not in ("response", "resource"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    where = url or f"record {record.rec_headers.get_header('WARC-Record-ID')}"
    status, headers, content_type = 200, {}, record.rec_headers.get_header("Content-Type") or ""
    if record.http_headers is not None:
        code = record.http_headers.get_statuscode() or ""
        if not code.isdigit():
            raise InputError(f"{where}: HTTP status {code!r} is not a number")
        status = int(code)
        headers = dict(record.http_headers.headers)
        content_type = record.http_headers.get_header("Content-Type") or ""
    if status != 200:
        return None
    kind = document_kind(url or "", content_type)
    if "html" not in content_type.lower() and kind is None:
        return None
    try:
        raw = read_limited(record.content_stream(), where)
    except (zlib.error, EOFError, ValueError) as error:
        raise InputError(f"{where}: content cannot be decoded ({first_line(error)})") from None
    if records is not None:
        check_whole(records, record, where)
    fetched = Fetched(url=url, final_url=url, status=status, headers=headers,
                      fetched_at=record.rec_headers.get_header("WARC-Date"))
    if kind is not None:
        return document_item(raw, kind, url, fetched, by_host)
    if topical_only and not may_be_topical(decode(raw, content_type)[0]):
        raise OffTopicPage(where)
    return html_item(raw, url, by_host, content_type, fetched=fetched, note=note)


def check_whole(records, record, where: str) -> None:
    """A record cut short (the archive ends inside it), one whose Content-Length is wrong
    (it is not followed by the blank line that ends a record) or whose digest does not
    match is not stored as if it were whole."""
    warnings_before = records.err_count
    with redirect_stderr(io.StringIO()):
        records.read_to_end()
    missing = getattr(record.raw_stream, "limit", 0)
    if missing > 0:
        raise InputError(f"{where}: record is not whole (the archive ends {missing} bytes "
                         "before the end its Content-Length gives)")
    if records.err_count > warnings_before:
        raise InputError(f"{where}: record is not whole (its Content-Length does not match "
                         "where the record ends)")
    # Only the block digest covers the record's bytes as stored; some crawlers compute the
    # payload digest over the de-chunked body, so its mismatch alone proves no damage.
    problems = getattr(getattr(record, "digest_checker", None), "problems", [])
    failed = [problem for problem in problems if problem.startswith("block digest failed")]
    if failed:
        raise InputError(f"{where}: record is not whole ({failed[0]})")


def archive_header(path: Path) -> bool:
    """warcio reads almost any bytes as ARC records, so check the file opens like an archive."""
    import gzip
    import zlib
    try:
        with path.open("rb") as stream:
            head = stream.read(2)
            stream.seek(0)
            opened = gzip.open(stream) if head == b"\x1f\x8b" else stream
            start = opened.read(16)
    except (OSError, EOFError, zlib.error):
        return False
    return start.startswith((b"WARC/", b"filedesc://"))


def document_item(raw: bytes, kind: str, url: Optional[str], fetched: Fetched,
                  by_host: dict[str, Source], path: Optional[str] = None) -> Item:
    """An archived or saved PDF or DOCX (an order or decree) as a document of its own."""
    try:
        text = document_text(raw, kind)
    except ValueError as error:
        raise InputError(f"{url or path}: {error}") from None
    source = by_host.get(urlsplit(url).netloc) if url else None
    document = Document(text=text, url=url, path=path,
                        outlet=source.outlet if source else None,
                        jurisdiction=source.jurisdiction if source else None)
    fetched.raw = raw
    return Item(document, fetched, source.name if source else "ingest")


def page_item(path: Path, by_host: dict[str, Source], note: Callable[[str], None]) -> Item:
    """A saved page: its URL from <link rel=canonical> or og:url when the page has one."""
    raw = read_file(path, text=True)
    text, _ = decode(raw)
    url = canonical(text) or og_url(text)
    return html_item(raw, url if url and url.startswith("http") else None, by_host,
                     path=str(path), note=note)


def og_url(html: str) -> Optional[str]:
    import re
    match = re.search(r"<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)",
                      html[:200_000], re.I)
    return match.group(1) if match else None


def record_items(path: Path, by_host: dict[str, Source], listener: Listener) -> Iterator[Item]:
    """JSONL (one record a line) or JSON (a record or a list): {url, title, published, html|text}."""
    for _, record in export_records(path, listener):
        yield record_item(record, by_host, str(path))


def record_item(record: dict, by_host: dict[str, Source], path: str) -> Item:
    url = record.get("url") if isinstance(record.get("url"), str) else None
    title, published = record.get("title"), record.get("published")
    if isinstance(record.get("html"), str) and record["html"].strip():
        return html_item(record["html"].encode("utf-8"), url, by_host, "text/html; charset=utf-8",
                         path=path if not url else None, title=title, published=published)
    document = Document(text=record["text"], url=url, path=None if url else path,
                        title=title, published=published,
                        outlet=record.get("outlet"), jurisdiction=record.get("jurisdiction"))
    key = url or f"{Path(path).resolve().as_uri()}#{document.id}"
    return Item(document, Fetched(url=key, raw=None))


def text_item(path: Path, note: Callable[[str], None]) -> Item:
    """Plain text as `extract` reads it (encoding detection, leading date token)."""
    raw = read_file(path, text=True)
    document = text_document(text_of(raw, str(path), note), path=str(path))
    return Item(document, Fetched(url=path.resolve().as_uri(), raw=raw))
