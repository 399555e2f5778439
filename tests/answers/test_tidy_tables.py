"""Tidy tables: one row per point with its resolved value, ISO days, labels, long tables."""
import csv
import io
import json

import pytest

from extractor.answers.series import build_series
from extractor.answers.tables import (columns, fact_rows, point_rows, reading_rows, source_rows,
                                      span_of, write_table)
from fact_factories import doc, extraction, fact


def quota(value, published, outlet, period="2024", status="adopted", path=None):
    document = doc(f"Квота на {period} год составляет {value} единиц.", published=published,
                   outlet=outlet, url=f"https://{outlet}/{published}")
    if path:
        document.url, document.path = None, path
    return extraction(document, fact(document, f"{value} единиц", value, period=period,
                                     status=status))


@pytest.fixture()
def result():
    return build_series([
        quota(23500, "2024-01-15", "enbek.kz"), quota(25300, "2024-01-20", "news.kz"),
        quota(24000, "2025-09-01", "gov.kz", period="2026", status="proposed"),
        quota(23100, "2025-12-01", "gov.kz", period="2026",
              path="/home/someone/archive/order-2026.txt"),
    ])


@pytest.mark.parametrize("period, as_of, expected", [
    ("2025", None, ("year", "2025-01-01", "2025-12-31")),
    ("2025-Q1", None, ("quarter", "2025-01-01", "2025-03-31")),
    ("2024-02", None, ("month", "2024-02-01", "2024-02-29")),
    ("2023-01/2023-03", None, ("range", "2023-01-01", "2023-03-31")),
    ("2025", "2025-07-01", ("as_of", "2025-07-01", "2025-07-01")),
    ("somewhen", None, ("other", None, None)),
])
def test_every_kind_of_period_gets_iso_start_and_end_days(period, as_of, expected):
    span = span_of(period, as_of)
    assert (span.kind, span.start, span.end) == expected
    assert span.written == (as_of or period)


def test_one_row_per_point_with_its_resolved_value_and_status(result):
    points = {row["period"]: row for row in point_rows(result)}
    assert sorted(points) == ["2024", "2026"]
    adopted = points["2026"]
    assert adopted["value"] == 23100 and adopted["status"] == "adopted"
    assert adopted["reading_count"] == 2 and not adopted["conflict"]
    assert (adopted["start"], adopted["end"], adopted["period_kind"]) == \
        ("2026-01-01", "2026-12-31", "year")
    conflict = points["2024"]
    assert conflict["value"] is None and conflict["conflict_kind"] == "sources"
    assert (conflict["value_min"], conflict["value_max"]) == (23500, 25300)
    assert adopted["indicator_label"].startswith("Quota for attracting foreign labour")
    assert adopted["jurisdiction_name"] == "Kazakhstan"


def test_readings_and_sources_are_long_tables_that_join_on_ids(result):
    points = {row["point_id"]: row for row in point_rows(result)}
    readings = list(reading_rows(result))
    sources = list(source_rows(result))
    assert len(readings) == 4 and len(sources) == 4
    assert all(r["point_id"] in points for r in readings)
    by_reading = {r["reading_id"]: r for r in readings}
    draft = next(r for r in readings if r["status"] == "proposed")
    assert draft["value"] == 24000 and draft["current"] is False
    assert all(s["reading_id"] in by_reading for s in sources)
    assert {s["url"] for s in sources} == {"https://enbek.kz/2024-01-15", "https://news.kz/2024-01-20",
                                           "https://gov.kz/2025-09-01", None}


def test_no_machine_local_path_leaves_the_machine(result):
    text = io.StringIO()
    write_table("sources", source_rows(result), text)
    assert "/home/someone" not in text.getvalue() and "file://" not in text.getvalue()


def test_labels_stand_beside_the_codes_of_every_breakdown():
    document = doc("Из Китая – 6 000 человек, в Алматы – 2 000.", published="2025-07-10")
    kw = dict(indicator="foreign_workers_employed", category="count", unit="person",
              as_of="2025-07-01")
    china = fact(document, "6 000", 6000, country="CN", **kw)
    almaty = fact(document, "2 000", 2000, **kw)
    almaty.dimensions["region"] = "KZ-75"
    rows = {row["quote"]: row for row in fact_rows([extraction(document, china, almaty)])}
    assert rows["6 000"]["country_label"] == "China"
    assert rows["2 000"]["region"] == "KZ-75" and rows["2 000"]["region_label"] == "Almaty"
    assert rows["6 000"]["category"] == "count"  # the fact's kind, not a quota category


def test_a_corrected_fact_keeps_its_original_value_in_the_facts_table():
    document = doc("Квота на 2025 год составляет 19 400 единиц.")
    corrected = fact(document, "19 400 единиц", 19400, period="2025")
    corrected.value = 19500
    corrected.review = {"action": "corrected", "original": {"value": 19400}, "reason": "typo",
                        "reviewer": "editor", "at": "2026-11-30T10:00:00Z"}
    [row] = fact_rows([extraction(document, corrected)])
    assert (row["value"], row["review"], row["original_value"]) == (19500, "corrected", 19400)
    assert (row["review_reason"], row["reviewer"]) == ("typo", "editor")
    assert json.loads(row["review_original"]) == {"value": 19400}
    [plain] = fact_rows([extraction(document, fact(document, "19 400 единиц", 19400))])
    assert plain["review"] is None and plain["original_value"] is None


def test_the_csv_has_the_schema_columns_and_plain_booleans(result):
    text = io.StringIO()
    assert write_table("points", point_rows(result), text) == 2
    rows = list(csv.DictReader(io.StringIO(text.getvalue())))
    assert list(rows[0]) == columns("points")
    assert {r["conflict"] for r in rows} == {"true", "false"}
