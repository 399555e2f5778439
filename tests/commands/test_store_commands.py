"""Commands that read a store refuse a missing one, in the same words, and create nothing."""
import subprocess
import sys

import pytest



@pytest.mark.parametrize("command", [
    ["reextract"], ["series"], ["db", "stats"], ["report"],
    ["check", "квота на 2026 год составит 29,1 тыс."],
])
def test_a_mistyped_store_is_refused(tmp_path, command):
    missing = tmp_path / "typo.db"
    result = subprocess.run([sys.executable, "-m", "extractor", *command, "--db", str(missing)],
                            capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        f"extractor: {missing}: no such store (run `extractor run`, `extractor ingest` "
        f"or `extractor scrape` first, or pass --db)"]
    assert not missing.exists()
