"""Facts from many documents -> time series with sources, conflicts and consistency warnings.

A series is one figure followed over time: the same jurisdiction, indicator,
dimensions (country, region, sector as a NACE code, quota category) and kind of unit (a percentage
and an absolute number of the same quota are two series). Each point is one
time (a period such as '2025' or an as-of date) and keeps every source that
reported it: five outlets reprinting a figure give one point with five
sources; the same figure in one document's headline, lead and body is one
source with its mentions, never three. Different values for one point are a conflict and are kept side by
side, never averaged or dropped; a draft and the adopted order are two
statuses of one point, the adopted one current.

Everything here works on `Iterable[Extraction]`, so series come out the same
from the store or from an `extractor extract` JSONL file.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Iterable, Iterator, Optional

from extractor.engine.gazetteer import legacy_sector_codes, sector_labels, sector_sections
from extractor.engine.numbers import DIGITS, SCALE, parse_decimal, scale_value
from extractor.patterns import load_jsonl
from extractor.periods import period_or_none
from extractor.records import Document, Extraction, Fact, plain_number

# Statuses in the order a figure moves through them; None (a figure simply
# reported as in force) ranks with 'adopted'.
STATUS_RANK = {"proposed": 1, "planned": 1, "in_progress": 2, "adopted": 3, None: 3}
RELATIVE_TOLERANCE = 1e-9
APPROX_SHARE = 0.05  # 'около X' allows 5 % either way, or the rounding of X if coarser


# -- records of this stage ------------------------------------------------------
@dataclass
class Source:
    """Where one reading of a point was said: the document and the exact quote."""

    document_id: str
    url: Optional[str]
    outlet: Optional[str]
    published: Optional[str]
    title: Optional[str]
    fact_id: str
    quote: str
    sentence: str
    start: int
    end: int
    derived: Optional[str] = None  # "previous": the old level of a change 'с X до Y'
    # the same figure again in the same document (headline, lead, body): one source, not three
    mentions: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["mentions"] = [dict(m) for m in self.mentions]
        return data

    def repeat(self, other: "Source") -> None:
        """Record `other`, a repeat of this figure in the same document, as a mention."""
        if other.fact_id == self.fact_id or any(m["fact_id"] == other.fact_id for m in self.mentions):
            return
        self.mentions.append({"fact_id": other.fact_id, "quote": other.quote,
                              "start": other.start, "end": other.end})


@dataclass
class Reading:
    """One value of a point as some sources gave it (value, qualifier and status together)."""

    value: float
    qualifier: str
    status: Optional[str]
    step: float  # rounding the wording implies: '19,4 тыс.' -> 100, '5 330' -> 0
    sources: list[Source] = field(default_factory=list)

    def interval(self) -> tuple[float, float]:
        return value_interval(self.value, self.qualifier, self.step)

    def to_dict(self) -> dict[str, Any]:
        return {"value": plain_number(self.value), "qualifier": self.qualifier,
                "status": self.status, "sources": [s.to_dict() for s in self.sources]}


@dataclass
class Point:
    period: Optional[str]
    as_of: Optional[str]
    readings: list[Reading] = field(default_factory=list)

    @property
    def time(self) -> str:
        return time_key(self.period, self.as_of)

    def current(self) -> list[Reading]:
        """The readings of the most advanced status present (adopted over a draft)."""
        top = max(STATUS_RANK.get(r.status, 0) for r in self.readings)
        return [r for r in self.readings if STATUS_RANK.get(r.status, 0) == top]

    @property
    def conflict(self) -> bool:
        return not mutually_consistent(self.current())

    @property
    def conflict_kind(self) -> Optional[str]:
        """'sources' when different documents disagree; 'document' when only one document
        gives two values for the figure (usually two different figures read as one)."""
        current = self.current()
        for i, first in enumerate(current):
            for second in current[i + 1:]:
                if intervals_overlap(first.interval(), second.interval()):
                    continue
                if any(a.document_id != b.document_id
                       for a in first.sources for b in second.sources):
                    return "sources"
        return "document" if self.conflict else None

    @property
    def value(self) -> Optional[float]:
        """The current value; None while current sources disagree (see `readings`)."""
        if self.conflict:
            return None
        return most_precise(self.current()).value

    @property
    def qualifier(self) -> Optional[str]:
        return None if self.conflict else most_precise(self.current()).qualifier

    @property
    def status(self) -> Optional[str]:
        statuses = {r.status for r in self.current()}
        if "adopted" in statuses:
            return "adopted"
        return next(iter(statuses)) if len(statuses) == 1 else None

    def sources(self) -> list[Source]:
        return [s for r in self.readings for s in r.sources]

    def to_dict(self) -> dict[str, Any]:
        return {"time": {"period": self.period, "as_of": self.as_of}, "key": self.time,
                "value": plain_number(self.value), "qualifier": self.qualifier,
                "status": self.status, "conflict": self.conflict,
                "conflict_kind": self.conflict_kind, "readings": [r.to_dict() for r in self.readings]}


@dataclass
class Series:
    jurisdiction: Optional[str]
    indicator: str
    dimensions: dict[str, str]
    measure: str  # "percent" or "level"
    units: list[str] = field(default_factory=list)
    parent: Optional[str] = None  # key of the total this breakdown belongs to
    points: dict[str, Point] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return series_key(self.jurisdiction, self.indicator, self.dimensions, self.measure)

    @property
    def unit(self) -> Optional[str]:
        return "percent" if self.measure == "percent" else (self.units[0] if self.units else None)

    @property
    def label(self) -> str:
        return indicator_label(self.indicator)

    def ordered_points(self) -> list[Point]:
        return sorted(self.points.values(), key=lambda p: time_position(p.period, p.as_of))

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "jurisdiction": self.jurisdiction, "indicator": self.indicator,
                "label": self.label, "dimensions": dict(self.dimensions), "unit": self.unit,
                "units": list(self.units), "parent": self.parent,
                "points": [p.to_dict() for p in self.ordered_points()]}


@dataclass
class ConsistencyWarning:
    """A consistency problem a reader should look at; `fact_ids` point to the facts."""

    kind: str  # children_exceed_total | share_over_100 | change_wording
    message: str
    document_id: str
    url: Optional[str]
    fact_ids: list[str]
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class SeriesSet:
    series: dict[str, Series]
    warnings: list[ConsistencyWarning]

    def conflicts(self, kind: Optional[str] = "sources") -> list[tuple[Series, Point]]:
        """Points whose sources disagree (kind 'sources'), or one document's double
        values (kind 'document'), or both (kind None)."""
        return [(s, p) for s in self.ordered() for p in s.ordered_points()
                if p.conflict and (kind is None or p.conflict_kind == kind)]

    def ordered(self) -> list[Series]:
        return sorted(self.series.values(), key=lambda s: (
            s.jurisdiction or "", s.indicator, s.parent is not None,
            sorted(s.dimensions.items()), s.measure))

    def to_dict(self) -> dict[str, Any]:
        return {
            "series": [s.to_dict() for s in self.ordered()],
            "conflicts": [{"series": s.key, "time": p.time, "kind": p.conflict_kind,
                           "readings": [r.to_dict() for r in p.current()]}
                          for s, p in self.conflicts(kind=None)],
            "warnings": [w.to_dict() for w in self.warnings],
        }


# -- building -------------------------------------------------------------------
def build_series(extractions: Iterable[Extraction]) -> SeriesSet:
    """Group every dated numeric fact with an indicator into its series and point."""
    extractions = list(extractions)
    series: dict[str, Series] = {}
    by_fact_id: dict[tuple[str, str], Fact] = {}
    for extraction in extractions:
        for fact in extraction.facts:
            by_fact_id[(extraction.document.id, fact.id)] = fact
    for extraction in extractions:
        document = with_jurisdiction(extraction)
        for fact in extraction.facts:
            parent = by_fact_id.get((document.id, fact.parent)) if fact.parent else None
            if parent is not None and not (fact.time.period or fact.time.as_of):
                # A breakdown item stands at its total's time.
                fact = replace(fact, time=parent.time)
            for reading_fact, period, as_of, derived in levels_of(fact, document):
                add_fact(series, document, reading_fact, period, as_of, derived, parent)
    warnings = [w for e in extractions for w in consistency_warnings(e)]
    return SeriesSet(series=series, warnings=warnings)


def with_jurisdiction(extraction: Extraction) -> Document:
    """The document, with the jurisdiction most of its facts name when it states none itself."""
    document = extraction.document
    if document.jurisdiction:
        return document
    named = Counter(f.jurisdiction for f in extraction.facts if f.jurisdiction)
    if not named:
        return document
    return replace(document, jurisdiction=named.most_common(1)[0][0])


def add_fact(series: dict[str, Series], document: Document, fact: Fact, period: Optional[str],
             as_of: Optional[str], derived: Optional[str], parent: Optional[Fact]) -> None:
    jurisdiction = fact.jurisdiction or document.jurisdiction
    dimensions = series_dimensions(fact, jurisdiction)
    measure = measure_of(fact)
    key = series_key(jurisdiction, fact.indicator, dimensions, measure)
    target = series.get(key)
    if target is None:
        target = series[key] = Series(jurisdiction, fact.indicator, dimensions, measure)
    if fact.unit and fact.unit not in target.units:
        target.units.append(fact.unit)
    if parent is not None and target.parent is None:
        target.parent = series_key(jurisdiction, parent.indicator or fact.indicator,
                                   series_dimensions(parent, jurisdiction), measure_of(parent))
    point_key = time_key(period, as_of)
    point = target.points.get(point_key)
    if point is None:
        point = target.points[point_key] = Point(period, as_of)
    source = Source(document_id=document.id, url=document.url or document.path,
                    outlet=document.outlet, published=document.published,
                    title=document.title, fact_id=fact.id, quote=fact.evidence.text,
                    sentence=fact.evidence.sentence, start=fact.evidence.start,
                    end=fact.evidence.end, derived=derived)
    value = float(fact.value)
    status = None if derived else fact.status
    step = written_step(fact, value)
    for reading in point.readings:
        if (reading.value == value and reading.qualifier == fact.qualifier
                and reading.status == status):
            same_document = next((s for s in reading.sources if s.document_id == source.document_id
                                  and s.derived == source.derived), None)
            if same_document is None:
                reading.sources.append(source)
            else:
                same_document.repeat(source)
            reading.step = max(reading.step, step)
            return
    point.readings.append(Reading(value, fact.qualifier or "exact", status, step, [source]))


def levels_of(fact: Fact, document: Document) -> Iterator[tuple[Fact, Optional[str],
                                                                   Optional[str], Optional[str]]]:
    """(fact, period, as_of, derived) for each level a fact states at a known time.

    A change 'с X до Y' states Y at the fact's time; X only when the text says
    when X held ('с 0,2% в 2025 году до 0,25%'), otherwise only Y is placed.
    """
    if fact.value is None or not fact.indicator:
        return
    period, as_of = fact.time.period, fact.time.as_of
    if not period and not as_of:
        return
    yield fact, period, as_of, None
    if fact.previous is not None:
        previous_period = previous_level_period(fact, document)
        if previous_period:
            old = replace(fact, value=fact.previous, previous=None, qualifier="exact",
                          change=None)
            yield old, previous_period, None, "previous"


YEAR_MARK = re.compile(r"(?:в|на|за)\s+((?:19|20)\d{2})\s*(?:году|год|г\.)|\(((?:19|20)\d{2})\)")
LAST_YEAR = re.compile(r"(?:в|за)\s+прошлом\s+году|прошлогодн", re.IGNORECASE)


def previous_level_period(fact: Fact, document: Document) -> Optional[str]:
    """The year the old level of a change held, when the wording right after it says so."""
    text = document.text
    if not (fact.evidence.start <= len(text) and text[fact.evidence.start:fact.evidence.end]
            == fact.evidence.text):
        return None
    quote = fact.evidence.text
    number = previous_number_end(quote, fact.previous)
    if number is None:
        return None
    # The old level's time stands between the old number and the new one ('с 3% в 2025
    # году до 2,9%') or right after the old number when the new one comes first.
    after = text[fact.evidence.start + number: fact.evidence.start + number + 40]
    after = re.split(r"\bдо\b|[.;!?]", after, maxsplit=1)[0]
    match = YEAR_MARK.search(after)
    if match:
        year = match.group(1) or match.group(2)
        if not fact.time.period or year != fact.time.period[:4]:
            return year
        return None
    if LAST_YEAR.search(after) and fact.time.period and re.fullmatch(r"\d{4}", fact.time.period):
        return str(int(fact.time.period) - 1)
    return None


def previous_number_end(quote: str, previous: float) -> Optional[int]:
    for match in DIGITS.finditer(quote):
        value, _ = parse_decimal(match["int"], match["frac"], match["sep"])
        scale = SCALE.match(quote, match.end())
        if scale:
            value *= scale_value(scale["scale"])
        if same_number(value, previous):
            return (scale.end() if scale else match.end()) + (1 if quote[match.end():match.end() + 1] == "%" else 0)
    return None


# -- values, rounding, qualifiers -----------------------------------------------
def written_step(fact: Fact, value: Optional[float] = None) -> float:
    """The rounding the quote's wording implies for the fact's value.

    '19,4 тыс.' is 19 400 to the nearest hundred, '20 тысяч' to the nearest
    thousand, '2,9%' to a tenth; a plain '5 330' or '3%' is exact (0).
    """
    value = fact.value if value is None else value
    if value is None:
        return 0.0
    quote = fact.evidence.text
    for match in DIGITS.finditer(quote):
        number, fractional = parse_decimal(match["int"], match["frac"], match["sep"])
        decimals = len(match["frac"]) if fractional else 0
        scale = SCALE.match(quote, match.end())
        multiplier = scale_value(scale["scale"]) if scale else 1.0
        if not same_number(number * multiplier, value):
            continue
        if multiplier == 1.0 and not decimals:
            return 0.0
        return multiplier / 10 ** decimals
    return 0.0


def value_interval(value: float, qualifier: Optional[str], step: float) -> tuple[float, float]:
    """The values a statement allows: '19,4 тыс.' -> [19350, 19450], 'более 19 тыс.' -> [19000, inf)."""
    slack = max(abs(value) * RELATIVE_TOLERANCE, 1e-12)
    half = step / 2 + slack
    if qualifier == "approx":
        wide = max(step, abs(value) * APPROX_SHARE) + slack
        return value - wide, value + wide
    if qualifier in ("more_than", "at_least"):  # a bound is meant as written, not rounded
        return value - slack, math.inf
    if qualifier in ("less_than", "at_most"):
        return -math.inf, value + slack
    return value - half, value + half


def intervals_overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def mutually_consistent(readings: list[Reading]) -> bool:
    intervals = [r.interval() for r in readings]
    return all(intervals_overlap(a, b) for i, a in enumerate(intervals) for b in intervals[i + 1:])


def most_precise(readings: list[Reading]) -> Reading:
    """Exact before approximate, finer rounding first, then the most sourced."""
    return min(readings, key=lambda r: (r.qualifier != "exact", r.step, -len(r.sources)))


def same_number(a: float, b: float) -> bool:
    return abs(a - b) <= max(abs(a), abs(b)) * 1e-9 + 1e-12


# -- keys and time --------------------------------------------------------------
def clean_dimensions(dimensions: Optional[dict[str, Optional[str]]]) -> dict[str, str]:
    return {k: v for k, v in sorted((dimensions or {}).items()) if v}


def series_dimensions(fact: Fact, jurisdiction: Optional[str]) -> dict[str, str]:
    """The breakdown of a fact; the jurisdiction's own country is no breakdown.

    ('в Казахстане работают ...' is the national figure, not Kazakhstan as a country of origin.)
    A sector slug of an older extraction ('construction') is read as its NACE code ('F').
    """
    dimensions = clean_dimensions(fact.dimensions)
    if jurisdiction and dimensions.get("country") == jurisdiction:
        dimensions.pop("country")
    if dimensions.get("sector") in legacy_sector_codes():
        dimensions["sector"] = legacy_sector_codes()[dimensions["sector"]]
    return dimensions


def sector_label(code: Optional[str]) -> Optional[str]:
    """The official (OKVED 2) name of a NACE code."""
    return sector_labels().get(code) if code else None


def in_sector(code: Optional[str], wanted: str) -> bool:
    """'49.41' is in '49', '49.4' and 'H'; 'F' is in 'F' only."""
    if not code:
        return False
    wanted = wanted.upper()
    return code == wanted or code.startswith(wanted + ".") or (
        len(wanted) == 2 and code[:2] == wanted) or sector_sections().get(code) == wanted


def measure_of(fact: Fact) -> str:
    """Percentages and absolute levels of one indicator are different series."""
    return "percent" if fact.unit == "percent" else "level"


def series_key(jurisdiction: Optional[str], indicator: Optional[str],
               dimensions: dict[str, str], measure: str) -> str:
    dims = ",".join(f"{k}={v}" for k, v in sorted(dimensions.items()))
    return f"{jurisdiction or '-'}|{indicator or '-'}|{dims}|{measure}"


def time_key(period: Optional[str], as_of: Optional[str]) -> str:
    """A stock's as-of date is more specific than its period, so it names the point."""
    return as_of or period or ""


