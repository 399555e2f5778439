"""HTML page -> Document: the article's main text without page furniture.

trafilatura finds the main text; JSON-LD and meta tags give title and date,
which are more reliable than anything guessed from visible text.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlparse

import trafilatura
from bs4 import BeautifulSoup

from extractor.documents.decoding import decode_bytes
from extractor.documents.page_meta import (META_DATE, META_SITE, META_TITLE, clean,
                                           json_ld_article, meta_values, to_date)
from extractor.records import Document


@dataclass
class PageMetadata:
    title: Optional[str] = None
    published: Optional[str] = None
    body: Optional[str] = None  # JSON-LD articleBody, when the page ships one
    site_name: Optional[str] = None


def html_to_document(html: str | bytes, url: Optional[str] = None,
                     path: Optional[str] = None) -> Document:
    if isinstance(html, bytes):
        html = decode_bytes(html)
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
    return to_date(metadata.date) if metadata is not None and metadata.date else None


def page_metadata(html: str) -> PageMetadata:
    soup = BeautifulSoup(html, "lxml")
    article = json_ld_article(soup)
    meta = PageMetadata(
        title=clean(article.get("headline") or article.get("name")),
        published=to_date(article.get("datePublished")),
        body=clean(article.get("articleBody")),
        site_name=next(iter(meta_values(soup, META_SITE)), None))
    meta.title = meta.title or next(iter(meta_values(soup, META_TITLE)), None)
    for raw in meta_values(soup, META_DATE):
        meta.published = meta.published or to_date(raw)
    if not meta.title:
        heading = soup.find("h1") or soup.find("title")
        meta.title = clean(heading.get_text(" ")) if heading else None
    if not meta.published:
        time_tag = soup.find("time", attrs={"datetime": True})
        meta.published = to_date(time_tag["datetime"]) if time_tag else None
    meta.title, meta.site_name = clean(meta.title), clean(meta.site_name)
    return meta


def outlet_from_url(url: Optional[str]) -> Optional[str]:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host[4:] if host.startswith("www.") else (host or None)
