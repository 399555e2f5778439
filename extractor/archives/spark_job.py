"""The extraction as a Spark job: WARC files (or Common Crawl records) in, two tables out.

One WARC file is one task; each task runs `job_rows` (the same reading, filter
and engine as `ingest`) and emits document rows, fact rows and one row of
counts. The rows are cached once and written as the documents and facts tables
through Spark's file committer, so a retried or speculative task never leaves
duplicate rows, and the summary is summed from the counts rows rather than from
accumulators. `_extractor.json` is written last and marks the output finished.

Paths: plain local paths are streamed by the task itself; anything with a
scheme (hdfs://, s3a://, gs://, file://) is read through Hadoop, which needs
the matching connector on the cluster (hadoop-aws for s3a://).
"""
from __future__ import annotations

import glob
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

from extractor.archives.ingest import WARC_SUFFIXES
from extractor.archives.job_rows import Counts, Row, file_rows
from extractor.archives.tables import MARKER, PARTITIONS, TABLES, columns, schema, write_marker
from extractor.errors import InputError, UserError
from extractor.web.sources import Source

SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
# Set on the driver (SparkContext.setLocalProperty) to fail the first attempt of the
# first task after it produced its rows: how the tests show that a retry adds no row.
FAIL_FIRST_ATTEMPT = "extractor.failFirstAttempt"
ERRORS_KEPT = 100  # in the summary; the counts cover every failure


@dataclass
class JobOptions:
    out: str
    format: str = "parquet"        # or "jsonl"
    keep_off_topic: bool = False   # also write documents the topical filter turned away
    overwrite: bool = False        # replace an existing output folder