def time_position(period: Optional[str], as_of: Optional[str]) -> float:
    """A decimal year for ordering and charts: '2025' -> 2025.0, '2025-10-01' -> 2025.75."""
    text = as_of or period or ""
    last = period_or_none(text.split("/")[-1])  # a range '2025-01/2025-09' stands at its end
    if last is None:
        return 0.0
    return last.start.year + (last.start.month - 1) / 12 + (last.start.day - 1) / 365


@lru_cache(maxsize=None)
def indicator_labels() -> dict[str, str]:
    return {row["id"]: row.get("label", row["id"]) for row in load_jsonl("indicators.jsonl")}


def indicator_label(indicator: Optional[str]) -> str:
    if not indicator:
        return "(no indicator)"
    return indicator_labels().get(indicator, indicator)


# -- consistency ----------------------------------------------------------------
INCREASE_WORDS = re.compile(r"увелич|повыс|повыш|рост|вырос|расшир|прирост|выше|больше",
                            re.IGNORECASE)
DECREASE_WORDS = re.compile(r"сниз|сниж|сократ|сокращ|уменьш|умень|падени|упал|ниже|меньше",
                            re.IGNORECASE)


def consistency_warnings(extraction: Extraction) -> list[ConsistencyWarning]:
    """Children over their total, shares over 100 %, a change worded against its numbers."""
    document = extraction.document
    facts = extraction.facts
    by_id = {f.id: f for f in facts}
    warnings: list[ConsistencyWarning] = []

    def warn(kind: str, message: str, group: list[Fact]) -> None:
        warnings.append(ConsistencyWarning(kind, message, document.id, document.url or document.path,
                                [f.id for f in group], group[0].evidence.sentence))

    children: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.parent and fact.parent in by_id and fact.value is not None:
            children.setdefault(fact.parent, []).append(fact)
    for parent_id, group in children.items():
        total = by_id[parent_id]
        if total.value is None or measure_of(total) == "percent":
            continue
        summed = sum(f.value for f in group if measure_of(f) == measure_of(total))
        low, _ = value_interval(summed, "exact", 0)
        _, high = value_interval(total.value, total.qualifier, written_step(total))
        if low > high and total.qualifier not in ("at_most", "less_than"):
            warn("children_exceed_total",
                 f"breakdown items sum to {plain_number(summed)}, more than their total "
                 f"{plain_number(total.value)} ({total.evidence.text!r})", [total] + group)
        shares = [f.share_pct for f in group if f.share_pct is not None]
        if sum(shares) > 100.5:
            warn("share_over_100", f"shares of the breakdown add up to {sum(shares):g}%",
                 [total] + group)
    for fact in facts:
        for label, share in (("share", fact.share_pct),
                             ("percentage", fact.value if fact.unit == "percent" else None)):
            if share is not None and share > 100 and not fact.change:
                warn("share_over_100", f"{label} {share:g}% is over 100% "
                                       f"({fact.evidence.text!r})", [fact])
        wording = change_wording(fact, document.text)
        if wording:
            warn("change_wording", wording, [fact])
    return warnings


