"""Check a claimed figure against stored facts: supported, contradicted, conflicting or not found.

The claim is read by the same pipeline as any briefing, so 'квота ... составила
19,4 тыс.' becomes a fact with an indicator, jurisdiction, dimensions and time.
The facts for the same indicator, jurisdiction, dimensions and time form one
series point (see `extractor.answers.series`), and the claim is compared with that
point's current readings. Qualifiers and rounding count: a claim allows the
values its own wording allows ('около 19 тысяч' covers 19 400, '19,4 тыс.'
covers 19 412, '20 тысяч' covers neither).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, Optional

from extractor.records import Document, Extraction, Fact, plain_number
from extractor.answers.series import (Point, Reading, build_series, clean_dimensions, intervals_overlap,
                              measure_of, time_key, time_position, value_interval,
                              written_step)

STATUSES = ("supported", "contradicted", "conflicting", "not_found")
NEAREST_LIMIT = 5


@dataclass
class ClaimVerdict:
    """The answer for one figure in the claim."""

    status: str
    claim: Fact
    message: str
    point: Optional[Point] = None
    matching: list[Reading] = field(default_factory=list)  # readings that agree with the claim
    nearest: list[tuple[str, Point]] = field(default_factory=list)  # (series key, point)

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "message": self.message,
            "claim": {"indicator": self.claim.indicator, "value": plain_number(self.claim.value),
                      "unit": self.claim.unit, "qualifier": self.claim.qualifier,
                      "dimensions": clean_dimensions(self.claim.dimensions),
                      "time": {"period": self.claim.time.period, "as_of": self.claim.time.as_of},
                      "jurisdiction": self.claim.jurisdiction, "quote": self.claim.evidence.text},
            "point": self.point.to_dict() if self.point else None,
            "nearest": [{"series": key, **point.to_dict()} for key, point in self.nearest],
        }


@dataclass
class Verdict:
    """The answer for a whole claim: the worst of its figures' answers."""

    claim_text: str
    status: str
    items: list[ClaimVerdict]
    message: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"claim": self.claim_text, "status": self.status, "message": self.message,
                "items": [item.to_dict() for item in self.items]}


def check(claim_text: str, extractions: Iterable[Extraction],
          published: Optional[str] = None) -> Verdict:
    """Read the claim with the pipeline and judge each figure in it against `extractions`."""
    from extractor.engine.pipeline import extract

    claim_document = Document(text=claim_text, published=published or date.today().isoformat())
    claim_facts = [f for f in extract(claim_document).facts if f.value is not None]
    if not claim_facts:
        return Verdict(claim_text, "not_found", [],
                       "no checkable figure found in the claim (a number with what it measures)")
    series = build_series(extractions)
    items = [check_fact(claim, series.series.values()) for claim in top_level(claim_facts)]
    order = {"contradicted": 0, "conflicting": 1, "not_found": 2, "supported": 3}
    worst = min(items, key=lambda item: order[item.status])
    return Verdict(claim_text, worst.status, items, worst.message)


def top_level(facts: list[Fact]) -> list[Fact]:
    """A change 'с X до Y' in a claim is checked once, for its new level."""
    seen: set[tuple] = set()
    result = []
    for fact in facts:
        key = (fact.indicator, fact.value, tuple(sorted(clean_dimensions(fact.dimensions).items())),
               fact.time.period, fact.time.as_of)
        if key not in seen:
            seen.add(key)
            result.append(fact)
    return result


def check_fact(claim: Fact, all_series: Iterable) -> ClaimVerdict:
    all_series = list(all_series)
    candidates = [s for s in all_series if same_figure(claim, s)]
    found = find_point(claim, candidates)
    if found is None:
        nearest = nearest_points(claim, all_series)
        where = "; nearest: " + ", ".join(f"{p.time} {fmt(p.value)}" for _, p in nearest) \
            if nearest else ""
        return ClaimVerdict("not_found", claim,
                            f"no stored fact for {describe(claim)}{where}", nearest=nearest)
    series, point = found
    what = describe_point(series, point)
    claim_range = value_interval(claim.value, claim.qualifier, written_step(claim))
    current = point.current()
    agreeing = [r for r in current if intervals_overlap(claim_range, r.interval())]
    if point.conflict:
        values = " vs ".join(f"{fmt(r.value)} ({outlets(r)})" for r in current)
        who = ("sources disagree" if point.conflict_kind == "sources"
               else "one document gives two values")
        return ClaimVerdict("conflicting", claim, f"{who} on {what}: {values}",
                            point, agreeing)
    if agreeing:
        return ClaimVerdict("supported", claim,
                            f"{what} is {fmt(point.value)} per {outlets(*agreeing)}",
                            point, agreeing)
    message = (f"sources give {fmt(point.value)} for {what}, not "
               f"{claim.evidence.text!r} ({said_by(current)})")
    drafts = [r for r in point.readings if r not in current
              and intervals_overlap(claim_range, r.interval())]
    if drafts:
        message += f"; the claimed figure matches the earlier {drafts[0].status} value"
    return ClaimVerdict("contradicted", claim, message, point)


