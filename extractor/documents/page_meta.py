"""What a page says about itself: JSON-LD, meta tags, and the dates written in them.

One place for both readers of pages (generic saved pages in `html_text` and articles
read under a source's rules in `web/articles`). Dates go through one normaliser:
ISO 8601 and RFC 822 by the standard library (exact, and fast), anything else by
dateparser, which reads Russian month names and the many ways sites print a moment.
"""
from __future__ import annotations

import json
import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any, Iterator, Optional
from zoneinfo import ZoneInfo

from bs4 import BeautifulSoup

ARTICLE_TYPES = ("Article", "NewsArticle", "ReportageNewsArticle", "BlogPosting", "Report",
                 "AnalysisNewsArticle", "WebPage")
META_TITLE = ("og:title", "twitter:title")
META_DATE = ("article:published_time", "og:published_time", "datepublished", "pubdate",
             "publishdate", "date", "dc.date", "dcterms.created")
META_SITE = ("og:site_name",)
DATE_IN_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+[^\W\d_]{3,}\s+\d{4}")
DATEPARSER_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"}


def json_ld_texts(page: Any) -> Iterator[str]:
    """The JSON-LD script blocks of a page parsed by BeautifulSoup or by lxml."""
    if isinstance(page, BeautifulSoup):
        for script in page.find_all("script", attrs={"type": "application/ld+json"}):
            yield script.string or ""
    else:
        for script in page.iter("script"):
            if (script.get("type") or "").strip().lower() == "application/ld+json":
                yield script.text or ""


def json_ld_items(soup: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page, @graph members included; broken blocks are common
    and skipped, so the other sources of metadata still count."""
    for text in json_ld_texts(soup):
        try:
            data = json.loads(text, strict=False)
        except (json.JSONDecodeError, TypeError, RecursionError):
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    yield from (g for g in graph if isinstance(g, dict))


def json_ld_article(soup: Any) -> dict[str, Any]:
    """The first JSON-LD object that describes an article, or {}."""
    for item in json_ld_items(soup):
        kinds = item.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(str(k) in ARTICLE_TYPES for k in kinds):
            return item
    return {}


def meta_values(soup: Any, keys: tuple[str, ...]) -> list[str]:
    """Contents of <meta> tags whose property, name or itemprop is one of `keys` (a page
    parsed by BeautifulSoup or by lxml), in the order of `keys`: a page's own
    'article:published_time' comes before a generic 'date' that may be the day it was
    generated or last modified, wherever each stands in the page."""
    found = []
    for tag in soup.find_all("meta") if isinstance(soup, BeautifulSoup) else soup.iter("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        if key in keys and tag.get("content"):
            found.append((keys.index(key), tag.get("content")))
    return [content for _, content in sorted(found, key=lambda pair: pair[0])]


def clean(value: Any) -> Optional[str]:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def to_date(value: Any, timezone: Optional[str] = None) -> Optional[str]:
    """'2025-10-31T23:30:00Z' -> '2025-11-01' in Asia/Almaty; also RFC 822 and Russian text
    ('31 октября 2025, 15:20', 'Опубликовано: 12.03.2025 10:15')."""
    if not value or not str(value).strip():
        return None
    moment = parse_moment(str(value).strip())
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
    import dateparser  # slow to import; most pages never need it
    found = dateparser.parse(value, languages=["ru", "en"], settings=DATEPARSER_SETTINGS)
    if found is None:  # read the date inside the words around it
        inside = DATE_IN_TEXT.search(value)
        if inside:
            found = dateparser.parse(inside.group(0), languages=["ru", "en"],
                                     settings=DATEPARSER_SETTINGS)
    return found
