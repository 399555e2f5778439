"""Every machine output follows its published JSON Schema, checked on real command output."""
import json
import shutil

import jsonschema
import pytest
from referencing.exceptions import Unresolvable

import scrape_site
from conftest import ROOT
import extractor
from extractor import schemas
from extractor.cli import main
from extractor.commands.check import EXIT_CODES

BRIEFING = ROOT / "corpora" / "briefings" / "kz-2025-12-12-quota-2026-order.txt"


def refs(node):
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


@pytest.mark.parametrize("name", schemas.names())
def test_each_schema_is_valid_with_an_absolute_id_and_references_that_resolve(name):
    schema = schemas.load(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"https://briefing-extractor.example/schemas/{name}.schema.json"
    resolver = schemas.registry().resolver(base_uri=schema["$id"])
    for ref in refs(schema):
        try:
            resolver.lookup(ref)
        except Unresolvable as error:
            pytest.fail(f"{name}: {ref} does not resolve ({error})")


def test_every_machine_output_has_a_schema():
    assert {"extraction", "series", "check", "db-stats", "monitor", "review",
            "sources-list"} <= set(schemas.names())


def test_a_wrong_output_is_rejected():
    """The schemas are strict enough to catch a renamed or retyped field."""
    with pytest.raises(jsonschema.ValidationError):
        schemas.validate({"documents": "3", "versions": 3, "urls": 3, "facts": 0, "sources": 0,
                          "last_fetch": None, "by_source": []}, "db-stats")
    with pytest.raises(jsonschema.ValidationError):
        schemas.validate({"claim": "x", "status": "SUPPORTED", "message": "", "items": []},
                         "check")


def output(capsys, *argv, code: int = 0) -> str:
    assert main(list(argv)) == code
    return capsys.readouterr().out


def test_extract_output(capsys):
    for line in output(capsys, "extract", str(BRIEFING), "--format", "jsonl").splitlines():
        schemas.validate(json.loads(line), "extraction")


def test_series_output(bundled_db, capsys):
    data = json.loads(output(capsys, "series", "--db", str(bundled_db), "--format", "json"))
    assert data["series"] and data["conflicts"]
    schemas.validate(data, "series")


@pytest.mark.parametrize("claim,status", [
    ("В 2025 году квота на иностранную рабочую силу в Казахстане составила 19,4 тыс.",
     "supported"),                     # with the point and its sources
    ("Квота на привлечение иностранной рабочей силы в Казахстане на 2019 год – 49,1 тыс. единиц.",
     "not_found"),                     # no point, the nearest ones
    ("Погода в Астане хорошая.", "not_found"),   # no figure at all
])
def test_check_output(bundled_db, capsys, claim, status):
    data = json.loads(output(capsys, "check", claim, "--db", str(bundled_db), "--published",
                             "2026-01-10", "--format", "json", code=EXIT_CODES[status]))
    assert data["status"] == status
    assert all(item["point"] or item["nearest"] for item in data["items"])
    schemas.validate(data, "check")


def test_db_stats_output(bundled_db, capsys):
    data = json.loads(output(capsys, "db", "stats", "--db", str(bundled_db), "--format", "json"))
    assert data["documents"] > 0 and data["by_source"]
    schemas.validate(data, "db-stats")


@pytest.fixture
def site():
    running = scrape_site.start("plainrss")
    yield running
    running.server.stop()


def test_monitor_output(site, tmp_path, capsys):
    lines = output(capsys, "monitor", site.url("/feed.xml"), "--db", str(tmp_path / "m.db"),
                   "--delay", "0", "--format", "jsonl", "--cycles", "1", "--interval", "0s",
                   "--quiet").splitlines()
    assert lines
    for line in lines:
        schemas.validate(json.loads(line), "monitor")


def test_sources_output(capsys):
    data = json.loads(output(capsys, "sources", "--format", "json"))
    assert {"zakon.kz", "gov.kz/enbek"} <= {source["name"] for source in data}
    schemas.validate(data, "sources-list")


def test_review_export_and_list_output(bundled_db, tmp_path, capsys):
    db = tmp_path / "reviewed.db"
    shutil.copy(bundled_db, db)
    with extractor.Store.open(str(db)) as store:
        facts = [f for e in store.iter_extractions() for f in e.facts]
    output(capsys, "review", "reject", facts[0].id, "--reason", "not a quota", "--by", "A. B.",
           "--db", str(db))
    output(capsys, "review", "correct", facts[1].id, "--set", "value=19400", "--set",
           "country=UZ", "--reason", "the order says so", "--db", str(db))
    output(capsys, "review", "export", str(tmp_path / "reviews.jsonl"), "--db", str(db))
    lines = (tmp_path / "reviews.jsonl").read_text(encoding="utf-8").splitlines()
    listed = json.loads(output(capsys, "review", "list", "--format", "json", "--db", str(db)))
    assert len(lines) == len(listed) == 2
    for review in [json.loads(line) for line in lines] + listed:
        schemas.validate(review, "review")
