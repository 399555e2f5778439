"""The subsystems depend on each other one way only; an import against the
direction fails here, whether it sits at the top of a module or inside a function."""
import ast
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "extractor"

# Shared modules (and the schemas package) at the top: every subsystem may use them,
# and they use no subsystem.
SHARED = {"records", "reviews", "store", "patterns", "periods", "errors", "schemas", "__init__"}

# What each subsystem may import besides the shared modules.
ALLOWED = {
    "engine": set(),
    "documents": {"engine"},
    "web": {"engine", "documents"},
    "archives": {"engine", "documents", "web"},
    "answers": {"engine"},
    "quality": {"engine", "documents"},
}
# The command line and the Python API (`api`) sit on top and may use everything.
ENTRY_POINTS = {"cli", "commands", "__main__", "api"}


def part_of(module: str) -> str:
    """'extractor.engine.numbers' -> 'engine'; 'extractor.records' -> 'records'."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            if node.module == "extractor":  # 'from extractor import pipeline' names a module
                found.update(f"extractor.{alias.name}" for alias in node.names
                             if is_module(alias.name))
    return {name for name in found if name == "extractor" or name.startswith("extractor.")}


def is_module(name: str) -> bool:
    return (PACKAGE / f"{name}.py").exists() or (PACKAGE / name / "__init__.py").exists()


def source_files():
    return sorted(p for p in PACKAGE.rglob("*.py"))


def owner(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0].removesuffix(".py")


@pytest.mark.parametrize("path", source_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_follow_the_dependency_direction(path):
    me = owner(path)
    if me in ENTRY_POINTS:
        return
    allowed = SHARED | ({me} | ALLOWED[me] if me in ALLOWED else set())
    wrong = sorted(name for name in imported_modules(path)
                   if name != "extractor" and part_of(name) not in allowed)
    assert not wrong, f"{path.relative_to(ROOT)} ({me}) may not import {wrong}"


def test_every_subsystem_is_in_the_dependency_map():
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert packages - ENTRY_POINTS - SHARED == set(ALLOWED)


def test_shared_modules_stay_at_the_top():
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    assert modules - ENTRY_POINTS <= SHARED


def test_the_direction_check_sees_lazy_imports(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from extractor.web.crawl import extract\n"
                      "    from extractor import engine, __version__\n", encoding="utf-8")
    assert imported_modules(module) == {"extractor", "extractor.web.crawl", "extractor.engine"}
