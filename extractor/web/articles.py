"""An article page -> Document, by the source's CSS selectors first.

Order for each of title, date and body: the source's selectors (in the order
written; the words `json-ld` and `meta` may be listed among them to put those
first), then the page's JSON-LD, then meta tags, then the generic main-text
extraction of `extractor.documents.html_text`. Selectors a site's editors keep stable
beat any heuristic, and the fallbacks keep a redesigned page readable.
"""
from __future__ import annotations

import json
import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any, Iterator, Optional
from zoneinfo import ZoneInfo

from bs4 import BeautifulSoup, NavigableString, Tag

from extractor.records import Document
from extractor.web.sources import ArticleRules, Source

BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
              "blockquote", "section", "article", "header", "footer", "figure", "figcaption",
              "pre", "dd", "dt", "dl"}
DROP_TAGS = ["script", "style", "noscript", "iframe", "svg", "form", "button"]
ARTICLE_TYPES = ("Article", "NewsArticle", "ReportageNewsArticle", "BlogPosting", "Report",
                 "AnalysisNewsArticle", "WebPage")
META_TITLE = ("og:title", "twitter:title")
META_DATE = ("article:published_time", "og:published_time", "datepublished", "pubdate",
             "publishdate", "date", "dc.date", "dcterms.created")
SPACES = re.compile(r"[ \t\r\f\v]+")
DATE_IN_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+[^\W\d_]{3,}\s+\d{4}")


def parse_article(html: str, url: Optional[str], source: Optional[Source] = None,
                  title: Optional[str] = None, published: Optional[str] = None,
                  path: Optional[str] = None) -> Document:
    """Build the Document of one article page. `title`/`published` are hints from discovery."""
    rules = source.article if source else ArticleRules()
    tz = source.timezone if source else None
    soup = BeautifulSoup(html, "lxml")
    linked = json_ld_article(soup)
    for selector in rules.remove:
        for node in soup.select(selector):
            node.decompose()
    found_title = first_text(soup, rules.title, linked.get("headline"), meta(soup, META_TITLE))
    found_date = None
    for raw in candidates(soup, rules.date, linked.get("datePublished"), meta(soup, META_DATE)):
        found_date = to_date(raw, tz)
        if found_date:
            break
    body = first_body(soup, rules, linked.get("articleBody"))
    document = Document(text=body or "", url=url, path=path,
                        title=found_title or clean(title), published=found_date,
                        outlet=source.outlet if source else None,
                        language=source.language if source else "ru",
                        jurisdiction=source.jurisdiction if source else None)
    if not document.published and published:
        document.published = to_date(published, tz)
    if not body or not document.title or not document.published:
        document = fill_from_generic(document, html, url)
    return document


def fill_from_generic(document: Document, html: str, url: Optional[str]) -> Document:
    """Take what the selectors missed from the generic main-text extraction."""
    from extractor.documents.html_text import html_to_document
    generic = html_to_document(html, url=url)
    text = document.text or generic.text or ""
    return Document(text=text, url=document.url, path=document.path,
                    title=document.title or generic.title,
                    published=document.published or generic.published,
                    outlet=document.outlet or generic.outlet, language=document.language,
                    jurisdiction=document.jurisdiction)


def first_body(soup: BeautifulSoup, rules: ArticleRules, linked_body: Any) -> Optional[str]:
    for selector in rules.body:
        if selector == "json-ld":
            text = body_text(linked_body)
        elif selector == "meta":
            continue
        else:
            nodes = soup.select(selector)
            text = "\n".join(t for t in (element_text(n) for n in nodes) if t)
        if text and len(text) >= rules.min_chars:
            return text
    if "json-ld" not in rules.body:
        text = body_text(linked_body)
        if text and len(text) >= rules.min_chars:
            return text
    return None


