"""An article page -> Document, by the source's CSS selectors first.

Order for each of title, date and body: the source's selectors (in the order
written; the words `json-ld` and `meta` may be listed among them to put those
first), then the page's JSON-LD, then meta tags, then the generic main-text
extraction of `extractor.documents.html_text`. Selectors a site's editors keep stable
beat any heuristic, and the fallbacks keep a redesigned page readable.
"""
from __future__ import annotations

import re
from typing import Any, Iterator, Optional

from bs4 import BeautifulSoup, NavigableString, Tag

from extractor.documents.page_meta import (META_DATE, META_TITLE, clean, json_ld_article,
                                           meta_values, to_date)
from extractor.records import Document
from extractor.web.sources import ArticleRules, Source

BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
              "blockquote", "section", "article", "header", "footer", "figure", "figcaption",
              "pre", "dd", "dt", "dl"}
DROP_TAGS = ["script", "style", "noscript", "iframe", "svg", "form", "button"]
SPACES = re.compile(r"[ \t\r\f\v]+")


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
    found_title = first_text(soup, rules.title, linked.get("headline"), meta_values(soup, META_TITLE))
    found_date = None
    for raw in candidates(soup, rules.date, linked.get("datePublished"), meta_values(soup, META_DATE)):
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
