"""Bytes -> text: UTF-8 with a few bad bytes stays UTF-8, declared charsets are believed,
legacy Cyrillic code pages are still recognised, and BOMs name their encoding."""
from __future__ import annotations

import codecs
import io
import json
import subprocess
import sys

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import ROOT
from extractor.documents.decoding import decode, decode_text

BRIEFING = ("Минтруда РК сообщает: квота на привлечение иностранной рабочей силы "
            "в текущем году установлена в количестве 19,4 тыс. единиц. Работодатели подали "
            "заявки в срок, распределение по регионам завершено.")


def one_bad_byte(text: str) -> bytes:
    """UTF-8 with one stray byte in the middle, as a careless copy or a cut download leaves."""
    data = text.encode("utf-8")
    middle = data.index("квота".encode())
    return data[:middle] + b"\xff" + data[middle:]


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "extractor", *args], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=120)


def test_utf8_with_one_invalid_byte_stays_utf8_and_says_so():
    decoded = decode_text(one_bad_byte(BRIEFING))
    assert decoded.encoding == "utf-8"
    assert "квота на привлечение" in decoded.text and "\ufffd" in decoded.text
    assert decoded.replaced == 1 and "1 invalid byte" in decoded.warning


def test_declared_utf8_page_with_a_bad_byte_is_read_as_utf8():
    page = b"<html><head><meta charset='utf-8'></head><body><p>" + one_bad_byte(BRIEFING) + b"</p>"
    text, encoding = decode(page)
    assert encoding == "utf-8" and "квота на привлечение" in text
    text, encoding = decode(one_bad_byte(BRIEFING), "text/html; charset=UTF-8")
    assert encoding == "utf-8" and "квота на привлечение" in text


def test_declared_charset_is_believed():
    text, encoding = decode(BRIEFING.encode("koi8-r"), "text/html; charset=koi8-r")
    assert encoding == "koi8-r" and text == BRIEFING


def test_declared_charset_that_fails_badly_is_not_believed():
    text, _ = decode(BRIEFING.encode("cp1251"), "text/html; charset=utf-8")
    assert text == BRIEFING


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "cp866"])
def test_undeclared_legacy_code_pages_are_detected(encoding):
    assert decode_text(BRIEFING.encode(encoding)).text == BRIEFING


@pytest.mark.parametrize("bom, encoding", [(codecs.BOM_UTF8, "utf-8"),
                                           (codecs.BOM_UTF16_LE, "utf-16-le"),
                                           (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_a_bom_names_the_encoding(bom, encoding):
    decoded = decode_text(bom + BRIEFING.encode(encoding))
    assert decoded.text == BRIEFING and decoded.replaced == 0


def test_extract_reads_a_nearly_utf8_file_with_one_warning(tmp_path):
    path = tmp_path / "briefing.txt"
    path.write_bytes(one_bad_byte(BRIEFING))
    result = run("extract", str(path))
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert [f["value"] for f in data["facts"]] == [19400]
    [warning] = result.stderr.decode().splitlines()
    assert "briefing.txt" in warning and "invalid byte" in warning


def test_quiet_keeps_the_warning_off_stderr(tmp_path):
    path = tmp_path / "briefing.txt"
    path.write_bytes(one_bad_byte(BRIEFING))
    result = run("extract", str(path), "--quiet")
    assert result.returncode == 0 and result.stderr == b""
    assert [f["value"] for f in json.loads(result.stdout)["facts"]] == [19400]


def test_extract_reads_a_declared_utf8_page_with_a_bad_byte(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(b"<html><head><meta charset='utf-8'><title>x</title></head><body><article><p>"
                     + one_bad_byte(BRIEFING) + b"</p></article></body></html>")
    result = run("extract", str(path))
    data = json.loads(result.stdout)
    assert [f["value"] for f in data["facts"]] == [19400]


def test_ingested_warc_record_with_a_bad_byte_is_read_as_utf8(tmp_path):
    from extractor.archives.ingest import ingest_paths
    from extractor.store import Store
    warc = tmp_path / "crawl.warc.gz"
    page = (b"<html><head><title>x</title></head><body><article><p>" + one_bad_byte(BRIEFING)
            + b"</p></article></body></html>")
    with warc.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://x.kz/1", "response",
                                                      payload=io.BytesIO(page),
                                                      http_headers=headers))
    with Store.open(str(tmp_path / "s.db")) as store:
        summary = ingest_paths(store, [str(warc)])
    assert summary.stored == 1 and summary.facts == 1 and not summary.errors
    [warning] = summary.warnings
    assert "https://x.kz/1" in warning and "invalid byte" in warning
