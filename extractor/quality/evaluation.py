"""Scoring the extractor against annotated documents (`corpora/README.md`).

A reported fact matches a gold fact when value and previous value are equal,
both or neither are percentages, and the countries agree; a measure with no
number matches when its sentence contains the gold quote. Attributes are
scored on pairs matched by value alone, so a wrong country shows up as such.

Series depend on more than the value, so a strict score counts a fact right only
when its value, every dimension (country, region, sector, quota category), its
category, indicator and time are all right: a figure in the wrong series is no help.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from extractor.errors import InputError
from extractor.engine.pipeline import extract
from extractor.documents.reading import read_path
from extractor.periods import same_period
from extractor.records import Document, Fact

SUFFIXES = (".txt", ".html", ".htm")


@dataclass
class GoldFact:
    category: str
    value: Optional[float]
    quote: str
    indicator: Optional[str] = None
    previous: Optional[float] = None
    unit: Optional[str] = None
    country: Optional[str] = None
    region: Optional[str] = None
    sector: Optional[str] = None
    category_slug: Optional[str] = None
    period: Optional[str] = None
    as_of: Optional[str] = None
    status: Optional[str] = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "GoldFact":
        known = {k: data.get(k) for k in ("indicator", "previous", "unit", "country", "region",
                                          "sector", "category_slug", "period", "as_of", "status")}
        return cls(category=data["category"], value=data.get("value"), quote=data.get("quote", ""),
                   **known)


@dataclass
class DocumentResult:
    name: str
    document: Document
    matched: list[tuple[GoldFact, Fact]]
    missed: list[GoldFact]
    false_alarms: list[Fact]
    lenient: list[tuple[GoldFact, Fact]]
    provenance_errors: list[Fact]
    # the publication date the reader found on its own, and the gold's: every relative time
    # of a text ('в прошлом году', 'сейчас') is read from it
    published_read: Optional[str] = None
    published_gold: Optional[str] = None

    @property
    def strictly_right(self) -> list[tuple[GoldFact, Fact]]:
        return [(gold, fact) for gold, fact in self.matched if not wrong_attributes(gold, fact)]


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    documents: list[DocumentResult] = field(default_factory=list)
    overall: Score = field(default_factory=Score)
    strict: Score = field(default_factory=Score)
    by_category: dict[str, Score] = field(default_factory=dict)
    attributes: dict[str, tuple[int, int]] = field(default_factory=dict)
    facts_reported: int = 0
    provenance_valid: int = 0

    @property
    def provenance(self) -> float:
        return self.provenance_valid / self.facts_reported if self.facts_reported else 1.0

    @property
    def publication_dates(self) -> tuple[int, int, int]:
        """(read right, read wrong, not found) over the documents whose gold gives a date."""
        dated = [r for r in self.documents if r.published_gold]
        right = sum(r.published_read == r.published_gold for r in dated)
        missing = sum(r.published_read is None for r in dated)
        return right, len(dated) - right - missing, missing

    def attribute_accuracy(self, name: str) -> Optional[float]:
        right, total = self.attributes.get(name, (0, 0))
        return right / total if total else None


def gold_documents(directory: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for gold in sorted(directory.rglob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        source = next((gold.with_name(stem + s) for s in SUFFIXES if gold.with_name(stem + s).exists()),
                      None)
        if source is None:
            raise InputError(f"{gold}: no document beside it ({stem}.txt or {stem}.html)")
        pairs.append((source, gold))
    if not pairs:
        raise InputError(f"{directory}: no annotated documents (*.gold.json) found")
    return pairs


def load_gold(path: Path) -> tuple[dict[str, Any], list[GoldFact]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data, [GoldFact.from_dict(f) for f in data.get("facts", [])]
    except (json.JSONDecodeError, KeyError, TypeError) as error:
        raise InputError(f"{path}: invalid gold file ({error})") from None


def same_number(a: Optional[float], b: Optional[float]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def value_match(gold: GoldFact, fact: Fact) -> bool:
    if gold.value is None:
        return fact.value is None and bool(gold.quote) and gold.quote in fact.evidence.sentence
    return (same_number(gold.value, fact.value) and same_number(gold.previous, fact.previous)
            and (gold.unit == "percent") == (fact.unit == "percent"))


def strict_match(gold: GoldFact, fact: Fact) -> bool:
    return value_match(gold, fact) and (gold.country or None) == (fact.dimensions.get("country") or None)


def pair_up(gold: list[GoldFact], facts: list[Fact], text: str,
            accept: Callable[[GoldFact, Fact], bool]) -> tuple[list[tuple[GoldFact, Fact]], list[GoldFact], list[Fact]]:
    """One-to-one pairs; among equal candidates the one nearest the gold quote wins."""
    free = list(facts)
    pairs, missed = [], []
    for item in gold:
        anchor = text.find(item.quote) if item.quote else -1
        candidates = [f for f in free if accept(item, f)]
        if not candidates:
            missed.append(item)
            continue
        best = min(candidates, key=lambda f: abs(f.evidence.start - anchor) if anchor >= 0 else 0)
        free.remove(best)
        pairs.append((item, best))
    return pairs, missed, free


def provenance_ok(fact: Fact, document: Document) -> bool:
    ev = fact.evidence
    return (document.text[ev.start:ev.end] == ev.text and ev.text in ev.sentence
            and ev.sentence in document.text)


def evaluate_document(source: Path, gold_path: Path) -> DocumentResult:
    meta, gold = load_gold(gold_path)
    document = read_path(str(source))[0]
    published_read = document.published
    if meta.get("published") and not document.published:
        document.published = meta["published"]
    extraction = extract(document)
    facts = extraction.facts
    matched, missed, false_alarms = pair_up(gold, facts, document.text, strict_match)
    lenient, _, _ = pair_up(gold, facts, document.text, value_match)
    bad = [f for f in facts if not provenance_ok(f, extraction.document)]
    return DocumentResult(source.name, extraction.document, matched, missed, false_alarms,
                          lenient, bad, published_read, meta.get("published"))


def evaluate(directory: Path) -> Report:
    report = Report()
    for source, gold_path in gold_documents(directory):
        result = evaluate_document(source, gold_path)
        report.documents.append(result)
        add_result(report, result)
    return report


def add_result(report: Report, result: DocumentResult) -> None:
    def score(category: str) -> Score:
        return report.by_category.setdefault(category, Score())

    for gold, _ in result.matched:
        report.overall.true_positives += 1
        score(gold.category).true_positives += 1
    for gold in result.missed:
        report.overall.false_negatives += 1
        score(gold.category).false_negatives += 1
    for fact in result.false_alarms:
        report.overall.false_positives += 1
        score(fact.category).false_positives += 1
    reported = len(result.matched) + len(result.false_alarms)
    strict = len(result.strictly_right)
    report.strict.true_positives += strict
    report.strict.false_positives += reported - strict
    report.strict.false_negatives += len(result.matched) + len(result.missed) - strict
    report.facts_reported += reported
    report.provenance_valid += reported - len(result.provenance_errors)
    counts: dict[str, Counter] = {}
    for gold, fact in result.lenient:
        for name, expected, actual in attribute_pairs(gold, fact):
            tally = counts.setdefault(name, Counter())
            tally["total"] += 1
            tally["right"] += agrees(name, expected, actual)
    for name, tally in counts.items():
        right, total = report.attributes.get(name, (0, 0))
        report.attributes[name] = (right + tally["right"], total + tally["total"])


ATTRIBUTES = ("category", "country", "region", "sector", "category_slug", "indicator", "time",
              "status")
# what a strict match needs right besides the value (status is scored, not required)
STRICT = ("category", "country", "region", "sector", "category_slug", "indicator", "time")


def attribute_pairs(gold: GoldFact, fact: Fact) -> list[tuple[str, object, object]]:
    """(name, expected, reported). Dimensions are always compared: a region or sector on a
    national figure puts it in the wrong series. Indicator, time and status only where the
    gold states them."""
    dims = fact.dimensions
    pairs = [("category", gold.category, fact.category),
             ("country", gold.country or None, dims.get("country") or None),
             ("region", gold.region or None, dims.get("region") or None),
             ("sector", gold.sector or None, dims.get("sector") or None),
             ("category_slug", gold.category_slug or None, dims.get("category") or None)]
    if gold.indicator is not None:
        pairs.append(("indicator", gold.indicator, fact.indicator))
    if gold.period or gold.as_of:
        pairs.append(("time", (gold.period, gold.as_of), (fact.time.period, fact.time.as_of)))
    if gold.status:
        pairs.append(("status", gold.status, fact.status))
    return pairs


def wrong_attributes(gold: GoldFact, fact: Fact) -> list[tuple[str, object, object]]:
    """The attributes a strict match needs that the reported fact has wrong."""
    return [(name, expected, actual) for name, expected, actual in attribute_pairs(gold, fact)
            if name in STRICT and not agrees(name, expected, actual)]


def agrees(name: str, expected: object, actual: object) -> bool:
    """Equal, and for time equal as intervals: '2019-Q1' is '2019-01/2019-03', and '2019'
    is '2019-01/2019-12', the same period written two ways."""
    if name != "time" or expected == actual:
        return expected == actual
    (gold_period, gold_as_of), (period, as_of) = expected, actual
    return gold_as_of == as_of and same_period(gold_period, period)


def format_report(report: Report, verbose: bool = False) -> str:
    lines = [f"documents: {len(report.documents)}   facts reported: {report.facts_reported}", "",
             f"{'':12} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}"]

    def row(name: str, s: Score) -> str:
        return (f"{name:12} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                f"{s.true_positives:5d} {s.false_positives:5d} {s.false_negatives:5d}")

    lines.append(row("overall", report.overall))
    for category in sorted(report.by_category):
        lines.append(row(category, report.by_category[category]))
    lines.append(row("strict", report.strict))
    lines.append("  (strict: value, dimensions, category, indicator and time all right)")
    lines.append("")
    lines.append("attribute accuracy on value-matched facts:")
    for name in ATTRIBUTES:
        accuracy = report.attribute_accuracy(name)
        if accuracy is not None:
            right, total = report.attributes[name]
            lines.append(f"  {name:14} {accuracy:6.3f}  ({right}/{total})")
    lines.append(f"provenance valid: {report.provenance:.3f}")
    right, wrong, missing = report.publication_dates
    if right + wrong + missing:
        lines.append(f"publication date read: {right} right, {wrong} wrong, {missing} not found")
    if verbose:
        lines.extend(verbose_lines(report))
    return "\n".join(lines)


def verbose_lines(report: Report) -> list[str]:
    lines = []
    for result in report.documents:
        wrong = [(gold, fact, wrong_attributes(gold, fact)) for gold, fact in result.matched]
        wrong = [item for item in wrong if item[2]]
        misdated = result.published_gold and result.published_read != result.published_gold
        if not (result.missed or result.false_alarms or result.provenance_errors or wrong
                or misdated):
            continue
        lines.append("")
        lines.append(f"== {result.name}")
        if misdated:
            lines.append(f"  DATE  published expected={result.published_gold} "
                         f"got={result.published_read}")
        for gold, fact, attributes in wrong:
            for name, expected, actual in attributes:
                lines.append(f"  WRONG {name:13} {fact.value!s:>12} expected={expected} got={actual} "
                             f"«{gold.quote}»")
        for gold in result.missed:
            lines.append(f"  MISS  {gold.category:7} {gold.value!s:>12} prev={gold.previous} "
                         f"{gold.unit} country={gold.country} «{gold.quote}»")
        for fact in result.false_alarms:
            lines.append(f"  FALSE {fact.category:7} {fact.value!s:>12} prev={fact.previous} "
                         f"{fact.unit} country={fact.dimensions.get('country')} "
                         f"«{fact.evidence.text[:80]}» [{fact.rule}]")
        for fact in result.provenance_errors:
            lines.append(f"  SPAN  «{fact.evidence.text}» at {fact.evidence.start}")
    return lines


def report_dict(report: Report) -> dict[str, Any]:
    def score(s: Score) -> dict[str, float]:
        return {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                "f1": round(s.f1, 4), "tp": s.true_positives, "fp": s.false_positives,
                "fn": s.false_negatives}

    return {"documents": len(report.documents), "facts_reported": report.facts_reported,
            "overall": score(report.overall), "strict": score(report.strict),
            "by_category": {k: score(v) for k, v in sorted(report.by_category.items())},
            "attributes": {k: report.attribute_accuracy(k) for k in report.attributes},
            "provenance": report.provenance,
            "publication_dates": dict(zip(("right", "wrong", "not_found"),
                                          report.publication_dates))}
