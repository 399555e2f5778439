"""HTML page -> Document: the article's main text without page furniture.

trafilatura finds the main text; JSON-LD and meta tags give title and date,
which are more reliable than anything guessed from visible text.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Iterator, Optional
from urllib.parse import urlparse

import trafilatura
from bs4 import BeautifulSoup

from extractor.documents.decoding import decode
from extractor.records import Document

ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
DATE_META_KEYS = ("article:published_time", "og:published_time", "datePublished",
                  "pubdate", "publishdate", "date", "dc.date", "dcterms.created")


@dataclass
class PageMetadata:
    title: Optional[str] = None
    published: Optional[str] = None
    body: Optional[str] = None  # JSON-LD articleBody, when the page ships one
    site_name: Optional[str] = None


def html_to_document(html: str | bytes, url: Optional[str] = None,
                     path: Optional[str] = None) -> Document:
    if isinstance(html, bytes):
        html, _ = decode(html)
    meta = page_metadata(html)
    text = main_text(html, url) or meta.body or ""
    published = meta.published or trafilatura_date(html, url)
    return Document(text=text, url=url, path=path, title=meta.title, published=published,
                    outlet=outlet_from_url(url) or meta.site_name)


def main_text(html: str, url: Optional[str] = None) -> str:
    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True,
                               favor_precision=True, deduplicate=False)
    return (text or "").strip()


def trafilatura_date(html: str, url: Optional[str]) -> Optional[str]:
    metadata = trafilatura.extract_metadata(html, default_url=url)
    return iso_date(metadata.date) if metadata is not None and metadata.date else None


def page_metadata(html: str) -> PageMetadata:
    soup = BeautifulSoup(html, "lxml")
    meta = PageMetadata()
    for item in json_ld_items(soup):
        if not isinstance(item, dict):
            continue
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(str(k).endswith(("Article", "NewsArticle", "BlogPosting", "Report"))
                   for k in kinds):
            continue
        meta.title = meta.title or clean(item.get("headline") or item.get("name"))
        meta.published = meta.published or iso_date(item.get("datePublished"))
        meta.body = meta.body or clean(item.get("articleBody"))
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop") or ""
        content = tag.get("content")
        if not content:
            continue
        if key.lower() in (k.lower() for k in DATE_META_KEYS):
            meta.published = meta.published or iso_date(content)
        elif key == "og:title":
            meta.title = meta.title or clean(content)
        elif key == "og:site_name":
            meta.site_name = meta.site_name or clean(content)
    if not meta.title:
        heading = soup.find("h1") or soup.find("title")
        meta.title = clean(heading.get_text(" ")) if heading else None
    if not meta.published:
        time_tag = soup.find("time", attrs={"datetime": True})
        meta.published = iso_date(time_tag["datetime"]) if time_tag else None
    return meta


def json_ld_items(soup: BeautifulSoup) -> Iterator[Any]:
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, TypeError, RecursionError):
            continue  # a broken (or absurdly nested) JSON-LD block; the other sources still count
        stack = data if isinstance(data, list) else [data]
        for item in stack:
            if isinstance(item, dict) and "@graph" in item:
                yield from item["@graph"]
            else:
                yield item


def iso_date(value: Any) -> Optional[str]:
    if not value:
        return None
    match = ISO_DATE.search(str(value))
    if match:
        return match.group(0)
    from extractor.engine.timex import parse_visible_date
    return parse_visible_date(str(value))


def outlet_from_url(url: Optional[str]) -> Optional[str]:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host[4:] if host.startswith("www.") else (host or None)


def clean(value: Any) -> Optional[str]:
    if not value or not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
