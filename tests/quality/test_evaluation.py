"""The evaluator's strict score: a fact in the wrong series is not a right fact."""
import json

import pytest

from extractor.quality.evaluation import evaluate, format_report

TEXT = ("Министерство труда РК сообщает о квоте.\n"
        "Квота на привлечение иностранной рабочей силы на 2025 год по регионам: "
        "Мангистауская область — 900 единиц, Алматы — 5 000 единиц.\n")


def write(tmp_path, facts):
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    gold = {"published": "2025-01-10", "jurisdiction": "KZ", "facts": facts}
    (tmp_path / "doc.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def fact(value, region, quote):
    return {"category": "quota", "indicator": "foreign_labour_quota", "value": value,
            "unit": "unit", "period": "2025", "region": region, "quote": quote}


def test_a_wrong_region_is_lenient_but_not_strict(tmp_path):
    write(tmp_path, [fact(900, "KZ-47", "900 единиц"), fact(5000, "KZ-71", "5 000 единиц")])
    report = evaluate(tmp_path)
    assert report.overall.true_positives == 2
    assert report.strict.true_positives == 1
    assert report.attribute_accuracy("region") == 0.5
    lines = format_report(report, verbose=True)
    assert "WRONG region" in lines and "expected=KZ-71 got=KZ-75" in lines


def test_all_attributes_right_is_strictly_right(tmp_path):
    write(tmp_path, [fact(900, "KZ-47", "900 единиц"), fact(5000, "KZ-75", "5 000 единиц")])
    report = evaluate(tmp_path)
    assert report.strict.f1 == report.overall.f1 == 1.0
    assert "WRONG" not in format_report(report, verbose=True)


def period_fact(value, quote, period):
    return {**fact(value, "KZ-47" if value == 900 else "KZ-75", quote), "period": period}


@pytest.mark.parametrize("gold_period, right", [
    ("2025-01/2025-12", True),   # the year written as its months
    ("2025-Q1", False),
    ("2025/2026", False),
])
def test_time_is_compared_as_the_span_it_covers(tmp_path, gold_period, right):
    write(tmp_path, [period_fact(900, "900 единиц", gold_period),
                     period_fact(5000, "5 000 единиц", "2025")])
    report = evaluate(tmp_path)
    assert report.attribute_accuracy("time") == (1.0 if right else 0.5)


@pytest.mark.parametrize("first_line, counts, shown", [
    ("date 2025-01-10\n", (1, 0, 0), None),
    ("date 2024-01-10\n", (0, 1, 0), "DATE  published expected=2025-01-10 got=2024-01-10"),
    ("", (0, 0, 1), "DATE  published expected=2025-01-10 got=None"),
])
def test_the_publication_date_the_reader_finds_is_scored(tmp_path, first_line, counts, shown):
    """Relative times ('в прошлом году') are read from it, so a wrong one is worth seeing."""
    write(tmp_path, [fact(900, "KZ-47", "900 единиц")])
    (tmp_path / "doc.txt").write_text(first_line + TEXT, encoding="utf-8")
    report = evaluate(tmp_path)
    assert report.publication_dates == counts
    verbose = format_report(report, verbose=True)
    assert (shown in verbose) if shown else ("DATE" not in verbose)