def require_spark() -> None:
    """One clear line instead of an ImportError or a JVM stack trace."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise UserError("the spark command needs PySpark: "
                        "pip install 'briefing-extractor[spark]'") from None
    java_home = os.environ.get("JAVA_HOME")
    if not shutil.which("java") and not (java_home and Path(java_home, "bin", "java").exists()):
        raise UserError("the spark command needs Java 17 or later (no java on PATH or in "
                        "JAVA_HOME); on Debian: apt-get install openjdk-17-jre-headless")


def start_session(master: Optional[str]):
    """The session: on this machine (local[...]) bound to 127.0.0.1 with no web UI;
    under spark-submit, whatever the cluster configured."""
    require_spark()
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("briefing-extractor")
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = (builder.config("spark.driver.bindAddress", "127.0.0.1")
                   .config("spark.driver.host", "127.0.0.1")
                   .config("spark.ui.enabled", "false")
                   .config("spark.sql.shuffle.partitions", "4"))
    spark = builder.config("spark.ui.showConsoleProgress", "false").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def spark_schema(table: str):
    from pyspark.sql import types as T
    kinds = {"string": T.StringType(), "int": T.IntegerType(), "long": T.LongType(),
             "double": T.DoubleType(), "boolean": T.BooleanType(),
             "map<string,string>": T.MapType(T.StringType(), T.StringType(), True)}
    not_null = set(schema()["tables"][table]["not_null"])
    return T.StructType([T.StructField(name, kinds[kind], name not in not_null)
                         for name, kind in columns(table)])


# -- inputs ---------------------------------------------------------------------------
def is_remote(raw: str) -> bool:
    return bool(SCHEME.match(raw))


def local_warcs(raw: str) -> list[str]:
    """A WARC/ARC file, every one under a folder, or a glob; absolute paths, sorted."""
    path = Path(raw).expanduser()
    if path.is_dir():
        found = sorted(p for p in path.rglob("*") if p.is_file() and is_warc(p.name))
        if not found:
            raise InputError(f"{raw}: no WARC/ARC files in this folder")
        return [str(p.resolve()) for p in found]
    if path.is_file():
        if not is_warc(path.name):
            raise InputError(f"{raw}: not a WARC/ARC file (use {', '.join(WARC_SUFFIXES)})")
        return [str(path.resolve())]
    matches = sorted(glob.glob(str(path)))
    if not matches:
        raise InputError(f"{raw}: no such file or folder")
    return [found for match in matches for found in local_warcs(match)]


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def remote_warcs(spark, raw: str) -> list[str]:
    """Files matching a Hadoop path or glob (folders listed recursively), sorted."""
    jvm, conf = spark._jvm, spark._jsc.hadoopConfiguration()
    pattern = jvm.org.apache.hadoop.fs.Path(raw)
    try:
        system = pattern.getFileSystem(conf)
        statuses = system.globStatus(pattern) or []
        found = []
        for status in statuses:
            if status.isDirectory():
                listing = system.listFiles(status.getPath(), True)
                while listing.hasNext():
                    found.append(listing.next().getPath().toString())
            else:
                found.append(status.getPath().toString())
    except Exception as error:  # a JVM error (no connector for the scheme, no permission)
        raise InputError(f"{raw}: cannot list ({first_line(error)})") from None
    found = sorted(p for p in found if is_warc(p.rsplit("/", 1)[-1]))
    if not found:
        raise InputError(f"{raw}: no WARC/ARC files there")
    return found


def first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:300]


def check_inputs(inputs: Iterable[str]) -> list[str]:
    """The local inputs, checked before Spark starts, so a typo costs no JVM start-up."""
    local: list[str] = []
    for raw in inputs:
        if not is_remote(raw):
            local.extend(local_warcs(raw))
    return list(dict.fromkeys(local))


# -- tasks ----------------------------------------------------------------------------
def local_task(by_host: dict[str, Source], keep_off_topic: bool):
    def run(paths: Iterator[str]) -> Iterator[Row]:
        counts = Counts()
        for path in paths:
            yield from file_rows(Path(path), path, by_host, keep_off_topic, counts)
        fail_first_attempt_if_asked()
        yield counts.as_row()
    return run


def remote_task(by_host: dict[str, Source], keep_off_topic: bool):
    """Hadoop hands the task the whole file; it is spooled to local disk and read as a file."""
    def run(files: Iterator[tuple[str, bytes]]) -> Iterator[Row]:
        counts = Counts()
        for uri, data in files:
            with tempfile.NamedTemporaryFile(suffix=".warc.gz" if data[:2] == b"\x1f\x8b"
                                             else ".warc") as spool:
                spool.write(data)
                spool.flush()
                yield from file_rows(Path(spool.name), uri, by_host, keep_off_topic, counts)
        fail_first_attempt_if_asked()
        yield counts.as_row()
    return run


def fail_first_attempt_if_asked() -> None:
    from pyspark import TaskContext
    context = TaskContext.get()
    if (context is not None and context.getLocalProperty(FAIL_FIRST_ATTEMPT) == "1"
            and context.attemptNumber() == 0 and context.partitionId() == 0):
        raise RuntimeError("first attempt failed on request")


def warc_rows(spark, local: list[str], remote: list[str], by_host: dict[str, Source],
              options: JobOptions):
    """The job's rows for WARC files: one task per local file, Hadoop's splits for the rest."""
    context = spark.sparkContext
    parts = []
    if local:
        parts.append(context.parallelize(local, len(local))
                     .mapPartitions(local_task(by_host, options.keep_off_topic)))
    if remote:
        parts.append(context.binaryFiles(",".join(remote), max(1, len(remote)))
                     .mapPartitions(remote_task(by_host, options.keep_off_topic)))
    return parts[0] if len(parts) == 1 else context.union(parts)


# -- output ---------------------------------------------------------------------------
def prepare_output(spark, options: JobOptions) -> None:
    """Refuse to write over a folder that holds anything, unless asked to replace it; when
    replacing, the old marker goes first, so a run stopped halfway is never taken as finished."""
    path, system = hadoop_path(spark, options.out)
    if system.exists(path) and system.listStatus(path):
        if not options.overwrite:
            raise UserError(f"{options.out}: already exists and is not empty "
                            "(use --overwrite to replace it)")
        marker, _ = hadoop_path(spark, f"{options.out.rstrip('/')}/{MARKER}")
        system.delete(marker, False)


def hadoop_path(spark, raw: str):
    jvm = spark._jvm
    path = jvm.org.apache.hadoop.fs.Path(raw)
    try:
        return path, path.getFileSystem(spark._jsc.hadoopConfiguration())
    except Exception as error:
        raise UserError(f"{raw}: cannot write there ({first_line(error)})") from None


def write_tables(spark, rows, options: JobOptions) -> Counts:
    """Both tables from one cached pass over the records, then the summary and the marker."""
    from pyspark import StorageLevel
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        for table in TABLES:
            frame = spark.createDataFrame(
                rows.filter(lambda row, t=table: row[0] == t).map(lambda row: row[1]),
                spark_schema(table))
            writer = frame.write.mode("overwrite").partitionBy(*PARTITIONS)
            target = f"{options.out.rstrip('/')}/{table}"
            if options.format == "parquet":
                writer.parquet(target)
            else:
                writer.json(target)
        counts = Counts()
        for values in rows.filter(lambda row: row[0] == "counts").map(lambda row: row[1]).collect():
            counts.add(Counts.from_row(values))
        counts.errors = sorted(counts.errors)[:ERRORS_KEPT]
    finally:
        rows.unpersist()
    write_text(spark, f"{options.out.rstrip('/')}/{MARKER}",
               write_marker(counts.to_dict(), options.format))
    return counts


def write_text(spark, target: str, text: str) -> None:
    path, system = hadoop_path(spark, target)
    stream = system.create(path, True)
    try:
        stream.write(bytearray(text.encode("utf-8")))
    finally:
        stream.close()


def run_on_warcs(spark, inputs: list[str], by_host: dict[str, Source],
                 options: JobOptions) -> Counts:
    local = check_inputs(inputs)
    remote = list(dict.fromkeys(p for raw in inputs if is_remote(raw)
                                for p in remote_warcs(spark, raw)))
    prepare_output(spark, options)
    return write_tables(spark, warc_rows(spark, local, remote, by_host, options), options)
