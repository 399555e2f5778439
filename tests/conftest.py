import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EXTRACTOR_SHARED", ROOT.parent / "shared"))


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def bundled_db(tmp_path_factory) -> Path:
    """A store built once from the bundled sample archive, as `extractor run` builds it."""
    from extractor.archives.ingest import ingest_paths
    from extractor.patterns import shipped
    from extractor.store import Store
    path = tmp_path_factory.mktemp("bundled") / "briefings.db"
    with Store.open(str(path)) as store:
        ingest_paths(store, [str(shipped("archive"))])
    return path


@pytest.fixture(scope="session")
def bundled_extractions(bundled_db):
    """The bundled sample archive read by the engine, once per test run."""
    from extractor.store import Store
    with Store.open(str(bundled_db)) as store:
        return list(store.iter_extractions())
