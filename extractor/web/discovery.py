"""Finding article URLs: RSS/Atom feeds, sitemaps, listing pages and JSON/GraphQL APIs.

Each way of discovery is a *walk* over one or more pages (a feed is a walk of
one page). Walks are incremental: once a walk has been completed, the next run
sends conditional GETs for its first page and stops paginating at the first
page whose links are all known. A walk cut short (Ctrl-C, --max) is not
marked complete, so the next run walks it in full again and misses nothing;
so is a walk where a page failed for a passing reason (timeout, 5xx), and a
walk made under different selectors or topic keywords, since pages skipped
then may be wanted now.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Optional, Union
from urllib.parse import urlsplit

import feedparser
from bs4 import BeautifulSoup
from lxml import etree

from extractor.web.fetching import FetchError, Fetcher, Page
from extractor.web.sources import Api, Listing, Source, fill

log = logging.getLogger(__name__)
BACKFILL_PAGES = 10_000


@dataclass
class Candidate:
    """An article URL with whatever the feed, sitemap or API told about it."""

    url: str
    title: Optional[str] = None
    summary: Optional[str] = None
    published: Optional[str] = None   # as the discovery page wrote it
    html: Optional[str] = None        # body given by an API, so the page need not be fetched
    fetch: bool = True
    modified: Optional[str] = None    # sitemap lastmod: an article changed before --since is older


@dataclass
class Walker:
    """What discovery needs from a run: the fetcher, the store's crawl state, the options."""

    fetcher: Fetcher
    store: Any
    source: Source
    backfill: bool = False
    refresh: bool = False   # walk everything again, without conditional requests
    rules: str = ""         # fingerprint of the judging rules: a change means a full walk
    # a message, or the FetchError itself so that a robots.txt refusal can be counted as one
    on_error: Callable[[Union[str, FetchError]], None] = field(
        default=lambda problem: log.warning("%s", problem))
    passing_failures: int = 0   # pages that may answer next time: the walk is not complete

    def discover(self) -> Iterator[Candidate]:
        """Every candidate of every discovery method of the source, feeds first."""
        source = self.source
        for feed in source.feeds:
            url = source.resolve(feed)
            yield from self.walk(f"feed:{url}", self.feed_pages(url))
        for api in source.apis:
            yield from self.walk(f"api:{source.resolve(api.url)}:{api.items}", self.api_pages(api))
        for listing in source.listings:
            yield from self.walk(f"listing:{source.resolve(listing.url)}",
                                 self.listing_pages(listing))
        for sitemap in source.sitemaps:
            url = source.resolve(sitemap)
            yield from self.walk(f"sitemap:{url}", self.sitemap_pages(url))

    # -- the incremental walk --------------------------------------------------------
    def walk(self, key: str, pages: Callable[[bool], Iterator[list[Candidate]]]
             ) -> Iterator[Candidate]:
        done = f"complete {self.rules}".strip()
        complete_before = self.store.state(key) == done and not (self.backfill or self.refresh)
        self.store.set_state(key, "walking")
        failures = self.passing_failures
        for candidates in pages(complete_before):
            fresh = [c for c in candidates if not self.store.is_known(c.url)]
            yield from candidates
            if complete_before and not fresh:
                break
        if self.passing_failures == failures:
            self.store.set_state(key, done)

    def fetch(self, url: str, kind: str, conditional: bool, missing_ok: bool = False,
              **request: Any) -> Optional[Page]:
        """One discovery page, or None when it is unchanged or could not be had.

        `missing_ok`: a 404 is the normal end of pagination, not an error.
        """
        validators = self.store.validators(url) if conditional else None
        host = urlsplit(url).netloc
        try:
            page = self.fetcher.get(url, self.source.politeness, kind=kind,
                                    validators=validators, **request,
                                    scope=lambda hop: (self.source.on_site(hop)
                                                       or urlsplit(hop).netloc == host))
        except FetchError as error:
            if not error.permanent:
                self.passing_failures += 1
            if not (missing_ok and error.reason in ("HTTP 404", "HTTP 410")):
                self.on_error(error)
            return None
        if page.not_modified:
            return None
        self.store.save_validators(url, page.headers.get("ETag"),
                                   page.headers.get("Last-Modified"))
        return page

    # -- feeds -------------------------------------------------------------------------
    def feed_pages(self, url: str) -> Callable[[bool], Iterator[list[Candidate]]]:
        def pages(conditional: bool) -> Iterator[list[Candidate]]:
            page = self.fetch(url, "feed", conditional)
            if page is not None:
                yield self.feed_items(page)
        return pages

    def feed_items(self, page: Page) -> list[Candidate]:
        parsed = feedparser.parse(page.content)
        found = []
        for entry in parsed.entries:
            link = entry.get("link") or (entry.get("id") if str(entry.get("id", "")).startswith(
                "http") else None)
            if not link:
                self.on_error(f"{page.url}: feed item without a link skipped "
                              f"({(entry.get('title') or '?')[:60]})")
                continue
            found.append(Candidate(url=self.source.resolve(link, page.final_url),
                                   title=entry.get("title"), summary=entry.get("summary"),
                                   published=entry.get("published") or entry.get("updated")))
        if not found and parsed.get("bozo"):
            self.on_error(f"{page.url}: not a readable feed")
        return found

    # -- listing pages -------------------------------------------------------------------
    def listing_pages(self, listing: Listing) -> Callable[[bool], Iterator[list[Candidate]]]:
        limit = BACKFILL_PAGES if self.backfill else listing.max_pages

        def pages(conditional: bool) -> Iterator[list[Candidate]]:
            number = listing.first_page
            url: Optional[str] = self.source.resolve(fill(listing.url, {"page": number}))
            visited: set[str] = set()
            linked: set[str] = set()
            while url and url not in visited and len(visited) < limit:
                visited.add(url)
                first = len(visited) == 1
                page = self.fetch(url, "html", conditional and first, missing_ok=not first)
                if page is None:
                    return
                soup = BeautifulSoup(page.text, "lxml")
                links = self.listing_links(soup, listing, page.final_url)
                if not links or all(c.url in linked for c in links):
                    return  # past the last page, some sites repeat it or show none
                linked.update(c.url for c in links)
                yield links
                number += 1
                url = self.next_page(soup, listing, page.final_url, number)
        return pages

    def listing_links(self, soup: BeautifulSoup, listing: Listing, base: str) -> list[Candidate]:
        found, seen = [], set()
        for element in soup.select(listing.links):
            anchor = element if element.name == "a" else element.find("a")
            href = anchor.get("href") if anchor is not None else None
            if not href or href.startswith(("javascript:", "mailto:", "#")):
                continue
            url = self.source.resolve(href, base)
            if url not in seen:
                seen.add(url)
                found.append(Candidate(url=url, title=anchor.get_text(" ", strip=True) or None))
        return found

    def next_page(self, soup: BeautifulSoup, listing: Listing, base: str,
                  number: int) -> Optional[str]:
        if listing.next:
            anchor = soup.select_one(listing.next)
            if anchor is not None and anchor.name != "a":
                anchor = anchor.find("a")
            href = anchor.get("href") if anchor is not None else None
            return self.source.resolve(href, base) if href else None
        if "{page}" in listing.url:
            return self.source.resolve(fill(listing.url, {"page": number}))
        return None

    # -- sitemaps --------------------------------------------------------------------------
    def sitemap_pages(self, url: str) -> Callable[[bool], Iterator[list[Candidate]]]:
        def pages(conditional: bool) -> Iterator[list[Candidate]]:
            page = self.fetch(url, "feed", conditional)
            if page is None:
                return
            kind, entries = read_sitemap(page.content)
            if kind == "urlset":
                yield self.sitemap_candidates(entries, page.final_url)
                return
            children = sorted(entries, key=lambda e: e[1] or "", reverse=True)
            if not self.backfill:
                children = children[:self.source.max_sitemaps]
            for child_url, _ in children:
                child = self.fetch(self.source.resolve(child_url, page.final_url), "feed", False)
                if child is not None:
                    yield self.sitemap_candidates(read_sitemap(child.content)[1], child.final_url)
        return pages

    def sitemap_candidates(self, entries: list[tuple[str, Optional[str]]],
                           base: str) -> list[Candidate]:
        return [Candidate(url=self.source.resolve(loc, base), modified=lastmod)
                for loc, lastmod in entries]

    # -- JSON and GraphQL APIs ----------------------------------------------------------------
    def api_pages(self, api: Api) -> Callable[[bool], Iterator[list[Candidate]]]:
        limit = BACKFILL_PAGES if self.backfill else api.max_pages

        def pages(conditional: bool) -> Iterator[list[Candidate]]:
            for number in range(api.first_page, api.first_page + limit):
                values = {**self.source.vars, "page": number, "size": api.page_size}
                page = self.fetch_api(api, values)
                if page is None:
                    return
                try:
                    items = dig(json.loads(page.text), api.items)
                except (ValueError, KeyError, TypeError, IndexError):
                    self.on_error(f"{page.url}: no list at '{api.items}' in the API answer")
                    return
                if not isinstance(items, list) or not items:
                    return
                yield [c for c in (self.api_candidate(api, item) for item in items) if c]
        return pages

    def fetch_api(self, api: Api, values: dict[str, Any]) -> Optional[Page]:
        url = self.source.resolve(fill(api.url, values))
        body = None
        if api.graphql:
            body = {"query": fill(api.graphql, values), "variables": fill(api.variables, values)}
        elif api.body is not None:
            body = fill(api.body, values)
        return self.fetch(url, "json", False, method=api.method, json_body=body)

    def api_candidate(self, api: Api, item: Any) -> Optional[Candidate]:
        if not isinstance(item, dict):
            return None
        get = lambda name: item_field(item, api.fields.get(name))  # noqa: E731
        link = get("url") or (fill(api.link, {**self.source.vars, **flatten(item)})
                              if api.link else None)
        if not link:
            return None
        html = get("html")
        text = get("text")
        return Candidate(url=self.source.resolve(str(link)), title=get("title"),
                         summary=get("summary"), published=get("published"),
                         html=html if html else (text if text else None),
                         fetch=api.fetch_article or not (html or text))


