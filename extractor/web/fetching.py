"""Polite HTTP: one session, timeouts, retries, robots.txt, per-host delay, size cap.

Retries are tenacity's: each attempt (not urllib3's Retry on the adapter,
which sleeps inside the connection pool, outside the per-host clock) first
waits its turn behind the per-host delay, then the back-off or the server's
`Retry-After` (read by urllib3) comes on top. A server asking for a very long
`Retry-After` makes us give up on the page for this run instead of stalling
the whole crawl.

Redirects are followed here too, one hop at a time (`allow_redirects=False`):
each hop is a request like any other, so it waits for its host's delay, obeys
that host's robots.txt, must stay where the source may go, and counts against
a hop limit. robots.txt is read by Protego, which knows `*` and `$` patterns
and the longest-match rule of RFC 9309 that the standard library's parser lacks.
"""
from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Union
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from protego import Protego
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt
from urllib3.util import Retry

from extractor import __version__
from extractor.documents.decoding import decode

USER_AGENT = f"briefing-extractor/{__version__} (government briefing monitor; polite crawler)"
ROBOTS_AGENT = "briefing-extractor"
RETRY_STATUSES = {429, 500, 502, 503, 504}
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
ROBOTS_TTL_S = 24 * 3600
ROBOTS_RETRY_S = 600        # an unreachable robots.txt is asked again after this long
READ_SIZE = 65536


@dataclass
class Politeness:
    """How gently to treat a site. Every field can be set in a source file."""

    delay: float = 1.0          # minimum seconds between two requests to one host
    timeout: float = 20.0       # read timeout, seconds (for each read)
    connect_timeout: float = 10.0
    deadline: float = 60.0      # seconds for a whole response, request to last byte
    retries: int = 3            # extra attempts after a connection error, 429 or 5xx
    backoff: float = 1.0        # first retry waits this long, then doubles
    max_retry_after: float = 120.0  # a longer Retry-After gives up on the page for this run
    max_bytes: int = 5_000_000  # larger responses are refused
    max_redirects: int = 5      # hops followed before giving up on a page
    robots: bool = True         # obey robots.txt

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Politeness":
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass
class Page:
    """One HTTP response as the crawler needs it."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes = b""
    text: str = ""
    encoding: Optional[str] = None
    not_modified: bool = False

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "").split(";")[0].strip().lower()


class FetchError(Exception):
    """A page could not be had. `permanent` ones (404, too large) are not retried next run."""

    def __init__(self, url: str, reason: str, permanent: bool = False):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.permanent = permanent


class Disallowed(FetchError):
    """robots.txt forbids the URL, or the URL a redirect leads to."""

    def __init__(self, url: str, target: Optional[str] = None):
        hop = f"redirected to {target}, " if target and target != url else ""
        super().__init__(url, f"{hop}disallowed by robots.txt", permanent=True)


class OutOfScope(FetchError):
    """A redirect leads where the source does not go (another site, outside `[urls]`)."""

    def __init__(self, url: str, target: str):
        super().__init__(url, f"redirected to {target}, outside the source's URLs; not followed",
                         permanent=True)


@dataclass
class Robots:
    """What one site's robots.txt says, or why it could not be read (then nothing is allowed)."""

    rules: Optional[Protego]
    problem: Optional[str]
    expires: float