def change_wording(fact: Fact, text: str) -> Optional[str]:
    """A complaint when 'увеличен' (or the change's direction) disagrees with old and new levels."""
    if fact.value is None or fact.previous is None or fact.value == fact.previous:
        return None
    actual = "increase" if fact.value > fact.previous else "decrease"
    stated = fact.change.direction if fact.change and fact.change.direction else None
    if stated is None:
        stated = direction_before(fact, text)
    if stated and stated != actual:
        word = "an increase" if stated == "increase" else "a decrease"
        return (f"worded as {word} but goes from {plain_number(fact.previous)} to "
                f"{plain_number(fact.value)} ({fact.evidence.text!r})")
    return None


def direction_before(fact: Fact, text: str) -> Optional[str]:
    """The direction word nearest before the change, within its sentence."""
    sentence = fact.evidence.sentence
    where = sentence.find(fact.evidence.text)
    before = sentence[:where] if where >= 0 else ""
    best: Optional[tuple[int, str]] = None
    for pattern, direction in ((INCREASE_WORDS, "increase"), (DECREASE_WORDS, "decrease")):
        for match in pattern.finditer(before):
            if best is None or match.start() > best[0]:
                best = (match.start(), direction)
    return best[1] if best else None


# -- input ----------------------------------------------------------------------
def extraction_from_dict(data: dict[str, Any]) -> Extraction:
    return Extraction(document=Document.from_dict(data["document"]),
                      facts=[Fact.from_dict(f) for f in data.get("facts") or []])


