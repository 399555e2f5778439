"""The crawl loop against a site that redirects, fails for a while, or hides its robots.txt."""
from __future__ import annotations

from dataclasses import replace

import pytest

import scrape_site
from extractor.web.crawl import Crawler, Options
from extractor.web.sources import find_sources
from extractor.store import Store

KVOTA = "/news/6001-kvota-na-2026-god.html"
PATENTY = "/news/6007-patenty.html"


def zakon(site, **politeness):
    [source] = find_sources(["zakon.kz"], base_url=site.base_url)
    return replace(source, politeness=replace(source.politeness, delay=0, backoff=0.01,
                                              **politeness))


def crawl(site, path, **politeness):
    with Store.open(str(path)) as store:
        return Crawler(store).run(zakon(site, **politeness), Options())


def stored(path):
    with Store.open(str(path)) as store:
        return {"/" + e.document.url.split("/", 3)[3] for e in store.iter_extractions()}


def article_requests(site):
    return [p for p in site.paths() if p.startswith(("/news/6", "/docs/", "/print/"))]


# -- item 9: a redirect is judged like a link ----------------------------------------------
def test_an_article_redirected_to_another_host_is_not_fetched_or_stored(site, other, tmp_path):
    site.faults[KVOTA] = scrape_site.redirect_to(other.url("/posts/patents-august.html"))
    summary = crawl(site, tmp_path / "z.db")
    assert other.paths() == []
    assert KVOTA not in stored(tmp_path / "z.db")
    assert summary.filtered == 2   # the football match and the redirect away


def test_an_article_redirected_outside_the_allowed_urls_is_not_stored(site, tmp_path):
    body = (site.root / KVOTA.lstrip("/")).read_bytes()
    site.faults["/print/kvota"] = lambda request, count: scrape_site.Response(
        body, content_type="text/html")
    site.faults[KVOTA] = scrape_site.redirect_to("/print/kvota")
    summary = crawl(site, tmp_path / "z.db")
    assert "/print/kvota" not in site.paths()
    assert KVOTA not in stored(tmp_path / "z.db") and summary.filtered == 2


def test_an_article_redirected_into_a_disallowed_path_is_counted_as_disallowed(site, tmp_path):
    site.faults[KVOTA] = scrape_site.redirect_to("/private/6004-zakrytaya.html")
    summary = crawl(site, tmp_path / "z.db")
    assert "/private/6004-zakrytaya.html" not in site.paths()
    assert KVOTA not in stored(tmp_path / "z.db") and summary.disallowed == 2


def test_a_feed_redirected_to_another_host_is_not_followed(site, other, tmp_path):
    site.faults["/rss/all.xml"] = scrape_site.redirect_to(other.url("/feed.xml"))
    summary = crawl(site, tmp_path / "z.db")
    assert other.paths() == []
    assert any("/rss/all.xml: redirected to " + other.url("/feed.xml") in e
               and "not followed" in e for e in summary.errors)


# -- item 11: a passing failure stays due until the page is had ------------------------------
@pytest.mark.parametrize("fault, politeness", [
    (scrape_site.fail_first(99, status=503), {}),
    (scrape_site.rate_limited("3600", times=99), {}),
    (scrape_site.hang(0.4), {"timeout": 0.1, "retries": 0}),
], ids=["503 after retries", "429 asking too long a wait", "timeout"])
def test_a_page_that_failed_for_a_passing_reason_is_fetched_on_a_later_run(
        site, tmp_path, fault, politeness):
    site.faults[PATENTY] = fault
    first = crawl(site, tmp_path / "z.db", **politeness)
    assert PATENTY not in stored(tmp_path / "z.db") and first.failed >= 1
    del site.faults[PATENTY]
    site.reset_log()
    second = crawl(site, tmp_path / "z.db")         # every listing answers 304 Not Modified
    assert article_requests(site) == [PATENTY]
    assert PATENTY in stored(tmp_path / "z.db") and second.stored == 1
    site.reset_log()
    third = crawl(site, tmp_path / "z.db")
    assert article_requests(site) == [] and third.fetched == 0


def test_a_linked_document_that_failed_for_a_passing_reason_is_fetched_later(site, tmp_path):
    order = "/docs/prikaz-kvota-2026.pdf"
    site.faults[order] = scrape_site.fail_first(99, status=503)
    crawl(site, tmp_path / "z.db")
    assert order not in stored(tmp_path / "z.db") and KVOTA in stored(tmp_path / "z.db")
    del site.faults[order]
    site.reset_log()
    crawl(site, tmp_path / "z.db")
    assert article_requests(site) == [order]
    assert order in stored(tmp_path / "z.db")


def test_a_listing_page_that_failed_leaves_the_walk_unfinished(site, tmp_path):
    site.faults["/news/page-2.html"] = scrape_site.fail_first(99, status=503)
    crawl(site, tmp_path / "z.db")
    with Store.open(str(tmp_path / "z.db")) as store:
        states = {key: store.state(key) for key in
                  [f"listing:{site.base_url}/news/", f"feed:{site.base_url}/rss/all.xml"]}
    assert states[f"feed:{site.base_url}/rss/all.xml"].startswith("complete")
    assert not states[f"listing:{site.base_url}/news/"].startswith("complete")


# -- item 12: an unreachable robots.txt is a failure, said as such ---------------------------
def test_an_unreachable_robots_txt_is_reported_and_counted_as_a_failure(site, tmp_path):
    site.faults["/robots.txt"] = scrape_site.fail_first(99, status=503)
    summary = crawl(site, tmp_path / "z.db", retries=0)
    assert set(site.paths()) == {"/robots.txt"}
    assert summary.disallowed == 0 and summary.failed >= 1 and summary.stored == 0
    assert summary.errors and all("robots.txt unreachable" in e and "HTTP 503" in e
                                  for e in summary.errors)


def test_a_discovery_page_that_robots_txt_disallows_is_counted_as_disallowed(site, tmp_path):
    site.faults["/robots.txt"] = scrape_site.serve("User-agent: *\nDisallow: /rss/\n")
    summary = crawl(site, tmp_path / "z.db")
    assert "/rss/all.xml" not in site.paths()
    assert summary.disallowed == 1 and not any("/rss/" in e for e in summary.errors)
