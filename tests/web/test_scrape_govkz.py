"""The shipped gov.kz/enbek source: articles come from a GraphQL API, not from pages."""
from __future__ import annotations

import json

import pytest

import scrape_site
from extractor.cli import main
from extractor.store import Store


@pytest.fixture
def site():
    running = scrape_site.start("govkz")
    running.graphql = scrape_site.graphql_news(running.root / "news.json")
    yield running
    running.server.stop()


def scrape(site, db, *extra):
    return main(["scrape", "gov.kz/enbek", "--base-url", site.base_url, "--db", str(db),
                 "--delay", "0", "--quiet", *extra])


def test_graphql_items_become_documents(site, tmp_path):
    assert scrape(site, tmp_path / "g.db") == 0
    with Store.open(str(tmp_path / "g.db")) as store:
        docs = {e.document.url: e.document for e in store.iter_extractions()}
    base = site.base_url
    assert set(docs) == {f"{base}/memleket/entities/enbek/press/news/details/{i}?lang=ru"
                         for i in (981204, 979310, 978001)}   # 980877 is off-topic
    quota = docs[f"{base}/memleket/entities/enbek/press/news/details/981204?lang=ru"]
    assert quota.published == "2025-12-29"
    assert quota.title.startswith("Об утверждении квоты")
    assert "в размере 0,3% к численности рабочей силы." in quota.text
    assert "<p>" not in quota.text and quota.jurisdiction == "KZ"
    # the article pages of the single-page app are never fetched
    assert [p for p in site.paths() if "details" in p] == []


def test_the_query_asks_for_the_configured_project_page_by_page(site, tmp_path):
    scrape(site, tmp_path / "g.db")
    [first, *_] = [json.loads(r.get_data()) for r, _ in site.server.log
                   if r.path == "/graphql"]
    assert first["variables"]["projects"] == "EQ:enbek"
    assert first["variables"]["page"] == 1 and first["variables"]["size"] == 20
    assert first["variables"]["sort"] == "created_date:DESC"
    assert "news(" in first["query"]


def test_second_run_asks_one_page_and_stores_nothing(site, tmp_path):
    scrape(site, tmp_path / "g.db")
    site.reset_log()
    scrape(site, tmp_path / "g.db")
    assert site.paths("POST") == ["/graphql"] and site.paths() == []
    with Store.open(str(tmp_path / "g.db")) as store:
        assert store.stats()["documents"] == 3
