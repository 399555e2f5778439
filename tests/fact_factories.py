"""Build Documents and Facts by hand, so series, check and report tests do not depend
on what the extraction engine finds today."""
from __future__ import annotations

from typing import Optional

from extractor.records import Change, Document, Evidence, Extraction, Fact, TimeRef


def doc(text: str, published: str = "2025-10-31", url: Optional[str] = None,
        outlet: Optional[str] = None, jurisdiction: str = "KZ") -> Document:
    return Document(text=text, url=url or f"https://news.example/{published}",
                    published=published, outlet=outlet or "news.example",
                    jurisdiction=jurisdiction)


def fact(document: Document, quote: str, value: Optional[float], *, occurrence: int = 0,
         indicator: Optional[str] = "foreign_labour_quota", category: str = "quota",
         unit: str = "unit", period: Optional[str] = None, as_of: Optional[str] = None,
         country: Optional[str] = None, sector: Optional[str] = None,
         region: Optional[str] = None, qualifier: str = "exact", status: Optional[str] = None,
         previous: Optional[float] = None, direction: Optional[str] = None,
         share_pct: Optional[float] = None, parent: Optional[Fact] = None) -> Fact:
    """A fact whose evidence is the `occurrence`-th place of `quote` in the document."""
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(quote, start + 1)
    end = start + len(quote)
    boundary = document.text.rfind(". ", 0, start)
    sentence_start = 0 if boundary < 0 else boundary + 2
    sentence_end = document.text.find(".", end)
    sentence = document.text[sentence_start:sentence_end if sentence_end > 0 else None]
    result = Fact(
        category=category, subject="квота", value=value, unit=unit,
        evidence=Evidence(text=quote, start=start, end=end, sentence=sentence),
        rule="test", indicator=indicator, previous=previous, qualifier=qualifier,
        dimensions={"country": country, "sector": sector, "region": region},
        time=TimeRef(period=period, as_of=as_of), status=status,
        change=Change(direction=direction) if direction else None, share_pct=share_pct,
        parent=parent.id if parent else None, jurisdiction=document.jurisdiction)
    result.assign_id(document.id)
    assert document.text[result.evidence.start:result.evidence.end] == result.evidence.text
    return result


def extraction(document: Document, *facts: Fact) -> Extraction:
    return Extraction(document=document, facts=list(facts))