def read_sitemap(content: bytes) -> tuple[str, list[tuple[str, Optional[str]]]]:
    """('sitemapindex' | 'urlset', [(loc, lastmod)]) from sitemap XML, gzipped or not."""
    if content[:2] == b"\x1f\x8b":
        import gzip
        content = gzip.decompress(content)
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    root = etree.fromstring(content, parser)
    if root is None:
        return "urlset", []
    kind = etree.QName(root).localname
    entries = []
    for node in root:
        if not isinstance(node.tag, str):
            continue
        values = {etree.QName(child).localname: (child.text or "").strip()
                  for child in node if isinstance(child.tag, str)}
        if values.get("loc"):
            entries.append((values["loc"], values.get("lastmod") or None))
    return kind, entries


def dig(data: Any, path: str) -> Any:
    """Follow a dotted path like 'data.news' or 'result.items.0' into parsed JSON."""
    for part in [p for p in path.split(".") if p]:
        data = data[int(part)] if isinstance(data, list) else data[part]
    return data


def item_field(item: dict[str, Any], path: Optional[str]) -> Any:
    if not path:
        return None
    try:
        value = dig(item, path)
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    return value if value not in ("", None) else None


def flatten(item: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """{'a': {'b': 1}} -> {'a_b': 1, 'a': {...}} so URL templates can use nested fields."""
    flat: dict[str, Any] = {}
    for key, value in item.items():
        name = f"{prefix}{key}"
        flat[name] = value
        if isinstance(value, dict):
            flat.update(flatten(value, name + "_"))
    return flat


