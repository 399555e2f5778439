"""A generic feed source made from nothing but a feed URL, and `monitor` on top of it."""
from __future__ import annotations

import json

import pytest

import scrape_site
from extractor.cli import main
from extractor.web.crawl import Crawler, Options, monitor
from extractor.records import Document, Evidence, Extraction, Fact
from extractor.web.sources import find_sources
from extractor.store import Store


@pytest.fixture
def site():
    running = scrape_site.start("plainrss")
    yield running
    running.server.stop()


def test_a_bare_feed_url_is_enough(site, tmp_path):
    code = main(["scrape", site.url("/feed.xml"), "--db", str(tmp_path / "f.db"), "--delay", "0",
                 "--quiet"])
    assert code == 0
    with Store.open(str(tmp_path / "f.db")) as store:
        docs = {e.document.url: e.document for e in store.iter_extractions()}
    patents = docs[site.url("/posts/patents-august.html")]
    assert "оформила иностранным гражданам 3 200 патентов" in patents.text
    assert "Все права защищены" not in patents.text
    assert patents.published == "2025-09-05" and patents.title == "Выдано 3 200 патентов на работу"
    assert docs[site.url("/posts/migration-meeting.html")].published == "2025-09-01"


def fake_extract(document: Document) -> Extraction:
    """One fact per document, so monitor output does not depend on the engine's coverage."""
    start = document.text.find("3 200")
    if start < 0:
        return Extraction(document, [])
    fact = Fact(category="count", subject="патенты", value=3200, unit="patent",
                evidence=Evidence("3 200", start, start + 5, document.text), rule="test")
    fact.assign_id(document.id)
    return Extraction(document, [fact])


def test_monitor_prints_each_new_fact_once_across_restarts(site, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("extractor.engine.pipeline.extract", fake_extract)
    argv = ["monitor", site.url("/feed.xml"), "--db", str(tmp_path / "m.db"), "--delay", "0",
            "--jsonl", "--cycles", "2", "--interval", "0s", "--quiet"]
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["fact"]["value"] == 3200
    assert record["document"]["url"] == site.url("/posts/patents-august.html")
    assert main(argv) == 0                       # a restart prints nothing again
    assert capsys.readouterr().out == ""


def test_monitor_prints_facts_stored_but_not_printed_before_a_crash(site, tmp_path,
                                                                    monkeypatch):
    monkeypatch.setattr("extractor.engine.pipeline.extract", fake_extract)
    [source] = find_sources([site.url("/feed.xml")])
    source.politeness.delay = 0
    with Store.open(str(tmp_path / "m.db")) as store:
        Crawler(store).run(source, Options(announce=True))   # stored, then the monitor died
        printed = []
        out = type("Out", (), {"write": lambda self, s: printed.append(s),
                               "flush": lambda self: None})()
        monitor(Crawler(store), [source], Options(), 0, out, as_jsonl=False, cycles=1)
    assert len(printed) == 1 and "3200" in printed[0] and "«3 200»" in printed[0]


def test_bad_interval_is_a_user_error(tmp_path, capsys):
    assert main(["monitor", "zakon.kz", "--interval", "soon", "--db", str(tmp_path / "x.db")]) == 2
    assert "--interval: 'soon' is not a pause like 90s, 15m or 1h" in capsys.readouterr().err
