"""How far two people who annotate the same documents by `corpora/README.md` agree, scored
exactly as `extractor evaluate` scores the engine: the second annotation takes the engine's
place. It bounds what any rule can reach on a set: a strict F1 the annotators themselves do
not reach measures the conventions, not the engine.

  python benchmarks/annotator_agreement.py corpora/agreement/heldout-b [--verbose]

Each `NAME.gold.json` of the second annotation is compared with the gold of the same name in
the held-out set the folder is named after (`corpora/heldout-b/`). The documents are read only
to place each quote in its sentence.
"""
from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def as_fact(gold, text: str, sentences):
    """A second annotator's gold fact as the record the engine would have reported."""
    from extractor.records import Evidence, Fact, TimeRef

    start = max(text.find(gold.quote), 0) if gold.quote else 0
    end = start + len(gold.quote)
    sentence = next((s for s in sentences if s.start <= start < s.end), None)
    evidence = Evidence(text=gold.quote, start=start, end=end,
                        sentence=text[sentence.start:sentence.end] if sentence else gold.quote)
    dimensions = {name: value for name, value in (("country", gold.country), ("region", gold.region),
                                                  ("sector", gold.sector), ("category", gold.category_slug))
                  if value}
    return Fact(category=gold.category, subject="", value=gold.value, unit=gold.unit, evidence=evidence,
                rule="second annotator", indicator=gold.indicator, previous=gold.previous,
                dimensions=dimensions, time=TimeRef(period=gold.period, as_of=gold.as_of),
                status=gold.status)


def main() -> None:
    from extractor.documents.reading import read_path
    from extractor.engine.sentences import split_sentences
    from extractor.quality.evaluation import (DocumentResult, Report, add_result, format_report,
                                              load_gold, pair_up, strict_match, value_match)

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("second", type=Path, help="folder of the second annotation")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    first = ROOT / "corpora" / args.second.resolve().name
    report = Report()
    for path in sorted(args.second.glob("*.gold.json")):
        stem = path.name[: -len(".gold.json")]
        source = next(p for p in (first / f"{stem}.txt", first / f"{stem}.html") if p.exists())
        document = read_path(str(source))[0]
        _, gold = load_gold(first / path.name)
        _, theirs = load_gold(path)
        sentences = split_sentences(document.text)
        facts = [as_fact(item, document.text, sentences) for item in theirs]
        matched, missed, extra = pair_up(gold, facts, document.text, strict_match)
        lenient, _, _ = pair_up(gold, facts, document.text, value_match)
        result = DocumentResult(stem, document, matched, missed, extra, lenient, [])
        report.documents.append(result)
        add_result(report, result)
    print(format_report(report, verbose=args.verbose))


if __name__ == "__main__":
    main()
