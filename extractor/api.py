"""The Python API: the same engine, store, series and fact-check as the command line.

    import extractor

    text = "Квота на иностранную рабочую силу на 2025 год – 19,4 тыс. единиц."
    extraction = extractor.extract_text(text, published="2025-01-15", url="https://example.kz/a")
    for fact in extraction.facts:            # records.Fact
        print(fact.indicator, fact.value, fact.evidence.text)

    extractions = extractor.extract_file("corpora/briefings/kz-2025-12-12-quota-2026-order.txt")

    with extractor.Store.open("briefings.db") as store:    # as `extractor run` builds it
        quota = store.series(jurisdiction="KZ", indicator="foreign_labour_quota")
        verdict = store.check("В 2025 году квота на иностранную рабочую силу в Казахстане "
                              "составила 19,4 тыс.", published="2025-06-01")
        print(verdict.status, verdict.message)

Every result is a record with `to_dict()` giving the JSON that the matching command prints
(the shapes are in `extractor/schemas/`). Bad input raises `extractor.UserError` (a file
that cannot be read: its subclass `InputError`) with a one-line message.
"""
from __future__ import annotations

import os
import re
from typing import Optional, Union

from extractor.answers.factcheck import Verdict, check
from extractor.answers.series import SeriesSet, build_series, select
from extractor.documents.reading import read_path
from extractor.engine.pipeline import extract
from extractor.errors import UserError
from extractor.records import Document, Extraction
from extractor.store import Store as BaseStore

__all__ = ["extract_text", "extract_file", "Store"]


def extract_text(text: str, published: Optional[str] = None, url: Optional[str] = None,
                 title: Optional[str] = None) -> Extraction:
    """The facts in one text. `published` (YYYY-MM-DD) is the date relative times such as
    'в текущем году' are read against; without it they stay unresolved."""
    return extract(Document(text=text, published=iso_date(published), url=url, title=title))


def extract_file(path: Union[str, os.PathLike], published: Optional[str] = None,
                 url: Optional[str] = None) -> list[Extraction]:
    """The facts in every document of a file, in file order: a text or HTML file is one
    document, a JSON/JSONL export one per record. `published` and `url` fill in what a
    document does not state itself, as `extractor extract --published/--url` does."""
    published = iso_date(published)
    extractions = []
    for document in read_path(os.fspath(path)):
        document.published = document.published or published
        document.url = document.url or url
        extractions.append(extract(document))
    return extractions


class Store(BaseStore):
    """The SQLite store (`extractor.store.Store`) with the answers over its facts."""

    def series(self, jurisdiction: Optional[str] = None, indicator: Optional[str] = None,
               country: Optional[str] = None, period: Optional[str] = None,
               since: Optional[str] = None) -> SeriesSet:
        """The time series of the stored facts that pass every given filter, as
        `extractor series` gives them; `since` keeps documents published on or after it."""
        extractions = self.iter_extractions(iso_date(since, "since"))
        return select(build_series(extractions), jurisdiction, indicator, country, period)

    def check(self, claim: str, published: Optional[str] = None,
              since: Optional[str] = None) -> Verdict:
        """The verdict on a claimed figure, as `extractor check` gives it; `published` is
        the date the claim was made (default today)."""
        if not claim.strip():
            raise UserError("the claim is empty")
        return check(claim, self.iter_extractions(iso_date(since, "since")),
                     published=iso_date(published))


def iso_date(value: Optional[str], name: str = "published") -> Optional[str]:
    """The date unchanged, or a UserError naming the argument: a misspelt date would
    otherwise silently leave relative times unresolved."""
    if value is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise UserError(f"{name} must look like YYYY-MM-DD, not {value!r}")
    return value
