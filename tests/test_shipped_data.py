"""Where the shipped data folders are found: the rules, the source files, the sample archive."""
import ast
import os
import shutil
import subprocess
import sys

from conftest import ROOT
from extractor.patterns import SHIPPED


def test_setup_ships_the_folders_the_package_looks_for():
    """setup.py maps each folder into the wheel; extractor.patterns finds it under the same name."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    mapping = next(ast.literal_eval(node.value) for node in ast.walk(tree)
                   if isinstance(node, ast.Assign) and node.targets[0].id == "DATA_FOLDERS")
    assert {package.rsplit(".", 1)[1]: folder for package, folder in mapping.items()} == SHIPPED


def test_source_files_follow_extractor_patterns(tmp_path):
    patterns = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", patterns)
    for path in (patterns / "sources").glob("*.toml"):
        if path.name != "kun.uz.toml":
            path.unlink()
    env = {k: v for k, v in os.environ.items() if k != "EXTRACTOR_SOURCES"}
    result = subprocess.run([sys.executable, "-m", "extractor", "sources"], capture_output=True,
                            text=True, cwd=tmp_path, timeout=60,
                            env={**env, "EXTRACTOR_PATTERNS": str(patterns)})
    assert result.returncode == 0, result.stderr
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["kun.uz"]
