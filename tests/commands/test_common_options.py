"""The same options mean the same thing in every command."""
import json

import pytest

from extractor.cli import COMMANDS, main


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_quiet_and_verbose(command, capsys):
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "--quiet" in out and "--verbose" in out


def test_quiet_leaves_only_errors_on_stderr(tmp_path, capsys):
    db = str(tmp_path / "b.db")
    assert main(["run", "--db", db, "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["reextract", "--db", db, "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["reextract", "--db", db]) == 0
    assert "re-extracted" in capsys.readouterr().err


def test_sources_as_one_json_array_or_one_object_per_line(capsys):
    assert main(["sources", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert isinstance(listed, list) and "zakon.kz" in {s["name"] for s in listed}
    assert main(["sources", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [json.loads(line)["name"] for line in lines] == [s["name"] for s in listed]


def test_the_older_json_spelling_still_works(tmp_path, capsys):
    db = str(tmp_path / "b.db")
    assert main(["run", "--db", db, "--out", str(tmp_path / "out"), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["db", "stats", "--db", db, "--json"]) == 0
    via_alias = json.loads(capsys.readouterr().out)
    assert main(["db", "stats", "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == via_alias and via_alias["documents"] > 0


def test_out_is_a_file_or_a_folder_alike(tmp_path, capsys):
    db = str(tmp_path / "b.db")
    assert main(["run", "--db", db, "--out", str(tmp_path / "out"), "--quiet"]) == 0
    folder = tmp_path / "reports"
    folder.mkdir()
    assert main(["report", "--db", db, "--out", str(folder)]) == 0
    assert (folder / "report.html").is_file()
    assert main(["report", "--db", db, "--out", str(tmp_path / "mine.html")]) == 0
    assert (tmp_path / "mine.html").is_file()


def test_extract_as_csv_is_the_facts_table(tmp_path, capsys):
    import csv
    import io
    path = tmp_path / "b.txt"
    path.write_text("date 2025-10-31 Квота на привлечение иностранной рабочей силы в текущем "
                    "году установлена в количестве 19,4 тыс. единиц.\n", encoding="utf-8")
    assert main(["extract", str(path), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["value"], r["indicator"]) for r in rows] == [("19400", "foreign_labour_quota")]
