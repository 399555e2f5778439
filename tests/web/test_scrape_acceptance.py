"""End to end, the way a new site is added: a source file written from the README,
pointed at a site the scraper has never seen (paginated listing, one cp1251 page,
one flaky page, a robots.txt rule, an off-topic page)."""
from __future__ import annotations

import pytest

import scrape_site
from extractor.cli import main
from extractor.store import Store

SOURCE_FILE = """
name = "labour-ministry"
outlet = "Министерство труда"
jurisdiction = "KZ"
base_url = "https://labour.example.kz"
timezone = "Asia/Almaty"

[[discovery.listing]]
url = "/press/list?page={page}"
links = "li.press-item a"
max_pages = 5

[article]
title = ["h2.press-title"]
date = [".press-date"]
body = [".press-text"]
min_chars = 40

[urls]
allow = ['^/press/item/\\d+$']

[topic]
keywords = ["квот", "мигрант", "иностран", "иммигрант"]

[politeness]
delay = 0.05
backoff = 0.05
"""

ON_TOPIC = {"/press/item/101", "/press/item/102", "/press/item/104", "/press/item/106",
            "/press/item/107"}


@pytest.fixture
def site():
    running = scrape_site.start("ministry")
    running.faults["/press/item/104"] = scrape_site.fail_first(1, status=502)
    yield running
    running.server.stop()


def test_new_site_from_a_source_file(site, tmp_path, capsys):
    source_file = tmp_path / "labour.toml"
    source_file.write_text(SOURCE_FILE, encoding="utf-8")
    db = str(tmp_path / "store.db")
    argv = ["scrape", str(source_file), "--base-url", site.base_url, "--db", db]

    assert main(argv) == 0
    with Store.open(db) as store:
        docs = {e.document.url.removeprefix(site.base_url): e for e in store.iter_extractions()}
        stats = store.stats()
    assert set(docs) == ON_TOPIC
    assert stats["documents"] == stats["versions"] == stats["urls"] == 5
    assert "/press/item/105" not in site.paths()                 # robots.txt rule
    assert site.paths().count("/press/item/104") == 2            # flaky: failed once, then ok
    household = docs["/press/item/106"].document                 # the cp1251 page
    assert "увеличена до 237,8 тыс. человек" in household.text
    assert household.title == "Квота для домработников увеличена"
    assert household.published == "2025-07-05"
    quota = docs["/press/item/101"].document
    assert quota.text == ("Правительство утвердило квоту на привлечение иностранной рабочей силы "
                          "на 2025 год: 19,4 тыс. единиц.\n"
                          "Квота распределена по четырём категориям работников.")
    assert quota.published == "2025-01-14"
    summary = capsys.readouterr().err.splitlines()[-1]
    assert "stored 5" in summary and "filtered out 1" in summary and "disallowed 1" in summary

    site.reset_log()
    assert main(argv) == 0
    assert [p for p in site.paths() if p.startswith("/press/item/")] == []
    assert site.paths() == ["/press/list?page=1"]                # answered 304 Not Modified
    with Store.open(db) as store:
        assert store.stats()["versions"] == 5
