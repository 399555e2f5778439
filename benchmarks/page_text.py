"""Saved pages: HTML-to-text time per page and the scores on the annotated HTML documents.

Run: python benchmarks/page_text.py [--repeats 5] [--verbose]
Times only the page-to-Document step (`html_to_document`), best of `repeats` runs; scores are
`extractor evaluate` restricted to the corpus's .html documents, with the share of gold quotes
that occur in the document text (a quote outside it is a figure the page reader lost).
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--verbose", action="store_true", help="per-document lines")
    args = parser.parse_args()

    from extractor.documents.decoding import decode_bytes
    from extractor.documents.html_text import html_to_document
    from extractor.quality.evaluation import (Report, add_result, evaluate_document,
                                              gold_documents, load_gold)

    pairs = [(s, g) for s, g in gold_documents(ROOT / "corpora" / "briefings")
             if s.suffix in (".html", ".htm")]
    pages = [decode_bytes(s.read_bytes()) for s, _ in pairs]
    html_to_document(pages[0])  # imports and caches are not per-page costs
    best = float("inf")
    for _ in range(args.repeats):
        started = time.perf_counter()
        for page in pages:
            html_to_document(page)
        best = min(best, time.perf_counter() - started)

    report, quotes, found = Report(), 0, 0
    for source, gold_path in pairs:
        result = evaluate_document(source, gold_path)
        add_result(report, result)
        _, gold = load_gold(gold_path)
        present = sum(1 for g in gold if g.quote and g.quote in result.document.text)
        quotes, found = quotes + len(gold), found + present
        if args.verbose:
            print(f"{source.name:60} tp {len(result.matched):3} fn {len(result.missed):3} "
                  f"fp {len(result.false_alarms):3} quotes {present}/{len(gold)}")
    score = report.overall
    print(f"pages: {len(pages)}; html-to-text {best / len(pages) * 1000:.2f} ms per page")
    print(f"P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f} "
          f"(tp {score.true_positives}, fp {score.false_positives}, fn {score.false_negatives})")
    print(f"gold quotes in the text: {found}/{quotes}; provenance {report.provenance:.3f}")


if __name__ == "__main__":
    main()
