"""Archives in: a WARC written with warcio, saved pages, JSONL exports, text files."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from extractor.cli import main
from extractor.web.crawl import extract
from extractor.archives.ingest import ingest_paths
from extractor.web.sources import all_sources
from extractor.store import Store

SITES = Path(__file__).resolve().parents[2] / "corpora" / "sites"
QUOTA_PAGE = SITES / "zakon" / "news" / "6001-kvota-na-2026-god.html"
LEGACY_PAGE = SITES / "zakon" / "news" / "6005-migranty-uzbekistan.html"
ORDER_PDF = SITES / "zakon" / "docs" / "prikaz-kvota-2026.pdf"
ORDER_URL = "https://www.zakon.kz/docs/prikaz-kvota-2026.pdf"


def write_warc(path: Path, gzip: bool = True) -> None:
    """Two articles, a linked order (PDF), a 404, an image and a request, as a crawler saves."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        records = [
            ("https://www.zakon.kz/news/6001-kvota-na-2026-god.html", "200 OK", "text/html",
             QUOTA_PAGE.read_bytes()),
            ("https://www.zakon.kz/news/6005-migranty-uzbekistan.html", "200 OK",
             "text/html; charset=windows-1251", LEGACY_PAGE.read_bytes()),
            ("https://www.zakon.kz/news/gone.html", "404 Not Found", "text/html",
             "<html><body>Нет такой страницы</body></html>".encode()),
            ("https://www.zakon.kz/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
            (ORDER_URL, "200 OK", "application/pdf", ORDER_PDF.read_bytes()),
        ]
        for url, status, content_type, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response",
                                                          payload=io.BytesIO(body),
                                                          http_headers=headers))
        writer.write_record(writer.create_warc_record(
            "https://www.zakon.kz/news/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


@pytest.fixture
def store(tmp_path):
    opened = Store.open(str(tmp_path / "archive.db"))
    yield opened
    opened.close()


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_pages_are_stored_with_their_facts(tmp_path, store, gzip):
    warc = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_warc(warc, gzip=gzip)
    summary = ingest_paths(store, [str(warc)], all_sources())
    assert summary.errors == [] and summary.stored == 3
    docs = {e.document.url: e for e in store.iter_extractions()}
    assert set(docs) == {"https://www.zakon.kz/news/6001-kvota-na-2026-god.html",
                         "https://www.zakon.kz/news/6005-migranty-uzbekistan.html", ORDER_URL}
    assert "в размере 0,3 процента к численности" in docs[ORDER_URL].document.text
    quota = docs["https://www.zakon.kz/news/6001-kvota-na-2026-god.html"]
    # read with the zakon.kz source's rules: JSON-LD body, Almaty date, outlet
    assert "Подпишитесь" not in quota.document.text and quota.document.published == "2025-12-31"
    assert quota.document.outlet == "Zakon.kz"
    assert len(quota.facts) == len(extract(quota.document).facts) >= 1
    assert summary.facts == sum(len(e.facts) for e in docs.values())
    legacy = docs["https://www.zakon.kz/news/6005-migranty-uzbekistan.html"].document
    assert "граждане Узбекистана: 124,1 тыс. человек" in legacy.text
    assert store.raw(1) == QUOTA_PAGE.read_bytes()


def test_ingesting_twice_stores_nothing_new(tmp_path, store):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc)
    ingest_paths(store, [str(warc)])
    again = ingest_paths(store, [str(warc)])
    assert again.stored == 0 and again.duplicates == 3
    assert store.stats()["versions"] == 3


def test_folder_of_saved_pages_jsonl_and_text(tmp_path, store):
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "kvota.html").write_bytes(QUOTA_PAGE.read_bytes())
    (folder / "prikaz.pdf").write_bytes(ORDER_PDF.read_bytes())
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a word file")
    (folder / "notes.md").write_text("не поддерживается", encoding="utf-8")
    export = tmp_path / "export.jsonl"
    export.write_text("\n".join([
        json.dumps({"url": "https://inform.kz/ru/a1", "title": "Квота",
                    "published": "2025-02-03",
                    "text": "Квота на 2025 год составила 19,4 тыс. единиц."}, ensure_ascii=False),
        "{not json",
        json.dumps({"url": "https://inform.kz/ru/a2", "title": "Без текста"}),
        json.dumps({"url": "https://inform.kz/ru/a3", "published": "2025-03-04",
                    "html": "<html><body><article><h1>Патенты</h1><p>Мигранты оформили "
                            "12 тысяч патентов с начала года, сообщили в ведомстве, "
                            "уточнив данные по регионам страны.</p></article></body></html>"},
                   ensure_ascii=False),
    ]), encoding="utf-8")
    text_file = tmp_path / "briefing.txt"
    text_file.write_bytes("date 2025-10-31\nЗа девять месяцев выдано 5 330 разрешений."
                          .encode("cp1251"))
    summary = ingest_paths(store, [str(folder), str(export), str(text_file)])
    assert summary.stored == 5
    assert len(summary.errors) == 3
    assert any("broken.docx: unreadable DOCX" in e for e in summary.errors)
    assert any("export.jsonl:2: invalid JSON" in e for e in summary.errors)
    assert any("export.jsonl:3: a record needs 'text' or 'html'" in e for e in summary.errors)
    docs = {e.document.url or e.document.path: e.document for e in store.iter_extractions()}
    saved = docs["https://www.zakon.kz/news/6001-kvota-na-2026-god.html"]   # its canonical link
    assert "29,1 тыс. единиц" in saved.text
    assert docs["https://inform.kz/ru/a1"].published == "2025-02-03"
    assert docs["https://inform.kz/ru/a3"].text.startswith("Патенты\nМигранты оформили 12 тысяч")
    [order] = [d for d in docs.values() if d.path and d.path.endswith("prikaz.pdf")]
    assert "0,3 процента" in order.text
    [briefing] = [d for d in docs.values() if "5 330" in d.text]
    assert briefing.published == "2025-10-31" and not briefing.text.startswith("date")


