"""Series and facts as tidy tables that pandas, R, datasette and spreadsheets read as they are.

One row per observation in each table, one type per column, ids that join them:

- points:    one row per point of a series, with its resolved value and status;
- readings:  one row per distinct value a point was given (drafts, conflicting values);
- sources:   one row per source of a reading (document, quote, URL);
- facts:     one row per extracted fact;
- documents: one row per document that has a fact.

Times are ISO 8601 `start` and `end` days beside the period as written and its kind,
so '2025', '2025-Q1', '2025-01/2025-09' and an as-of date sort and filter alike.
Only web addresses leave the machine: a local file is named by its file name alone.
The columns, their types and descriptions are `extractor/schemas/tables.json`, the
Table Schemas the data package publishes; rows here follow them.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path, PurePath
from typing import Any, Iterable, Iterator, Optional

from extractor.answers.labels import DIMENSIONS, dimension_label, indicator_label, country_name
from extractor.answers.series import Point, Reading, Series, SeriesSet
from extractor.periods import period_or_none
from extractor.records import Document, Extraction, Fact, plain_number, stable_id

TABLES_FILE = Path(__file__).resolve().parents[1] / "schemas" / "tables.json"
TABLE_NAMES = ("points", "readings", "sources", "facts", "documents")


@lru_cache(maxsize=None)
def table_schemas() -> dict[str, dict[str, Any]]:
    """The Table Schema of each table, by name (the published column definitions)."""
    return json.loads(TABLES_FILE.read_text(encoding="utf-8"))["tables"]


def columns(table: str) -> list[str]:
    return [f["name"] for f in table_schemas()[table]["fields"]]


# -- time -----------------------------------------------------------------------
@dataclass(frozen=True)
class Span:
    """A time as written, its kind and the first and last day it covers."""

    written: Optional[str]
    kind: Optional[str]  # year | quarter | month | range | as_of | day
    start: Optional[str]
    end: Optional[str]


def span_of(period: Optional[str], as_of: Optional[str]) -> Span:
    """A stock's as-of date names its point; otherwise the period's days."""
    if as_of:
        days = period_or_none(as_of)
        return Span(as_of, "as_of", days.start.isoformat(), days.end.isoformat()) \
            if days and days.kind != "range" else Span(as_of, "as_of", None, None)
    if not period:
        return Span(None, None, None, None)
    days = period_or_none(period)
    if days is None:
        return Span(period, "other", None, None)
    return Span(period, days.kind, days.start.isoformat(), days.end.isoformat())


# -- small helpers --------------------------------------------------------------
def web_address(url: Optional[str]) -> Optional[str]:
    return url if url and url.startswith(("http://", "https://")) else None


def file_name(document: Document) -> Optional[str]:
    """A local file by its name only: an absolute path says nothing on another machine."""
    local = document.path or (document.url if document.url and document.url.startswith("file:") else None)
    if not local:
        return None
    return PurePath(local.removeprefix("file://")).name or None


def iso_day(text: Optional[str]) -> Optional[str]:
    """A publication day as a date column takes it; anything else is left empty."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def status_name(status: Optional[str]) -> str:
    """A figure stated with no status word is reported as in force."""
    return status or "reported"


@dataclass(frozen=True)
class ReviewNote:
    """What a person said of a fact: a corrected fact keeps its original fields."""

    action: str
    reason: Optional[str]
    reviewer: Optional[str]
    original: dict[str, Any]

    @property
    def original_value(self) -> Any:
        value = self.original.get("value")
        return plain_number(value) if isinstance(value, (int, float)) else None


def review_of(fact: Fact) -> Optional[ReviewNote]:
    """The review a fact carries (`fact.review`), or None when nobody reviewed it."""
    review = getattr(fact, "review", None)
    if not review:
        return None
    review = review if isinstance(review, dict) else getattr(review, "__dict__", {})
    return ReviewNote(str(review.get("action") or ""), review.get("reason"),
                      review.get("reviewer"), dict(review.get("original") or {}))


# The breakdown 'category' is a quota category; a fact's own `category` (quota, count,
# policy) is another thing, so the column says which.
DIMENSION_COLUMNS = {"category": "quota_category"}


def dimension_columns(dimensions: dict[str, Optional[str]]) -> dict[str, Optional[str]]:
    row: dict[str, Optional[str]] = {}
    for kind in DIMENSIONS:
        code = (dimensions or {}).get(kind) or None
        column = DIMENSION_COLUMNS.get(kind, kind)
        row[column] = code
        row[f"{column}_label"] = dimension_label(kind, code)
    return row


def point_id(series: Series, point: Point) -> str:
    return stable_id(series.key, point.time)


def reading_id(series: Series, point: Point, reading: Reading) -> str:
    return stable_id(series.key, point.time, reading.value, reading.qualifier, reading.status)


# -- series tables --------------------------------------------------------------
def point_rows(result: SeriesSet) -> Iterator[dict[str, Any]]:
    for series in result.ordered():
        for point in series.ordered_points():
            yield point_row(series, point)


