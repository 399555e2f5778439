"""The store keeps every version, merges same-text URLs, and never holds half a document."""
from __future__ import annotations

import sqlite3

import pytest

from extractor.errors import UserError
from extractor.records import Document, Evidence, Extraction, Fact, TimeRef
from extractor.store import Fetched, Store

TEXT = "Квота на 2026 год составит 29,1 тыс. единиц."


def extraction(text: str = TEXT, url: str = "https://example.kz/a", published="2025-12-31"):
    document = Document(text=text, url=url, title="Квота", published=published, outlet="Example",
                        jurisdiction="KZ")
    start = text.find("29,1")
    facts = []
    if start >= 0:
        fact = Fact(category="quota", subject="квота", value=29100, unit="unit",
                    evidence=Evidence("29,1 тыс. единиц", start, start + 16, text),
                    rule="test", indicator="foreign_labour_quota", time=TimeRef(period="2026"),
                    dimensions={"country": None}, jurisdiction="KZ")
        fact.assign_id(document.id)
        facts.append(fact)
    return Extraction(document, facts)


@pytest.fixture
def store(tmp_path):
    opened = Store.open(str(tmp_path / "store.db"))
    yield opened
    opened.close()


def save(store, text=TEXT, url="https://example.kz/a", **kwargs):
    return store.save(extraction(text, url), Fetched(url=url, raw=b"<html>raw</html>",
                                                     status=200), "example", **kwargs)


def test_saved_document_comes_back_with_its_facts(store):
    assert save(store).outcome == "new"
    [stored] = list(store.iter_extractions())
    assert stored.document.text == TEXT and stored.document.url == "https://example.kz/a"
    assert stored.document.published == "2025-12-31" and stored.document.outlet == "Example"
    assert [f.value for f in stored.facts] == [29100]
    fact = stored.facts[0]
    assert stored.document.text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
    assert store.raw(1) == b"<html>raw</html>"


def test_same_text_under_two_urls_is_one_document(store):
    save(store, url="https://example.kz/a")
    assert save(store, url="https://mirror.kz/a").outcome == "alias"
    stats = store.stats()
    assert (stats["documents"], stats["urls"], stats["facts"]) == (1, 2, 1)
    assert store.is_known("https://mirror.kz/a")
    assert [e.document.url for e in store.iter_extractions()] == ["https://example.kz/a"]


def test_changed_page_is_a_new_version_and_the_old_is_kept(store):
    save(store)
    changed = TEXT.replace("29,1", "30,2")
    assert save(store, text=changed).outcome == "version"
    assert save(store, text=changed).outcome == "unchanged"
    stats = store.stats()
    assert (stats["documents"], stats["versions"]) == (1, 2)
    [current] = list(store.iter_extractions())
    assert current.document.text == changed and current.facts == []
    old = store.conn.execute("SELECT text, current FROM documents WHERE version=1").fetchone()
    assert old["text"] == TEXT and old["current"] == 0


