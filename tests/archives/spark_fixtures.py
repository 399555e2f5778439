"""Helpers for the Spark tests: one local Spark session for all of them (starting one costs
many seconds), and WARC files written with warcio the way a crawler writes them."""
from __future__ import annotations

import importlib.util
import io
import os
import shutil
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SITES = Path(__file__).resolve().parents[2] / "corpora" / "sites" / "zakon"
PAGES = {  # URL -> (saved page, Content-Type)
    "https://www.zakon.kz/news/6001-kvota-na-2026-god.html":
        (SITES / "news" / "6001-kvota-na-2026-god.html", "text/html"),
    "https://www.zakon.kz/news/6005-migranty-uzbekistan.html":
        (SITES / "news" / "6005-migranty-uzbekistan.html", "text/html; charset=windows-1251"),
    "https://www.zakon.kz/news/6007-patenty.html":
        (SITES / "news" / "6007-patenty.html", "text/html"),
    "https://www.zakon.kz/sport/6003-futbol.html":
        (SITES / "sport" / "6003-futbol.html", "text/html"),
}
OFF_TOPIC = "https://www.zakon.kz/sport/6003-futbol.html"


def spark_missing() -> str:
    """Why the Spark tests cannot run here, or '' when they can."""
    if importlib.util.find_spec("pyspark") is None:
        return "PySpark is not installed (pip install -e '.[spark]')"
    java_home = os.environ.get("JAVA_HOME")
    if not shutil.which("java") and not (java_home and Path(java_home, "bin", "java").exists()):
        return "no Java runtime (apt-get install openjdk-17-jre-headless)"
    return ""


needs_spark = pytest.mark.skipif(bool(spark_missing()), reason=spark_missing() or "spark")


@pytest.fixture(scope="session")
def spark():
    """local[2,2]: two cores, and a failed task is tried once more (local mode's default is never)."""
    from extractor.archives.spark_job import start_session
    session = start_session("local[2,2]")
    session.conf.set("spark.sql.shuffle.partitions", "2")
    yield session
    session.stop()


def page(url: str) -> tuple[bytes, str]:
    path, content_type = PAGES[url]
    return path.read_bytes(), content_type


def write_warc(path: Path, records: list[tuple[str, str, str, bytes]], gzip: bool = True) -> None:
    """(url, status line, Content-Type, body) responses, then a request record, as crawlers save."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        for url, status, content_type, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2025-12-31T10:00:00Z"}))
        writer.write_record(writer.create_warc_record(
            "https://www.zakon.kz/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


def response(url: str) -> tuple[str, str, str, bytes]:
    body, content_type = page(url)
    return url, "200 OK", content_type, body
