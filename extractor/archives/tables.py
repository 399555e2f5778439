"""The documents and facts tables of a Spark job: rows out, extractions back in.

The columns are published in `extractor/schemas/archive-tables.json`; the job
builds its Spark schema from that file and `extractor ingest` checks what it
reads against it. Rows are plain dicts made here from the same records the
engine returns, so what a cluster writes and what `ingest` stores back are the
same documents with the same facts, field for field.

A finished job folder holds `documents/`, `facts/` (Parquet, or JSON lines on
request, partitioned by jurisdiction and year) and `_extractor.json`, written
last: a folder without it is a job that did not finish, and is refused.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

from extractor.errors import InputError
from extractor.records import Change, Document, Evidence, Extraction, Fact, Speaker, TimeRef, stable_id
from extractor.store import Fetched, sha256_text

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schemas" / "archive-tables.json"
MARKER = "_extractor.json"
TABLES = ("documents", "facts")
PARTITIONS = ("jurisdiction", "year")
HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"
YEAR = re.compile(r"\d{4}")


@lru_cache(maxsize=None)
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def columns(table: str) -> list[tuple[str, str]]:
    """(name, type) of a table's columns, partition columns last, as published."""
    return [(name, kind) for name, kind, _ in schema()["tables"][table]["columns"]]


def record_key(warc_file: str, offset: int) -> str:
    """A record's identity: the same (file, offset) gives the same key on every run."""
    return stable_id(warc_file, offset)


def year_of(published: Optional[str], fetch_date: Optional[str]) -> Optional[int]:
    for value in (published, fetch_date):
        if value and YEAR.match(value):
            return int(value[:4])
    return None


# -- rows out ------------------------------------------------------------------------
def document_row(extraction: Extraction, fetched: Fetched, source: str, warc_file: str,
                 offset: int, length: Optional[int], topical: bool) -> dict[str, Any]:
    document = extraction.document
    return {
        "document_key": record_key(warc_file, offset),
        "document_id": document.id,
        "url": fetched.url or document.url,
        "canonical_url": fetched.canonical_url,
        "source": source,
        "warc_file": warc_file,
        "warc_offset": offset,
        "warc_length": length,
        "fetch_date": fetched.fetched_at,
        "status": fetched.status,
        "published": document.published,
        "title": document.title,
        "outlet": document.outlet,
        "language": document.language,
        "text_sha256": sha256_text(document.text),
        "topical": topical,
        "text": document.text,
        "jurisdiction": document.jurisdiction,
        "year": year_of(document.published, fetched.fetched_at),
    }


def fact_rows(extraction: Extraction, key: str, year: Optional[int]) -> list[dict[str, Any]]:
    rows = []
    for position, fact in enumerate(extraction.facts):
        change, speaker = fact.change, fact.speaker
        rows.append({
            "document_key": key, "document_id": extraction.document.id, "position": position,
            "fact_id": fact.id, "category": fact.category, "indicator": fact.indicator,
            "subject": fact.subject, "value": fact.value, "previous": fact.previous,
            "unit": fact.unit, "qualifier": fact.qualifier, "dimensions": dict(fact.dimensions),
            "period": fact.time.period, "as_of": fact.time.as_of, "status": fact.status,
            "change_direction": change.direction if change else None,
            "change_delta": change.delta if change else None,
            "change_delta_pct": change.delta_pct if change else None,
            "change_ratio": change.ratio if change else None,
            "share_pct": fact.share_pct, "parent": fact.parent,
            "speaker_name": speaker.name if speaker else None,
            "speaker_role": speaker.role if speaker else None,
            "evidence_text": fact.evidence.text, "evidence_start": fact.evidence.start,
            "evidence_end": fact.evidence.end, "evidence_sentence": fact.evidence.sentence,
            "rule": fact.rule, "confidence": fact.confidence,
            "jurisdiction": fact.jurisdiction, "year": year,
        })
    return rows


CASTS = {"double": float, "long": int, "int": int}


def as_tuple(table: str, row: dict[str, Any]) -> tuple:
    """A row in the published column order and types (19400 -> 19400.0), as Spark wants it."""
    return tuple(row[name] if row[name] is None or kind not in CASTS else CASTS[kind](row[name])
                 for name, kind in columns(table))


# -- extractions back in -------------------------------------------------------------
def document_of(row: dict[str, Any]) -> tuple[Document, Fetched, str]:
    document = Document(text=row["text"], url=row["url"], title=row["title"],
                        published=row["published"], outlet=row["outlet"],
                        language=row["language"] or "ru", jurisdiction=row["jurisdiction"],
                        id=row["document_id"])
    fetched = Fetched(url=row["url"], final_url=row["url"], canonical_url=row["canonical_url"],
                      status=row["status"], fetched_at=row["fetch_date"])
    return document, fetched, row["source"] or "ingest"


def fact_of(row: dict[str, Any]) -> Fact:
    change = None
    if row["change_direction"] is not None:
        change = Change(direction=row["change_direction"], delta=row["change_delta"],
                        delta_pct=row["change_delta_pct"], ratio=row["change_ratio"])
    speaker = None
    if row["speaker_name"] is not None or row["speaker_role"] is not None:
        speaker = Speaker(name=row["speaker_name"], role=row["speaker_role"])
    dimensions = row["dimensions"] or {}
    if isinstance(dimensions, list):  # pyarrow reads a map as (key, value) pairs
        dimensions = dict(dimensions)
    return Fact(category=row["category"], subject=row["subject"], value=row["value"],
                unit=row["unit"],
                evidence=Evidence(text=row["evidence_text"], start=int(row["evidence_start"]),
                                  end=int(row["evidence_end"]), sentence=row["evidence_sentence"]),
                rule=row["rule"], indicator=row["indicator"], previous=row["previous"],
                qualifier=row["qualifier"], dimensions=dimensions,
                time=TimeRef(period=row["period"], as_of=row["as_of"]), status=row["status"],
                change=change, share_pct=row["share_pct"], parent=row["parent"],
                jurisdiction=row["jurisdiction"], speaker=speaker,
                confidence=row["confidence"], id=row["fact_id"])