class Fetcher:
    """A requests.Session with the house rules; share one per run so host delays are shared."""

    def __init__(self, cache: Any = None, user_agent: str = USER_AGENT,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic):
        self.session = requests.Session()
        self.session.headers["User-Agent"] = user_agent
        self.session.headers["Accept-Language"] = "ru,en;q=0.5"
        self.cache = cache  # a Store (or anything with cached()/cache()) for robots.txt
        self.sleep = sleep
        self.clock = clock
        self._last_request: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}
        self._robots: dict[str, Robots] = {}
        self.requests_made = 0

    # -- the per-host clock ----------------------------------------------------
    def _wait_turn(self, host: str, delay: float) -> None:
        self._host_delay[host] = max(self._host_delay.get(host, 0.0), delay)
        last = self._last_request.get(host)
        if last is not None:
            wait = last + self._host_delay[host] - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = self.clock()

    def _pause(self, seconds: float) -> None:
        if seconds > 0:
            self.sleep(seconds)

    # -- robots.txt --------------------------------------------------------------
    def allowed(self, url: str, politeness: Politeness) -> bool:
        """robots.txt says we may fetch `url` (False too when it could not be read)."""
        try:
            self.check(url, politeness)
        except FetchError:
            return False
        return True

    def check(self, url: str, politeness: Politeness, asked: Optional[str] = None) -> None:
        """Raise Disallowed, or FetchError when robots.txt is unreachable (RFC 9309 2.3.1.4:
        complete disallow, reported as what it is); `asked` is the URL a redirect started at."""
        if not politeness.robots:
            return
        asked = asked or url
        parts = urlsplit(url)
        robots = self._robots_of(f"{parts.scheme}://{parts.netloc}", politeness)
        if robots.rules is None:
            hop = f"redirected to {url}: " if url != asked else ""
            raise FetchError(asked, f"{hop}robots.txt unreachable ({robots.problem}); not fetched")
        delay = robots.rules.crawl_delay(ROBOTS_AGENT)
        if delay:
            self._host_delay[parts.netloc] = max(self._host_delay.get(parts.netloc, 0.0),
                                                 min(float(delay), 60.0))
        if not robots.rules.can_fetch(url, ROBOTS_AGENT):
            raise Disallowed(asked, url)

    def _robots_of(self, site: str, politeness: Politeness) -> Robots:
        robots = self._robots.get(site)
        if robots is None or self.clock() > robots.expires:  # a long monitor re-reads it
            robots = self._load_robots(site, politeness)
            self._robots[site] = robots
        return robots

    def _load_robots(self, site: str, politeness: Politeness) -> Robots:
        key = "robots:" + site
        text = self.cache.cached(key, ROBOTS_TTL_S) if self.cache is not None else None
        if text is None:
            try:
                text = self.get(site + "/robots.txt", politeness, kind="any",
                                check_robots=False).text
            except FetchError as error:
                if not error.permanent:  # 5xx or no answer: an older copy, else nothing allowed
                    stale = self.cache.cached(key, math.inf) if self.cache is not None else None
                    if stale is None:
                        return Robots(None, error.reason, self.clock() + ROBOTS_RETRY_S)
                    return Robots(parse_robots(stale), None, self.clock() + ROBOTS_RETRY_S)
                text = ""  # 4xx (RFC 9309 2.3.1.3): there are no rules
            if self.cache is not None:
                self.cache.cache(key, text)
        return Robots(parse_robots(text), None, self.clock() + ROBOTS_TTL_S)

    # -- one GET or POST, hop by hop ------------------------------------------------
    def get(self, url: str, politeness: Politeness, kind: str = "html",
            validators: Optional[dict[str, str]] = None, method: str = "GET",
            json_body: Any = None, check_robots: bool = True,
            scope: Optional[Callable[[str], bool]] = None) -> Page:
        """Fetch `url` with retries, following redirects; raises FetchError.

        `kind`: html, feed, json, document, any. `scope`: where a redirect may
        lead (the source's own URL rule); a hop outside it is not requested.
        """
        headers = conditional_headers(validators)
        target, visited = url, [url]
        while True:
            if check_robots:
                self.check(target, politeness, asked=url)
            answer = self._attempts(url, target, politeness, kind, method, headers, json_body)
            if isinstance(answer, Page):
                return answer
            status, target = answer
            if target in visited:
                raise FetchError(url, f"redirect loop at {target}", permanent=True)
            if len(visited) > politeness.max_redirects:
                raise FetchError(url, f"more than {politeness.max_redirects} redirects",
                                 permanent=True)
            if scope is not None and not scope(target):
                raise OutOfScope(url, target)
            visited.append(target)
            if status == 303 or (status in (301, 302) and method == "POST"):
                method, json_body = "GET", None  # what browsers and requests do

    def _attempts(self, url: str, target: str, politeness: Politeness, kind: str, method: str,
                  headers: dict[str, str], json_body: Any) -> Union[Page, tuple[int, str]]:
        """One hop with its retries: the page, or (status, next URL) for a redirect."""
        retrying = Retrying(stop=stop_after_attempt(politeness.retries + 1),
                            wait=lambda state: back_off(politeness, state),
                            retry=retry_if_exception_type(_Retry), sleep=self._pause, reraise=True)
        try:
            for attempt in retrying:
                with attempt:
                    return self._attempt(url, target, politeness, kind, method, headers,
                                         json_body)
        except _Retry as failed:
            tries = politeness.retries + 1
            raise FetchError(url, f"{failed.reason} after {tries} attempt{'s' * (tries > 1)}"
                             ) from None
        raise AssertionError("tenacity ended without an outcome")  # pragma: no cover

    def _attempt(self, url: str, target: str, politeness: Politeness, kind: str, method: str,
                 headers: dict[str, str], json_body: Any) -> Union[Page, tuple[int, str]]:
        """One request, after waiting for the host's turn; raises _Retry when worth another."""
        self._wait_turn(urlsplit(target).netloc, politeness.delay)
        self.requests_made += 1
        deadline = Deadline(self.clock() + politeness.deadline, politeness.deadline, self.clock)
        try:
            response = within(deadline, lambda: self.session.request(
                method, target, headers=headers, json=json_body, stream=True,
                allow_redirects=False, timeout=(politeness.connect_timeout, politeness.timeout)))
        except (requests.ConnectionError, requests.Timeout) as error:
            raise _Retry("timed out" if isinstance(error, requests.Timeout)
                         else "connection failed") from None
        except requests.RequestException as error:
            raise FetchError(url, f"bad request: {error}", permanent=True) from None
        with response:
            if response.status_code in RETRY_STATUSES:
                reason = f"HTTP {response.status_code}"
                asked = parse_retry_after(response.headers.get("Retry-After"))
                if asked is not None and asked > politeness.max_retry_after:
                    raise FetchError(url, f"{reason}, server asks to wait {asked:.0f} s")
                raise _Retry(reason, asked)
            location = response.headers.get("Location")
            if response.status_code in REDIRECT_STATUSES and location:
                return response.status_code, urljoin(target, location.strip()).split("#")[0]
            return self._finish(url, response, politeness, kind, deadline)

    def _finish(self, url: str, response: requests.Response, politeness: Politeness,
                kind: str, deadline: "Deadline") -> Page:
        headers = dict(response.headers)
        page = Page(url=url, final_url=response.url, status=response.status_code, headers=headers)
        if response.status_code == 304:
            page.not_modified = True
            return page
        if response.status_code >= 400:
            raise FetchError(url, f"HTTP {response.status_code}", permanent=True)
        if not acceptable(page.content_type, kind):
            raise FetchError(url, f"unexpected content type {page.content_type}", permanent=True)
        page.content = read_capped(url, response, politeness.max_bytes, deadline)
        if kind != "document":
            page.text, page.encoding = decode(page.content, headers.get("Content-Type", ""))
        return page


