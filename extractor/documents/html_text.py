"""HTML page -> Document: what a reader sees as the article, without page furniture.

trafilatura finds the main text; JSON-LD and meta tags give title and date,
which are more reliable than anything guessed from visible text. The text opens
with the headline and the lead as their own lines when trafilatura's main text
leaves them out (pages that mark only the body with `itemprop="articleBody"` do
this): the press repeats its figures there, and each mention is a fact. Before
trafilatura sees the page, furniture named in `patterns/page_furniture.toml`
(related news, tickers, counters, tags, share bars) and row-number columns of
tables are taken out, so their numbers cannot become facts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional
from urllib.parse import urlparse

import trafilatura
from lxml.html import HtmlElement

from extractor.documents.decoding import decode
from extractor.documents.page_meta import (META_DATE, META_SITE, META_TITLE, clean,
                                           json_ld_article, meta_values, to_date)
from extractor.patterns import load_toml
from extractor.records import Document

WORD_SPLIT = re.compile(r"[\s_\-]+")
CAMEL = re.compile(r"([a-z])([A-Z])")
SITE_SEPARATOR = re.compile(r"\s+(?:\||::|—|–|-)\s+")
DOMAIN = re.compile(r"\w\.(?:kz|ru|uz|kg|tj|com|net|org|info|news|asia)\b", re.IGNORECASE)
BODY_MARK = "//*[@itemprop='articleBody' or @itemprop='articlebody']"


@dataclass
class PageMetadata:
    title: Optional[str] = None
    published: Optional[str] = None
    body: Optional[str] = None  # JSON-LD articleBody, when the page ships one
    site_name: Optional[str] = None
    headline: Optional[str] = None  # JSON-LD headline or og:title, never the <title> tag


@dataclass(frozen=True)
class Furniture:
    """`patterns/page_furniture.toml`, compiled once."""
    tags: frozenset[str]
    words: frozenset[str]
    lines: tuple[re.Pattern, ...]
    lead_words: frozenset[str]
    row_number_headers: frozenset[str]


@lru_cache(maxsize=1)
def furniture() -> Furniture:
    data = load_toml("page_furniture.toml")
    return Furniture(tags=frozenset(data.get("tags", ())),
                     words=frozenset(w.lower() for w in data.get("words", ())),
                     lines=tuple(re.compile(p, re.IGNORECASE) for p in data.get("lines", ())),
                     lead_words=frozenset(w.lower() for w in data.get("lead_words", ())),
                     row_number_headers=frozenset(data.get("row_number_headers", ())))


def html_to_document(html: str | bytes, url: Optional[str] = None,
                     path: Optional[str] = None) -> Document:
    if isinstance(html, bytes):
        html, _ = decode(html)
    tree = trafilatura.load_html(html)  # one parse serves metadata and main text
    meta = page_metadata(tree if tree is not None else html)
    text = main_text(tree if tree is not None else html, url, meta)
    published = meta.published or trafilatura_date(html, url)
    return Document(text=text, url=url, path=path, title=meta.title, published=published,
                    outlet=outlet_from_url(url) or meta.site_name)


def main_text(html: str | HtmlElement, url: Optional[str] = None,
              meta: Optional[PageMetadata] = None) -> str:
    """Headline, lead and body of the article, one paragraph, list item or table row a line.
    A parsed tree is changed in place (furniture goes)."""
    tree = trafilatura.load_html(html)
    if tree is None:
        return (meta.body if meta else None) or ""
    rules = furniture()
    remove_furniture(tree, rules)
    unwrap_layout_tables(tree)
    keep_body_captions(tree)
    keep_body_lists(tree)
    drop_row_number_columns(tree, rules)
    headline = visible_headline(tree) or (meta.headline if meta else None)
    lead = take_lead(tree, rules)
    body = trafilatura.extract(tree, url=url, include_comments=False, include_tables=True,
                               favor_precision=True, deduplicate=False)
    body = (body or "").strip() or (meta.body if meta else None) or ""
    return with_head(body, headline, lead)


def with_head(body: str, headline: Optional[str], lead: Optional[str]) -> str:
    """Headline first, lead under it, then the body; what the body already carries stays
    where it is (trafilatura keeps an h1 that sits inside the article)."""
    lines = body.split("\n") if body else []
    at = next((i for i, line in enumerate(lines[:3])
               if headline and headline in " ".join(line.split())), None)
    if at is None and headline:
        lines.insert(0, headline)
        at = 0
    if lead and lead != headline and lead not in " ".join(body.split()):
        lines.insert(0 if at is None else at + 1, lead)
    return "\n".join(lines)


def element_words(element: HtmlElement) -> set[str]:
    """Words of an element's class, id and data-block: 'Article_views__c1' -> article, views, c1."""
    raw = " ".join(element.get(name) or "" for name in ("class", "id", "data-block"))
    return {w.lower() for w in WORD_SPLIT.split(CAMEL.sub(r"\1 \2", raw)) if w}