def test_bad_inputs_are_reported_and_the_rest_go_on(tmp_path, capsys):
    good = tmp_path / "ok.jsonl"
    good.write_text(json.dumps({"url": "https://x.kz/1", "text": "Квота 100 единиц."},
                               ensure_ascii=False), encoding="utf-8")
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00 this is not an archive at all")
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    db = str(tmp_path / "cli.db")
    code = main(["ingest", str(tmp_path / "missing.warc"), str(broken), str(empty_dir), str(good),
                 "--db", db])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "missing.warc: no such file or folder" in err
    assert "broken.warc.gz: not a readable WARC/ARC file" in err
    assert "empty: no WARC, HTML, JSONL, text, PDF or DOCX files" in err
    assert "1 stored" in err
    with Store.open(db) as store:
        assert store.stats()["documents"] == 1


def test_reextract_replaces_facts(tmp_path, monkeypatch, capsys):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc)
    db = str(tmp_path / "re.db")
    assert main(["ingest", str(warc), "--db", db]) == 0
    with Store.open(db) as store:
        before = store.stats()["facts"]
    assert before >= 1
    monkeypatch.setattr("extractor.engine.pipeline.extract",
                        lambda document: __import__("extractor.records").records.Extraction(
                            document, []))
    assert main(["reextract", "--db", db]) == 0
    assert "re-extracted 3 of 3 documents: 0 facts" in capsys.readouterr().err
    with Store.open(db) as store:
        assert store.stats()["facts"] == 0 and store.stats()["versions"] == 3


def ctrl_c_at_the_second_document():
    """An engine that finds nothing, and that the user interrupts at the second document."""
    from extractor.records import Extraction
    calls = []

    def extract(document):
        calls.append(document)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return Extraction(document, [])
    return extract


def test_reextract_interrupted_keeps_what_it_did_and_says_how_far(tmp_path, monkeypatch,
                                                                   capsys):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc)
    db = str(tmp_path / "re.db")
    assert main(["ingest", str(warc), "--db", db]) == 0
    monkeypatch.setattr("extractor.engine.pipeline.extract", ctrl_c_at_the_second_document())
    capsys.readouterr()
    assert main(["reextract", "--db", db]) == 130
    assert "interrupted: re-extracted 1 of 3 documents: 0 facts" in capsys.readouterr().err
    with Store.open(db) as store:
        assert store.stats()["versions"] == 3


def test_annotations_beside_corpus_documents_are_not_ingested(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2025-01-10 Квота на привлечение иностранной рабочей силы "
                                  "составит 19,4 тыс. единиц.", encoding="utf-8")
    (folder / "a.gold.json").write_text('{"facts": []}', encoding="utf-8")
    with Store.open(str(tmp_path / "s.db")) as store:
        ingest_paths(store, [str(folder)])
        assert [e.document.path.rsplit("/", 1)[-1] for e in store.iter_extractions()] == ["a.txt"]


def test_ingest_interrupted_keeps_what_it_stored_and_ends_with_its_summary(tmp_path,
                                                                          monkeypatch, capsys):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc)
    db = str(tmp_path / "in.db")
    monkeypatch.setattr("extractor.engine.pipeline.extract", ctrl_c_at_the_second_document())
    assert main(["ingest", str(warc), "--db", db]) == 130
    err = capsys.readouterr().err
    assert "interrupted: ingested 1 files: 2 documents, 1 stored" in err
    with Store.open(db) as store:
        assert store.stats()["documents"] == 1