class _Retry(Exception):
    """This attempt failed in a way worth another: no answer, 429/5xx, a body cut or too slow."""

    def __init__(self, reason: str, retry_after: Optional[float] = None):
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def back_off(politeness: Politeness, state: RetryCallState) -> float:
    """Seconds before the next attempt: doubling from `backoff`, or longer if the server asks."""
    failed = state.outcome.exception() if state.outcome else None
    asked = getattr(failed, "retry_after", None) or 0.0
    return max(politeness.backoff * 2 ** (state.attempt_number - 1), asked)


@dataclass
class Deadline:
    """When a response must be read by: the read timeout alone is per read, and a server
    dripping a byte at a time never trips it."""

    at: float
    seconds: float
    clock: Callable[[], float]

    def check(self) -> None:
        if self.clock() > self.at:
            raise _Retry(f"took longer than {self.seconds:g} s")


def within(deadline: Deadline, call: Callable[[], Any]) -> Any:
    """`call()` (the request up to its headers) held to the response's deadline.

    The read timeout is per read, so a server dripping its status line and headers a byte
    at a time would hold the crawl for ever; the request runs in a daemon thread, which is
    left behind (and ends with the process) when the deadline passes first.
    """
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as error:  # handed to the caller as if raised here
            outcome["error"] = error

    worker = threading.Thread(target=run, name="fetch", daemon=True)
    worker.start()
    worker.join(deadline.seconds)  # real seconds, whatever clock the caller's delays use
    if worker.is_alive():
        raise _Retry(f"took longer than {deadline.seconds:g} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def read_capped(url: str, response: requests.Response, max_bytes: int,
                deadline: Deadline) -> bytes:
    """The body, refusing anything larger than `max_bytes` without reading it all.

    `read1` returns whatever has arrived, so the deadline is checked between small reads.
    """
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(url, f"larger than {max_bytes} bytes", permanent=True)
    chunks, size = [], 0
    try:
        while True:
            deadline.check()
            chunk = response.raw.read1(READ_SIZE, decode_content=True)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(url, f"larger than {max_bytes} bytes", permanent=True)
            chunks.append(chunk)
    except urllib3.exceptions.DecodeError:
        raise FetchError(url, "body cannot be decompressed", permanent=True) from None
    except (urllib3.exceptions.ReadTimeoutError, TimeoutError):
        raise _Retry("timed out while reading") from None
    except (urllib3.exceptions.HTTPError, OSError) as error:
        raise _Retry(f"connection broke while reading ({type(error).__name__})") from None
    return b"".join(chunks)


def conditional_headers(validators: Optional[dict[str, str]]) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from what the last answer said about itself."""
    headers = {}
    if validators:
        if validators.get("etag"):
            headers["If-None-Match"] = validators["etag"]
        if validators.get("last_modified"):
            headers["If-Modified-Since"] = validators["last_modified"]
    return headers


def parse_robots(text: str) -> Protego:
    """Protego's reading of a robots.txt; what it cannot parse at all allows everything."""
    try:
        return Protego.parse(text)
    except Exception:  # noqa: BLE001 - a broken robots.txt is "no rules", not a crash
        return Protego.parse("")


def acceptable(content_type: str, kind: str) -> bool:
    """Is this content type what we asked for? A missing type is given the benefit of doubt."""
    if not content_type or kind == "any":
        return True
    if kind == "document":  # a linked PDF or DOCX; servers often say octet-stream
        return content_type in ("application/pdf", "application/octet-stream",
                                "application/msword", "binary/octet-stream") or \
            "officedocument" in content_type
    if kind == "json":
        return "json" in content_type or content_type.startswith("text/")
    return "html" in content_type or "xml" in content_type or content_type.startswith("text/")


def parse_retry_after(value: Optional[str]) -> Optional[float]:
    """Retry-After in seconds, from either delta-seconds or an HTTP date (None if unreadable)."""
    if not value:
        return None
    try:
        return float(Retry(retry_after_max=math.inf).parse_retry_after(value))
    except urllib3.exceptions.InvalidHeader:
        return None