def read_extractions(text: str, where: str) -> list[Extraction]:
    """Extractions from `extractor extract` output: one JSON object, an array, or JSONL."""
    from extractor.errors import InputError
    stripped = text.strip()
    if not stripped:
        raise InputError(f"{where}: empty extraction file")
    try:
        if stripped.startswith("["):
            rows = json.loads(stripped)
        else:
            try:
                rows = [json.loads(stripped)]
            except json.JSONDecodeError:
                rows = [json.loads(line) for line in stripped.splitlines() if line.strip()]
        return [extraction_from_dict(row) for row in rows]
    except (json.JSONDecodeError, KeyError, TypeError) as error:
        raise InputError(f"{where}: not extractor output ({error})") from None


# -- selection ------------------------------------------------------------------
def select(result: SeriesSet, jurisdiction: Optional[str] = None,
           indicator: Optional[str] = None, country: Optional[str] = None,
           period: Optional[str] = None, region: Optional[str] = None,
           sector: Optional[str] = None) -> SeriesSet:
    """The series (and points whose time starts with `period`) that pass every given filter."""
    chosen: dict[str, Series] = {}
    for key, series in result.series.items():
        if jurisdiction and (series.jurisdiction or "").upper() != jurisdiction.upper():
            continue
        if indicator and series.indicator != indicator:
            continue
        if country and series.dimensions.get("country", "").upper() != country.upper():
            continue
        if region and series.dimensions.get("region", "").upper() != region.upper():
            continue
        if sector and not in_sector(series.dimensions.get("sector"), sector):
            continue
        if period:
            points = {k: p for k, p in series.points.items() if k.startswith(period)}
            if not points:
                continue
            series = replace(series, points=points)
        chosen[key] = series
    kept_facts = {s.fact_id for series in chosen.values()
                  for p in series.points.values() for s in p.sources()}
    filtered = any((jurisdiction, indicator, country, period, region, sector))
    warnings = [w for w in result.warnings
                if not filtered or kept_facts.intersection(w.fact_ids)]
    return SeriesSet(series=chosen, warnings=warnings)
