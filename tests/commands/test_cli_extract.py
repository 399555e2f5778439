"""The extract command as a user runs it: formats, stdin, encodings, and bad input."""
import json
import subprocess
import sys

import jsonschema
import pytest

from conftest import ROOT

SCHEMA = json.loads((ROOT / "extractor" / "schemas" / "extraction.schema.json").read_text())
BRIEFING = ("date 2025-10-31 Минтруда РК сообщает: квота на привлечение иностранной рабочей силы "
            "в текущем году установлена в количестве 19,4 тыс. единиц.\n")


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "extractor", *args], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=120)


def test_text_file_to_json_matching_the_schema(tmp_path):
    path = tmp_path / "briefing.txt"
    path.write_text(BRIEFING, encoding="utf-8")
    result = run("extract", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["document"]["published"] == "2025-10-31"
    assert [(f["value"], f["time"]["period"]) for f in data["facts"]] == [(19400, "2025")]


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_legacy_encodings_are_detected(tmp_path, encoding):
    path = tmp_path / "old.txt"
    path.write_bytes(BRIEFING.encode(encoding))
    data = json.loads(run("extract", str(path)).stdout)
    assert "квота на привлечение" in data["document"]["text"]
    assert data["facts"][0]["value"] == 19400


def test_directory_gives_one_line_per_document_in_order(tmp_path):
    for name in ("b.txt", "a.txt"):
        (tmp_path / name).write_text(BRIEFING, encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    lines = run("extract", str(tmp_path), "--format", "jsonl").stdout.decode().splitlines()
    assert [json.loads(line)["document"]["path"].rsplit("/", 1)[1] for line in lines] == ["a.txt", "b.txt"]


def test_stdin_with_publication_date_and_url():
    result = run("extract", "-", "--published", "2024-02-01", "--url", "https://example.kz/a",
                 stdin="Минтруда РК: квота на привлечение иностранной рабочей силы в текущем году "
                       "составила 29 тыс. единиц.".encode())
    data = json.loads(result.stdout)
    assert data["document"]["url"] == "https://example.kz/a"
    assert data["facts"][0]["time"]["period"] == "2024"


def test_html_page_loses_its_furniture(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Квота</title><meta property='article:published_time' "
        "content='2025-10-31T10:00:00+05:00'></head><body><nav>Главная | Новости | 8 800 080 7777</nav>"
        "<article><h1>Квота на 2026 год</h1><p>Министерство труда РК сообщает, что квота на "
        "привлечение иностранной рабочей силы на 2026 год составит 18,9 тыс. единиц. "
        "Решение принято по итогам обсуждения с работодателями и отраслевыми ассоциациями.</p>"
        "<p>По данным ведомства, на 1 октября в стране работают 16,4 тыс. иностранных работников, "
        "большинство из них заняты в строительстве и добывающей промышленности.</p></article>"
        "<aside>Популярное: курс доллара 540 тенге, просмотров 12 500</aside>"
        "<footer>© 2025 Все права защищены</footer></body></html>", encoding="utf-8")
    data = json.loads(run("extract", str(page)).stdout)
    assert data["document"]["published"] == "2025-10-31"
    assert "просмотров" not in data["document"]["text"]
    assert [f["value"] for f in data["facts"]] == [18900, 16400]


def written(name, data):
    def make(directory):
        path = directory / name
        path.write_bytes(data)
        return path
    return make


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.txt", "no such file"),
    (written("empty.txt", b""), "empty"),
    (written("binary.txt", b"\x00\xff" * 10), "binary"),
    (written("broken.jsonl", b"{not json}\n"), "invalid JSON"),
])
def test_bad_input_is_one_line_and_the_rest_goes_on(tmp_path, make, message):
    good = tmp_path / "good.txt"
    good.write_text(BRIEFING, encoding="utf-8")
    result = run("extract", str(make(tmp_path)), str(good), "--format", "jsonl")
    errors = result.stderr.decode().strip().splitlines()
    assert result.returncode != 0
    assert len(errors) == 1 and message in errors[0] and "Traceback" not in errors[0]
    assert len(result.stdout.decode().splitlines()) == 1


def test_oversized_file_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
        handle.seek(0)
        handle.write(b"x")
    result = run("extract", str(big))
    assert result.returncode != 0 and b"too large" in result.stderr


def test_directory_without_supported_files(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    result = run("extract", str(tmp_path))
    assert result.returncode != 0 and b"no supported files" in result.stderr
    assert b"Traceback" not in result.stderr


def test_every_command_help_shows_an_example():
    from extractor.cli import COMMANDS
    for name in COMMANDS:
        result = run(name, "--help")
        assert result.returncode == 0, name
        assert b"example:" in result.stdout, name
