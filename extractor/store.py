"""The document and fact store: one SQLite file, safe against Ctrl-C and crashes.

Every page we fetch or ingest is kept raw (zlib-compressed) beside its
extracted text and metadata, and the engine's facts are stored next to it.
Each document is written in ONE transaction (document row, its URL, its facts
and the crawl mark together), so an interrupted run loses at most the page in
flight and never leaves half a document. WAL mode lets `db stats` or a report
read while a scrape is writing.

Identity rules:
- a document's identity is its extracted text (sha256): the same text under a
  second URL adds the URL to the existing document (table `document_urls`);
- a URL whose text changed gets a new version of the document; the old version
  stays, marked not current, and `previous_id` links the chain.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from extractor.errors import UserError
from extractor.records import Document, Extraction, Fact
from extractor.reviews import Review, apply_reviews

DEFAULT_PATH = "briefings.db"
ENV_VAR = "EXTRACTOR_DB"

SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS sources (
    name TEXT PRIMARY KEY,
    jurisdiction TEXT,
    language TEXT,
    config TEXT,
    last_fetch TEXT
);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL,
    source TEXT,
    url TEXT,
    canonical_url TEXT,
    fetched_at TEXT NOT NULL,
    status INTEGER,
    headers TEXT,
    raw BLOB,
    raw_sha256 TEXT,
    sha256 TEXT NOT NULL,
    text TEXT NOT NULL,
    meta TEXT NOT NULL,
    published TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    previous_id INTEGER REFERENCES documents(id),
    current INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS documents_sha ON documents(sha256);
CREATE INDEX IF NOT EXISTS documents_current ON documents(current, published);
CREATE TABLE IF NOT EXISTS document_urls (
    url TEXT PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    first_seen TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS document_urls_doc ON document_urls(document_id);
CREATE TABLE IF NOT EXISTS facts (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    fact_id TEXT NOT NULL,
    category TEXT,
    indicator TEXT,
    country TEXT,
    period TEXT,
    as_of TEXT,
    jurisdiction TEXT,
    value REAL,
    fact TEXT NOT NULL,
    announced INTEGER,
    PRIMARY KEY (document_id, fact_id)
);
CREATE INDEX IF NOT EXISTS facts_indicator ON facts(indicator, country, period, as_of);
CREATE INDEX IF NOT EXISTS facts_announced ON facts(announced);
CREATE TABLE IF NOT EXISTS crawl_state (
    key TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    outcome TEXT,
    body TEXT,
    updated_at TEXT NOT NULL
);
"""

# Version 2: the duplicate-text lookup gets an index of its own (its cost no longer
# grows with the store), facts get real columns for datasette and SQL users, a view
# joins each fact to its document, and document text gets full-text search.
FACT_COLUMNS = {  # column -> where it is in the fact's JSON
    "unit": "$.unit", "qualifier": "$.qualifier", "status": "$.status",
    "sector": "$.dimensions.sector", "region": "$.dimensions.region",
    "category_slug": "$.dimensions.category", "previous": "$.previous",
    "quote": "$.evidence.text", "sentence": "$.evidence.sentence",
    "start": "$.evidence.start", "end": "$.evidence.end",
}


def facts_view(more_columns: str = "") -> str:
    """Each current fact beside its document, for SQL and datasette users."""
    return f"""
CREATE VIEW IF NOT EXISTS facts_view AS
SELECT f.fact_id, f.category, f.indicator, f.value, f.previous, f.unit, f.qualifier, f.status,
       f.country, f.sector, f.region, f.category_slug, f.period, f.as_of, f.jurisdiction,
       f.quote, f.sentence, f.start, f."end",
       (SELECT url FROM document_urls u WHERE u.document_id = d.id
        ORDER BY first_seen, rowid LIMIT 1) AS url,
       d.published, json_extract(d.meta, '$.title') AS title,
       json_extract(d.meta, '$.outlet') AS outlet, d.doc_id, d.id AS document_row{more_columns}
FROM facts f JOIN documents d ON d.id = f.document_id WHERE d.current = 1;
"""


SCHEMA_V2 = "\n".join([
    "CREATE INDEX IF NOT EXISTS documents_sha_current ON documents(sha256, current);",
    *(f'ALTER TABLE facts ADD COLUMN "{name}";' for name in FACT_COLUMNS),
    "UPDATE facts SET " + ", ".join(f'"{name}" = json_extract(fact, \'{path}\')'
                                    for name, path in FACT_COLUMNS.items()) + ";",
    facts_view(),
    """
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    text, content='documents', content_rowid='id', tokenize='unicode61');
CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
"""])

