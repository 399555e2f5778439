"""The Spark job's tables without Spark: rows round-trip to the same facts, an unfinished job's
folder is refused, and the command's mistakes are one line before any JVM starts."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from extractor.archives.ingest import ingest_paths
from extractor.archives.job_rows import Counts, file_rows
from extractor.archives.tables import (MARKER, as_tuple, columns, document_of, document_row,
                                       fact_of, fact_rows, write_marker)
from extractor.cli import main
from extractor.records import Document
from extractor.store import Fetched, Store
from extractor.web.crawl import extract
from spark_fixtures import OFF_TOPIC, PAGES, response, write_warc

BRIEFING = ("Министерство труда сообщило 31 октября 2025 года: квота на привлечение иностранной "
            "рабочей силы на 2026 год составит 29,1 тыс. единиц, что на 5% меньше, чем в 2025 "
            "году. Из них граждане Узбекистана получили 12 тыс. разрешений.")


def test_rows_give_back_the_same_document_and_facts():
    extraction = extract(Document(text=BRIEFING, url="https://enbek.gov.kz/ru/news/1",
                                  published="2025-10-31", jurisdiction="KZ"))
    assert extraction.facts
    fetched = Fetched(url="https://enbek.gov.kz/ru/news/1", status=200,
                      fetched_at="2025-10-31T12:00:00Z", canonical_url="https://enbek.gov.kz/n/1")
    row = document_row(extraction, fetched, "enbek", "crawl.warc.gz", 1234, 567, topical=True)
    assert row["year"] == 2025 and row["jurisdiction"] == "KZ"
    facts = fact_rows(extraction, row["document_key"], row["year"])
    named = lambda table, r: dict(zip([n for n, _ in columns(table)], as_tuple(table, r)))  # noqa: E731
    document, back, source = document_of(named("documents", row))
    assert document == extraction.document and source == "enbek"
    assert (back.url, back.status, back.fetched_at, back.canonical_url) == (
        fetched.url, 200, fetched.fetched_at, fetched.canonical_url)
    assert [fact_of(named("facts", f)).to_dict() for f in facts] == [
        f.to_dict() for f in extraction.facts]
    assert all(isinstance(named("facts", f)["value"], float) for f in facts if f["value"])


def test_a_task_counts_what_happened_to_each_record(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [response(url) for url in PAGES] + [
        ("https://www.zakon.kz/x.png", "200 OK", "image/png", b"\x89PNG")])
    counts = Counts()
    rows = list(file_rows(warc, str(warc), {}, keep_off_topic=False, counts=counts))
    assert (counts.files, counts.records, counts.not_html, counts.off_topic, counts.extracted,
            counts.failed) == (1, 6, 2, 1, 3, 0)
    assert [table for table, _ in rows].count("documents") == counts.documents == 3
    assert OFF_TOPIC not in {values[2] for table, values in rows if table == "documents"}
    total = Counts.from_row(counts.as_row()[1]).add(counts)
    assert total.records == 12 and total.line().startswith("2 files, 12 records read: 4 skipped")


def test_an_unfinished_job_folder_is_refused(tmp_path):
    out = tmp_path / "facts"
    (out / "documents").mkdir(parents=True)
    (out / "documents" / "_SUCCESS").write_text("")
    (out / "facts").mkdir()
    with Store.open(str(tmp_path / "s.db")) as store:
        summary = ingest_paths(store, [str(out)])
        assert summary.stored == 0
        assert summary.errors == [f"{out}: the Spark job that writes this folder did not finish "
                                  f"(no {MARKER}); run it again"]
        (out / MARKER).write_text(write_marker(Counts().to_dict(), "jsonl"))
        (out / "documents" / "part-0.json").write_text('{"document_key": "k"}\n')
        summary = ingest_paths(store, [str(out)])
        assert len(summary.errors) == 1 and "not the published documents table" in summary.errors[0]
        marker = json.loads((out / MARKER).read_text())
        (out / MARKER).write_text(json.dumps({**marker, "schema_version": 99}))
        assert "schema version 99" in ingest_paths(store, [str(out)]).errors[0]


def test_command_mistakes_are_one_line_and_start_no_spark(tmp_path, capsys):
    assert main(["spark", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert capsys.readouterr().err.strip() == f"extractor: {tmp_path / 'missing'}: no such file or folder"
    (tmp_path / "page.html").write_text("<html></html>")
    assert main(["spark", str(tmp_path / "page.html"), "--out", str(tmp_path / "o")]) == 2
    assert "not a WARC/ARC file" in capsys.readouterr().err
    assert main(["spark", "--out", str(tmp_path / "o")]) == 2
    assert "give WARC inputs or --cc-index" in capsys.readouterr().err
    assert main(["spark", str(tmp_path)]) == 2
    assert "--out DIR is required" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_print_entry_names_a_script_spark_submit_can_run(capsys):
    assert main(["spark", "--print-entry"]) == 0
    entry = Path(capsys.readouterr().out.strip())
    assert entry.is_file() and entry.suffix == ".py"
    ran = subprocess.run([sys.executable, str(entry), "--print-entry"], capture_output=True,
                         text=True, check=True)
    assert ran.stdout.strip() == str(entry)
