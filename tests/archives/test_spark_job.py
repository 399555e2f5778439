"""The Spark job in local mode: WARC files and a Common Crawl index in, tables out, and
`extractor ingest` of those tables gives the store a direct ingest of the WARC files gives."""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from extractor.archives.ingest import ingest_paths, warc_item
from extractor.archives.spark_job import FAIL_FIRST_ATTEMPT
from extractor.archives.tables import columns, fact_of, read_table
from extractor.cli import main
from extractor.store import Store
from extractor.web.crawl import extract
from extractor.web.sources import all_sources
from spark_fixtures import OFF_TOPIC, PAGES, needs_spark, response, spark, write_warc  # noqa: F401

pytestmark = needs_spark

QUOTA, LEGACY, PATENTS = list(PAGES)[:3]
BROKEN_DOCX = "https://www.zakon.kz/docs/prikaz.docx"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """Two WARC files (one gzipped) and a file that is no WARC at all."""
    folder = tmp_path_factory.mktemp("archive")
    write_warc(folder / "crawl-1.warc.gz", [
        response(QUOTA), response(LEGACY), response(OFF_TOPIC),
        ("https://www.zakon.kz/news/gone.html", "404 Not Found", "text/html", b"<html>404</html>"),
        ("https://www.zakon.kz/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
        (BROKEN_DOCX, "200 OK", DOCX, b"PK\x03\x04 not really a word file"),
    ])
    _, quota_type, quota_body = response(QUOTA)[1:]
    write_warc(folder / "crawl-2.warc", [
        response(PATENTS),
        ("https://www.zakon.kz/amp/6001-kvota-na-2026-god.html", "200 OK", quota_type, quota_body),
    ], gzip=False)
    (folder / "notes.warc").write_bytes(b"this is not an archive")
    return folder


def run(*args: str) -> int:
    return main(["spark", *args, "--master", "local[2,2]"])


@pytest.fixture(scope="module")
def parquet_out(spark, archive, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("job") / "facts"
    assert run(str(archive), "--out", str(out)) == 1  # notes.warc and the DOCX failed
    return out


def direct_store(archive: Path, path: Path) -> Path:
    with Store.open(str(path)) as store:
        ingest_paths(store, [str(archive)], all_sources())
    return path


def dump(db: Path) -> dict:
    """Everything a user of the store sees, with the row ids as they are."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    return {
        "documents": [(r["id"], r["doc_id"], r["source"], r["url"], r["canonical_url"],
                       r["fetched_at"], r["status"], r["sha256"], r["text"], r["meta"],
                       r["published"], r["version"], r["current"])
                      for r in conn.execute("SELECT * FROM documents ORDER BY id")],
        "urls": [(r["url"], r["document_id"])
                 for r in conn.execute("SELECT * FROM document_urls ORDER BY url")],
        "facts": [(r["document_id"], r["fact_id"], r["fact"])
                  for r in conn.execute("SELECT * FROM facts ORDER BY document_id, rowid")],
    }


def test_summary_counts_every_record(parquet_out, capsys):
    summary = json.loads((parquet_out / "_extractor.json").read_text())["summary"]
    assert {k: summary[k] for k in ("files", "records", "not_html", "off_topic", "extracted",
                                    "failed")} == {
        "files": 3, "records": 10, "not_html": 4, "off_topic": 1, "extracted": 4, "failed": 2}
    assert any("notes.warc: not a readable WARC/ARC file" in e for e in summary["errors"])
    assert any("prikaz.docx" in e for e in summary["errors"])


def test_tables_follow_the_published_schema(parquet_out):
    import pyarrow.dataset as ds
    kinds = {"string": "string", "int": "int32", "long": "int64", "double": "double",
             "boolean": "bool", "map<string,string>": "map<string, string>"}
    for table in ("documents", "facts"):
        written = ds.dataset(str(parquet_out / table), format="parquet",
                             ignore_prefixes=[".", "_"]).schema
        stored = [(name, kind) for name, kind in columns(table) if name not in ("jurisdiction", "year")]
        named = [(f.name, re.sub(r" \('\w+'\)", "", str(f.type))) for f in written]
        assert named == [(n, kinds[k]) for n, k in stored]
        partitions = {p.name.split("=")[0] for p in (parquet_out / table).iterdir() if p.is_dir()}
        assert partitions == {"jurisdiction"}
    assert (parquet_out / "documents" / "jurisdiction=KZ" / "year=2025").is_dir()


def test_facts_are_those_extract_gives(parquet_out, archive):
    from warcio.archiveiterator import ArchiveIterator
    by_host = {"www.zakon.kz": next(s for s in all_sources() if "zakon" in s.name)}
    expected = {}
    for name in ("crawl-1.warc.gz", "crawl-2.warc"):
        with (archive / name).open("rb") as stream:
            for record in ArchiveIterator(stream):
                try:
                    item = warc_item(record, by_host)
                except Exception:
                    continue
                if item is not None and item.fetched.url != OFF_TOPIC:
                    expected[item.fetched.url] = [f.to_dict() for f in extract(item.document).facts]
    documents = read_table(parquet_out, "documents", "parquet")
    facts = read_table(parquet_out, "facts", "parquet")
    assert sorted(d["url"] for d in documents) == sorted(expected)
    for document in documents:
        written = sorted((f for f in facts if f["document_key"] == document["document_key"]),
                         key=lambda f: f["position"])
        assert [fact_of(f).to_dict() for f in written] == expected[document["url"]]
    assert sum(len(v) for v in expected.values()) == len(facts) >= 5


def test_ingesting_the_tables_equals_ingesting_the_warc_files(parquet_out, archive, tmp_path):
    """Default output leaves off-topic pages out; everything else lands exactly alike."""
    assert main(["ingest", str(parquet_out), "--db", str(tmp_path / "spark.db")]) == 0
    spark_store = dump(tmp_path / "spark.db")
    direct = dump(direct_store(archive, tmp_path / "direct.db"))
    assert len(spark_store["documents"]) == 3 and len(spark_store["facts"]) >= 5
    without_ids = lambda rows: sorted(row[1:] for row in rows)  # noqa: E731
    topical = [d for d in direct["documents"] if OFF_TOPIC not in d[3]]
    assert without_ids(spark_store["documents"]) == without_ids(topical)
    assert sorted(u for u, _ in spark_store["urls"]) == sorted(
        u for u, _ in direct["urls"] if u != OFF_TOPIC)
    assert sorted(f[1:] for f in spark_store["facts"]) == sorted(f[1:] for f in direct["facts"])


def test_all_documents_as_jsonl_through_a_retried_task(spark, parquet_out, archive, tmp_path):
    """--keep-off-topic: the ingested tables are the direct store row for row; the first task
    fails once after writing its rows, is retried, and no row is doubled; the fact rows are
    the Parquet run's, fact ids and all, read through Hadoop this time (file://)."""
    out = tmp_path / "all"
    context = spark.sparkContext
    context.setJobGroup("retried", "a task fails once")
    context.setLocalProperty(FAIL_FIRST_ATTEMPT, "1")
    try:
        assert run(archive.as_uri(), "--out", str(out), "--format", "jsonl",
                   "--keep-off-topic") == 1
    finally:
        context.setLocalProperty(FAIL_FIRST_ATTEMPT, None)
        context.setLocalProperty("spark.jobGroup.id", None)
    tracker = context.statusTracker()
    stages = [s for job in tracker.getJobIdsForGroup("retried")
              for s in tracker.getJobInfo(job).stageIds]
    assert sum(info.numFailedTasks for info in map(tracker.getStageInfo, stages) if info) >= 1
    documents = read_table(out, "documents", "jsonl")
    facts = read_table(out, "facts", "jsonl")
    assert len({d["document_key"] for d in documents}) == len(documents) == 5
    assert len({(f["document_key"], f["fact_id"]) for f in facts}) == len(facts)
    assert sorted(d["warc_file"] for d in documents)[0].startswith("file:")
    first = read_table(parquet_out, "facts", "parquet")
    assert as_json(facts) == as_json(first)
    assert main(["ingest", str(out), "--db", str(tmp_path / "spark.db")]) == 0
    assert dump(tmp_path / "spark.db") == dump(direct_store(archive, tmp_path / "direct.db"))


def as_json(rows: list[dict]) -> list[str]:
    return sorted(json.dumps([r["document_id"], r["position"], r["year"], fact_of(r).to_dict()],
                             sort_keys=True, ensure_ascii=False) for r in rows)


def test_an_existing_output_is_not_overwritten(spark, parquet_out, archive, capsys):
    before = sorted(p.name for p in parquet_out.rglob("*.parquet"))
    assert run(str(archive), "--out", str(parquet_out)) == 2
    assert "already exists and is not empty (use --overwrite" in capsys.readouterr().err
    assert sorted(p.name for p in parquet_out.rglob("*.parquet")) == before
    rows = read_table(parquet_out, "facts", "parquet")
    assert run(str(archive), "--out", str(parquet_out), "--overwrite") == 1
    assert sorted(p.name for p in parquet_out.rglob("*.parquet")) != before
    assert as_json(read_table(parquet_out, "facts", "parquet")) == as_json(rows)


# -- Common Crawl: an index in Parquet, records by range request ---------------------
CRAWL = "CC-MAIN-2025-47"
FLAKY = "https://www.zakon.kz/news/6002-razresheniya-2024.html"     # 503 first, then served
CUT = "https://www.zakon.kz/news/6006-oborvannaya.html"             # always answered short


@pytest.fixture
def crawl_file(tmp_path):
    """One WARC file as the data host holds it, and where each record lies in it."""
    from warcio.archiveiterator import ArchiveIterator
    sites = Path(__file__).resolve().parents[2] / "corpora" / "sites" / "zakon" / "news"
    records = [response(QUOTA), response(PATENTS), response(OFF_TOPIC),
               (FLAKY, "200 OK", "text/html", (sites / "6002-razresheniya-2024.html").read_bytes()),
               (CUT, "200 OK", "text/html", (sites / "6006-oborvannaya.html").read_bytes())]
    path = tmp_path / "CC-MAIN-20251120-00001.warc.gz"
    write_warc(path, records)
    places = {}
    with path.open("rb") as stream:
        iterator = ArchiveIterator(stream)
        for record in iterator:
            if record.rec_type == "response":
                url = record.rec_headers.get_header("WARC-Target-URI")
                places[url] = (iterator.get_record_offset(), iterator.get_record_length())
    return path, places


def write_index(folder: Path, warc_name: str, places: dict) -> None:
    """The columnar index's layout: crawl=.../subset=warc/ Parquet files; rows the query must
    keep and rows it must drop (other TLD, other crawl, an image, English only, a 404)."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    rows = [dict(url=url, url_host_tld="kz", content_mime_detected="text/html",
                 content_languages="rus,eng", fetch_status=200, offset=o, length=n,
                 crawl=CRAWL) for url, (o, n) in places.items()]
    o, n = places[QUOTA]
    rows += [dict(rows[0], url="https://lenta.ru/a", url_host_tld="ru"),
             dict(rows[0], crawl="CC-MAIN-2025-43"),
             dict(rows[0], url="https://www.zakon.kz/logo.png", content_mime_detected="image/png"),
             dict(rows[0], url="https://www.zakon.kz/en/a", content_languages="eng"),
             dict(rows[0], url="https://www.zakon.kz/gone", fetch_status=404)]
    for crawl in {r["crawl"] for r in rows}:
        part = folder / f"crawl={crawl}" / "subset=warc"
        part.mkdir(parents=True)
        chosen = [r for r in rows if r["crawl"] == crawl]
        table = pa.table({
            "url": [r["url"] for r in chosen],
            "url_host_tld": [r["url_host_tld"] for r in chosen],
            "content_mime_detected": [r["content_mime_detected"] for r in chosen],
            "content_languages": [r["content_languages"] for r in chosen],
            "fetch_status": pa.array([r["fetch_status"] for r in chosen], pa.int16()),
            "warc_filename": [f"crawl-data/{CRAWL}/segments/1/warc/{warc_name}"] * len(chosen),
            "warc_record_offset": pa.array([r["offset"] for r in chosen], pa.int32()),
            "warc_record_length": pa.array([r["length"] for r in chosen], pa.int32()),
        })
        pq.write_table(table, part / "part-00000.parquet")


def test_common_crawl_index_and_range_requests(spark, crawl_file, httpserver, tmp_path):
    from werkzeug import Response
    path, places = crawl_file
    data = path.read_bytes()
    asked: dict[int, int] = {}

    def answer(request):
        start, end = map(int, request.headers["Range"].removeprefix("bytes=").split("-"))
        asked[start] = asked.get(start, 0) + 1
        if start == places[FLAKY][0] and asked[start] == 1:
            return Response("busy", status=503)
        body = data[start:end + 1]
        if start == places[CUT][0]:
            body = body[:len(body) // 2]
        return Response(body, status=206, headers={
            "Content-Range": f"bytes {start}-{end}/{len(data)}"})

    warc_path = f"/crawl-data/{CRAWL}/segments/1/warc/{path.name}"
    httpserver.expect_request(warc_path).respond_with_handler(answer)
    index = tmp_path / "cc-index" / "table" / "cc-main" / "warc"
    write_index(index, path.name, places)
    out = tmp_path / "facts"
    code = run("--cc-index", str(index), "--crawl", CRAWL, "--tld", "kz", "--language", "rus",
               "--url-pattern", r"^https://www\.zakon\.kz/", "--cc-base-url", httpserver.url_for("/"),
               "--fetch-retries", "2", "--partitions", "2", "--out", str(out))
    assert code == 1  # the record that never came whole
    summary = json.loads((out / "_extractor.json").read_text())["summary"]
    assert {k: summary[k] for k in ("records", "not_html", "off_topic", "extracted", "failed")} == {
        "records": 5, "not_html": 0, "off_topic": 1, "extracted": 3, "failed": 1}
    assert summary["errors"] == [f"crawl-data/{CRAWL}/segments/1/warc/{path.name}@{places[CUT][0]} "
                                 f"({CUT}): short answer: {places[CUT][1] // 2} of "
                                 f"{places[CUT][1]} bytes"]
    assert asked[places[FLAKY][0]] == 2 and asked[places[CUT][0]] == 3
    documents = {d["url"]: d for d in read_table(out, "documents", "parquet")}
    assert set(documents) == {QUOTA, PATENTS, FLAKY}
    assert documents[FLAKY]["warc_offset"] == places[FLAKY][0]
    facts = read_table(out, "facts", "parquet")
    quota = documents[QUOTA]
    by_host = {"www.zakon.kz": next(s for s in all_sources() if "zakon" in s.name)}
    from extractor.archives.ingest import html_item
    body, content_type = response(QUOTA)[3], response(QUOTA)[2]
    expected = extract(html_item(body, QUOTA, by_host, content_type).document).facts
    written = sorted((f for f in facts if f["document_key"] == quota["document_key"]),
                     key=lambda f: f["position"])
    assert [fact_of(f).to_dict() for f in written] == [f.to_dict() for f in expected] != []


def test_a_table_that_is_no_url_index_is_one_line(spark, tmp_path, capsys):
    import pyarrow as pa
    import pyarrow.parquet as pq
    (tmp_path / "index").mkdir()
    pq.write_table(pa.table({"url": ["https://www.zakon.kz/"]}), tmp_path / "index" / "p.parquet")
    assert run("--cc-index", str(tmp_path / "index"), "--tld", "kz",
               "--out", str(tmp_path / "out")) == 2
    assert capsys.readouterr().err.strip().endswith(
        "not a Common Crawl URL index (no warc_filename, warc_record_offset, "
        "warc_record_length, url_host_tld, content_mime_detected)")
    assert not (tmp_path / "out").exists()