def test_a_crash_while_saving_leaves_nothing_half_written(store, monkeypatch):
    def boom(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(Store, "_insert_facts", staticmethod(boom))
    with pytest.raises(KeyboardInterrupt):
        save(store)
    monkeypatch.undo()
    stats = store.stats()
    assert (stats["documents"], stats["versions"], stats["urls"], stats["facts"]) == (0, 0, 0, 0)
    assert save(store).outcome == "new"


def test_replace_facts(store):
    result = save(store)
    store.replace_facts(result.row_id, [])
    assert store.stats()["facts"] == 0


def test_since_keeps_documents_published_from_that_day(store):
    store.save(extraction("Первый текст.", "https://example.kz/1", "2024-05-01"),
               Fetched(url="https://example.kz/1"), "example")
    store.save(extraction("Второй текст.", "https://example.kz/2", "2025-05-01"),
               Fetched(url="https://example.kz/2"), "example")
    assert [e.document.url for e in store.iter_extractions(since="2025-01-01")] == [
        "https://example.kz/2"]
    assert len(list(store.iter_extractions())) == 2


def test_announcements_are_printed_once(store):
    save(store, announce=True)
    pending = store.pending_announcements()
    assert [f.value for _, f in pending] == [29100]
    store.mark_announced([f.id for _, f in pending])
    assert store.pending_announcements() == []
    reopened = Store.open(store.path)
    assert reopened.pending_announcements() == []


def test_crawl_state_survives_reopening(store):
    store.mark_seen("https://example.kz/off-topic", "off-topic")
    store.save_validators("https://example.kz/rss", '"abc"', None)
    reopened = Store.open(store.path)
    assert reopened.is_known("https://example.kz/off-topic")
    assert reopened.validators("https://example.kz/rss") == {"etag": '"abc"'}


def test_wal_mode(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_file_that_is_not_a_store_is_a_user_error(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("это не база данных, а заметки" * 100, encoding="utf-8")
    with pytest.raises(UserError) as caught:
        Store.open(str(bogus))
    assert "notes.db" in str(caught.value)


def test_environment_variable_chooses_the_store(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_DB", str(tmp_path / "env.db"))
    Store.open().close()
    assert (tmp_path / "env.db").is_file()
    tables = {r[0] for r in sqlite3.connect(str(tmp_path / "env.db")).execute(
        "SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "document_urls", "facts", "sources", "crawl_state"} <= tables


# -- schema versions and migrations ---------------------------------------------------
def test_a_new_store_records_its_schema_version(store):
    from extractor.store import SCHEMA_VERSION
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_store_of_the_first_release_is_upgraded_with_its_data(tmp_path):
    from extractor.store import SCHEMA_V1, SCHEMA_VERSION
    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    old.executescript(SCHEMA_V1)
    fact = extraction().facts[0]
    old.execute("INSERT INTO documents(id, doc_id, fetched_at, sha256, text, meta, published) "
                "VALUES (1, 'd1', '2025-12-31', 'x', ?, '{\"title\": \"Квота\"}', '2025-12-31')",
                (TEXT,))
    old.execute("INSERT INTO document_urls VALUES ('https://example.kz/a', 1, '2025-12-31')")
    import json
    old.execute("INSERT INTO facts(document_id, fact_id, category, value, fact) "
                "VALUES (1, ?, 'quota', 29100, ?)", (fact.id, json.dumps(fact.to_dict())))
    old.commit()
    old.close()
    with Store.open(str(path)) as upgraded:
        assert upgraded.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        row = upgraded.conn.execute("SELECT unit, quote, url, title FROM facts_view").fetchone()
        assert tuple(row) == ("unit", "29,1 тыс. единиц", "https://example.kz/a", "Квота")
        found = upgraded.conn.execute(
            "SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'квота'").fetchall()
        assert [r[0] for r in found] == [1]


def test_a_store_from_a_newer_release_is_refused(tmp_path):
    path = tmp_path / "future.db"
    future = sqlite3.connect(path)
    future.execute("PRAGMA user_version = 999")
    future.close()
    with pytest.raises(UserError, match="newer release"):
        Store.open(str(path))


def test_facts_have_real_columns_and_a_view_with_their_document(store):
    save(store)
    row = store.conn.execute(
        "SELECT indicator, value, unit, qualifier, period, quote, sentence, url, published "
        "FROM facts_view").fetchone()
    assert tuple(row) == ("foreign_labour_quota", 29100, "unit", "exact", "2026",
                          "29,1 тыс. единиц", TEXT, "https://example.kz/a", "2025-12-31")


def test_document_text_has_full_text_search(store):
    save(store)
    save(store, text="Совсем другой текст о погоде.", url="https://example.kz/b")
    hits = store.conn.execute("SELECT d.url FROM documents_fts JOIN documents d "
                              "ON d.id = documents_fts.rowid WHERE documents_fts MATCH 'погоде'")
    assert [r[0] for r in hits] == ["https://example.kz/b"]


def test_the_duplicate_text_lookup_uses_an_index_on_text_and_current(store):
    """A lookup that scanned every current document would slow ingest as the store grows."""
    plan = store.conn.execute("EXPLAIN QUERY PLAN SELECT id FROM documents "
                              "WHERE sha256=? AND current=1", ("x",)).fetchall()
    assert any("documents_sha_current" in row[-1] for row in plan)


def test_reextraction_keeps_facts_that_monitor_has_not_printed(store):
    result = save(store, announce=True)
    store.replace_facts(result.row_id, extraction().facts)
    assert [f.value for _, f in store.pending_announcements()] == [29100]


def test_a_store_that_is_only_read_must_exist(tmp_path):
    missing = tmp_path / "typo.db"
    with pytest.raises(UserError, match="no such store"):
        Store.open(str(missing), create=False)
    assert not missing.exists()