# Version 3: what people said of facts (extractor review), keyed by the fact's stable id.
SCHEMA_V3 = """
CREATE TABLE IF NOT EXISTS reviews (
    fact_id TEXT PRIMARY KEY,
    action TEXT NOT NULL,
    changes TEXT NOT NULL,
    reason TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL
);
DROP VIEW IF EXISTS facts_view;
""" + facts_view(",\n       (SELECT action FROM reviews r WHERE r.fact_id = f.fact_id) AS review")

# Each entry brings a store from the version before it to its own; a store records
# its version in PRAGMA user_version, so a store made by this release is opened, or
# upgraded in one transaction, by the next one.
MIGRATIONS = {1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3}
SCHEMA_VERSION = max(MIGRATIONS)


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Fetched:
    """What the HTTP layer saw for a stored page (all optional for archives)."""

    url: Optional[str] = None
    final_url: Optional[str] = None
    canonical_url: Optional[str] = None
    status: Optional[int] = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: Optional[bytes] = None
    fetched_at: Optional[str] = None


@dataclass
class SaveResult:
    """How a document landed: new, new version, another URL of a known text, or unchanged."""

    outcome: str  # "new" | "version" | "alias" | "unchanged"
    row_id: int
    new_facts: list[Fact]


def upgrade(conn: sqlite3.Connection, path: str) -> None:
    """Bring the store to SCHEMA_VERSION, one migration at a time, each all-or-nothing."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise UserError(f"{path}: store made by a newer release (schema {version}; this one "
                        f"reads up to {SCHEMA_VERSION}): upgrade briefing-extractor")
    for target in range(version + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] < target:  # not done meanwhile
                for statement in split_statements(MIGRATIONS[target]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {target}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def split_statements(script: str) -> list[str]:
    """SQL statements of a migration (executescript would commit on its own)."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    return [s for s in statements if s]


