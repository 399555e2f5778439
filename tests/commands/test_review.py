"""A person rejects or corrects a fact: series and check follow, reextract keeps it, and
the reviews travel to another store as a file."""
import json

import pytest

from extractor.cli import main
from extractor.store import Store

BRIEFING = ("date 2025-10-31 Минтруда РК: квота на привлечение иностранной рабочей силы "
            "в текущем году установлена в количестве 19,4 тыс. единиц.\n")
CLAIM = "В 2025 году квота на привлечение иностранной рабочей силы в Казахстане — 19,4 тыс."


@pytest.fixture
def stored(tmp_path):
    text = tmp_path / "briefing.txt"
    text.write_text(BRIEFING, encoding="utf-8")
    db = str(tmp_path / "a.db")
    assert main(["ingest", str(text), "--db", db]) == 0
    with Store.open(db) as store:
        [extraction] = list(store.iter_extractions())
    [fact] = [f for f in extraction.facts if f.value == 19400]
    return db, fact.id, text


def series_values(db, capsys):
    capsys.readouterr()
    assert main(["series", "--db", db, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    return [p["value"] for s in data["series"] for p in s["points"]]


def test_a_rejected_fact_leaves_series_and_check_and_survives_reextract(stored, capsys):
    db, fact_id, _ = stored
    assert series_values(db, capsys) == [19400]
    assert main(["check", CLAIM, "--db", db, "--published", "2025-11-01"]) == 0
    assert main(["review", "reject", fact_id[:8], "--reason", "wrong page", "--by", "QA",
                 "--db", db]) == 0
    assert series_values(db, capsys) == []
    assert main(["check", CLAIM, "--db", db, "--published", "2025-11-01"]) == 5  # not found
    assert main(["reextract", "--db", db]) == 0
    assert series_values(db, capsys) == []


def test_a_corrected_fact_keeps_its_original_beside_the_new_value(stored, capsys):
    db, fact_id, _ = stored
    assert main(["review", "correct", fact_id, "--set", "value=19500", "--reason",
                 "the order says 19 500", "--by", "QA", "--db", db]) == 0
    assert series_values(db, capsys) == [19500]
    with Store.open(db) as store:
        [fact] = [f for e in store.iter_extractions() for f in e.facts if f.id == fact_id]
        [raw] = [f for e in store.iter_extractions(reviewed=False) for f in e.facts
                 if f.id == fact_id]
    assert fact.value == 19500 and raw.value == 19400
    assert fact.review["original"] == {"value": 19400} and fact.review["reviewer"] == "QA"
    assert fact.to_dict()["review"]["action"] == "corrected"


def test_a_corrected_period_moves_the_point(stored, capsys):
    db, fact_id, _ = stored
    assert main(["review", "correct", fact_id, "--set", "period=2024-Q4", "--reason",
                 "the figure is the last quarter's", "--db", db]) == 0
    capsys.readouterr()
    assert main(["series", "--db", db, "--format", "json"]) == 0
    [series] = json.loads(capsys.readouterr().out)["series"]
    assert [p["time"]["period"] for p in series["points"]] == ["2024-Q4"]


def test_reviews_exported_from_one_store_apply_in_another(stored, tmp_path, capsys):
    db, fact_id, text = stored
    assert main(["review", "reject", fact_id, "--reason", "duplicate", "--db", db]) == 0
    shared = tmp_path / "reviews.jsonl"
    assert main(["review", "export", str(shared), "--db", db]) == 0
    other = str(tmp_path / "b.db")
    assert main(["ingest", str(text), "--db", other]) == 0
    assert series_values(other, capsys) == [19400]
    assert main(["review", "import", str(shared), "--db", other]) == 0
    assert series_values(other, capsys) == []


@pytest.mark.parametrize("argv, message", [
    (["review", "reject", "ffffffffffff", "--reason", "x"], "no such fact"),
    (["review", "correct", "{id}", "--set", "colour=red", "--reason", "x"], "--set 'colour=red'"),
    (["review", "reject", "{id}"], "reject needs --reason"),
    (["review", "correct", "{id}", "--set", "value=много", "--reason", "x"], "must be a number"),
    (["review", "correct", "{id}", "--set", "period=осенью", "--reason", "x"], "is not a period"),
    (["review", "correct", "{id}", "--set", "period=2025-13", "--reason", "x"], "no such month"),
    (["review", "correct", "{id}", "--set", "period=2025-10-01", "--reason", "x"], "as_of"),
    (["review", "correct", "{id}", "--set", "as_of=2025-10", "--reason", "x"], "is not a day"),
])
def test_a_bad_review_is_one_line_and_changes_nothing(stored, capsys, argv, message):
    db, fact_id, _ = stored
    capsys.readouterr()
    assert main([a.replace("{id}", fact_id) for a in argv] + ["--db", db]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert series_values(db, capsys) == [19400]
