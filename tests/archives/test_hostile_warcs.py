"""Damaged and hostile WARC files: a record that is not whole, a status that is not a
number, a gzip bomb. Each is one reported problem; the other records and inputs go on."""
from __future__ import annotations

import gzip
import io
import re
import zlib
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from measured import run_measured
from extractor.archives.ingest import ingest_paths
from extractor.store import Store

PAGE = ("<html><head><title>Квота</title></head><body><article><p>Минтруда РК сообщает: квота "
        "на привлечение иностранной рабочей силы в текущем году установлена в количестве "
        "{} тыс. единиц. Работодатели подали заявки в срок.</p></article></body></html>")


def record(writer, url: str, body: bytes, status: str = "200 OK", headers=()):
    http = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8"), *headers],
                            protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                  http_headers=http))


def two_pages(path: Path, compressed: bool) -> Path:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=compressed)
        record(writer, "https://x.kz/1", PAGE.format("19,4").encode())
        record(writer, "https://x.kz/2", PAGE.format("21,7").encode())
    return path


def ingest(tmp_path, *paths):
    with Store.open(str(tmp_path / "s.db")) as store:
        summary = ingest_paths(store, [str(p) for p in paths])
        urls = sorted(document.url for _, document in store.iter_documents())
    return summary, urls


@pytest.mark.parametrize("compressed", [False, True])
def test_a_warc_cut_inside_a_record_stores_only_whole_records(tmp_path, compressed):
    warc = two_pages(tmp_path / ("cut.warc.gz" if compressed else "cut.warc"), compressed)
    data = warc.read_bytes()
    warc.write_bytes(data[:len(data) - 120])
    summary, urls = ingest(tmp_path, warc)
    assert urls == ["https://x.kz/1"]
    assert len(summary.errors) == 1 and "https://x.kz/2" in summary.errors[0]
    assert "not whole" in summary.errors[0]


@pytest.mark.parametrize("change", [-40, +40])
def test_a_wrong_content_length_is_a_problem_not_a_document(tmp_path, capsys, change):
    warc = two_pages(tmp_path / "wrong.warc", compressed=False)
    data = warc.read_bytes()
    first = re.search(rb"Content-Length: (\d+)", data)
    wrong = str(int(first.group(1)) + change).encode()
    warc.write_bytes(data[:first.start(1)] + wrong + data[first.end(1):])
    summary, urls = ingest(tmp_path, warc)
    assert "https://x.kz/1" not in urls
    assert summary.errors and "https://x.kz/1" in summary.errors[0]
    assert "not whole" in summary.errors[0] or "Content-Length" in summary.errors[0]
    assert "Remainder" not in capsys.readouterr().err  # warcio's own warning stays off stderr


def test_a_status_that_is_not_a_number_loses_only_its_record(tmp_path):
    warc = tmp_path / "odd.warc.gz"
    with warc.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        record(writer, "https://x.kz/1", PAGE.format("19,4").encode(), status="OK fine")
        record(writer, "https://x.kz/3", PAGE.format("23,1").encode())
    other = two_pages(tmp_path / "other.warc", compressed=False)
    summary, urls = ingest(tmp_path, warc, other)
    assert urls == ["https://x.kz/1", "https://x.kz/2", "https://x.kz/3"]  # 1 and 2 from other
    assert summary.stored == 3
    assert len(summary.errors) == 1 and "https://x.kz/1" in summary.errors[0]
    assert "status" in summary.errors[0]


INFLATED = 200 * 1024 * 1024


def gzip_bomb() -> bytes:
    """200 MB of HTML whitespace in about 200 KB."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b" " * (1024 * 1024)
    parts = [packer.compress(b"<html><body><p>")]
    parts += [packer.compress(chunk) for _ in range(INFLATED // len(chunk))]
    return b"".join(parts + [packer.flush()])


def measured_ingest(tmp_path, warc: Path):
    return run_measured("ingest", str(warc), str(two_pages(tmp_path / "fine.warc", compressed=False)),
                        "--db", str(tmp_path / "s.db"))


def test_a_gzip_bomb_in_a_response_is_capped(tmp_path):
    warc = tmp_path / "bomb.warc"
    with warc.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        record(writer, "https://x.kz/bomb", gzip_bomb(), headers=[("Content-Encoding", "gzip")])
    result, peak_mb = measured_ingest(tmp_path, warc)
    err = result.stderr.decode()
    assert result.returncode == 1 and "https://x.kz/bomb" in err and "too large" in err
    assert "2 stored" in err  # the pages of the other file
    assert peak_mb < 400


def test_a_gzip_bomb_as_a_warc_record_is_capped(tmp_path):
    warc = tmp_path / "bomb.warc.gz"
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.kz/bomb\r\n"
            b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
            b"WARC-Date: 2025-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    length = len(http) + INFLATED + len(b"<html><body><p>")
    with gzip.open(warc, "wb", compresslevel=1) as stream:
        stream.write(head + f"Content-Length: {length}\r\n\r\n".encode() + http + b"<html><body><p>")
        chunk = b" " * (1024 * 1024)
        for _ in range(INFLATED // len(chunk)):
            stream.write(chunk)
        stream.write(b"\r\n\r\n")
    result, peak_mb = measured_ingest(tmp_path, warc)
    err = result.stderr.decode()
    assert result.returncode == 1 and "https://x.kz/bomb" in err and "too large" in err
    assert "2 stored" in err
    assert peak_mb < 400


def test_raw_bytes_and_escapes_from_an_archive_do_not_reach_the_terminal(tmp_path, capsys):
    from extractor.cli import main
    warc = tmp_path / "escapes.warc"
    with warc.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        record(writer, "https://x.kz/\x1b[2J\x1b[31mred", b"<html></html>", status="\x07bell OK")
    code = main(["ingest", str(warc), "--db", str(tmp_path / "s.db")])
    err = capsys.readouterr().err
    assert code == 1 and "is not a number" in err
    assert "\x1b" not in err and "\x07" not in err and len(err.splitlines()) == 2
