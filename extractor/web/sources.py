"""Source definitions: how to find and read a site's articles, loaded from TOML files.

A site is data, not code: `patterns/sources/*.toml` (or any file path given on
the command line) says where its feeds, sitemaps, listing pages or JSON API
are, which CSS selectors hold an article's title, date and body, which URLs and
topics to keep, and how politely to fetch. README documents every field.
A bare feed URL on the command line becomes a generic feed source.
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Optional
from urllib.parse import urljoin, urlsplit, urlunsplit

import soupsieve

from extractor.errors import UserError
from extractor.web.fetching import Politeness

SOURCES_DIR = Path(__file__).resolve().parents[2] / "patterns" / "sources"
ENV_VAR = "EXTRACTOR_SOURCES"

TOP_FIELDS = {"name", "outlet", "jurisdiction", "language", "base_url", "timezone", "enabled",
              "vars", "discovery", "article", "urls", "topic", "politeness"}
DISCOVERY_FIELDS = {"feeds", "sitemaps", "max_sitemaps", "listing", "api"}
LISTING_FIELDS = {"url", "links", "next", "first_page", "max_pages"}
API_FIELDS = {"url", "method", "graphql", "variables", "body", "items", "link", "fields",
              "page_size", "first_page", "max_pages", "fetch_article"}
API_ITEM_FIELDS = {"url", "title", "published", "html", "text", "summary"}
ARTICLE_FIELDS = {"title", "date", "body", "remove", "min_chars", "attachments",
                  "max_attachments"}
TOPIC_FIELDS = {"keywords", "min_hits"}
URL_FIELDS = {"allow", "deny"}


@dataclass
class Listing:
    url: str                    # may hold {page}
    links: str                  # CSS selector of article links
    next: Optional[str] = None  # CSS selector of the next-page link
    first_page: int = 1
    max_pages: int = 5


@dataclass
class Api:
    url: str
    items: str                  # dotted path to the list of items in the JSON answer
    method: str = "GET"
    graphql: Optional[str] = None
    variables: dict[str, Any] = field(default_factory=dict)
    body: Optional[dict[str, Any]] = None
    link: Optional[str] = None  # article URL template filled from item fields
    fields: dict[str, str] = field(default_factory=dict)
    page_size: int = 20
    first_page: int = 1
    max_pages: int = 3
    fetch_article: bool = False


@dataclass
class ArticleRules:
    title: list[str] = field(default_factory=list)
    date: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    remove: list[str] = field(default_factory=list)
    min_chars: int = 80
    attachments: bool = True    # fetch PDF/DOCX documents linked from the article body
    max_attachments: int = 5


@dataclass
class Topic:
    keywords: list[str] = field(default_factory=list)
    min_hits: int = 1

    def __post_init__(self) -> None:
        self._patterns = [keyword_pattern(k) for k in self.keywords]

    def accepts(self, text: str) -> bool:
        """True when the text mentions the topic often enough (no keywords: everything)."""
        if not self._patterns:
            return True
        folded = text.lower().replace("ё", "е")
        hits = sum(len(p.findall(folded)) for p in self._patterns)
        return hits >= self.min_hits


def keyword_pattern(keyword: str) -> re.Pattern[str]:
    """'трудов мигра' matches words starting with 'трудов' followed by one starting 'мигра'."""
    words = keyword.lower().replace("ё", "е").split()
    return re.compile(r"(?<!\w)" + r"\w*\s+".join(re.escape(w) for w in words))


@dataclass
class Source:
    name: str
    base_url: str
    outlet: Optional[str] = None
    jurisdiction: Optional[str] = None
    language: str = "ru"
    timezone: Optional[str] = None
    enabled: bool = True
    vars: dict[str, str] = field(default_factory=dict)
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    max_sitemaps: int = 2
    listings: list[Listing] = field(default_factory=list)
    apis: list[Api] = field(default_factory=list)
    article: ArticleRules = field(default_factory=ArticleRules)
    allow: list[str] = field(default_factory=list)
    deny: list[str] = field(default_factory=list)
    topic: Topic = field(default_factory=Topic)
    politeness: Politeness = field(default_factory=Politeness)
    path: Optional[str] = None
    original_hosts: tuple[str, ...] = ()

    # -- URLs ------------------------------------------------------------------
    def resolve(self, url: str, base: Optional[str] = None) -> str:
        """An absolute URL; links to the site's real host are moved to `base_url` (mirrors)."""
        absolute = urljoin(base or self.base_url, fill(url, self.vars))
        parts = urlsplit(absolute)
        if parts.netloc in self.original_hosts:
            target = urlsplit(self.base_url)
            absolute = urlunsplit((target.scheme, target.netloc, parts.path, parts.query, ""))
        return urlunsplit(urlsplit(absolute)._replace(fragment=""))

    def on_site(self, url: str) -> bool:
        """The URL is on the source's own host (or the real host of a mirror)."""
        host = urlsplit(url).netloc
        return host == urlsplit(self.base_url).netloc or host in self.original_hosts

    def url_allowed(self, url: str) -> bool:
        """Allow/deny patterns are searched in the URL's path and query."""
        parts = urlsplit(url)
        local = parts.path + (f"?{parts.query}" if parts.query else "")
        if not self.on_site(url):
            return False  # other sites are never followed
        if any(re.search(p, local) for p in self.deny):
            return False
        return not self.allow or any(re.search(p, local) for p in self.allow)

    def rebased(self, base_url: str) -> "Source":
        """The same source pointed at a mirror or a local test server."""
        hosts = set(self.original_hosts) | {urlsplit(self.base_url).netloc}
        hosts.discard(urlsplit(base_url).netloc)
        return replace(self, base_url=base_url.rstrip("/") + "/", original_hosts=tuple(hosts))

    def summary(self) -> dict[str, Any]:
        ways = [w for w, on in (("feed", self.feeds), ("sitemap", self.sitemaps),
                                ("listing", self.listings), ("api", self.apis)) if on]
        return {"name": self.name, "jurisdiction": self.jurisdiction, "language": self.language,
                "base_url": self.base_url, "discovery": ways, "enabled": self.enabled,
                "path": self.path}


