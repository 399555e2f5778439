"""The HTTP layer under hostile or broken servers: redirect hops, drips, robots.txt outages."""
from __future__ import annotations

import socket
import time

import pytest

import scrape_site
from extractor.web.fetching import FetchError, Fetcher, Politeness

FAST = Politeness(delay=0, timeout=2, connect_timeout=2, retries=0, backoff=0)
ARTICLE = "/news/6007-patenty.html"


class Clock:
    """A clock that moves only when the fetcher sleeps, so delays are checked without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def robots(site, text: str) -> None:
    site.faults["/robots.txt"] = scrape_site.serve(text)


# -- item 9: every redirect hop is a request like any other ---------------------------------
def test_a_redirect_loop_stops_early_and_every_hop_waits_the_crawl_delay(site):
    robots(site, "User-agent: *\nCrawl-delay: 2\n")
    site.faults["/loop/a"] = scrape_site.redirect_to("/loop/b")
    site.faults["/loop/b"] = scrape_site.redirect_to("/loop/a")
    clock = Clock()
    with pytest.raises(FetchError) as caught:
        Fetcher(sleep=clock.sleep, clock=clock).get(site.url("/loop/a"), FAST)
    hops = [p for p in site.paths() if p.startswith("/loop/")]
    assert hops == ["/loop/a", "/loop/b"]
    assert clock.sleeps == [2.0, 2.0]   # robots.txt -> /loop/a -> /loop/b, 2 s apart each
    assert caught.value.permanent and "redirect loop" in str(caught.value)


def test_a_long_redirect_chain_is_cut_at_the_hop_limit(site):
    for number in range(1, 30):
        site.faults[f"/hop/{number}"] = scrape_site.redirect_to(f"/hop/{number + 1}")
    limited = Politeness(delay=0, retries=0, max_redirects=5)
    with pytest.raises(FetchError) as caught:
        Fetcher().get(site.url("/hop/1"), limited)
    assert [p for p in site.paths() if p.startswith("/hop/")] == [f"/hop/{n}" for n in range(1, 7)]
    assert caught.value.permanent and "more than 5 redirects" in str(caught.value)


def test_a_redirect_into_a_path_robots_txt_disallows_is_not_followed(site):
    site.faults["/news/moved.html"] = scrape_site.redirect_to("/private/6004-zakrytaya.html")
    with pytest.raises(FetchError) as caught:
        Fetcher().get(site.url("/news/moved.html"), FAST)
    assert "/private/6004-zakrytaya.html" not in site.paths()
    assert "disallowed by robots.txt" in str(caught.value)
    assert "/private/6004-zakrytaya.html" in str(caught.value)


def test_a_redirect_to_another_host_reads_that_hosts_robots_txt_first(site, other):
    robots(other, "User-agent: *\nDisallow: /\n")
    site.faults["/moved"] = scrape_site.redirect_to(other.url("/posts/patents-august.html"))
    with pytest.raises(FetchError) as caught:
        Fetcher().get(site.url("/moved"), FAST)
    assert other.paths() == ["/robots.txt"]
    assert "disallowed by robots.txt" in str(caught.value)


def test_a_hop_outside_the_scope_is_refused_before_it_is_requested(site, other):
    site.faults["/moved"] = scrape_site.redirect_to(other.url("/posts/patents-august.html"))
    same_host = lambda url: url.startswith(site.base_url)  # noqa: E731
    with pytest.raises(FetchError) as caught:
        Fetcher().get(site.url("/moved"), FAST, scope=same_host)
    assert other.paths() == []
    assert caught.value.permanent and other.base_url in str(caught.value)


def test_a_post_redirected_with_303_is_followed_with_get(site):
    site.faults["/api/search"] = lambda request, count: scrape_site.Response(
        "", status=303, headers={"Location": "/news/"})
    page = Fetcher().get(site.url("/api/search"), FAST, method="POST", json_body={"q": 1})
    assert page.final_url == site.url("/news/") and page.url == site.url("/api/search")
    assert site.paths("POST") == ["/api/search"] and "/news/" in site.paths("GET")


# -- item 10: a whole response has a deadline ------------------------------------------------
def test_a_body_that_drips_hits_the_overall_deadline(site):
    site.faults["/news/drip.html"] = scrape_site.drip(40, every=0.05)   # 2 s in all
    slow = Politeness.from_dict({"delay": 0, "timeout": 1, "retries": 0, "deadline": 0.3})
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        Fetcher().get(site.url("/news/drip.html"), slow)
    assert time.monotonic() - started < 1.2
    assert "took longer than 0.3 s" in str(caught.value) and not caught.value.permanent


def test_a_body_within_the_deadline_is_read_whole(site):
    site.faults["/news/drip.html"] = scrape_site.drip(4, every=0.01)
    page = Fetcher().get(site.url("/news/drip.html"), Politeness(delay=0, retries=0, deadline=5))
    assert page.content == b"    "


# -- item 12: robots.txt per RFC 9309, parsed by Protego -------------------------------------
def test_robots_txt_wildcards_and_the_longest_matching_allow(site):
    robots(site, "User-agent: *\nDisallow: /*.pdf$\nDisallow: /news/\nAllow: /news/6007-*\n")
    fetcher = Fetcher()
    assert not fetcher.allowed(site.url("/docs/prikaz-kvota-2026.pdf"), FAST)
    assert fetcher.allowed(site.url("/docs/prilozhenie-razresheniya.docx"), FAST)
    assert fetcher.allowed(site.url(ARTICLE), FAST)
    assert not fetcher.allowed(site.url("/news/6001-kvota-na-2026-god.html"), FAST)


@pytest.mark.parametrize("status", [503, 500])
def test_a_robots_txt_server_error_means_nothing_is_fetched_and_says_so(site, status):
    site.faults["/robots.txt"] = scrape_site.fail_first(99, status=status)
    with pytest.raises(FetchError) as caught:
        Fetcher().get(site.url(ARTICLE), FAST)
    assert ARTICLE not in site.paths()
    message = str(caught.value)
    assert "robots.txt unreachable" in message and f"HTTP {status}" in message
    assert "disallowed by robots.txt" not in message and not caught.value.permanent


def test_no_network_for_robots_txt_is_reported_as_unreachable():
    with socket.socket() as probe:       # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError) as caught:
        Fetcher().get(f"http://127.0.0.1:{port}/news/", FAST)
    assert "robots.txt unreachable (connection failed" in str(caught.value)
    assert not caught.value.permanent


@pytest.mark.parametrize("status", [404, 403, 401])
def test_a_robots_txt_client_error_allows_everything(site, status):
    site.faults["/robots.txt"] = scrape_site.fail_first(99, status=status)
    page = Fetcher().get(site.url("/private/6004-zakrytaya.html"), FAST)
    assert page.status == 200


def test_an_unreachable_robots_txt_is_asked_again_later_not_for_every_url(site):
    site.faults["/robots.txt"] = scrape_site.fail_first(1, status=503)
    clock = Clock()
    fetcher = Fetcher(sleep=clock.sleep, clock=clock)
    for _ in range(3):
        with pytest.raises(FetchError):
            fetcher.get(site.url(ARTICLE), FAST)
    assert site.paths() == ["/robots.txt"]
    clock.now += 3600
    assert fetcher.get(site.url(ARTICLE), FAST).status == 200


def test_a_stale_cached_robots_txt_is_used_while_the_site_cannot_be_asked(site, tmp_path):
    from extractor.store import Store
    store = Store.open(str(tmp_path / "s.db"))
    Fetcher(cache=store).get(site.url(ARTICLE), FAST)           # caches robots.txt
    store.conn.execute("UPDATE crawl_state SET updated_at='2000-01-01T00:00:00+00:00'")
    site.faults["/robots.txt"] = scrape_site.fail_first(99, status=503)
    fetcher = Fetcher(cache=store)
    assert fetcher.get(site.url(ARTICLE), FAST).status == 200    # rules of the old copy
    with pytest.raises(FetchError) as caught:
        fetcher.get(site.url("/private/6004-zakrytaya.html"), FAST)
    assert "disallowed by robots.txt" in str(caught.value)


# -- retries: tenacity drives them, each attempt still waits behind the host's delay ---------
def test_every_retry_waits_its_turn_behind_the_crawl_delay(site):
    robots(site, "User-agent: *\nCrawl-delay: 2\n")
    site.faults[ARTICLE] = scrape_site.fail_first(2, status=503)
    clock = Clock()
    seen_at = []
    fetcher = Fetcher(sleep=clock.sleep, clock=clock)
    send = fetcher.session.request
    fetcher.session.request = lambda *a, **k: seen_at.append(clock.now) or send(*a, **k)
    page = fetcher.get(site.url(ARTICLE), Politeness(delay=0, retries=3, backoff=0.01))
    assert page.status == 200 and len(seen_at) == 4     # robots.txt and three attempts
    assert min(b - a for a, b in zip(seen_at, seen_at[1:])) >= 2.0


def test_a_retry_after_given_as_a_date_too_far_ahead_gives_up(site):
    from datetime import datetime, timedelta, timezone
    from email.utils import format_datetime
    later = format_datetime(datetime.now(timezone.utc) + timedelta(hours=2), usegmt=True)
    site.faults[ARTICLE] = scrape_site.rate_limited(later, times=9)
    clock = Clock()
    with pytest.raises(FetchError) as caught:
        Fetcher(sleep=clock.sleep, clock=clock).get(site.url(ARTICLE), Politeness(retries=2))
    assert "server asks to wait 7" in str(caught.value) and not caught.value.permanent
    assert site.paths().count(ARTICLE) == 1 and not any(s > 120 for s in clock.sleeps)


def test_headers_that_drip_hit_the_overall_deadline_too():
    """A server that sends its status line and headers a byte at a time: the read timeout
    (per read) never trips, the response's deadline does."""
    import socket
    import threading
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    stop = threading.Event()

    def drip_headers():
        connection, _ = listener.accept()
        with connection:
            connection.recv(4096)
            for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"x" * 60:
                if stop.wait(0.05):
                    return
                try:
                    connection.sendall(bytes([byte]))
                except OSError:
                    return

    server = threading.Thread(target=drip_headers, daemon=True)
    server.start()
    slow = Politeness.from_dict({"delay": 0, "timeout": 1, "retries": 0, "deadline": 0.3,
                                 "robots": False})
    started = time.monotonic()
    try:
        with pytest.raises(FetchError) as caught:
            Fetcher().get(f"http://127.0.0.1:{listener.getsockname()[1]}/page.html", slow)
        assert time.monotonic() - started < 1.5
        assert "took longer than 0.3 s" in str(caught.value)
    finally:
        stop.set()
        listener.close()
