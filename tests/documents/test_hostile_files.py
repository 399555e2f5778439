"""Hostile and odd inputs to `extract` and `ingest`: endless devices and pipes, deep JSON,
broken JSONL lines, empty folders, UTF-16, noisy libraries. Each gets one clear line,
a non-zero exit, and the other inputs still go through."""
from __future__ import annotations

import codecs
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from measured import run_measured
from extractor.cli import main

BRIEFING = ("Минтруда РК сообщает: квота на привлечение иностранной рабочей силы "
            "в текущем году установлена в количестве 19,4 тыс. единиц.\n")
ORDER_PDF = ROOT / "corpora" / "sites" / "zakon" / "docs" / "prikaz-kvota-2026.pdf"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "extractor", *args], stdin=stdin,
                          capture_output=True, cwd=ROOT, timeout=120)


@pytest.fixture
def good(tmp_path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text("date 2025-10-31 " + BRIEFING, encoding="utf-8")
    return path


def only_problem(result, *words):
    """Exactly one line on stderr, with every word in it, and no traceback."""
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1, lines
    assert all(word in lines[0] for word in words), lines[0]


def documents_out(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_device_is_refused_and_the_rest_goes_on(good):
    result = run("extract", "/dev/zero", str(good), "--format", "jsonl")
    only_problem(result, "/dev/zero", "binary")
    assert len(documents_out(result)) == 1


@pytest.mark.skipif(not Path("/dev/urandom").exists(), reason="needs /dev/urandom")
def test_a_text_file_that_is_a_link_to_random_bytes(tmp_path, good):
    link = tmp_path / "notes.txt"
    link.symlink_to("/dev/urandom")
    result = run("extract", str(link), str(good), "--format", "jsonl")
    only_problem(result, "notes.txt", "binary")
    assert len(documents_out(result)) == 1


def test_an_endless_pipe_on_stdin_stops_at_the_size_limit():
    with subprocess.Popen(["yes", "квота составит 100 единиц"], stdout=subprocess.PIPE) as endless:
        result, peak_mb = run_measured("extract", "-", stdin=endless.stdout)
        endless.kill()
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1
    assert "stdin" in lines[0] and "more than 20 MB" in lines[0]
    assert peak_mb < 400


def test_binary_on_stdin_is_refused(tmp_path):
    data = tmp_path / "data.bin"
    data.write_bytes(b"\x7fELF\x00\x00\x01" * 100)
    with data.open("rb") as stream:
        result = run("extract", "-", stdin=stream)
    only_problem(result, "stdin", "binary")


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF16_LE, "utf-16-le"),
                                        (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_utf16_with_a_bom_is_text(tmp_path, bom, codec):
    path = tmp_path / "export.txt"
    path.write_bytes(bom + BRIEFING.encode(codec))
    result = run("extract", str(path))
    assert result.returncode == 0, result.stderr.decode()
    assert [f["value"] for f in json.loads(result.stdout)["facts"]] == [19400]


def test_an_empty_directory_does_not_stop_the_other_inputs(tmp_path, good):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("extract", str(empty), str(good), "--format", "jsonl")
    only_problem(result, "empty", "no supported files")
    assert len(documents_out(result)) == 1


def test_a_bad_jsonl_line_loses_only_that_line(tmp_path):
    export = tmp_path / "export.jsonl"
    lines = [json.dumps({"url": "https://x.kz/1", "text": BRIEFING}, ensure_ascii=False),
             "{not json",
             json.dumps({"url": "https://x.kz/3", "title": "no text"}),
             json.dumps({"url": "https://x.kz/4", "text": BRIEFING}, ensure_ascii=False)]
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("extract", str(export), "--format", "jsonl")
    problems = result.stderr.decode().strip().splitlines()
    assert result.returncode == 1 and "Traceback" not in result.stderr.decode()
    assert len(problems) == 2
    assert "export.jsonl:2" in problems[0] and "invalid JSON" in problems[0]
    assert "export.jsonl:3" in problems[1] and "'text' or 'html'" in problems[1]
    assert [d["document"]["url"] for d in documents_out(result)] == ["https://x.kz/1",
                                                                     "https://x.kz/4"]


def test_ingest_reads_jsonl_by_the_same_rules(tmp_path, capsys):
    export = tmp_path / "export.jsonl"
    export.write_text("{not json\n" + json.dumps({"url": "https://x.kz/3"}) + "\n"
                      + json.dumps({"url": "https://x.kz/4", "text": BRIEFING}, ensure_ascii=False)
                      + "\n", encoding="utf-8")
    code = main(["ingest", str(export), "--db", str(tmp_path / "s.db")])
    err = capsys.readouterr().err
    assert code == 1
    assert "export.jsonl:1: invalid JSON" in err
    assert "export.jsonl:2: a record needs 'text' or 'html'" in err
    assert "1 stored" in err


def deep_json(tmp_path) -> Path:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000)
    return path


def test_deeply_nested_json_is_one_problem_in_extract(tmp_path, good):
    result = run("extract", str(deep_json(tmp_path)), str(good), "--format", "jsonl")
    only_problem(result, "deep.json", "nested too deeply")
    assert len(documents_out(result)) == 1


def test_deeply_nested_json_is_one_problem_in_ingest(tmp_path, good, capsys):
    code = main(["ingest", str(deep_json(tmp_path)), str(good), "--db", str(tmp_path / "s.db")])
    err = capsys.readouterr().err
    assert code == 1 and "internal error" not in err
    assert re.search(r"deep\.json: .*nested too deeply", err)
    assert "1 stored" in err


def sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.write(b"<html><body><p>")
        handle.truncate(size)
    return path


def test_ingest_has_the_same_size_limit_as_extract(tmp_path, good, capsys):
    page = sparse(tmp_path / "huge.html", 30 * 1024 * 1024)
    code = main(["ingest", str(page), str(good), "--db", str(tmp_path / "s.db")])
    err = capsys.readouterr().err
    assert code == 1 and "huge.html: file too large" in err and "1 stored" in err


def test_pdf_library_warnings_stay_off_stderr(tmp_path):
    damaged = tmp_path / "order.pdf"
    damaged.write_bytes(re.sub(rb"startxref\s+\d+", b"startxref\n999", ORDER_PDF.read_bytes()))
    result = run("ingest", str(damaged), "--db", str(tmp_path / "s.db"))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr.decode().splitlines() == ["ingested 1 files: 1 documents, 1 stored, "
                                                   "0 already known, 1 facts found, 0 problems"]


def test_a_page_with_deeply_nested_json_ld_is_still_read(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><script type='application/ld+json'>" + "[" * 100_000
                    + "</script></head><body><article><p>" + BRIEFING + "</p></article></body>"
                    "</html>", encoding="utf-8")
    result = run("extract", str(page))
    assert result.returncode == 0, result.stderr.decode()
    assert [f["value"] for f in json.loads(result.stdout)["facts"]] == [19400]