def same_figure(claim: Fact, series) -> bool:
    """Same indicator, jurisdiction, dimensions and kind of unit as the claim."""
    if not claim.indicator or series.indicator != claim.indicator:
        return False
    if measure_of(claim) != series.measure:
        return False
    jurisdiction = claim.jurisdiction
    dims = clean_dimensions(claim.dimensions)
    # 'в Казахстане' in a claim may read as a country; for a national figure it is the jurisdiction.
    if dims.get("country") and dims.get("country") == series.jurisdiction \
            and "country" not in series.dimensions:
        jurisdiction = jurisdiction or dims["country"]
        dims = {k: v for k, v in dims.items() if k != "country"}
    if jurisdiction and series.jurisdiction and jurisdiction != series.jurisdiction:
        return False
    return dims == series.dimensions


def find_point(claim: Fact, candidates: list) -> Optional[tuple[Any, Point]]:
    """The point at the claim's time (a claim with no time meets the latest point).

    When a claim names no jurisdiction, several may have a point; the one whose
    sources agree with the claim is taken, else the first.
    """
    if not (claim.time.as_of or claim.time.period):
        found = [(s, max(s.points.values(), key=lambda p: time_position(p.period, p.as_of)))
                 for s in candidates if s.points]
    else:
        wanted = time_key(claim.time.period, claim.time.as_of)
        found = [(s, s.points[wanted]) for s in candidates if wanted in s.points]
    if not found:
        return None
    claim_range = value_interval(claim.value, claim.qualifier, written_step(claim))
    agreeing = [(s, p) for s, p in found
                if any(intervals_overlap(claim_range, r.interval()) for r in p.current())]
    return (agreeing or found)[0]


def nearest_points(claim: Fact, all_series: list) -> list[tuple[str, Point]]:
    """Points of the same indicator: same unit kind and breakdown first, then nearest in time."""
    target = time_position(claim.time.period, claim.time.as_of)
    measure, dims = measure_of(claim), clean_dimensions(claim.dimensions)
    related = [(s, p) for s in all_series if s.indicator == claim.indicator
               for p in s.points.values()]
    related.sort(key=lambda item: (item[0].measure != measure, item[0].dimensions != dims,
                                   abs(time_position(item[1].period, item[1].as_of) - target),
                                   item[0].key))
    return [(s.key, p) for s, p in related[:NEAREST_LIMIT]]


def describe(claim: Fact) -> str:
    parts = [claim.indicator or claim.subject]
    dims = clean_dimensions(claim.dimensions)
    if dims:
        parts.append(",".join(f"{k}={v}" for k, v in dims.items()))
    if claim.jurisdiction:
        parts.append(claim.jurisdiction)
    when = claim.time.as_of or claim.time.period
    if when:
        parts.append(when)
    return " ".join(parts)


def describe_point(series, point: Point) -> str:
    dims = ",".join(f"{k}={v}" for k, v in series.dimensions.items())
    return " ".join(x for x in (series.indicator, dims, series.jurisdiction, point.time) if x)


def outlets(*readings: Reading) -> str:
    names = []
    for reading in readings:
        for source in reading.sources:
            name = source.outlet or source.url or "unknown source"
            if name not in names:
                names.append(name)
    return ", ".join(names)


def said_by(readings: list[Reading]) -> str:
    parts = []
    for reading in readings:
        for source in reading.sources[:3]:
            parts.append(f"{source.outlet or source.url}, {source.published or 'undated'}: "
                         f"{source.quote!r}")
    return "; ".join(parts)


def fmt(value: Optional[float]) -> str:
    if value is None:
        return "(disputed)"
    number = plain_number(value)
    return f"{number:,}".replace(",", " ") if isinstance(number, int) else str(number)
