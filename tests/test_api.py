"""The Python API as a notebook user calls it: `import extractor`, then text, files, the store."""
import json
import subprocess
import sys

import pytest

import extractor
from conftest import ROOT

BRIEFING = ROOT / "corpora" / "briefings" / "kz-2025-12-12-quota-2026-order.txt"
QUOTA_CLAIM = "В 2025 году квота на иностранную рабочую силу в Казахстане составила 19,4 тыс."


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_importing_the_package_loads_no_engine():
    code = ("import sys, extractor; "
            "print(sorted(m for m in sys.modules if m.startswith('extractor')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "['extractor']", result.stderr


def test_text_gives_facts_with_evidence_and_resolved_time():
    text = ("Минтруда РК сообщает: квота на привлечение иностранной рабочей силы в текущем году "
            "установлена в количестве 19,4 тыс. единиц.")
    extraction = extractor.extract_text(text, published="2025-10-31", url="https://example.kz/a")
    assert isinstance(extraction, extractor.Extraction)
    [fact] = extraction.facts
    assert (fact.value, fact.indicator, fact.time.period) == (19400, "foreign_labour_quota",
                                                              "2025")
    assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
    assert extraction.document.url == "https://example.kz/a"


def test_a_misspelt_date_is_a_user_error_not_a_silent_miss():
    with pytest.raises(extractor.UserError, match="YYYY-MM-DD"):
        extractor.extract_text("Квота составит 19,4 тыс. единиц.", published="31.10.2025")


def test_file_gives_what_the_extract_command_prints():
    [extraction] = extractor.extract_file(BRIEFING)
    printed = json.loads(cli("extract", str(BRIEFING), "--format", "json").stdout)
    assert extraction.facts
    assert extraction.to_dict() == printed


def test_an_unreadable_file_raises_one_line_input_error(tmp_path):
    with pytest.raises(extractor.InputError, match="no such file"):
        extractor.extract_file(tmp_path / "missing.txt")


def test_store_series_match_the_series_command(bundled_db):
    with extractor.Store.open(str(bundled_db)) as store:
        chosen = store.series(jurisdiction="KZ", indicator="foreign_labour_quota")
    points = {p.time: p.value
              for p in chosen.series["KZ|foreign_labour_quota||level"].ordered_points()}
    assert points["2025"] == 19382 and points["2024"] is None  # the planted conflict
    printed = json.loads(cli("series", "--db", str(bundled_db), "--jurisdiction", "KZ",
                             "--indicator", "foreign_labour_quota", "--format", "json").stdout)
    assert chosen.to_dict() == printed


@pytest.mark.parametrize("claim,status", [
    (QUOTA_CLAIM, "supported"),
    ("Квота на привлечение иностранной рабочей силы в Казахстане на 2023 год – 25 тысяч единиц.",
     "contradicted"),
])
def test_store_checks_a_claim(bundled_db, claim, status):
    with extractor.Store.open(str(bundled_db)) as store:
        verdict = store.check(claim, published="2026-01-10")
    assert verdict.status == status, verdict.message
    assert verdict.items[0].point is not None