def holds_article(element: HtmlElement) -> bool:
    return (element.tag in ("html", "body", "article", "main", "h1")
            or element.get("itemprop", "").lower() == "articlebody"
            or bool(element.xpath(".//h1 | .//article | .//main | " + BODY_MARK[1:])))


def in_running_text(element: HtmlElement) -> bool:
    """A link inside a sentence ('в <a class="tag">Астане</a> выдали') is part of the sentence,
    whatever its class says; dropping it would change what the sentence states."""
    return element.tag == "a" and bool(element.xpath(
        "ancestor::p | ancestor::li | ancestor::td | ancestor::blockquote | ancestor::h1"
        " | ancestor::h2 | ancestor::h3"))


def remove_furniture(tree: HtmlElement, rules: Furniture) -> None:
    """Drop blocks a reader skips: listed tags, furniture words in class/id, channel plugs."""
    doomed = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in rules.tags or element_words(element) & rules.words:
            if not holds_article(element) and not in_running_text(element):
                doomed.append(element)
        elif element.tag in ("p", "div", "li", "figcaption"):
            text = " ".join(element.text_content().split())
            if len(text) < 200 and any(p.match(text) for p in rules.lines):
                doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def drop_row_number_columns(tree: HtmlElement, rules: Furniture) -> None:
    """A '№ п/п' column only numbers the rows; its numbers are no figures."""
    for table in tree.iter("table"):
        rows = [row for row in table.iter("tr")]
        if not rows:
            continue
        header = [" ".join(c.text_content().split()) for c in rows[0] if c.tag in ("th", "td")]
        columns = [i for i, text in enumerate(header) if text in rules.row_number_headers]
        if not columns or any(c.get("colspan") for row in rows for c in row):
            continue
        for row in rows:
            cells = [c for c in row if c.tag in ("th", "td")]
            for index in reversed(columns):
                if index < len(cells):
                    cells[index].drop_tree()


def visible_headline(tree: HtmlElement) -> Optional[str]:
    """The article's h1 (the one inside <article> when the page has several); a site that
    sets its logo in an h1 ('Новости.kz') gives no headline of three words."""
    headings = tree.xpath("//article//h1") + tree.xpath("//h1")
    for heading in headings:
        text = clean(heading.text_content())
        if text and len(text.split()) >= 3 and not element_words(heading) & {"logo", "brand"}:
            return text
    return None


def without_site_name(title: Optional[str], site: Optional[str]) -> Optional[str]:
    """'Квота утверждена | Kazinform' -> 'Квота утверждена': og:title often carries the
    outlet's name (with digits of its own, '24.kg'), which the reader never sees as text."""
    if not title:
        return title
    seps = list(SITE_SEPARATOR.finditer(title))
    bounds = [0] + [m.end() for m in seps]
    ends = [m.start() for m in seps] + [len(title)]
    parts = [title[b:e] for b, e in zip(bounds, ends)]
    lo, hi = 0, len(parts) - 1

    def outlet(part: str, last: bool) -> bool:
        short = last and len(part.split()) <= 2 and not re.search(r"\d", part)
        return part == site or bool(DOMAIN.search(part)) or short

    while hi > lo and outlet(parts[hi], True):
        hi -= 1
    while hi > lo and outlet(parts[lo], False):
        lo += 1
    return title[bounds[lo]:ends[hi]]


