"""One exit-code scheme for every command: 0 success, 1 some inputs failed, 2 usage,
3-5 the verdicts of `check`, 130 interrupted; dates are validated the same everywhere."""
import pytest

from extractor.cli import main


@pytest.mark.parametrize("argv", [
    ["series", "--since", "2025-13-01"],
    ["report", "--since", "2025-02-30"],
    ["extract", "-", "--published", "31.10.2025"],
    ["check", "квота 5 тыс.", "--published", "2025-1-1"],
    ["scrape", "zakon.kz", "--since", "вчера"],
    ["run", "--since", "2025-00-10"],
])
def test_an_impossible_date_is_a_usage_error_in_one_line(argv, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "is not a date of the form YYYY-MM-DD" in err


def test_a_run_that_read_nothing_fails_and_keeps_the_last_outputs(tmp_path, capsys):
    out, db = tmp_path / "out", str(tmp_path / "b.db")
    assert main(["run", "--db", db, "--out", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert set(before) == {"series.json", "series.csv", "readings.csv", "sources.csv",
                           "report.html"}
    capsys.readouterr()
    code = main(["run", "--db", str(tmp_path / "other.db"), "--out", str(out),
                 "--archive", str(tmp_path / "missing.jsonl")])
    assert code == 1
    assert "nothing was read" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


@pytest.mark.parametrize("argv, message", [
    (["series", "--indicator", "foreign_labor_quota"],
     "unknown indicator 'foreign_labor_quota'; did you mean 'foreign_labour_quota'?"),
    (["series", "--country", "KZZ"], "unknown country code 'KZZ'"),
    (["series", "--jurisdiction", "Kazakhstan"], "unknown country code 'KAZAKHSTAN'"),
])
def test_an_unknown_filter_is_an_error_that_suggests_the_nearest(argv, message, tmp_path,
                                                                 capsys):
    assert main(argv + ["--db", str(tmp_path / "none.db")]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_a_known_filter_in_lower_case_is_accepted(tmp_path, capsys):
    db = str(tmp_path / "b.db")
    assert main(["run", "--db", db, "--out", str(tmp_path / "out")]) == 0
    capsys.readouterr()
    assert main(["series", "--db", db, "--jurisdiction", "kz", "--format", "json"]) == 0
    assert '"KZ' in capsys.readouterr().out
