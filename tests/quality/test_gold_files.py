"""Every annotated document's gold can be met by an extraction that follows the contract.

A gold fact the output contract cannot express (a time in another form, an indicator
outside the taxonomy, a quote not in the text) can never be matched, and silently
lowers every score it is in; so each one is checked against the same rules the
extractor's output is.
"""

import json
import re

import pycountry
import pytest

from conftest import ROOT
from extractor.documents.reading import read_path
from extractor.quality.evaluation import gold_documents

CORPORA = [ROOT / "corpora" / name for name in ("briefings", "external-a", "external-b", "external-c", "external-d", "external-e", "external-f", "external-g", "external-h", "external-i", "external-j", "external-k", "external-l", "external-m", "external-n", "external-o", "external-p", "heldout-b", "heldout-c", "heldout-d")]
PAIRS = [pair for folder in CORPORA if folder.is_dir() for pair in gold_documents(folder)]
SCHEMA = json.loads((ROOT / "extractor" / "schemas" / "extraction.schema.json").read_text())
INDICATORS = {json.loads(line)["id"]
              for line in (ROOT / "patterns" / "indicators.jsonl").read_text().splitlines() if line}
CATEGORIES = {"quota", "count", "policy"}
STATUSES = {None, "adopted", "in_progress", "planned", "proposed"}


def contract_pattern(name: str) -> re.Pattern:
    """The pattern the extraction schema gives a fact's dimension or time field."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            prop = node.get("properties", {}).get(name)
            if isinstance(prop, dict) and "pattern" in prop:
                found.append(prop["pattern"])
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)
    walk(SCHEMA)
    return re.compile(found[0])


PATTERNS = {name: contract_pattern(name) for name in ("period", "as_of", "region", "sector")}


def problems(fact: dict, text: str) -> list[str]:
    found = []
    if fact.get("category") not in CATEGORIES:
        found.append(f"category {fact.get('category')!r}")
    if fact.get("indicator") is not None and fact["indicator"] not in INDICATORS:
        found.append(f"indicator {fact['indicator']!r} is not in the taxonomy")
    if fact.get("status") not in STATUSES:
        found.append(f"status {fact.get('status')!r}")
    quote = fact.get("quote") or ""
    if not quote or quote not in text:
        found.append(f"quote {quote!r} is not in the text")
    country = fact.get("country")
    if country is not None and pycountry.countries.get(alpha_2=country) is None:
        found.append(f"country {country!r} is not ISO 3166-1 alpha-2")
    for name, pattern in PATTERNS.items():
        value = fact.get(name)
        if value is not None and not pattern.fullmatch(value):
            found.append(f"{name} {value!r} is not in the contract's form")
    return found


@pytest.mark.parametrize("source, gold", PAIRS, ids=[f"{s.parent.name}/{s.name}" for s, _ in PAIRS])
def test_gold_facts_follow_the_contract(source, gold):
    text = read_path(str(source))[0].text
    data = json.loads(gold.read_text(encoding="utf-8"))
    wrong = [(i, p) for i, fact in enumerate(data["facts"]) for p in problems(fact, text)]
    assert wrong == []


@pytest.mark.parametrize("fact, expected", [
    ({"category": "count", "value": 5, "quote": "5 человек", "period": "2024-05-14"},
     ["period '2024-05-14' is not in the contract's form"]),
    ({"category": "count", "value": 5, "quote": "5 человек", "as_of": "2025-06"},
     ["as_of '2025-06' is not in the contract's form"]),
    ({"category": "count", "value": 5, "quote": "7 человек", "country": "XX"},
     ["quote '7 человек' is not in the text", "country 'XX' is not ISO 3166-1 alpha-2"]),
    ({"category": "count", "value": 5, "quote": "5 человек", "indicator": "workers"},
     ["indicator 'workers' is not in the taxonomy"]),
    ({"category": "count", "value": 5, "quote": "5 человек", "period": "2025-01/2025-09",
      "region": "KZ-75", "sector": "47.25"}, []),
])
def test_a_gold_fact_is_checked_against_the_contract(fact, expected):
    assert problems(fact, "Приехали 5 человек.") == expected