class Store:
    """A SQLite store of documents, their facts and the crawl state."""

    def __init__(self, connection: sqlite3.Connection, path: str):
        self.conn = connection
        self.path = path

    # -- opening ----------------------------------------------------------------
    @classmethod
    def open(cls, path: Optional[str] = None, create: bool = True) -> "Store":
        """Open the store at `path`, $EXTRACTOR_DB or ./briefings.db, upgrading an older one.

        Commands that only read a store pass `create=False`, so that a mistyped path is
        an error rather than a new empty store.
        """
        chosen = path or os.environ.get(ENV_VAR) or DEFAULT_PATH
        if not create and not Path(chosen).expanduser().is_file():
            raise UserError(f"{chosen}: no such store (run `extractor run`, `extractor ingest` "
                            f"or `extractor scrape` first, or pass --db)")
        parent = Path(chosen).expanduser().resolve().parent
        if not parent.is_dir():
            raise UserError(f"{chosen}: folder for the store does not exist")
        try:
            conn = sqlite3.connect(str(Path(chosen).expanduser()), isolation_level=None,
                                   timeout=30)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            upgrade(conn, chosen)
        except sqlite3.DatabaseError as error:
            raise UserError(f"{chosen}: not a usable store ({error})") from None
        return cls(conn, chosen)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing: BEGIN IMMEDIATE ... COMMIT, rolled back on any exception or Ctrl-C."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- sources ----------------------------------------------------------------
    def register_source(self, name: str, jurisdiction: Optional[str], language: Optional[str],
                        config: dict[str, Any]) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO sources(name, jurisdiction, language, config) VALUES (?,?,?,?) "
                "ON CONFLICT(name) DO UPDATE SET jurisdiction=excluded.jurisdiction, "
                "language=excluded.language, config=excluded.config",
                (name, jurisdiction, language, json.dumps(config, ensure_ascii=False)))

    def touch_source(self, name: str) -> None:
        with self.transaction() as db:
            db.execute("UPDATE sources SET last_fetch=? WHERE name=?", (utc_now(), name))

    # -- crawl state ------------------------------------------------------------
    def is_known(self, url: str) -> bool:
        """True when `url` was stored, or fetched and deliberately skipped, before."""
        return self.seen(url) is not None

    def seen(self, url: str) -> Optional[str]:
        """'stored', why the URL was skipped when it was fetched ('off-topic', 'HTTP 404'), or None."""
        row = self.conn.execute("SELECT 1 FROM document_urls WHERE url=?", (url,)).fetchone()
        if row:
            return "stored"
        row = self.conn.execute("SELECT outcome FROM crawl_state WHERE key=?",
                                ("seen:" + url,)).fetchone()
        return row["outcome"] if row else None

    def mark_seen(self, url: str, outcome: str) -> None:
        """Remember a URL that was fetched but not stored (off-topic, 404, too large...)."""
        with self.transaction() as db:
            self._mark_seen(db, url, outcome)

    @staticmethod
    def _mark_seen(db: sqlite3.Connection, url: str, outcome: str) -> None:
        db.execute("INSERT OR REPLACE INTO crawl_state(key, outcome, updated_at) VALUES (?,?,?)",
                   ("seen:" + url, outcome, utc_now()))

    def state(self, key: str) -> Optional[str]:
        """A named crawl marker, e.g. whether the last walk over a listing finished."""
        row = self.conn.execute("SELECT outcome FROM crawl_state WHERE key=?",
                                ("state:" + key,)).fetchone()
        return row["outcome"] if row else None

    def set_state(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO crawl_state(key, outcome, updated_at) "
                       "VALUES (?,?,?)", ("state:" + key, value, utc_now()))

    def validators(self, url: str) -> dict[str, str]:
        """ETag / Last-Modified we got for a feed or listing URL, for a conditional GET."""
        row = self.conn.execute("SELECT etag, last_modified FROM crawl_state WHERE key=?",
                                ("feed:" + url,)).fetchone()
        if not row:
            return {}
        return {k: v for k, v in (("etag", row["etag"]), ("last_modified", row["last_modified"]))
                if v}

    def save_validators(self, url: str, etag: Optional[str], last_modified: Optional[str]) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO crawl_state(key, etag, last_modified, updated_at) "
                       "VALUES (?,?,?,?)", ("feed:" + url, etag, last_modified, utc_now()))

    def cached(self, key: str, max_age_s: float) -> Optional[str]:
        """A small cached text (robots.txt) if younger than `max_age_s`."""
        row = self.conn.execute("SELECT body, updated_at FROM crawl_state WHERE key=?",
                                ("cache:" + key,)).fetchone()
        if not row or row["body"] is None:
            return None
        age = datetime.now(timezone.utc) - datetime.fromisoformat(row["updated_at"])
        return row["body"] if age.total_seconds() <= max_age_s else None

    def cache(self, key: str, body: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO crawl_state(key, body, updated_at) VALUES (?,?,?)",
                       ("cache:" + key, body, utc_now()))

    def mark_due(self, url: str, source: str, reason: str, about: dict[str, Any]) -> None:
        """Remember a URL that failed for a passing reason (timeout, 5xx, a long Retry-After).

        It is tried again on every run until it is had, even while the listings
        that led to it answer 304 Not Modified. `about` is what discovery knew of it.
        """
        body = json.dumps({"source": source, **about}, ensure_ascii=False)
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO crawl_state(key, outcome, body, updated_at) "
                       "VALUES (?,?,?,?)", ("due:" + url, reason, body, utc_now()))

    def due(self, source: str) -> list[tuple[str, dict[str, Any]]]:
        """(url, about) of every URL of `source` still due, oldest failure first."""
        rows = self.conn.execute("SELECT key, body FROM crawl_state WHERE key >= 'due:' "
                                 "AND key < 'due;' ORDER BY updated_at, key").fetchall()
        found = []
        for row in rows:
            about = json.loads(row["body"] or "{}")
            if about.pop("source", None) == source:
                found.append((row["key"][len("due:"):], about))
        return found

    def clear_due(self, url: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM crawl_state WHERE key=?", ("due:" + url,))

    # -- documents --------------------------------------------------------------
    def save(self, extraction: Extraction, fetched: Fetched, source: Optional[str],
             announce: bool = False) -> SaveResult:
        """Store one extracted document with its facts, in one transaction.

        `announce=True` marks its facts as waiting to be printed by `monitor`.
        """
        document = extraction.document
        url = fetched.url or document.url or document.path
        if not url:
            raise ValueError("a stored document needs a URL or a path")
        digest = sha256_text(document.text)
        with self.transaction() as db:
            by_url = db.execute(
                "SELECT d.id, d.sha256, d.version FROM document_urls u "
                "JOIN documents d ON d.id = u.document_id WHERE u.url=?", (url,)).fetchone()
            if by_url and by_url["sha256"] == digest:
                return SaveResult("unchanged", by_url["id"], [])
            same_text = db.execute("SELECT id FROM documents WHERE sha256=? AND current=1",
                                   (digest,)).fetchone()
            if same_text and not by_url:
                db.execute("INSERT INTO document_urls(url, document_id, first_seen) "
                           "VALUES (?,?,?)", (url, same_text["id"], utc_now()))
                return SaveResult("alias", same_text["id"], [])
            previous = by_url["id"] if by_url else None
            version = by_url["version"] + 1 if by_url else 1
            row_id = self._insert_document(db, document, fetched, source, url, digest,
                                           version, previous)
            if previous is not None:
                db.execute("UPDATE documents SET current=0 WHERE id=?", (previous,))
                db.execute("UPDATE document_urls SET document_id=? WHERE url=?", (row_id, url))
            else:
                db.execute("INSERT INTO document_urls(url, document_id, first_seen) "
                           "VALUES (?,?,?)", (url, row_id, utc_now()))
            self._insert_facts(db, row_id, extraction.facts, announce)
            if fetched.final_url and fetched.final_url != url:
                db.execute("INSERT OR IGNORE INTO document_urls(url, document_id, first_seen) "
                           "VALUES (?,?,?)", (fetched.final_url, row_id, utc_now()))
        return SaveResult("version" if previous else "new", row_id, list(extraction.facts))

    @staticmethod
    def _insert_document(db: sqlite3.Connection, document: Document, fetched: Fetched,
                         source: Optional[str], url: str, digest: str, version: int,
                         previous: Optional[int]) -> int:
        raw = fetched.raw
        meta = document.to_dict()
        meta.pop("text")
        meta["url"] = url
        cursor = db.execute(
            "INSERT INTO documents(doc_id, source, url, canonical_url, fetched_at, status, "
            "headers, raw, raw_sha256, sha256, text, meta, published, version, previous_id) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (document.id, source, fetched.final_url or url, fetched.canonical_url,
             fetched.fetched_at or utc_now(), fetched.status,
             json.dumps(fetched.headers, ensure_ascii=False),
             zlib.compress(raw) if raw is not None else None,
             hashlib.sha256(raw).hexdigest() if raw is not None else None,
             digest, document.text, json.dumps(meta, ensure_ascii=False),
             document.published, version, previous))
        return int(cursor.lastrowid)

    @staticmethod
    def _insert_facts(db: sqlite3.Connection, row_id: int, facts: Iterable[Fact],
                      announce: bool, announced: Optional[dict[str, Optional[int]]] = None
                      ) -> None:
        columns = ", ".join(f'"{name}"' for name in FACT_COLUMNS)
        marks = ",".join("?" * (11 + len(FACT_COLUMNS)))
        for fact in facts:
            data = fact.to_dict()
            dimensions = fact.dimensions or {}
            db.execute(
                "INSERT OR REPLACE INTO facts(document_id, fact_id, category, indicator, country, "
                f"period, as_of, jurisdiction, value, fact, announced, {columns}) "
                f"VALUES ({marks})",
                (row_id, fact.id, fact.category, fact.indicator, dimensions.get("country"),
                 fact.time.period, fact.time.as_of, fact.jurisdiction, fact.value,
                 json.dumps(data, ensure_ascii=False),
                 announced.get(fact.id) if announced is not None else (0 if announce else None),
                 fact.unit, fact.qualifier, fact.status, dimensions.get("sector"),
                 dimensions.get("region"), dimensions.get("category"), fact.previous,
                 fact.evidence.text, fact.evidence.sentence, fact.evidence.start,
                 fact.evidence.end))

    def replace_facts(self, row_id: int, facts: Iterable[Fact]) -> None:
        """Swap a document's facts for a fresh extraction, atomically.

        A fact `monitor` has not printed yet keeps that mark, so a re-extraction after a
        monitor crash does not swallow the news.
        """
        with self.transaction() as db:
            announced = {r["fact_id"]: r["announced"] for r in db.execute(
                "SELECT fact_id, announced FROM facts WHERE document_id=?", (row_id,))}
            db.execute("DELETE FROM facts WHERE document_id=?", (row_id,))
            self._insert_facts(db, row_id, facts, announce=False, announced=announced)

    def raw(self, row_id: int) -> Optional[bytes]:
        row = self.conn.execute("SELECT raw FROM documents WHERE id=?", (row_id,)).fetchone()
        return zlib.decompress(row["raw"]) if row and row["raw"] is not None else None

    # -- reading back -----------------------------------------------------------
    def iter_documents(self, since: Optional[str] = None) -> Iterator[tuple[int, Document]]:
        """(row id, Document) for the current version of every document, oldest row first.

        `since` (YYYY-MM-DD) keeps documents published on or after that day.
        """
        query = ("SELECT d.id, d.doc_id, d.text, d.meta, "
                 "(SELECT url FROM document_urls u WHERE u.document_id=d.id "
                 " ORDER BY first_seen, rowid LIMIT 1) AS first_url "
                 "FROM documents d WHERE d.current=1")
        params: tuple[Any, ...] = ()
        if since:
            query += " AND d.published >= ?"
            params = (since,)
        for row in self.conn.execute(query + " ORDER BY d.id", params).fetchall():
            meta = json.loads(row["meta"])
            meta["text"] = row["text"]
            meta["id"] = row["doc_id"]
            meta["url"] = row["first_url"] or meta.get("url")
            yield row["id"], Document.from_dict(meta)

    def facts_of(self, row_id: int) -> list[Fact]:
        rows = self.conn.execute("SELECT fact FROM facts WHERE document_id=? ORDER BY rowid",
                                 (row_id,)).fetchall()
        return [Fact.from_dict(json.loads(r["fact"])) for r in rows]

    def iter_extractions(self, since: Optional[str] = None,
                         reviewed: bool = True) -> Iterator[Extraction]:
        """The current version of every stored document with its stored facts, as people
        reviewed them (rejected facts left out, corrections applied) unless `reviewed=False`."""
        reviews = self.reviews() if reviewed else {}
        for row_id, document in self.iter_documents(since):
            facts = self.facts_of(row_id)
            yield Extraction(document=document,
                             facts=apply_reviews(facts, reviews) if reviews else facts)

    # -- reviews ----------------------------------------------------------------
    def save_review(self, review: Review) -> None:
        """Keep a person's word on a fact; a later review of the same fact replaces it."""
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO reviews(fact_id, action, changes, reason, "
                       "reviewer, at) VALUES (?,?,?,?,?,?)",
                       (review.fact_id, review.action, json.dumps(review.changes,
                                                                  ensure_ascii=False),
                        review.reason, review.reviewer, review.at))

    def reviews(self) -> dict[str, Review]:
        rows = self.conn.execute("SELECT * FROM reviews ORDER BY at, fact_id").fetchall()
        return {r["fact_id"]: Review(fact_id=r["fact_id"], action=r["action"],
                                     changes=json.loads(r["changes"]), reason=r["reason"],
                                     reviewer=r["reviewer"], at=r["at"]) for r in rows}

    def find_fact(self, fact_id: str) -> Optional[Fact]:
        """A stored fact of a current document, by its stable id (or a unique prefix of it)."""
        rows = self.conn.execute(
            "SELECT f.fact FROM facts f JOIN documents d ON d.id = f.document_id "
            "WHERE d.current = 1 AND f.fact_id LIKE ? LIMIT 2", (fact_id + "%",)).fetchall()
        if len(rows) != 1:
            return None
        return Fact.from_dict(json.loads(rows[0]["fact"]))

    def pending_announcements(self) -> list[tuple[Document, Fact]]:
        """Facts that `monitor` has not printed yet, in storage order."""
        rows = self.conn.execute(
            "SELECT f.document_id, f.fact FROM facts f WHERE f.announced=0 "
            "ORDER BY f.document_id, f.rowid").fetchall()
        documents = dict(self.iter_documents()) if rows else {}
        result = []
        for row in rows:
            document = documents.get(row["document_id"])
            if document is not None:
                result.append((document, Fact.from_dict(json.loads(row["fact"]))))
        return result

    def mark_announced(self, fact_ids: Iterable[str]) -> None:
        with self.transaction() as db:
            db.executemany("UPDATE facts SET announced=1 WHERE fact_id=? AND announced=0",
                           [(i,) for i in fact_ids])

    def stats(self) -> dict[str, Any]:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        by_source = self.conn.execute(
            "SELECT COALESCE(source, '-') AS source, COUNT(*) AS n, MAX(fetched_at) AS last "
            "FROM documents WHERE current=1 GROUP BY source ORDER BY source").fetchall()
        return {
            "documents": one("SELECT COUNT(*) FROM documents WHERE current=1"),
            "versions": one("SELECT COUNT(*) FROM documents"),
            "urls": one("SELECT COUNT(*) FROM document_urls"),
            "facts": one("SELECT COUNT(*) FROM facts f JOIN documents d ON d.id=f.document_id "
                         "WHERE d.current=1"),
            "sources": one("SELECT COUNT(*) FROM sources"),
            "last_fetch": one("SELECT MAX(fetched_at) FROM documents"),
            "by_source": [(r["source"], r["n"], r["last"]) for r in by_source],
        }