def body_text(value: Any) -> Optional[str]:
    """JSON-LD articleBody is sometimes HTML, sometimes plain text."""
    if not isinstance(value, str) or not value.strip():
        return None
    if "<" in value and ">" in value:
        return element_text(BeautifulSoup(value, "lxml"))
    return "\n".join(line for line in (SPACES.sub(" ", ln).strip()
                                       for ln in value.splitlines()) if line)


def first_text(soup: BeautifulSoup, selectors: list[str], *fallbacks: Any) -> Optional[str]:
    for value in candidates(soup, selectors, *fallbacks):
        text = clean(value)
        if text:
            return text
    return None


def candidates(soup: BeautifulSoup, selectors: list[str], linked: Any,
               metas: list[str]) -> Iterator[str]:
    """Values in priority order: selectors (with `json-ld`/`meta` where listed), then fallbacks."""
    for selector in selectors:
        if selector == "json-ld":
            if linked:
                yield str(linked)
        elif selector == "meta":
            yield from metas
        else:
            yield from select_values(soup, selector)
    if "json-ld" not in selectors and linked:
        yield str(linked)
    if "meta" not in selectors:
        yield from metas


def select_values(soup: BeautifulSoup, selector: str) -> Iterator[str]:
    """'time.date@datetime' gives the attribute; a plain selector gives the element's text."""
    css, _, attribute = selector.partition("@")
    for node in soup.select(css):
        value = node.get(attribute) if attribute else node.get_text(" ", strip=True)
        if value:
            yield str(value)


def element_text(node: Tag) -> str:
    """Readable text of an element: one line per paragraph, no scripts, spaces tidied.

    Inline markup (links, bold) stays inside its line; no-break spaces inside
    numbers ('5 330') are kept as they are.
    """
    node = BeautifulSoup(str(node), "lxml")
    for tag in node.find_all(DROP_TAGS):
        tag.decompose()
    for br in node.find_all("br"):
        br.replace_with(NavigableString("\n"))
    for tag in node.find_all(BLOCK_TAGS):
        tag.insert_before(NavigableString("\n"))
        tag.append(NavigableString("\n"))
    lines = (SPACES.sub(" ", line).strip() for line in node.get_text().split("\n"))
    return "\n".join(line for line in lines if line)


def json_ld_article(soup: BeautifulSoup) -> dict[str, Any]:
    """The first JSON-LD object that describes an article (broken blocks are skipped)."""
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "", strict=False)
        except (json.JSONDecodeError, TypeError):
            continue
        for item in json_ld_items(data):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(str(k) in ARTICLE_TYPES for k in kinds):
                return item
    return {}


def json_ld_items(data: Any) -> Iterator[dict[str, Any]]:
    stack = data if isinstance(data, list) else [data]
    for item in stack:
        if isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                yield from (g for g in graph if isinstance(g, dict))


def meta(soup: BeautifulSoup, keys: tuple[str, ...]) -> list[str]:
    found = []
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        if key in keys and tag.get("content"):
            found.append(tag["content"])
    return found


def clean(value: Any) -> Optional[str]:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def to_date(value: Optional[str], timezone: Optional[str] = None) -> Optional[str]:
    """'2025-10-31T23:30:00Z' -> '2025-11-01' in Asia/Almaty; also RFC 822 and Russian text."""
    if not value or not str(value).strip():
        return None
    value = str(value).strip()
    moment = parse_moment(value)
    if moment is None:
        return None
    if moment.tzinfo is not None and timezone:
        moment = moment.astimezone(ZoneInfo(timezone))
    return moment.date().isoformat()


def parse_moment(value: str) -> Optional[datetime]:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    if not re.search(r"\d", value):
        return None
    import dateparser
    settings = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"}
    found = dateparser.parse(value, languages=["ru", "en"], settings=settings)
    if found is None:  # 'Опубликовано: 12.03.2025 10:15': read the date inside the words
        inside = DATE_IN_TEXT.search(value)
        if inside:
            found = dateparser.parse(inside.group(0), languages=["ru", "en"], settings=settings)
    return found