def fill(template: Any, values: dict[str, Any]) -> Any:
    """Fill {name} placeholders in strings, lists and dicts; unknown braces stay as they are.

    A string that is exactly one placeholder takes the value's own type, so
    `_page = "{page}"` sends a number in a JSON body.
    """
    if isinstance(template, str):
        whole = re.fullmatch(r"\{(\w+)\}", template)
        if whole and whole.group(1) in values:
            return values[whole.group(1)]
        return re.sub(r"\{(\w+)\}",
                      lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0),
                      template)
    if isinstance(template, list):
        return [fill(v, values) for v in template]
    if isinstance(template, dict):
        return {k: fill(v, values) for k, v in template.items()}
    return template


# -- loading -------------------------------------------------------------------
def sources_dir(explicit: Optional[str] = None) -> Path:
    return Path(explicit or os.environ.get(ENV_VAR) or SOURCES_DIR)


def load_file(path: Path) -> Source:
    """Read and validate one source file; any problem is one UserError naming the file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"{path}: no such source file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"{path}: cannot read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise UserError(f"{path}: not valid TOML ({error})") from None
    try:
        source = from_dict(data)
    except (ValueError, TypeError) as error:
        raise UserError(f"{path}: {error}") from None
    source.path = str(path)
    return source


def from_dict(data: dict[str, Any]) -> Source:
    check_fields("source", data, TOP_FIELDS)
    for required in ("name", "base_url"):
        if not isinstance(data.get(required), str) or not data[required].strip():
            raise ValueError(f"'{required}' is required")
    base = data["base_url"]
    if urlsplit(base).scheme not in ("http", "https"):
        raise ValueError(f"base_url must start with http:// or https://, not {base!r}")
    discovery = data.get("discovery") or {}
    check_fields("[discovery]", discovery, DISCOVERY_FIELDS)
    article = data.get("article") or {}
    check_fields("[article]", article, ARTICLE_FIELDS)
    topic = data.get("topic") or {}
    check_fields("[topic]", topic, TOPIC_FIELDS)
    urls = data.get("urls") or {}
    check_fields("[urls]", urls, URL_FIELDS)
    politeness = data.get("politeness") or {}
    check_fields("[politeness]", politeness, set(Politeness.__dataclass_fields__))
    jurisdiction = data.get("jurisdiction")
    if jurisdiction is not None and not re.fullmatch(r"[A-Z]{2}", str(jurisdiction)):
        raise ValueError(f"jurisdiction must be an ISO two-letter code like KZ, not {jurisdiction!r}")
    source = Source(
        name=data["name"].strip(), base_url=base.rstrip("/") + "/",
        outlet=data.get("outlet") or data["name"], jurisdiction=jurisdiction,
        language=data.get("language", "ru"), timezone=data.get("timezone"),
        enabled=bool(data.get("enabled", True)), vars=dict(data.get("vars") or {}),
        feeds=string_list("discovery.feeds", discovery.get("feeds")),
        sitemaps=string_list("discovery.sitemaps", discovery.get("sitemaps")),
        max_sitemaps=int(discovery.get("max_sitemaps", 2)),
        listings=[make_listing(item) for item in table_list("discovery.listing",
                                                             discovery.get("listing"))],
        apis=[make_api(item) for item in table_list("discovery.api", discovery.get("api"))],
        article=make_article(article),
        allow=patterns("urls.allow", urls.get("allow")),
        deny=patterns("urls.deny", urls.get("deny")),
        topic=Topic(keywords=string_list("topic.keywords", topic.get("keywords")),
                    min_hits=int(topic.get("min_hits", 1))),
        politeness=Politeness.from_dict(politeness),
    )
    if not (source.feeds or source.sitemaps or source.listings or source.apis):
        raise ValueError("[discovery] needs at least one of feeds, sitemaps, listing, api")
    for selector in (source.article.title + source.article.date + source.article.body
                     + source.article.remove):
        check_selector(selector)
    if source.timezone:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
        try:
            ZoneInfo(source.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown timezone {source.timezone!r}") from None
    return source


def make_article(data: dict[str, Any]) -> ArticleRules:
    rules = ArticleRules(**{k: string_list(f"article.{k}", data[k])
                            for k in ("title", "date", "body", "remove") if k in data})
    rules.min_chars = int(data.get("min_chars", rules.min_chars))
    rules.attachments = bool(data.get("attachments", rules.attachments))
    rules.max_attachments = int(data.get("max_attachments", rules.max_attachments))
    return rules


def make_listing(data: dict[str, Any]) -> Listing:
    check_fields("[[discovery.listing]]", data, LISTING_FIELDS)
    if "url" not in data or "links" not in data:
        raise ValueError("[[discovery.listing]] needs 'url' and 'links'")
    listing = Listing(**data)
    check_selector(listing.links)
    if listing.next:
        check_selector(listing.next)
    return listing


def make_api(data: dict[str, Any]) -> Api:
    check_fields("[[discovery.api]]", data, API_FIELDS)
    if "url" not in data or "items" not in data:
        raise ValueError("[[discovery.api]] needs 'url' and 'items'")
    check_fields("[discovery.api.fields]", data.get("fields") or {}, API_ITEM_FIELDS)
    api = Api(**data)
    api.method = api.method.upper()
    if api.method not in ("GET", "POST"):
        raise ValueError(f"[[discovery.api]] method must be GET or POST, not {api.method!r}")
    if not api.link and "url" not in api.fields:
        raise ValueError("[[discovery.api]] needs 'link' (a URL template) or fields.url")
    return api


def check_fields(where: str, data: Any, allowed: set[str]) -> None:
    if not isinstance(data, dict):
        raise ValueError(f"{where} must be a table")
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r} in {where} "
                         f"(known: {', '.join(sorted(allowed))})")


def string_list(where: str, value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where} must be a string or a list of strings")
    return list(value)


def table_list(where: str, value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    if isinstance(value, dict):
        return [value]
    if not isinstance(value, list):
        raise ValueError(f"{where} must be a table or a list of tables")
    return value


def patterns(where: str, value: Any) -> list[str]:
    found = string_list(where, value)
    for pattern in found:
        try:
            re.compile(pattern)
        except re.error as error:
            raise ValueError(f"{where}: bad regular expression {pattern!r} ({error})") from None
    return found


def check_selector(selector: str) -> None:
    """Selectors may end in @attribute; 'json-ld' and 'meta' name the built-in fallbacks."""
    css = selector.rsplit("@", 1)[0] if "@" in selector else selector
    if css in ("json-ld", "meta"):
        return
    try:
        soupsieve.compile(css)
    except Exception as error:  # soupsieve raises its own SelectorSyntaxError
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ValueError(f"bad CSS selector {selector!r} ({reason})") from None


def feed_source(url: str) -> Source:
    """A generic source made from nothing but a feed URL."""
    parts = urlsplit(url)
    return Source(name=parts.netloc, base_url=f"{parts.scheme}://{parts.netloc}/",
                  outlet=parts.netloc, feeds=[url], path=url)


def all_sources(directory: Optional[str] = None) -> list[Source]:
    folder = sources_dir(directory)
    if not folder.is_dir():
        raise UserError(f"{folder}: sources folder does not exist")
    return [load_file(p) for p in sorted(folder.glob("*.toml"))]


def find_sources(names: Iterable[str], directory: Optional[str] = None,
                 base_url: Optional[str] = None) -> list[Source]:
    """Resolve command-line names: a source name, a .toml path, or a feed URL.

    No names means every enabled source in the folder.
    """
    names = list(names)
    if not names:
        chosen = [s for s in all_sources(directory) if s.enabled]
    else:
        chosen = [find_one(name, directory) for name in names]
    if base_url:
        if urlsplit(base_url).scheme not in ("http", "https"):
            raise UserError(f"--base-url must start with http:// or https://, not {base_url!r}")
        chosen = [s.rebased(base_url) for s in chosen]
    return chosen


def find_one(name: str, directory: Optional[str] = None) -> Source:
    if re.match(r"https?://", name):
        return feed_source(name)
    path = Path(name)
    if path.suffix == ".toml" or path.is_file():
        return load_file(path)
    known = all_sources(directory)
    for source in known:
        if name in (source.name, Path(source.path or "").stem):
            return source
    listed = ", ".join(s.name for s in known) or "none"
    raise UserError(f"unknown source {name!r} (configured: {listed})")
