"""Run the extraction as a Spark job over WARC/ARC files or Common Crawl, writing Parquet tables.

Input: WARC/ARC files, gzipped or not, folders of them or globs, on any path
Spark reads (local, hdfs://, s3a:// with hadoop-aws on the cluster, gs://);
or, with --cc-index, the Common Crawl URL index (Parquet), queried by crawl,
TLD, URL pattern, language and MIME type, each record then fetched by an HTTP
range request. Every record goes through the same reading, topical filter and
engine as `extractor ingest`. Output (--out): documents/ and facts/ tables,
partitioned by jurisdiction and year, and _extractor.json with the summary;
`extractor ingest OUT` loads them into the store. Needs the [spark] extra and
Java 17+. Exit code 1 if any record or file failed (the rest is written).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXAMPLE = """\
  extractor spark archive/*.warc.gz --out facts/
  extractor ingest facts/
  spark-submit --master yarn $(extractor spark --print-entry) \\
      --input 's3a://bucket/crawl/*.warc.gz' --out s3a://bucket/facts/
  extractor spark --cc-index 's3a://commoncrawl/cc-index/table/cc-main/warc/' \\
      --crawl CC-MAIN-2025-47 --tld kz,uz,kg,tj --language rus --out facts/
"""

ENTRY = Path(__file__).resolve().parent / "spark_submit.py"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="*", metavar="PATH",
                        help="WARC/ARC files, folders of them or globs (local or any Hadoop path)")
    parser.add_argument("--input", action="append", default=[], metavar="PATH",
                        help="one more input (repeatable; what spark-submit users pass)")
    parser.add_argument("--out", metavar="DIR", help="output folder (local or any Hadoop path)")
    parser.add_argument("--format", choices=("parquet", "jsonl"), default="parquet",
                        help="table files: Parquet (default) or JSON lines")
    parser.add_argument("--keep-off-topic", action="store_true",
                        help="also write the documents the topical filter turned away "
                             "(then ingesting the output equals ingesting the WARC files)")
    parser.add_argument("--overwrite", action="store_true",
                        help="replace an existing, non-empty output folder")
    parser.add_argument("--sources-dir", metavar="DIR",
                        help="folder of source files whose selectors read their sites' pages")
    parser.add_argument("--master", default="local[*]",
                        help="Spark master (default local[*]: every core of this machine)")
    parser.add_argument("--print-entry", action="store_true",
                        help="print the path of the script to give spark-submit, and exit")
    index = parser.add_argument_group("Common Crawl")
    index.add_argument("--cc-index", metavar="PATH",
                       help="root of the columnar URL index (Parquet), e.g. "
                            "s3a://commoncrawl/cc-index/table/cc-main/warc/")
    index.add_argument("--crawl", help="crawl id, e.g. CC-MAIN-2025-47")
    index.add_argument("--tld", default="", help="comma-separated TLDs: kz,uz,kg,tj")
    index.add_argument("--url-pattern", action="append", default=[], metavar="REGEX",
                       help="keep URLs matching this regular expression (repeatable: any)")
    index.add_argument("--language", default="",
                       help="comma-separated content languages, ISO 639-3: rus,kaz")
    index.add_argument("--mime", default="text/html,application/xhtml+xml",
                       help="comma-separated detected MIME types")
    index.add_argument("--limit", type=int, help="read at most this many records")
    index.add_argument("--cc-base-url", default=None,
                       help="where records are fetched from (default the public data host)")
    index.add_argument("--fetch-retries", type=int, default=3,
                       help="tries after the first, for 429/5xx, broken and short answers")
    index.add_argument("--pool-size", type=int, default=16,
                       help="HTTP connections kept open per executor process")
    index.add_argument("--partitions", type=int, help="fetch tasks (default 4 per core)")


def split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def run(args: argparse.Namespace) -> int:
    if args.print_entry:
        print(ENTRY)
        return 0
    from urllib.parse import urlsplit

    from extractor.archives import spark_job
    from extractor.errors import InputError, UserError
    from extractor.web.sources import all_sources
    inputs = list(args.inputs) + list(args.input)
    if not args.out:
        raise UserError("--out DIR is required")
    if bool(inputs) == bool(args.cc_index):
        raise UserError("give WARC inputs or --cc-index, one of the two")
    options = spark_job.JobOptions(out=args.out, format=args.format,
                                   keep_off_topic=args.keep_off_topic, overwrite=args.overwrite)
    by_host = {urlsplit(s.base_url).netloc: s for s in all_sources(args.sources_dir)}
    try:
        spark_job.check_inputs(inputs)
        spark_job.require_spark()
        from pyspark.sql import SparkSession
        reused = SparkSession.getActiveSession() is not None
        spark = spark_job.start_session(args.master or None)
        try:
            counts = (spark_job.run_on_warcs(spark, inputs, by_host, options) if inputs
                      else run_index(spark, args, by_host, options))
        finally:
            if not reused:
                spark.stop()
    except InputError as error:
        raise UserError(str(error)) from None
    for message in sorted(counts.errors):
        print(f"extractor: {message}", file=sys.stderr)
    print(f"spark: {counts.line()}; written to {args.out}", file=sys.stderr)
    return 1 if counts.failed else 0


def run_index(spark, args: argparse.Namespace, by_host, options):
    from extractor.archives import common_crawl
    query = common_crawl.IndexQuery(index=args.cc_index, crawl=args.crawl, tlds=split(args.tld),
                                    url_patterns=list(args.url_pattern),
                                    languages=split(args.language), mime_types=split(args.mime),
                                    limit=args.limit)
    fetch = common_crawl.FetchOptions(base_url=args.cc_base_url or common_crawl.DATA_HOST,
                                      retries=args.fetch_retries, pool_size=args.pool_size,
                                      partitions=args.partitions)
    return common_crawl.run_on_index(spark, query, fetch, by_host, options)