def take_lead(tree: HtmlElement, rules: Furniture) -> Optional[str]:
    """The first block marked as lead or subtitle, if it reads as a sentence (5+ words).

    It is taken out of the page, so that it stands under the headline where the reader
    sees it, rather than wherever trafilatura would have put it (or nowhere)."""
    for element in tree.iter("p", "div", "h2", "span", "section"):
        marks = element_words(element) | {element.get("itemprop", "").lower()}
        if marks & rules.lead_words and not holds_article(element):
            paragraphs = element.xpath(".//p") or [element]  # not the box's own label
            text = clean(" ".join(p.text_content() for p in paragraphs))
            if text and len(text.split()) >= 5:
                element.drop_tree()
                return text
    return None


def keep_body_captions(tree: HtmlElement) -> None:
    """A caption under a photo inside the article is read as part of it (trafilatura drops
    captions with the images); captions elsewhere on the page are furniture and go.
    Photo credits ('Фото: ...') were removed with the furniture already."""
    for caption in list(tree.iter("figcaption")):
        inside = caption.xpath("ancestor::article | ancestor::main | ancestor::*[@itemprop="
                               "'articleBody' or @itemprop='articlebody']")
        figure = caption.getparent()
        if inside and figure is not None:
            caption.tag, caption.tail = "p", None
            figure.addprevious(caption)  # out of the <figure>, which goes with its image
        else:
            caption.drop_tree()


def keep_body_lists(tree: HtmlElement) -> None:
    """A list set among the article's paragraphs ('из следующих стран:' and a line per
    country) is part of the running text. trafilatura keeps it only when it recognises the
    article's container and drops it otherwise, figures and all; as paragraphs ('- ' and the
    item, as trafilatura writes list items) it is read either way. A list of links (related
    news, a menu left by furniture rules) stays a list."""
    for items in list(tree.iter("ul", "ol")):
        parent = items.getparent()
        if parent is None or len(parent.xpath("./p")) < 2 or not items.xpath("./li"):
            continue
        text = len("".join(items.text_content().split()))
        linked = sum(len("".join(link.text_content().split())) for link in items.iter("a"))
        if not text or linked * 2 > text:
            continue
        for item in items.xpath("./li"):
            item.tag, item.text = "p", "- " + (item.text or "")
        items.tag = "div"


def unwrap_layout_tables(tree: HtmlElement) -> None:
    """A table whose cells hold paragraphs lays out the page (menu cell, article cell); as
    blocks, its cells are read apart, not glued into one table row with the menu."""
    for table in list(tree.iter("table")):
        if not table.xpath("./tr/td//p | ./tbody/tr/td//p"):
            continue
        for row in table.xpath("./tr | ./tbody/tr | ./thead/tr"):
            for cell in row.xpath("./td | ./th"):
                cell.tag = "div"
            row.tag = "div"
        for part in table.xpath("./tbody | ./thead"):
            part.tag = "div"
        table.tag = "div"


def trafilatura_date(html: str, url: Optional[str]) -> Optional[str]:
    metadata = trafilatura.extract_metadata(html, default_url=url)
    return to_date(metadata.date) if metadata is not None and metadata.date else None


def page_metadata(page: str | HtmlElement) -> PageMetadata:
    """Title, date, JSON-LD body and site name, from a page's text or its lxml tree."""
    tree = trafilatura.load_html(page) if isinstance(page, str) else page
    if tree is None:
        return PageMetadata()
    article = json_ld_article(tree)
    meta = PageMetadata(
        title=clean(article.get("headline") or article.get("name")),
        published=to_date(article.get("datePublished")),
        body=clean(article.get("articleBody")),
        site_name=next(iter(meta_values(tree, META_SITE)), None))
    meta.title = meta.title or next(iter(meta_values(tree, META_TITLE)), None)
    meta.headline = without_site_name(clean(meta.title), clean(meta.site_name))
    for raw in meta_values(tree, META_DATE):
        meta.published = meta.published or to_date(raw)
    if not meta.title:
        heading = next(iter(tree.iter("h1")), None)
        heading = heading if heading is not None else next(iter(tree.iter("title")), None)
        meta.title = clean(heading.text_content()) if heading is not None else None
    if not meta.published:
        time_tag = next((t for t in tree.iter("time") if t.get("datetime")), None)
        meta.published = to_date(time_tag.get("datetime")) if time_tag is not None else None
    meta.title, meta.site_name = clean(meta.title), clean(meta.site_name)
    return meta


def outlet_from_url(url: Optional[str]) -> Optional[str]:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host[4:] if host.startswith("www.") else (host or None)
