"""The HTTP layer against a real local server: retries, robots, delays, encodings, limits."""
from __future__ import annotations

import pytest

import scrape_site
from extractor.documents.decoding import decode
from extractor.web.fetching import FetchError, Fetcher, Politeness
from extractor.store import Store

FAST = Politeness(delay=0, timeout=2, connect_timeout=2, retries=2, backoff=0.01)
RUSSIAN = "Квота на привлечение иностранной рабочей силы составит 19,4 тыс. единиц."


@pytest.fixture
def site():
    running = scrape_site.start("zakon")
    yield running
    running.server.stop()


class Sleeps(list):
    """Records the waits the fetcher asks for instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def test_server_error_then_success_is_retried(site):
    site.faults["/news/6007-patenty.html"] = scrape_site.fail_first(2, status=503)
    page = Fetcher().get(site.url("/news/6007-patenty.html"), FAST)
    assert page.status == 200 and "патентов" in page.text
    assert site.paths().count("/news/6007-patenty.html") == 3


def test_retry_after_is_honoured(site):
    site.faults["/news/6002-razresheniya-2024.html"] = scrape_site.rate_limited("2")
    sleeps = Sleeps()
    page = Fetcher(sleep=sleeps).get(site.url("/news/6002-razresheniya-2024.html"), FAST)
    assert "разрешений" in page.text
    assert 2.0 in sleeps  # waited what the server asked, not the tiny backoff


def test_an_unreasonable_retry_after_gives_up_for_this_run(site):
    site.faults["/news/6002-razresheniya-2024.html"] = scrape_site.rate_limited("3600", times=9)
    sleeps = Sleeps()
    with pytest.raises(FetchError) as caught:
        Fetcher(sleep=sleeps).get(site.url("/news/6002-razresheniya-2024.html"), FAST)
    assert not caught.value.permanent and "3600" in str(caught.value)
    assert not any(s >= 3600 for s in sleeps)


def test_persistent_failure_is_reported_not_raised_as_crash(site):
    site.faults["/news/6007-patenty.html"] = scrape_site.fail_first(99)
    with pytest.raises(FetchError) as caught:
        Fetcher().get(site.url("/news/6007-patenty.html"), FAST)
    assert "HTTP 500 after 3 attempts" in str(caught.value) and not caught.value.permanent


def test_timeout(site):
    site.faults["/news/6007-patenty.html"] = scrape_site.hang(1.0)
    quick = Politeness(delay=0, timeout=0.2, retries=1, backoff=0)
    with pytest.raises(FetchError) as caught:
        Fetcher().get(site.url("/news/6007-patenty.html"), quick)
    assert "timed out" in str(caught.value) and not caught.value.permanent


def test_missing_page_is_permanent(site):
    with pytest.raises(FetchError) as caught:
        Fetcher().get(site.url("/news/0000-net.html"), FAST)
    assert caught.value.permanent and "404" in str(caught.value)


def test_redirect_loop(site):
    site.faults["/loop/a"] = scrape_site.redirect_to("/loop/b")
    site.faults["/loop/b"] = scrape_site.redirect_to("/loop/a")
    with pytest.raises(FetchError) as caught:
        Fetcher().get(site.url("/loop/a"), FAST)
    assert caught.value.permanent and "redirect loop" in str(caught.value)


def test_redirect_records_final_url(site):
    site.faults["/old-address"] = scrape_site.redirect_to("/news/6007-patenty.html")
    page = Fetcher().get(site.url("/old-address"), FAST)
    assert page.final_url == site.url("/news/6007-patenty.html")


def test_robots_disallow_and_cache(site, tmp_path):
    store = Store.open(str(tmp_path / "s.db"))
    fetcher = Fetcher(cache=store)
    with pytest.raises(FetchError) as caught:
        fetcher.get(site.url("/private/6004-zakrytaya.html"), FAST)
    assert "robots.txt" in str(caught.value)
    assert "/private/6004-zakrytaya.html" not in site.paths()
    site.reset_log()
    Fetcher(cache=store).get(site.url("/news/6007-patenty.html"), FAST)
    assert site.paths() == ["/news/6007-patenty.html"]  # robots.txt came from the store


JITTER_S = 0.03


def test_per_host_delay_is_respected(site):
    polite = Politeness(delay=0.25, retries=0)
    fetcher = Fetcher()
    for path in ("/news/6001-kvota-na-2026-god.html", "/news/6002-razresheniya-2024.html",
                 "/news/6007-patenty.html", "/news/"):
        fetcher.get(site.url(path), polite)
    times = [t for _, path, t in site.hits if path != "/robots.txt"]
    gaps = [b - a for a, b in zip(times, times[1:])]
    # The server stamps a request when its thread gets to it: allow that much jitter.
    assert len(gaps) == 3 and min(gaps) >= 0.25 - JITTER_S


def test_host_delay_is_the_largest_any_source_asked_for(site):
    fetcher = Fetcher()
    fetcher.get(site.url("/news/"), Politeness(delay=0.3, retries=0))
    fetcher.get(site.url("/news/6007-patenty.html"), Politeness(delay=0, retries=0))
    fetcher.get(site.url("/news/6002-razresheniya-2024.html"), Politeness(delay=0, retries=0))
    times = [t for _, path, t in site.hits if path != "/robots.txt"]
    assert min(b - a for a, b in zip(times, times[1:])) >= 0.3 - JITTER_S


def test_oversized_page_is_refused(site):
    site.faults["/news/huge.html"] = scrape_site.oversized(200_000)
    small = Politeness(delay=0, retries=0, max_bytes=50_000)
    with pytest.raises(FetchError) as caught:
        Fetcher().get(site.url("/news/huge.html"), small)
    assert caught.value.permanent and "larger than 50000" in str(caught.value)


def test_conditional_get(site):
    fetcher = Fetcher()
    first = fetcher.get(site.url("/rss/all.xml"), FAST, kind="feed")
    again = fetcher.get(site.url("/rss/all.xml"), FAST, kind="feed",
                        validators={"etag": first.headers["ETag"]})
    assert again.not_modified and again.content == b""


def test_windows_1251_page_declared_in_meta(site):
    page = Fetcher().get(site.url("/news/6005-migranty-uzbekistan.html"), FAST)
    assert page.encoding == "cp1251"
    assert "граждане Узбекистана: 124,1 тыс. человек" in page.text


def test_undeclared_windows_1251_is_detected():
    text, encoding = decode(("<html><body><p>" + RUSSIAN * 3 + "</p></body></html>")
                            .encode("cp1251"), "text/html")
    assert RUSSIAN in text


def test_wrong_header_charset_falls_back_to_the_page_declaration():
    raw = ('<meta charset="windows-1251"><p>' + RUSSIAN + "</p>").encode("cp1251")
    text, encoding = decode(raw, "text/html; charset=utf-8")
    assert RUSSIAN in text and encoding == "cp1251"


def test_binary_content_type_is_refused(site):
    site.faults["/logo.png"] = lambda request, count: scrape_site.Response(
        b"\x89PNG....", content_type="image/png")
    with pytest.raises(FetchError) as caught:
        Fetcher().get(site.url("/logo.png"), FAST)
    assert caught.value.permanent and "image/png" in str(caught.value)
