"""The data package: frictionless validates it, pandas reads typed columns, the descriptor
follows its published JSON Schema."""
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from extractor.cli import main
from fact_factories import doc, extraction, fact

SCHEMAS = Path(__file__).resolve().parents[2] / "extractor" / "schemas"


def facts_file(tmp_path):
    rows = []
    for value, outlet, period, status in ((23500, "enbek.kz", "2024", "adopted"),
                                          (25300, "news.kz", "2024", "adopted"),
                                          (24000, "gov.kz", "2026", "proposed"),
                                          (23100, "gov.kz", "2026", "adopted")):
        document = doc(f"Квота на {period} год составляет {value} единиц.",
                       published=f"{period}-01-1{len(rows)}", outlet=outlet,
                       url=f"https://{outlet}/{value}")
        rows.append(extraction(document, fact(document, f"{value} единиц", value, period=period,
                                              status=status)))
    counts = doc("На 1 июля 2025 года работают 10 000 иностранцев, из Китая – 6 000.",
                 published="2025-07-10")
    kw = dict(indicator="foreign_workers_employed", category="count", unit="person",
              as_of="2025-07-01")
    total = fact(counts, "10 000 иностранцев", 10000, **kw)
    rows.append(extraction(counts, total, fact(counts, "6 000", 6000, country="CN", parent=total,
                                               **kw)))
    rows.append(extraction(doc("Погода в Астане: без осадков."), ))
    path = tmp_path / "facts.jsonl"
    path.write_text("\n".join(json.dumps(e.to_dict(), ensure_ascii=False) for e in rows),
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("export")
    folder = tmp_path / "pkg" / "nested"
    assert main(["export", "--input", str(facts_file(tmp_path)), "--datapackage", str(folder),
                 "--quiet"]) == 0
    return folder


def test_frictionless_validates_the_package(package):
    result = subprocess.run([sys.executable, "-m", "frictionless", "validate", "--json",
                             str(package / "datapackage.json")],
                            capture_output=True, text=True, timeout=120)
    report = json.loads(result.stdout)
    assert report["valid"], json.dumps(report["tasks"], ensure_ascii=False)[:3000]
    assert result.returncode == 0
    assert [task["name"] for task in report["tasks"]] == \
        ["points", "readings", "sources", "facts", "documents"]


def test_pandas_reads_typed_columns_with_one_value_per_point(package):
    pandas = pytest.importorskip("pandas")
    points = pandas.read_csv(package / "points.csv", parse_dates=["start", "end"])
    assert points["point_id"].is_unique
    assert points["value"].dtype.kind == "f" and points["source_count"].dtype.kind == "i"
    assert points["conflict"].dtype == bool
    assert points["start"].dtype.kind == "M"
    adopted = points[points["period"] == "2026"].iloc[0]
    assert adopted["value"] == 23100 and adopted["status"] == "adopted"
    assert points.groupby(["series", "period"]).size().max() == 1
    stock = points[points["period_kind"] == "as_of"]
    assert set(stock["start"].dt.strftime("%Y-%m-%d")) == {"2025-07-01"}


def test_the_descriptor_follows_its_published_schema(package):
    schema = json.loads((SCHEMAS / "datapackage.schema.json").read_text(encoding="utf-8"))
    assert schema["$id"] == "https://briefing-extractor.example/schemas/datapackage.schema.json"
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(descriptor, schema)
    fields = {r["name"]: {f["name"]: f for f in r["schema"]["fields"]}
              for r in descriptor["resources"]}
    assert fields["points"]["value"]["type"] == "number"
    assert all(f["description"] for table in fields.values() for f in table.values())


def test_only_documents_with_facts_are_exported(package):
    documents = (package / "documents.csv").read_text(encoding="utf-8")
    assert "Погода" not in documents and "Квота на 2026" in documents


def test_a_bad_input_file_is_one_line_and_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    assert main(["export", "--input", str(bad), "--datapackage", str(tmp_path / "p")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_the_datapackage_folder_is_required(capsys):
    assert main(["export"]) == 2
    assert "--datapackage" in capsys.readouterr().err
