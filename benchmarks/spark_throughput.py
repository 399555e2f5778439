"""The Spark job's throughput: WARC records per second on local[1] and local[2], same input,
and what one record costs in each step (reading, the topical filter, the engine).

Run: python benchmarks/spark_throughput.py [--repeat 2] [--files 8]
Input: the annotated briefings as HTML pages, each followed by nine factRuEval news texts
(relevant to irrelevant 1 to 9), written with warcio into --files gzipped WARC files.
Needs the [spark] extra and Java. Each master is timed after a warm-up job (the Python
workers load the engine's dictionaries once), best of --repeat runs.
"""
from __future__ import annotations

import argparse
import html
import io
import shutil
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


def as_page(text: str, title: str) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return (f"<html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
            f"<body><article><h1>{html.escape(title)}</h1>{paragraphs}</article></body></html>"
            ).encode("utf-8")


def pages(repeat: int) -> list[tuple[str, bytes]]:
    """(url, html) with one briefing in ten, the rest news texts."""
    from extractor.documents.reading import expand_inputs, read_path
    briefings = [d for p in expand_inputs([str(ROOT / "corpora" / "briefings")]) for d in read_path(p)]
    news = [read_path(p)[0] for p in expand_inputs([str(SHARED / "corpora" / "factrueval-2016")])]
    found = []
    for round_ in range(repeat):
        for index, briefing in enumerate(briefings):
            found.append((f"https://example.kz/{round_}/briefing/{index}",
                          as_page(briefing.text, briefing.title or "Брифинг")))
            for offset in range(9):
                story = news[(index * 9 + offset) % len(news)]
                found.append((f"https://example.kz/{round_}/news/{index}-{offset}",
                              as_page(story.text, "Новости")))
    return found


def write_files(folder: Path, found: list[tuple[str, bytes]], files: int) -> None:
    for number in range(files):
        with (folder / f"bench-{number:02d}.warc.gz").open("wb") as stream:
            writer = WARCWriter(stream, gzip=True)
            for url, body in found[number::files]:
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                           protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=headers))


def job_seconds(master: str, folder: Path, out: Path, repeat: int) -> tuple[float, int]:
    from extractor.archives.spark_job import JobOptions, run_on_warcs, start_session
    spark = start_session(master)
    try:
        warm = sorted(folder.glob("*.warc.gz"))[:2]
        run_on_warcs(spark, [str(p) for p in warm], {}, JobOptions(out=str(out), overwrite=True))
        best, records = float("inf"), 0
        for _ in range(repeat):
            started = time.perf_counter()
            counts = run_on_warcs(spark, [str(folder)], {}, JobOptions(out=str(out), overwrite=True))
            best = min(best, time.perf_counter() - started)
            records = counts.records
        return best, records
    finally:
        spark.stop()


def warc_parsing(folder: Path) -> float:
    """Milliseconds per record for warcio alone (headers and payload, no HTML work): what a
    faster WARC parser such as FastWARC could save at most."""
    from warcio.archiveiterator import ArchiveIterator
    records, started = 0, time.perf_counter()
    for path in sorted(folder.glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                record.content_stream().read()
                records += 1
    return (time.perf_counter() - started) / records * 1000


def step_costs(found: list[tuple[str, bytes]]) -> dict[str, float]:
    """Milliseconds per record for reading (decode + HTML to text), the filter and the engine."""
    from extractor.archives.ingest import html_item
    from extractor.engine.pipeline import is_topical_document
    from extractor.web.crawl import extract
    started = time.perf_counter()
    documents = [html_item(body, url, {}, "text/html; charset=utf-8").document for url, body in found]
    read = (time.perf_counter() - started) / len(found)
    started = time.perf_counter()
    topical = [d for d in documents if is_topical_document(d.text)]
    filtered = (time.perf_counter() - started) / len(documents)
    for document in topical[:5]:
        extract(document)  # warm the lemma cache as a long run would
    started = time.perf_counter()
    for document in topical:
        extract(document)
    engine = (time.perf_counter() - started) / max(1, len(topical))
    return {"read": read * 1000, "filter": filtered * 1000, "engine": engine * 1000,
            "topical share": len(topical) / len(documents)}


def burn(_: int) -> int:
    total = 0
    for number in range(5_000_000):
        total += number
    return total


def second_core() -> float:
    """The control: how much faster two processes run a plain CPU loop than one. On a machine
    whose second core is busy with other work, local[2] cannot beat local[1] either."""
    import multiprocessing
    seconds = []
    for processes in (1, 2):
        started = time.perf_counter()
        with multiprocessing.Pool(processes) as pool:
            pool.map(burn, range(4))
        seconds.append(time.perf_counter() - started)
    return seconds[0] / seconds[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=2, help="copies of the mixed set")
    args = parser.parse_args()
    found = pages(args.rounds)
    work = Path(tempfile.mkdtemp(prefix="spark-bench-"))
    try:
        write_files(work, found, args.files)
        rates = {}
        for master in ("local[1]", "local[2]"):
            seconds, records = job_seconds(master, work, work / "out", args.repeat)
            rates[master] = records / seconds
            print(f"{master}: {records} records in {seconds:.1f} s = {rates[master]:.0f} records/s")
        print(f"local[2] / local[1]: {rates['local[2]'] / rates['local[1]']:.2f}x "
              f"(control, a CPU loop in 2 processes / 1: {second_core():.2f}x)")
        print(f"per record, one core: WARC parsing (warcio) {warc_parsing(work):.2f} ms")
        costs = step_costs(found)
        print(f"per record, one core: reading {costs['read']:.2f} ms, filter {costs['filter']:.3f} ms; "
              f"engine {costs['engine']:.1f} ms per topical record "
              f"({costs['topical share']:.0%} of records pass the filter)")
        mixed = costs["read"] + costs["filter"] + costs["topical share"] * costs["engine"]
        print(f"so a mixed record costs {mixed:.2f} ms of one core, {1000 / mixed:.0f} records/s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
