"""Gold files from sector slugs to NACE codes: `python -m extractor.quality.gold_migration DIR`.

Older gold files named sectors by slug ('construction'). A slug becomes its NACE section,
or the finer code the text names right before the quote ('в выращивании овощей — 50%'
is 01.13, not A), so the migrated gold says what the text says, at its precision.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

from extractor.documents.reading import read_path
from extractor.engine.gazetteer import find_mentions, legacy_sector_codes, sector_sections
from extractor.engine.sentences import split_sentences
from extractor.engine.tokens import tokenize
from extractor.quality.evaluation import gold_documents


def migrate_file(source: Path, gold_path: Path) -> int:
    """Rewrite one gold file in place; returns how many sectors changed."""
    raw = gold_path.read_text(encoding="utf-8")
    data = json.loads(raw)
    second = raw.split("\n", 2)[1] if raw.count("\n") > 1 else ""
    indent = len(second) - len(second.lstrip(" ")) or 1
    text = read_path(str(source))[0].text
    mentions = [m for m in find_mentions(tokenize(text)) if m.kind == "sector"]
    sentences = split_sentences(text)
    changed = 0
    for fact in data.get("facts", []):
        slug = fact.get("sector")
        if not slug or slug not in legacy_sector_codes():
            continue
        fact["sector"] = finer_code(legacy_sector_codes()[slug], text, fact.get("quote", ""),
                                    mentions, sentences)
        changed += 1
    if changed:
        gold_path.write_text(json.dumps(data, ensure_ascii=False, indent=indent) + "\n", encoding="utf-8")
    return changed


def finer_code(section: str, text: str, quote: str, mentions, sentences) -> str:
    """The nearest sector named before the quote's end in its sentence, if in `section`."""
    where = text.find(quote) if quote else -1
    if where < 0:
        return section
    end = where + len(quote)
    start = next((s.start for s in sentences if s.start <= where < s.end), 0)
    named: Optional[str] = None
    for mention in mentions:
        if start <= mention.start < end and sector_sections().get(mention.code) == section:
            named = mention.code
    return named or section


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m extractor.quality.gold_migration DIRECTORY", file=sys.stderr)
        return 2
    total = 0
    for source, gold_path in gold_documents(Path(argv[0])):
        total += migrate_file(source, gold_path)
    print(f"sectors migrated: {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
