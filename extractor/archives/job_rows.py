"""WARC records to table rows, the work one Spark task does (plain Python, no Spark here).

Each record goes through the very functions `ingest` uses: `warc_item` (which
records count, decoding, HTML-to-text, the source's selectors) and
`extract_item` (the cheap topical filter, then the engine). What happened to
every record is counted in `Counts`, which travel as rows of their own, so the
job's summary comes from its data, not from side effects a retried task would
count twice.
"""
from __future__ import annotations

import io
import zlib
from dataclasses import astuple, dataclass, field, fields
from pathlib import Path
from typing import Any, BinaryIO, Iterator, Optional

from extractor.archives.ingest import (Item, OffTopicPage, archive_header, extract_item,
                                       warc_item)
from extractor.archives.tables import as_tuple, document_row, fact_rows
from extractor.records import Extraction
from extractor.web.sources import Source

ERRORS_PER_TASK = 20
Row = tuple[str, tuple]  # ("documents" | "facts" | "counts", values)


@dataclass
class Counts:
    """What a job did with its records; adds up across tasks."""

    files: int = 0
    records: int = 0      # WARC records read (or index rows fetched)
    not_html: int = 0     # skipped: not a 200 HTML page or an archived PDF/DOCX
    off_topic: int = 0    # filtered: the topical pre-filter turned it away
    extracted: int = 0    # read by the engine
    failed: int = 0       # a broken record, file or fetch
    documents: int = 0    # rows written to the documents table
    facts: int = 0        # rows written to the facts table
    errors: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        self.failed += 1
        if len(self.errors) < ERRORS_PER_TASK:
            self.errors.append(message)

    def add(self, other: "Counts") -> "Counts":
        for name in (f.name for f in fields(self) if f.name != "errors"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)
        return self

    def as_row(self) -> Row:
        return "counts", astuple(self)

    @classmethod
    def from_row(cls, values: tuple) -> "Counts":
        return cls(*values[:-1], errors=list(values[-1]))

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["errors"] = sorted(self.errors)
        return data

    def line(self) -> str:
        files = f"{self.files} files, " if self.files else ""
        return (f"{files}{self.records} records read: {self.not_html} skipped as "
                f"not HTML, {self.off_topic} filtered as off-topic, {self.extracted} extracted "
                f"({self.facts} facts), {self.failed} failed")


def file_rows(path: Path, warc_file: str, by_host: dict[str, Source], keep_off_topic: bool,
              counts: Counts) -> Iterator[Row]:
    """Rows of every record of one WARC/ARC file; a broken file or record is counted, not raised."""
    counts.files += 1
    if not archive_header(path):
        counts.fail(f"{warc_file}: not a readable WARC/ARC file (no WARC or ARC header)")
        return
    try:
        with path.open("rb") as stream:
            yield from stream_rows(stream, warc_file, by_host, keep_off_topic, counts)
    except OSError as error:
        counts.fail(f"{warc_file}: cannot read ({error})")


def stream_rows(stream: BinaryIO, warc_file: str, by_host: dict[str, Source],
                keep_off_topic: bool, counts: Counts) -> Iterator[Row]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    records = ArchiveIterator(stream, arc2warc=True)
    try:
        for record in records:
            counts.records += 1
            try:
                item = warc_item(record, by_host, topical_only=not keep_off_topic)
                offset, length = records.get_record_offset(), records.get_record_length()
            except OffTopicPage:  # no topical word in the markup: no HTML-to-text needed
                counts.off_topic += 1
                continue
            except Exception as error:  # one damaged record; the rest of the file goes on
                counts.fail(f"{warc_file}: record {counts.records}: {error}")
                continue
            yield from item_rows(item, warc_file, offset, length, keep_off_topic, counts)
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError) as error:
        counts.fail(f"{warc_file}: unreadable after {counts.records} records ({error})")


def range_rows(data: bytes, warc_file: str, offset: int, length: int,
               by_host: dict[str, Source], keep_off_topic: bool, counts: Counts) -> Iterator[Row]:
    """Rows of the one record fetched by a range request (its offset and length from the index)."""
    from warcio.archiveiterator import ArchiveIterator
    try:
        record = next(iter(ArchiveIterator(io.BytesIO(data), arc2warc=True)))
        item = warc_item(record, by_host, topical_only=not keep_off_topic)
    except OffTopicPage:
        counts.off_topic += 1
        return
    except Exception as error:
        counts.fail(f"{warc_file}@{offset}: unreadable record ({error})")
        return
    yield from item_rows(item, warc_file, offset, length, keep_off_topic, counts)


def item_rows(item: Optional[Item], warc_file: str, offset: int, length: Optional[int],
              keep_off_topic: bool, counts: Counts) -> Iterator[Row]:
    if item is None:
        counts.not_html += 1
        return
    try:
        extraction = extract_item(item)
    except Exception as error:  # the engine failing on one page fails that page only
        counts.fail(f"{warc_file}@{offset}: {item.fetched.url}: {error}")
        return
    topical = extraction is not None
    if topical:
        counts.extracted += 1
    else:
        counts.off_topic += 1
        if not keep_off_topic:
            return
        extraction = Extraction(document=item.document, facts=[])
    document = document_row(extraction, item.fetched, item.source, warc_file, offset, length,
                            topical)
    counts.documents += 1
    yield "documents", as_tuple("documents", document)
    for fact in fact_rows(extraction, document["document_key"], document["year"]):
        counts.facts += 1
        yield "facts", as_tuple("facts", fact)
