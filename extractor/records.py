"""Typed records that the stages hand to each other.

Every stage (reading, extraction, storage, series) speaks in these records,
and `to_dict()` gives the JSON shape documented in README and in
`extractor/schemas/`. Records are plain dataclasses so they are cheap to build
and easy to compare in tests.
"""
from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any, Optional

CATEGORIES = ("quota", "count", "policy")


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hex id that depends only on `parts`, so re-runs give the same ids."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


@dataclass
class Document:
    """One input document. `text` is the exact string all fact offsets refer to."""

    text: str
    url: Optional[str] = None
    path: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None  # ISO date YYYY-MM-DD
    outlet: Optional[str] = None
    language: str = "ru"
    jurisdiction: Optional[str] = None  # ISO 3166-1 alpha-2 of the speaking state
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            # Identity is the content: the same text under two URLs is one document.
            self.id = stable_id(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "path": self.path,
            "title": self.title,
            "published": self.published,
            "outlet": self.outlet,
            "language": self.language,
            "jurisdiction": self.jurisdiction,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        known = {k: data.get(k) for k in
                 ("text", "url", "path", "title", "published", "outlet", "jurisdiction")}
        return cls(language=data.get("language") or "ru", id=data.get("id") or "", **known)


@dataclass
class Evidence:
    """Where a fact stands: `document.text[start:end] == text`, inside `sentence`."""

    text: str
    start: int
    end: int
    sentence: str


@dataclass
class Speaker:
    name: Optional[str]
    role: Optional[str] = None


@dataclass
class TimeRef:
    period: Optional[str] = None  # "2025", "2025-Q3", "2025-09", "2025-01/2025-09"
    as_of: Optional[str] = None  # ISO date of a stock figure


@dataclass
class Change:
    direction: str  # "increase" | "decrease"
    delta: Optional[float] = None
    delta_pct: Optional[float] = None
    ratio: Optional[float] = None  # 'в 2,8 раза'


@dataclass
class Fact:
    category: str
    subject: str
    value: Optional[float]
    unit: Optional[str]
    evidence: Evidence
    rule: str
    indicator: Optional[str] = None
    previous: Optional[float] = None
    qualifier: str = "exact"
    dimensions: dict[str, Optional[str]] = field(default_factory=dict)
    # official names of coded dimensions: {"sector": "Строительство", "region": "Алматы"}
    labels: dict[str, str] = field(default_factory=dict)
    time: TimeRef = field(default_factory=TimeRef)
    status: Optional[str] = None
    change: Optional[Change] = None
    share_pct: Optional[float] = None
    parent: Optional[str] = None
    jurisdiction: Optional[str] = None
    speaker: Optional[Speaker] = None
    confidence: float = 0.5
    id: str = ""
    review: Optional[dict[str, Any]] = None  # set when a person corrected it (reviews.py)

    def assign_id(self, document_id: str) -> None:
        self.id = stable_id(document_id, self.evidence.start, self.evidence.end, self.category)

    def to_dict(self) -> dict[str, Any]:
        data = plain_data(self)
        order = ["id", "category", "indicator", "subject", "value", "previous", "unit",
                 "qualifier", "dimensions", "labels", "time", "status", "change", "share_pct", "parent",
                 "jurisdiction", "speaker", "evidence", "rule", "confidence"]
        data["value"] = plain_number(self.value)
        data["previous"] = plain_number(self.previous)
        if data["change"]:
            data["change"] = {k: plain_number(v) if k != "direction" else v
                              for k, v in data["change"].items()}
        if self.review is not None:
            order.append("review")
        return {key: data[key] for key in order}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Fact":
        values = dict(data)
        values["evidence"] = Evidence(**data["evidence"])
        values["time"] = TimeRef(**(data.get("time") or {}))
        values["change"] = Change(**data["change"]) if data.get("change") else None
        values["speaker"] = Speaker(**data["speaker"]) if data.get("speaker") else None
        values["dimensions"] = dict(data.get("dimensions") or {})
        values["labels"] = dict(data.get("labels") or {})
        return cls(**values)


@dataclass
class Extraction:
    """What the engine returns for one document."""

    document: Document
    facts: list[Fact]

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document.to_dict(), "facts": [f.to_dict() for f in self.facts]}


ATOMIC = frozenset({str, int, float, bool, type(None)})


@lru_cache(maxsize=None)
def field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def plain_data(value: Any) -> Any:
    """What `dataclasses.asdict` gives, without its deep copy of every string and number:
    every fact is serialised, and its fields are nearly all such leaves."""
    kind = type(value)
    if kind in ATOMIC:
        return value
    if kind is dict:
        return {plain_data(key): plain_data(item) for key, item in value.items()}
    if kind is list or kind is tuple:
        return kind(plain_data(item) for item in value)
    if hasattr(kind, "__dataclass_fields__"):
        return {name: plain_data(getattr(value, name)) for name in field_names(kind)}
    return copy.deepcopy(value)


def plain_number(value: Optional[float]) -> Optional[float | int]:
    """19400.0 prints as 19400, 0.25 stays 0.25: JSON readers see what the text said."""
    if value is None:
        return None
    rounded = round(value, 6)
    if rounded == int(rounded) and abs(rounded) < 1e15:
        return int(rounded)
    return rounded
