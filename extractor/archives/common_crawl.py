"""Common Crawl through its columnar URL index: choose records with Spark SQL, fetch each by range.

The index (Parquet, partitioned by crawl and subset) says for every capture its
URL, TLD, detected MIME type and languages, and where its record lies
(warc_filename, warc_record_offset, warc_record_length). The job selects the
rows it wants, then each task fetches its records with
`Range: bytes=offset-(offset+length-1)` from the data host and hands every
record to the same `job_rows` code a local WARC file goes through.

Fetching: one pooled HTTP session per executor process (Python workers are
reused between tasks), urllib3 retries with backoff on 429/5xx and broken
connections, and a short body (fewer bytes than the index says) tried again
before the record counts as failed.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator, Optional

from extractor.archives.job_rows import Counts, Row, range_rows
from extractor.archives.spark_job import (JobOptions, fail_first_attempt_if_asked, first_line,
                                          prepare_output, write_tables)
from extractor.errors import InputError
from extractor.web.sources import Source

DATA_HOST = "https://data.commoncrawl.org/"
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = "briefing-extractor (Common Crawl range reader)"


@dataclass
class IndexQuery:
    """Which captures to read: every condition given must hold."""

    index: str                                         # the table's root (Parquet)
    crawl: Optional[str] = None                        # CC-MAIN-2025-47
    tlds: list[str] = field(default_factory=list)      # kz, uz
    url_patterns: list[str] = field(default_factory=list)  # regular expressions, any may match
    languages: list[str] = field(default_factory=list)     # ISO 639-3 (rus), any may match
    mime_types: list[str] = field(default_factory=lambda: list(HTML_TYPES))
    limit: Optional[int] = None


@dataclass
class FetchOptions:
    base_url: str = DATA_HOST
    retries: int = 3           # tries after the first, for 429/5xx, broken connections, short bodies
    backoff: float = 0.5       # seconds, doubled each try
    pool_size: int = 16        # connections kept open per executor process
    timeout: float = 60.0
    partitions: Optional[int] = None  # fetch tasks (default: 4 per core)


def select_records(spark, query: IndexQuery):
    """The index rows to fetch, one per record, as a Spark SQL query over the Parquet table."""
    from pyspark.sql import functions as F
    try:
        index = spark.read.parquet(query.index)
    except Exception as error:  # AnalysisException: no such path, not Parquet
        raise InputError(f"{query.index}: not a readable index ({first_line(error)})") from None
    wanted = ["url", "warc_filename", "warc_record_offset", "warc_record_length"]
    filtered_on = [name for name, given in (("crawl", query.crawl), ("url_host_tld", query.tlds),
                                            ("content_mime_detected", query.mime_types),
                                            ("content_languages", query.languages)) if given]
    missing = [c for c in wanted + filtered_on if c not in index.columns]
    if missing:
        raise InputError(f"{query.index}: not a Common Crawl URL index (no {', '.join(missing)})")
    conditions = []
    if "subset" in index.columns:
        conditions.append(F.col("subset") == "warc")
    if "fetch_status" in index.columns:
        conditions.append(F.col("fetch_status") == 200)
    if query.crawl:
        conditions.append(F.col("crawl") == query.crawl)
    if query.tlds:
        conditions.append(F.col("url_host_tld").isin([t.lower().lstrip(".") for t in query.tlds]))
    if query.mime_types:
        conditions.append(F.col("content_mime_detected").isin(query.mime_types))
    if query.languages:
        languages = F.split(F.coalesce(F.col("content_languages"), F.lit("")), ",")
        conditions.append(any_of([F.array_contains(languages, code) for code in query.languages]))
    if query.url_patterns:
        conditions.append(any_of([F.col("url").rlike(p) for p in query.url_patterns]))
    for condition in conditions:
        index = index.where(condition)
    chosen = index.select(*wanted).dropDuplicates(["warc_filename", "warc_record_offset"])
    if query.limit:
        chosen = chosen.orderBy("warc_filename", "warc_record_offset").limit(query.limit)
    return chosen


def any_of(conditions):
    combined = conditions[0]
    for condition in conditions[1:]:
        combined = combined | condition
    return combined


@lru_cache(maxsize=4)
def http_session(pool_size: int, retries: int, backoff: float):
    """One pooled session per executor process and settings, reused by every task it runs."""
    import requests
    from requests.adapters import HTTPAdapter
    from urllib3.util.retry import Retry
    retry = Retry(total=retries, connect=retries, read=retries, status=retries,
                  backoff_factor=backoff, status_forcelist=(429, 500, 502, 503, 504),
                  allowed_methods=frozenset({"GET"}), raise_on_status=False,
                  respect_retry_after_header=False)
    session = requests.Session()
    adapter = HTTPAdapter(pool_connections=pool_size, pool_maxsize=pool_size, max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = USER_AGENT
    return session


class FetchFailed(Exception):
    pass


def fetch_range(url: str, offset: int, length: int, options: FetchOptions) -> bytes:
    """The record's bytes, exactly `length` of them, or FetchFailed saying why not."""
    import requests
    session = http_session(options.pool_size, options.retries, options.backoff)
    headers = {"Range": f"bytes={offset}-{offset + length - 1}"}
    problem = ""
    for attempt in range(options.retries + 1):
        if attempt:
            time.sleep(options.backoff * 2 ** (attempt - 1))
        try:
            response = session.get(url, headers=headers, timeout=options.timeout)
        except requests.RequestException as error:
            problem = f"{type(error).__name__}: {error}"
            continue
        if response.status_code != 206:
            raise FetchFailed(f"HTTP {response.status_code}"
                              + (" (the server ignored the range)" if response.ok else ""))
        if len(response.content) == length:
            return response.content
        problem = f"short answer: {len(response.content)} of {length} bytes"
    raise FetchFailed(problem)


def fetch_task(by_host: dict[str, Source], keep_off_topic: bool, options: FetchOptions):
    base = options.base_url.rstrip("/") + "/"

    def run(records: Iterator) -> Iterator[Row]:
        counts = Counts()
        for record in records:
            counts.records += 1
            name, offset = record["warc_filename"], int(record["warc_record_offset"])
            length = int(record["warc_record_length"])
            try:
                data = fetch_range(base + name.lstrip("/"), offset, length, options)
            except FetchFailed as error:
                counts.fail(f"{name}@{offset} ({record['url']}): {error}")
                continue
            yield from range_rows(data, name, offset, length, by_host, keep_off_topic, counts)
        fail_first_attempt_if_asked()
        yield counts.as_row()
    return run


def run_on_index(spark, query: IndexQuery, fetch: FetchOptions, by_host: dict[str, Source],
                 options: JobOptions) -> Counts:
    chosen = select_records(spark, query)
    prepare_output(spark, options)
    partitions = fetch.partitions or 4 * spark.sparkContext.defaultParallelism
    ordered = (chosen.repartition(partitions, "warc_filename")
               .sortWithinPartitions("warc_filename", "warc_record_offset"))
    rows = ordered.rdd.mapPartitions(fetch_task(by_host, options.keep_off_topic, fetch))
    return write_tables(spark, rows, options)
