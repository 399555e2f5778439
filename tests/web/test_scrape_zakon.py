"""The shipped zakon.kz source against a zakon.kz-style fixture site full of faults."""
from __future__ import annotations

from dataclasses import replace

import pytest

import scrape_site
from extractor.cli import main
from extractor.web.crawl import Crawler, Options, extract
from extractor.web.sources import find_sources
from extractor.store import Store

ARTICLES = {"/news/6001-kvota-na-2026-god.html", "/news/6002-razresheniya-2024.html",
            "/news/6005-migranty-uzbekistan.html", "/news/6006-oborvannaya.html",
            "/news/6007-patenty.html"}
ORDERS = {"/docs/prikaz-kvota-2026.pdf", "/docs/prilozhenie-razresheniya.docx"}
DISCOVERY = {"/rss/all.xml", "/news/", "/sitemap/index.xml"}


@pytest.fixture
def site():
    running = scrape_site.start("zakon")
    running.faults["/news/6007-patenty.html"] = scrape_site.fail_first(1)          # flaky
    running.faults["/news/6002-razresheniya-2024.html"] = scrape_site.rate_limited("1")
    yield running
    running.server.stop()


def zakon(site):
    [source] = find_sources(["zakon.kz"], base_url=site.base_url)
    return replace(source, politeness=replace(source.politeness, delay=0, backoff=0.01))


def crawl(site, path, hook=None, **options):
    with Store.open(str(path)) as store:
        return Crawler(store, on_document=hook).run(zakon(site), Options(**options))


def stored(path):
    with Store.open(str(path)) as store:
        return {e.document.url.split("/", 3)[3]: e for e in store.iter_extractions()}


