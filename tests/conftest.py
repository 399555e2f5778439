import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EXTRACTOR_SHARED", ROOT.parent / "shared"))


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def bundled_extractions(tmp_path_factory):
    """The bundled sample archive read by the engine into a store, once per test run."""
    from extractor.archives.ingest import ingest_paths
    from extractor.commands.run import bundled_archive
    from extractor.store import Store
    path = tmp_path_factory.mktemp("bundled") / "b.db"
    with Store.open(str(path)) as store:
        ingest_paths(store, [str(bundled_archive())])
        return list(store.iter_extractions())
