"""Documents/s saved into an empty store and into one that already holds many.

The cost of saving a document must not depend on the store's size (the
duplicate-text lookup is indexed). Usage:

    python benchmarks/store_scale.py [--existing 100000] [--new 1000]
"""
from __future__ import annotations

import argparse
import hashlib
import tempfile
import time
from pathlib import Path

from extractor.records import Document, Extraction
from extractor.store import Fetched, Store, utc_now


def fill(store: Store, count: int) -> None:
    """Many current documents written in bulk, as a long ingest would leave them."""
    now, rows = utc_now(), []
    for n in range(1, count + 1):
        text = f"Архивный документ номер {n}: квота и трудовая миграция."
        digest = hashlib.sha256(text.encode()).hexdigest()
        rows.append((n, f"doc{n}", f"https://archive.example/{n}", now, digest, text, "{}"))
    with store.transaction() as db:
        db.executemany("INSERT INTO documents(id, doc_id, url, fetched_at, sha256, text, meta) "
                       "VALUES (?,?,?,?,?,?,?)", rows)
        db.executemany("INSERT INTO document_urls(url, document_id, first_seen) VALUES (?,?,?)",
                       [(r[2], r[0], now) for r in rows])


def save_new(store: Store, count: int, tag: str) -> float:
    started = time.perf_counter()
    for n in range(count):
        text = f"Новый документ {tag}-{n}: квота на привлечение иностранной рабочей силы."
        document = Document(text=text, url=f"https://new.example/{tag}/{n}")
        store.save(Extraction(document, []), Fetched(url=document.url), "bench")
    return count / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--existing", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=1_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        with Store.open(str(Path(folder) / "empty.db")) as empty:
            rate_empty = save_new(empty, args.new, "empty")
        with Store.open(str(Path(folder) / "full.db")) as full:
            fill(full, args.existing)
            rate_full = save_new(full, args.new, "full")
    print(f"into an empty store:                  {rate_empty:8.0f} documents/s")
    print(f"into a store of {args.existing:>7} documents:   {rate_full:8.0f} documents/s")
    print(f"ratio: {rate_full / rate_empty:.2f} (1.00 = cost independent of size)")


if __name__ == "__main__":
    main()
