"""The evaluation gate: quality on our annotated corpus may not fall below pinned floors.

Raise a floor when the extractor improves; never lower one to let a change through.
"""

import json

import jsonschema
import pytest

from conftest import ROOT, SHARED
from extractor.quality.evaluation import evaluate
from extractor.engine.pipeline import extract
from extractor.documents.reading import expand_inputs, read_path

# Pinned to the development corpus (274 documents, 1,758 gold facts) as last measured (F1
# 0.918, P 0.948, R 0.890, strict 0.815), minus a small margin.
# Strict: value, dimensions, category, indicator and time all right.
FLOORS = {"f1": 0.90, "precision": 0.93, "recall": 0.87, "provenance": 1.0}
STRICT_F1_FLOOR = 0.80
CATEGORY_F1_FLOORS = {"quota": 0.95, "count": 0.89, "policy": 0.85}
# Sets written apart from the rules by other annotators, each pinned to its score when it was
# last measured, minus a margin. Development data: external-a to external-g (F1 0.955, 0.908,
# 0.873, 0.793, 0.811, 0.796, 0.840; strict 0.883, 0.804, 0.784, 0.720, 0.750, 0.673, 0.745);
# external-h F1 0.899, strict 0.685; external-i F1 0.841, strict 0.750; external-j F1 0.917,
# strict 0.814; external-k F1 0.789, strict 0.643. Checks never read to write a rule:
# external-l (40 documents) F1 0.662, strict 0.544; external-m (40 documents) F1 0.722, strict
# 0.515; external-n (40 documents) F1 0.678, strict 0.436; external-o (25 documents) F1 0.660, strict 0.450 and
# external-p (32 documents) F1 0.732, strict 0.449 on arrival. Frozen held-out sets, only ever
# scored: B (corpora/heldout-b/, 78 documents) F1 0.776, strict 0.513; C (corpora/heldout-c/,
# 85 documents) F1 0.760, strict 0.553; D (corpora/heldout-d/, 72 documents) F1 0.700, strict
# 0.553 (0.643 and 0.497 on arrival).
HELDOUT_FLOORS = {
    "external-a": {"f1": 0.93, "strict_f1": 0.86},
    "external-b": {"f1": 0.88, "strict_f1": 0.78},
    "external-c": {"f1": 0.85, "strict_f1": 0.76},
    "external-d": {"f1": 0.79, "strict_f1": 0.71},
    "external-e": {"f1": 0.78, "strict_f1": 0.73},
    "external-f": {"f1": 0.77, "strict_f1": 0.65},
    "external-g": {"f1": 0.82, "strict_f1": 0.72},
    "external-h": {"f1": 0.87, "strict_f1": 0.66},
    "external-i": {"f1": 0.82, "strict_f1": 0.72},
    "external-j": {"f1": 0.89, "strict_f1": 0.79},
    "external-k": {"f1": 0.76, "strict_f1": 0.62},
    "external-l": {"f1": 0.64, "strict_f1": 0.52},
    "external-m": {"f1": 0.70, "strict_f1": 0.49},
    "external-n": {"f1": 0.65, "strict_f1": 0.41},
    "external-o": {"f1": 0.64, "strict_f1": 0.43},
    "external-p": {"f1": 0.71, "strict_f1": 0.43},
    "heldout-b": {"f1": 0.75, "strict_f1": 0.48},
    "heldout-c": {"f1": 0.73, "strict_f1": 0.52},
    "heldout-d": {"f1": 0.68, "strict_f1": 0.53},
}
SEED = SHARED / "seed" / "kz-2025-10-31-labour-migration-briefing.txt"
FACTRUEVAL = SHARED / "corpora" / "factrueval-2016"


@pytest.fixture(scope="module")
def report():
    return evaluate(ROOT / "corpora" / "briefings")


def test_corpus_is_large_enough(report):
    assert len(report.documents) >= 40


def test_overall_quality_holds_its_floor(report):
    overall = report.overall
    assert overall.f1 >= FLOORS["f1"]
    assert overall.precision >= FLOORS["precision"]
    assert overall.recall >= FLOORS["recall"]


