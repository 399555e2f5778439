"""A person's word on a fact: "this one is wrong" (reject) or "it says 19 400, not 19 000"
(correct), with the reason and who said it.

Reviews are keyed by the fact's stable id (its document's text, span and category), so
they survive `reextract` and can be shared as a JSON-lines file and applied to another
store that holds the same documents. They are applied when facts are read for series,
check, export and the report: a rejected fact is left out, a corrected one carries its
`review` with the original values.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Iterable

from extractor.errors import InputError
from extractor.periods import PeriodError, parse_day, parse_period
from extractor.records import Fact, TimeRef

ACTIONS = ("reject", "correct")
# What a correction may change, and where it sits in a fact.
NUMBERS = {"value", "previous"}
TOP_LEVEL = {"value", "previous", "unit", "indicator", "category", "status", "qualifier"}
DIMENSIONS = {"country", "sector", "region", "category_slug"}
TIMES = {"period", "as_of"}
CORRECTABLE = TOP_LEVEL | DIMENSIONS | TIMES


@dataclass
class Review:
    fact_id: str
    action: str  # reject | correct
    reason: str
    reviewer: str
    at: str  # ISO timestamp, UTC
    changes: dict[str, Any] = field(default_factory=dict)  # for a correction: field -> value

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise InputError(f"review of {self.fact_id}: action must be one of "
                             f"{', '.join(ACTIONS)}, not {self.action!r}")
        unknown = set(self.changes) - CORRECTABLE
        if unknown:
            raise InputError(f"review of {self.fact_id}: cannot correct {', '.join(sorted(unknown))}"
                             f" (correctable: {', '.join(sorted(CORRECTABLE))})")
        if self.action == "correct" and not self.changes:
            raise InputError(f"review of {self.fact_id}: a correction needs at least one change")
        if not self.reason.strip():
            raise InputError(f"review of {self.fact_id}: a review needs a reason")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Review":
        try:
            return cls(fact_id=str(data["fact_id"]), action=data["action"],
                       reason=data.get("reason") or "", reviewer=data.get("reviewer") or "",
                       at=data.get("at") or "", changes=dict(data.get("changes") or {}))
        except (KeyError, TypeError, AttributeError) as error:
            raise InputError(f"not a review ({error})") from None


def parse_change(text: str) -> tuple[str, Any]:
    """'value=19400' -> ('value', 19400.0); 'country=UZ' -> ('country', 'UZ'); 'x=' -> None."""
    name, sep, raw = text.partition("=")
    name = name.strip()
    if not sep or name not in CORRECTABLE:
        raise InputError(f"--set {text!r}: write FIELD=VALUE with a field among "
                         f"{', '.join(sorted(CORRECTABLE))}")
    raw = raw.strip()
    if raw == "":
        return name, None
    if name in NUMBERS:
        try:
            return name, float(raw.replace(",", ".").replace(" ", ""))
        except ValueError:
            raise InputError(f"--set {text!r}: {name} must be a number") from None
    if name in TIMES:
        try:
            parse_day(raw) if name == "as_of" else parse_period(raw, days=False)
        except PeriodError as error:
            raise InputError(f"--set {text!r}: {error}") from None
    return name, raw


def apply_reviews(facts: Iterable[Fact], reviews: dict[str, Review]) -> list[Fact]:
    """Facts as reviewed: rejected ones left out, corrected ones changed and marked."""
    result = []
    for fact in facts:
        review = reviews.get(fact.id)
        if review is None:
            result.append(fact)
        elif review.action == "correct":
            result.append(corrected(fact, review))
    return result


def corrected(fact: Fact, review: Review) -> Fact:
    original: dict[str, Any] = {}
    changed = replace(fact, dimensions=dict(fact.dimensions or {}),
                      time=TimeRef(fact.time.period, fact.time.as_of))
    for name, value in review.changes.items():
        if name in TOP_LEVEL:
            original[name] = getattr(fact, name)
            setattr(changed, name, value)
        elif name in TIMES:
            original[name] = getattr(fact.time, name)
            setattr(changed.time, name, value)
        else:
            key = "category" if name == "category_slug" else name
            original[name] = changed.dimensions.get(key)
            changed.dimensions[key] = value
    changed.review = {"action": "corrected", "reason": review.reason, "reviewer": review.reviewer,
                      "at": review.at, "original": original}
    return changed


def read_reviews(text: str, where: str) -> list[Review]:
    """A shared review file: one JSON object per line."""
    reviews = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            reviews.append(Review.from_dict(json.loads(line)))
        except (json.JSONDecodeError, InputError) as error:
            raise InputError(f"{where}:{number}: {error}") from None
    return reviews


def write_reviews(reviews: Iterable[Review]) -> str:
    return "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in reviews)
