"""The HTTP layer under hostile or broken servers: redirect hops, drips, robots.txt outages."""
from __future__ import annotations

import socket
import time

import pytest

import scrape_site
from extractor.web.fetching import FetchError, Fetcher, Politeness

FAST = Politeness(delay=0, timeout=2, connect_timeout=2, retries=0, backoff=0)
ARTICLE = "/news/6007-patenty.html"


@pytest.fixture
def site():
    running = scrape_site.start("zakon")
    yield running
    running.server.stop()


@pytest.fixture
def other():
    """A second site on another port: another host as far as URLs are concerned."""
    running = scrape_site.start("plainrss")
    yield running
    running.server.stop()


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