@pytest.mark.parametrize("name", sorted(HELDOUT_FLOORS))
def test_heldout_quality_holds_its_floors(name):
    folder = ROOT / "corpora" / name
    if not folder.is_dir():
        pytest.skip(f"the held-out set {name} is not in this checkout")
    heldout = evaluate(folder)
    assert heldout.overall.f1 >= HELDOUT_FLOORS[name]["f1"]
    assert heldout.strict.f1 >= HELDOUT_FLOORS[name]["strict_f1"]
    assert heldout.provenance == 1.0


def test_strict_quality_holds_its_floor(report):
    assert report.strict.f1 >= STRICT_F1_FLOOR
    assert report.strict.true_positives <= report.overall.true_positives


@pytest.mark.parametrize("category", sorted(CATEGORY_F1_FLOORS))
def test_category_quality_holds_its_floor(report, category):
    assert report.by_category[category].f1 >= CATEGORY_F1_FLOORS[category]


def test_every_extraction_follows_the_published_schema(report):
    schema = json.loads((ROOT / "extractor" / "schemas" / "extraction.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    for result in report.documents:
        extraction = extract(result.document)
        errors = [e.message for e in validator.iter_errors(extraction.to_dict())]
        assert errors == [], (result.name, errors[:3])


def test_every_fact_points_at_its_text(report):
    assert report.provenance == FLOORS["provenance"]
    for result in report.documents:
        text = result.document.text
        for _, fact in result.matched:
            assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text


@pytest.fixture(scope="module")
def seed_facts():
    if not SEED.exists():
        pytest.skip("shared seed briefing is not beside the repository")
    return extract(read_path(str(SEED))[0]).facts


def find(facts, value, **wanted):
    for fact in facts:
        if fact.value is None or abs(fact.value - value) > 1e-9:
            continue
        if all(lookup(fact, key) == expected for key, expected in wanted.items()):
            return fact
    raise AssertionError(f"no fact {value} {wanted}")


def lookup(fact, key):
    if key in ("country", "sector"):
        return fact.dimensions.get(key)
    if key == "as_of":
        return fact.time.as_of
    return getattr(fact, key)


def test_seed_briefing_figures(seed_facts):
    find(seed_facts, 19400, category="quota", indicator="foreign_labour_quota")
    find(seed_facts, 14700)
    for value, country in [(5330, "CN"), (2682, "UZ"), (1046, "TR")]:
        find(seed_facts, value, country=country)
    for value, sector in [(4929, "F"), (3140, "A"), (1240, "B")]:
        find(seed_facts, value, sector=sector)
    find(seed_facts, 2.9, unit="percent", previous=None)
    find(seed_facts, 237800)
    total = find(seed_facts, 132500, as_of="2025-10-01")
    for value, country in [(124100, "UZ"), (7100, "TJ"), (1200, "AZ")]:
        assert find(seed_facts, value, country=country, as_of="2025-10-01").parent == total.id


def test_seed_briefing_policy(seed_facts):
    find(seed_facts, 10, previous=6, unit="profession", category="policy")
    find(seed_facts, 0.25, previous=0.2, unit="percent", category="policy")
    find(seed_facts, 2.9, previous=3, unit="percent", category="policy")
    find(seed_facts, 1, qualifier="at_most", category="policy")
    measures = {f.status: f.evidence.text for f in seed_facts if f.value is None}
    assert "наставничества" in measures["in_progress"]
    assert "процедуру квотирования" in measures["planned"]


def test_seed_briefing_attribution(seed_facts):
    assert {f.speaker.name for f in seed_facts} == {"Аскарбек Ертаев"}
    assert {f.jurisdiction for f in seed_facts} == {"KZ"}


def test_unrelated_news_yields_almost_nothing():
    if not FACTRUEVAL.exists():
        pytest.skip("factRuEval texts are not beside the repository")
    paths = list(expand_inputs([str(FACTRUEVAL)]))
    facts = sum(len(extract(read_path(p)[0]).facts) for p in paths)
    assert facts / len(paths) < 0.05