def is_job_output(raw: str) -> bool:
    """A folder a Spark job wrote (finished or not), rather than a folder of pages."""
    path = Path(raw)
    return (path / MARKER).is_file() or (path / "documents" / "_SUCCESS").is_file()


def read_job_output(raw: str, warn: Callable[[str], None]
                    ) -> Iterator[tuple[Extraction, Fetched, str]]:
    """Every document with its facts, in the order a direct ingest of the same WARC files
    meets them (file by file, record by record), so deduplication and versions come out alike."""
    path = Path(raw)
    marker = read_marker(path)
    documents = read_table(path, "documents", marker["format"])
    facts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in read_table(path, "facts", marker["format"]):
        facts[row["document_key"]].append(row)
    documents.sort(key=lambda r: (r["warc_file"].split("/"), r["warc_offset"]))
    for row in documents:
        try:
            document, fetched, source = document_of(row)
            if sha256_text(document.text) != row["text_sha256"]:
                raise InputError(f"{raw}: document {row['document_key']}: text does not match "
                                 "its sha256")
            found = [fact_of(f) for f in sorted(facts.pop(row["document_key"], []),
                                                key=lambda f: f["position"])]
        except (KeyError, TypeError, ValueError) as error:
            warn(f"{raw}: document {row.get('document_key')}: unreadable row ({error})")
            continue
        except InputError as error:
            warn(str(error))
            continue
        yield Extraction(document=document, facts=found), fetched, source
    for key in sorted(facts):
        warn(f"{raw}: {len(facts[key])} facts of document {key}, which is not in the "
             "documents table")


def read_marker(path: Path) -> dict[str, Any]:
    marker = path / MARKER
    if not marker.is_file():
        raise InputError(f"{path}: the Spark job that writes this folder did not finish "
                         f"(no {MARKER}); run it again")
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"{marker}: unreadable ({error})") from None
    if data.get("format") not in ("parquet", "jsonl"):
        raise InputError(f"{marker}: unknown format {data.get('format')!r}")
    if data.get("schema_version") != schema()["version"]:
        raise InputError(f"{marker}: tables of schema version {data.get('schema_version')}, "
                         f"this extractor reads version {schema()['version']}")
    return data


def read_table(path: Path, table: str, form: str) -> list[dict[str, Any]]:
    folder = path / table
    if not folder.is_dir():
        raise InputError(f"{path}: no {table}/ table")
    rows = read_parquet(folder, table) if form == "parquet" else read_jsonl(folder, table)
    required = schema()["tables"][table]["not_null"]
    for row in rows:
        empty = [name for name in required if row.get(name) is None]
        if empty:
            raise InputError(f"{folder}: not the published {table} table "
                             f"(no {', '.join(empty)})")
    return rows


def read_parquet(folder: Path, table: str) -> list[dict[str, Any]]:
    try:
        import pyarrow as pa
        import pyarrow.dataset as ds
    except ImportError:
        raise InputError(f"{folder}: reading Parquet needs pyarrow: "
                         "pip install 'briefing-extractor[spark]'") from None
    partitioning = ds.partitioning(pa.schema([("jurisdiction", pa.string()), ("year", pa.int32())]),
                                   flavor="hive")
    try:
        dataset = ds.dataset(str(folder), format="parquet", partitioning=partitioning,
                             ignore_prefixes=[".", "_"])
        missing = [name for name, _ in columns(table) if name not in dataset.schema.names]
        if missing and dataset.files:
            raise InputError(f"{folder}: not the published {table} table "
                             f"(no {', '.join(missing)})")
        return dataset.to_table().to_pylist()
    except (OSError, pa.ArrowException) as error:
        raise InputError(f"{folder}: unreadable Parquet ({error})") from None


def read_jsonl(folder: Path, table: str) -> list[dict[str, Any]]:
    """Spark's JSON lines: one object a line, null fields left out, partitions in the path."""
    names = [name for name, _ in columns(table)]
    rows = []
    for file in sorted(folder.rglob("*.json")):
        if any(part.startswith(("_", ".")) for part in file.relative_to(folder).parts):
            continue
        partition = partition_values(file.relative_to(folder))
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"{file}: unreadable ({error})") from None
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(f"{file}:{number}: not valid JSON ({error.msg})") from None
            rows.append({**{name: data.get(name) for name in names}, **partition})
    return rows


def partition_values(relative: Path) -> dict[str, Any]:
    values: dict[str, Any] = {name: None for name in PARTITIONS}
    for part in relative.parts[:-1]:
        name, _, value = part.partition("=")
        if name in values and value != HIVE_NULL:
            values[name] = int(value) if name == "year" else value
    return values


def write_marker(summary: dict[str, Any], form: str) -> str:
    """The text of `_extractor.json`: format, schema version and the job's summary."""
    return json.dumps({"format": form, "schema_version": schema()["version"],
                       "tables": list(TABLES), "summary": summary},
                      ensure_ascii=False, indent=2, sort_keys=True)

