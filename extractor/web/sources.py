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
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Optional
from urllib.parse import urljoin, urlsplit, urlunsplit

import jsonschema
import soupsieve

from extractor import schemas
from extractor.errors import UserError
from extractor.patterns import patterns_dir
from extractor.web.fetching import Politeness

ENV_VAR = "EXTRACTOR_SOURCES"


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
    """--sources-dir, else $EXTRACTOR_SOURCES, else `sources/` beside the patterns."""
    configured = explicit or os.environ.get(ENV_VAR)
    return Path(configured) if configured else patterns_dir() / "sources"


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
    check_structure(data)
    base = data["base_url"]
    discovery = data["discovery"]
    article = data.get("article") or {}
    topic = data.get("topic") or {}
    urls = data.get("urls") or {}
    politeness = data.get("politeness") or {}
    jurisdiction = data.get("jurisdiction")
    source = Source(
        name=data["name"].strip(), base_url=base.rstrip("/") + "/",
        outlet=data.get("outlet") or data["name"], jurisdiction=jurisdiction,
        language=data.get("language", "ru"), timezone=data.get("timezone"),
        enabled=bool(data.get("enabled", True)), vars=dict(data.get("vars") or {}),
        feeds=as_list(discovery.get("feeds")),
        sitemaps=as_list(discovery.get("sitemaps")),
        max_sitemaps=int(discovery.get("max_sitemaps", 2)),
        listings=[make_listing(item) for item in as_list(discovery.get("listing"))],
        apis=[make_api(item) for item in as_list(discovery.get("api"))],
        article=make_article(article),
        allow=patterns(urls.get("allow")),
        deny=patterns(urls.get("deny")),
        topic=Topic(keywords=as_list(topic.get("keywords")),
                    min_hits=int(topic.get("min_hits", 1))),
        politeness=Politeness.from_dict(politeness),
    )
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
    rules = ArticleRules(**{k: as_list(data[k])
                            for k in ("title", "date", "body", "remove") if k in data})
    rules.min_chars = int(data.get("min_chars", rules.min_chars))
    rules.attachments = bool(data.get("attachments", rules.attachments))
    rules.max_attachments = int(data.get("max_attachments", rules.max_attachments))
    return rules


def make_listing(data: dict[str, Any]) -> Listing:
    listing = Listing(**data)
    check_selector(listing.links)
    if listing.next:
        check_selector(listing.next)
    return listing


def make_api(data: dict[str, Any]) -> Api:
    api = Api(**data)
    api.method = api.method.upper()
    if not api.link and "url" not in api.fields:
        raise ValueError("[[discovery.api]] needs 'link' (a URL template) or fields.url")
    return api


@lru_cache(maxsize=1)
def source_validator() -> jsonschema.protocols.Validator:
    return schemas.validator("source")


def check_structure(data: dict[str, Any]) -> None:
    """The published schema (extractor/schemas/source.schema.json) decides which fields a
    source file may have and of what type; the first problem becomes one readable line."""
    error = jsonschema.exceptions.best_match(source_validator().iter_errors(data))
    if error is not None:
        raise ValueError(readable(error))


def readable(error: jsonschema.ValidationError) -> str:
    """A schema error in the words of the file's author: which field, in which table."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    if error.validator in ("anyOf", "oneOf") and error.context and "x-message" not in schema:
        return readable(jsonschema.exceptions.best_match(error.context))
    where = schema.get("x-where") or dotted(error.absolute_path)
    if error.validator == "additionalProperties":
        known = sorted(schema.get("properties", {}))
        unknown = sorted(set(error.instance) - set(known))
        return f"unknown field {unknown[0]!r} in {where} (known: {', '.join(known)})"
    if error.validator == "required":
        missing = [name for name in schema["required"] if name not in error.instance]
        if missing[0] == "discovery":
            return schema["properties"]["discovery"]["x-message"]
        if len(error.absolute_path) == 0:
            return f"{missing[0]!r} is required"
        return f"{where} needs " + " and ".join(repr(n) for n in schema["required"])
    message = schema.get("x-message")
    if message:
        if message.startswith("must"):
            message = f"{dotted(error.absolute_path)} {message}"
        return f"{message}, not {error.instance!r}" if error.validator == "pattern" else message
    return f"{dotted(error.absolute_path) or 'source'}: {error.message}"


def dotted(path: Iterable[Any]) -> str:
    return ".".join(str(part) for part in path)


def as_list(value: Any) -> list[Any]:
    """A field that may be written as one value or a list of them (the schema checked which)."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def patterns(value: Any) -> list[str]:
    found = as_list(value)
    for pattern in found:
        try:
            re.compile(pattern)
        except re.error as error:
            raise ValueError(f"[urls]: bad regular expression {pattern!r} ({error})") from None
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