def snapshot(path):
    """Everything a user could query, minus fetch times and row ids."""
    with Store.open(str(path)) as store:
        db = store.conn
        documents = sorted(tuple(r) for r in db.execute(
            "SELECT u.url, d.sha256, d.published, d.version, d.current "
            "FROM document_urls u JOIN documents d ON d.id=u.document_id"))
        facts = sorted(tuple(r) for r in db.execute(
            "SELECT d.sha256, f.fact_id, f.fact FROM facts f JOIN documents d "
            "ON d.id=f.document_id"))
        seen = sorted(tuple(r) for r in db.execute(
            "SELECT key, outcome FROM crawl_state WHERE key LIKE 'seen:%'"))
        orphans = db.execute("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                             "(SELECT 1 FROM document_urls u WHERE u.document_id=d.id)").fetchone()
    return documents, facts, seen, orphans[0]


def test_stores_the_allowed_on_topic_articles_with_text_and_dates(site, tmp_path):
    summary = crawl(site, tmp_path / "z.db")
    docs = stored(tmp_path / "z.db")
    assert {"/" + url for url in docs} == ARTICLES | ORDERS
    assert "/private/6004-zakrytaya.html" not in site.paths()      # robots.txt
    assert summary.disallowed == 1 and summary.filtered == 1       # the football match
    assert summary.stored == 7

    new_layout = docs["news/6001-kvota-na-2026-god.html"].document
    assert "то есть около 29,1 тыс. единиц" in new_layout.text
    assert "Подпишитесь" not in new_layout.text and "Телефон" not in new_layout.text
    assert new_layout.published == "2025-12-31"   # 21:15 UTC is already the 31st in Almaty
    assert new_layout.title == "Квоту на иностранную рабочую силу на 2026 год утвердили"
    assert new_layout.outlet == "Zakon.kz" and new_layout.jurisdiction == "KZ"

    old_layout = docs["news/6002-razresheniya-2024.html"].document
    assert "из Китая — 3 450 человек" in old_layout.text
    assert "Читайте также" not in old_layout.text and old_layout.published == "2024-03-15"

    legacy = docs["news/6005-migranty-uzbekistan.html"].document
    assert "граждане Узбекистана: 124,1 тыс. человек" in legacy.text
    assert legacy.published == "2025-10-02"

    truncated = docs["news/6006-oborvannaya.html"].document
    assert "вынесен на публичное обсуждение" in truncated.text

    assert "С начала года иностранцы" in docs["news/6007-patenty.html"].document.text


def test_linked_orders_are_stored_as_documents(site, tmp_path):
    crawl(site, tmp_path / "z.db")
    docs = stored(tmp_path / "z.db")
    order = docs["docs/prikaz-kvota-2026.pdf"].document
    assert "1. Установить квоту на привлечение иностранной рабочей силы" in order.text
    assert "в размере 0,3 процента к численности рабочей силы." in order.text
    assert order.title == "приказ об установлении квоты (PDF)"
    assert order.published == "2025-12-31" and order.jurisdiction == "KZ"
    annex = docs["docs/prilozhenie-razresheniya.docx"].document
    assert "Строительство | 4 929" in annex.text and annex.published == "2024-03-15"


def test_facts_are_stored_beside_each_document(site, tmp_path):
    summary = crawl(site, tmp_path / "z.db")
    docs = stored(tmp_path / "z.db")
    expected = {url: len(extract(e.document).facts) for url, e in docs.items()}
    assert {url: len(e.facts) for url, e in docs.items()} == expected
    assert summary.facts == sum(expected.values())
    for extraction in docs.values():
        for fact in extraction.facts:
            text = extraction.document.text
            assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text


def test_second_run_fetches_nothing_new(site, tmp_path):
    crawl(site, tmp_path / "z.db")
    before = snapshot(tmp_path / "z.db")
    site.reset_log()
    summary = crawl(site, tmp_path / "z.db")
    assert set(site.paths()) <= DISCOVERY            # no article, no robots.txt
    assert summary.fetched == 0 and summary.stored == 0
    assert snapshot(tmp_path / "z.db") == before


def test_interrupted_run_then_rerun_equals_an_uninterrupted_run(site, tmp_path):
    crawl(site, tmp_path / "whole.db")

    calls = []

    def stop_on_third(result):
        calls.append(result)
        if len(calls) == 3:
            raise KeyboardInterrupt
    with pytest.raises(KeyboardInterrupt):
        crawl(site, tmp_path / "cut.db", hook=stop_on_third)
    assert len(stored(tmp_path / "cut.db")) == 3
    crawl(site, tmp_path / "cut.db")
    assert snapshot(tmp_path / "cut.db") == snapshot(tmp_path / "whole.db")


def test_since_skips_older_articles(site, tmp_path):
    summary = crawl(site, tmp_path / "z.db", since="2025-01-01")
    docs = stored(tmp_path / "z.db")
    assert "news/6002-razresheniya-2024.html" not in docs
    assert "docs/prilozhenie-razresheniya.docx" not in docs     # its article was too old
    assert len(docs) == 5
    assert summary.filtered >= 2


def test_max_stops_early_and_the_next_run_completes(site, tmp_path):
    summary = crawl(site, tmp_path / "z.db", max=2)
    assert summary.fetched == 2
    crawl(site, tmp_path / "z.db")
    assert {"/" + url for url in stored(tmp_path / "z.db")} == ARTICLES | ORDERS


def test_refresh_keeps_the_old_version_of_a_changed_page(site, tmp_path):
    crawl(site, tmp_path / "z.db")
    original = (site.root / "news/6007-patenty.html").read_text(encoding="utf-8")
    changed = original.replace("свыше 200 тыс.", "свыше 215 тыс.")
    site.faults["/news/6007-patenty.html"] = lambda request, count: scrape_site.Response(
        changed, content_type="text/html")
    crawl(site, tmp_path / "z.db", refresh=True)
    with Store.open(str(tmp_path / "z.db")) as store:
        stats = store.stats()
        assert (stats["documents"], stats["versions"]) == (7, 8)
    assert "215 тыс." in stored(tmp_path / "z.db")["news/6007-patenty.html"].document.text


def test_command_line_run_and_summary(site, tmp_path, capsys):
    code = main(["scrape", "zakon.kz", "--base-url", site.base_url, "--db",
                 str(tmp_path / "cli.db"), "--delay", "0", "--retries", "3", "--quiet"])
    err = capsys.readouterr().err
    assert code == 0
    assert "zakon.kz: fetched 8, skipped as known 0, filtered out 1, disallowed 1, failed 2, " \
           "stored 7" in err
    assert main(["db", "stats", "--db", str(tmp_path / "cli.db")]) == 0
    out = capsys.readouterr().out
    assert "documents:  7" in out and "sources:    1" in out


@pytest.mark.parametrize("argv, message", [
    (["scrape", "no-such-site"], "unknown source 'no-such-site'"),
    (["scrape", "zakon.kz", "--since", "yesterday"], "--since: 'yesterday' is not a date"),
    (["scrape", "missing/site.toml"], "no such source file"),
])
def test_bad_input_is_one_line_and_a_non_zero_exit(argv, message, tmp_path, capsys):
    code = main(argv + ["--db", str(tmp_path / "x.db")])
    err = capsys.readouterr().err
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_pages_filtered_out_are_looked_at_again_after_the_topic_changes(site, tmp_path):
    crawl(site, tmp_path / "z.db")
    site.reset_log()
    source = zakon(site)
    source.topic = type(source.topic)(keywords=source.topic.keywords + ["сборн"])
    with Store.open(str(tmp_path / "z.db")) as store:
        summary = Crawler(store).run(source, Options())
    assert [p for p in site.paths() if p.startswith(("/news/6", "/sport/", "/docs/"))] == [
        "/sport/6003-futbol.html"]
    assert summary.stored == 1
