"""Official documents linked from an article (orders, decrees) as PDF or DOCX: links and text.

Ministerial orders behind a press release are often only a PDF or DOCX link;
their text is where the exact figures are, so the scraper fetches and stores
them as documents of their own.
"""
from __future__ import annotations

import io
import logging
import re
import warnings
from contextlib import contextmanager
from typing import Iterator, Optional
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

SUFFIXES = {".pdf": "pdf", ".docx": "docx"}
CONTENT_TYPES = {"application/pdf": "pdf",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx"}


def document_kind(url: str, content_type: str = "", content: bytes = b"") -> Optional[str]:
    """'pdf', 'docx' or None, from the bytes first, then the content type, then the URL."""
    if content.startswith(b"%PDF"):
        return "pdf"
    if content.startswith(b"PK") and b"word/" in content[:4000]:
        return "docx"
    by_type = CONTENT_TYPES.get(content_type.split(";")[0].strip().lower())
    if by_type:
        return by_type
    path = urlsplit(url).path.lower()
    return next((kind for suffix, kind in SUFFIXES.items() if path.endswith(suffix)), None)


def linked_documents(html: str, base_url: str, scopes: list[str]) -> list[tuple[str, str]]:
    """(URL, link text) of PDF/DOCX links inside the article body (`scopes` selectors) or page."""
    soup = BeautifulSoup(html, "lxml")
    areas = [node for css in scopes for node in soup.select(css)] or [soup]
    found: dict[str, str] = {}
    for area in areas:
        for anchor in area.find_all("a", href=True):
            url = urljoin(base_url, anchor["href"]).split("#")[0]
            if urlsplit(url).scheme in ("http", "https") and document_kind(url):
                found.setdefault(url, " ".join(anchor.get_text(" ").split()))
    return list(found.items())


def document_text(content: bytes, kind: str) -> str:
    """Plain text of a PDF or DOCX file; raises ValueError when it cannot be read."""
    try:
        if kind == "pdf":
            return pdf_text(content)
        if kind == "docx":
            return docx_text(content)
    except ValueError:
        raise
    except Exception as error:  # both libraries raise many kinds on damaged files
        raise ValueError(f"unreadable {kind.upper()} ({type(error).__name__})") from None
    raise ValueError(f"unsupported document type {kind}")


def pdf_text(content: bytes) -> str:
    from pypdf import PdfReader
    with quiet_library("pypdf"):
        reader = PdfReader(io.BytesIO(content))
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
    return tidy("\n".join(p for p in pages if p))


@contextmanager
def quiet_library(name: str) -> Iterator[None]:
    """pypdf logs what it repairs in a damaged file (some lines echo raw bytes) and would
    print it past --quiet; a file it cannot read raises, and that we report ourselves."""
    logger = logging.getLogger(name)
    handlers, propagate = logger.handlers, logger.propagate
    logger.handlers, logger.propagate = [logging.NullHandler()], False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.handlers, logger.propagate = handlers, propagate


def docx_text(content: bytes) -> str:
    import docx
    document = docx.Document(io.BytesIO(content))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text.strip() for cell in row.cells))
    return tidy("\n".join(lines))


def tidy(text: str) -> str:
    lines = (re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)