def point_row(series: Series, point: Point) -> dict[str, Any]:
    span = span_of(point.period, point.as_of)
    current = point.current()
    values = [r.value for r in current]
    sources = point.sources()
    published = sorted(d for d in (iso_day(s.published) for s in sources) if d)
    row = {
        "point_id": point_id(series, point), "series": series.key,
        "jurisdiction": series.jurisdiction,
        "jurisdiction_name": country_name(series.jurisdiction) if series.jurisdiction else None,
        "indicator": series.indicator, "indicator_label": indicator_label(series.indicator),
        **dimension_columns(series.dimensions),
        "measure": series.measure, "unit": series.unit,
        "period": span.written, "period_kind": span.kind, "start": span.start, "end": span.end,
        "value": plain_number(point.value), "qualifier": point.qualifier,
        "status": None if point.conflict and point.status is None else status_name(point.status),
        "conflict": point.conflict, "conflict_kind": point.conflict_kind,
        "value_min": plain_number(min(values)), "value_max": plain_number(max(values)),
        "reading_count": len(point.readings), "source_count": len(sources),
        "document_count": len({s.document_id for s in sources}),
        "first_published": published[0] if published else None,
        "last_published": published[-1] if published else None,
        "parent_series": series.parent,
    }
    return row


def each_reading(result: SeriesSet) -> Iterator[tuple[Series, Point, Reading, bool]]:
    """(series, point, reading, is it current) for every reading, in series order."""
    for series in result.ordered():
        for point in series.ordered_points():
            current = point.current()
            for reading in point.readings:
                yield series, point, reading, reading in current


def reading_rows(result: SeriesSet) -> Iterator[dict[str, Any]]:
    for series, point, reading, current in each_reading(result):
        yield {
            "reading_id": reading_id(series, point, reading),
            "point_id": point_id(series, point), "series": series.key,
            "period": point.time, "value": plain_number(reading.value),
            "qualifier": reading.qualifier, "status": status_name(reading.status),
            "current": current, "source_count": len(reading.sources),
        }


def source_rows(result: SeriesSet) -> Iterator[dict[str, Any]]:
    for series, point, reading, _ in each_reading(result):
        for source in reading.sources:
            yield {
                "reading_id": reading_id(series, point, reading),
                "point_id": point_id(series, point), "document_id": source.document_id,
                "fact_id": source.fact_id, "url": web_address(source.url),
                "outlet": source.outlet, "published": iso_day(source.published),
                "title": source.title, "quote": source.quote,
                "sentence": source.sentence, "quote_start": source.start,
                "quote_end": source.end, "derived": source.derived,
            }


# -- fact and document tables ---------------------------------------------------
def fact_rows(extractions: Iterable[Extraction]) -> Iterator[dict[str, Any]]:
    for extraction in extractions:
        document = extraction.document
        for fact in extraction.facts:
            span = span_of(fact.time.period, fact.time.as_of)
            review = review_of(fact)
            yield {
                "fact_id": fact.id, "document_id": document.id, "category": fact.category,
                "indicator": fact.indicator, "indicator_label": indicator_label(fact.indicator),
                "subject": fact.subject, "value": plain_number(fact.value),
                "previous": plain_number(fact.previous), "unit": fact.unit,
                "qualifier": fact.qualifier, "status": status_name(fact.status),
                "jurisdiction": fact.jurisdiction or document.jurisdiction,
                **dimension_columns(fact.dimensions),
                "period": span.written, "period_kind": span.kind, "start": span.start,
                "end": span.end,
                "change": fact.change.direction if fact.change else None,
                "share_pct": plain_number(fact.share_pct), "parent_id": fact.parent,
                "speaker": fact.speaker.name if fact.speaker else None,
                "quote": fact.evidence.text, "quote_start": fact.evidence.start,
                "quote_end": fact.evidence.end, "sentence": fact.evidence.sentence,
                "url": web_address(document.url), "published": iso_day(document.published),
                "outlet": document.outlet, "rule": fact.rule,
                "confidence": fact.confidence, "review": review.action if review else None,
                "review_reason": review.reason if review else None,
                "reviewer": review.reviewer if review else None,
                "original_value": review.original_value if review else None,
                "review_original": json.dumps(review.original, ensure_ascii=False, default=str)
                if review else None,
            }


def document_rows(extractions: Iterable[Extraction]) -> Iterator[dict[str, Any]]:
    """Documents that have a fact: the rest are not what the tables are about."""
    for extraction in extractions:
        if not extraction.facts:
            continue
        document = extraction.document
        yield {
            "document_id": document.id, "url": web_address(document.url),
            "file": file_name(document), "title": document.title,
            "published": iso_day(document.published), "outlet": document.outlet,
            "language": document.language, "jurisdiction": document.jurisdiction,
            "fact_count": len(extraction.facts), "text": document.text,
        }


def cell(value: Any) -> Any:
    """CSV text of one value: booleans as true/false, missing as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_table(table: str, rows: Iterable[dict[str, Any]], out) -> int:
    """Write one table as CSV in its schema's column order; returns the row count."""
    import csv
    names = columns(table)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    count = 0
    for row in rows:
        writer.writerow([cell(row.get(name)) for name in names])
        count += 1
    return count
