"""The agreement script scores a second annotation as `evaluate` scores the engine."""

import json
import shutil
import subprocess
import sys

from conftest import ROOT

SCRIPT = ROOT / "benchmarks" / "annotator_agreement.py"
FIRST = ROOT / "corpora" / "heldout-b"


def run(folder):
    done = subprocess.run([sys.executable, str(SCRIPT), str(folder)], capture_output=True, text=True,
                          check=True)
    return {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines() if line.strip()}


def test_an_annotation_agrees_with_itself_and_a_changed_one_does_not(tmp_path):
    second = tmp_path / "heldout-b"
    second.mkdir()
    golds = sorted(FIRST.glob("*.gold.json"))[:3]
    for gold in golds:
        shutil.copy(gold, second / gold.name)
    assert run(second)["overall"][:3] == ["1.000", "1.000", "1.000"]

    changed = json.loads(golds[0].read_text(encoding="utf-8"))
    numbered = [fact for fact in changed["facts"] if fact.get("value") is not None]
    numbered[0]["value"] += 1  # one figure read wrong: one miss and one extra
    (second / golds[0].name).write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    assert run(second)["overall"][:3] != ["1.000", "1.000", "1.000"]
