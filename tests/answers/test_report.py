"""The HTML report: self-contained, charts and marks present, and as rendered by a browser."""
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from extractor.answers.report import render_report
from fact_factories import doc, extraction, fact


def sample_extractions():
    quota = []
    for year, value, outlet in ((2023, 23560, "enbek.gov.kz"), (2024, 18900, "enbek.gov.kz"),
                                (2024, 19800, "kursiv.media"), (2025, 19382, "enbek.gov.kz")):
        document = doc(f"Квота на {year} год утверждена: {value} единиц <b>без тегов</b>.",
                       published=f"{year - 1}-12-20", outlet=outlet,
                       url=f"https://{outlet}/{year}")
        quota.append(extraction(document, fact(document, f"{value} единиц", value,
                                               period=str(year), status="adopted")))
    draft = doc("Проект: квота на 2026 год – 24 360 единиц.", published="2025-09-18",
                outlet="enbek.gov.kz", url="https://enbek.gov.kz/draft")
    quota.append(extraction(draft, fact(draft, "24 360 единиц", 24360, period="2026",
                                        status="proposed")))
    text = "На 1 июля работают 10 000 иностранцев: из Китая – 6 000, из Турции – 5 000."
    counts = doc(text, published="2025-07-10", outlet="enbek.gov.kz", url="https://enbek.gov.kz/july")
    kw = dict(indicator="foreign_workers_employed", category="count", unit="person",
              as_of="2025-07-01")
    total = fact(counts, "10 000 иностранцев", 10000, **kw)
    children = [fact(counts, "6 000", 6000, country="CN", parent=total, **kw),
                fact(counts, "5 000", 5000, country="TR", parent=total, **kw)]
    return quota + [extraction(counts, total, *children)]


class Collector(HTMLParser):
    """Tags and the attributes that could load something from elsewhere."""

    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def html():
    return render_report(sample_extractions(), generated="2026-01-01 00:00 UTC")


def test_the_report_loads_nothing_from_elsewhere(html):
    parser = Collector()
    parser.feed(html)
    tags = parser.tags
    assert not [t for t, a in tags if t in ("script", "link", "iframe", "img", "object")]
    assert "@import" not in html and "url(" not in html
    assert not [a for t, a in tags if t != "a" and any(
        str(v).startswith(("http://", "https://", "//")) for k, v in a.items()
        if k in ("src", "href"))]


def test_one_chart_per_series_with_status_and_conflict_marks(html):
    assert html.count('<svg class="chart"') == 4  # quota, total, China, Turkey
    assert 'class="point conflict"' in html and 'class="point proposed"' in html
    assert re.search(r'<figure class="series has-conflict" data-series="KZ\|foreign_labour_quota', html)


def test_conflicts_warnings_and_recent_facts_are_listed(html):
    assert "kursiv.media" in html and "enbek.gov.kz" in html
    assert "children_exceed_total" in html
    assert '<mark class="figure">19800 единиц</mark>' in html
    assert '<a href="https://kursiv.media/2024">' in html
    assert "&lt;b&gt;без тегов&lt;/b&gt;" in html  # document text is escaped, never markup


def test_every_fact_is_marked_in_its_document(html):
    marks = re.findall(r'<details class="document"[^>]*data-facts="(\d+)"', html)
    assert sorted(map(int, marks)) == [1, 1, 1, 1, 1, 3]
    assert html.count('<mark class="entity"') == 8


def test_report_command_writes_the_file(tmp_path, capsys):
    import json
    from extractor.cli import main
    facts = tmp_path / "facts.jsonl"
    facts.write_text("\n".join(json.dumps(e.to_dict(), ensure_ascii=False)
                               for e in sample_extractions()), encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["report", "--input", str(facts), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count('<svg class="chart"') == 4
    assert str(out) in capsys.readouterr().out


def test_report_into_a_missing_folder_is_one_clear_error(tmp_path, capsys):
    import json
    from extractor.cli import main
    facts = tmp_path / "facts.jsonl"
    facts.write_text(json.dumps(sample_extractions()[0].to_dict(), ensure_ascii=False),
                     encoding="utf-8")
    assert main(["report", "--input", str(facts), "--out", str(tmp_path / "no" / "r.html")]) == 2
    err = capsys.readouterr().err
    assert "folder does not exist" in err and "Traceback" not in err


# -- in a real browser ------------------------------------------------------------------------
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium(tmp_path, *args):
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (CI installs it)")
def test_the_browser_renders_the_charts_and_the_marks(tmp_path, html):
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    result = chromium(tmp_path, "--dump-dom", page.as_uri())
    dom = result.stdout
    assert dom.count('<svg class="chart"') == 4, result.stderr[-2000:]
    assert dom.count('class="point conflict"') == 2
    assert dom.count('<mark class="entity"') == 8
    shot = tmp_path / "report.png"
    chromium(tmp_path, "--window-size=1280,1400", f"--screenshot={shot}", page.as_uri())
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# -- the main job on the bundled archive ---------------------------------------------------
def test_run_builds_the_store_and_writes_series_and_report_offline(tmp_path, capsys):
    import csv
    import json
    from extractor.cli import main
    out = tmp_path / "out"
    assert main(["run", "--db", str(tmp_path / "b.db"), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    for name in ("series.json", "series.csv", "readings.csv", "sources.csv", "report.html"):
        assert str(out / name) in printed
    series = json.loads((out / "series.json").read_text(encoding="utf-8"))
    assert any(s["indicator"] == "foreign_labour_quota" for s in series["series"])
    rows = list(csv.DictReader((out / "series.csv").read_text(encoding="utf-8").splitlines()))
    assert rows and all(r["series"] for r in rows)
    assert len({r["point_id"] for r in rows}) == len(rows)  # one row per point
    readings = list(csv.DictReader((out / "readings.csv").read_text(encoding="utf-8").splitlines()))
    assert {r["point_id"] for r in readings} == {r["point_id"] for r in rows}
    sources = (out / "sources.csv").read_text(encoding="utf-8")
    assert "file://" not in sources and str(tmp_path) not in sources
    assert '<svg class="chart"' in (out / "report.html").read_text(encoding="utf-8")
    # A second run recognises every document and loses nothing.
    assert main(["run", "--db", str(tmp_path / "b.db"), "--out", str(out)]) == 0
    assert json.loads((out / "series.json").read_text(encoding="utf-8")) == series


def test_lines_join_only_points_with_the_same_kind_of_time():
    document = doc("За 2023 год 100 патентов, за 2024 год 120, за девять месяцев 2025 года 90.")
    kw = dict(indicator="patents_issued", category="count", unit="patent")
    facts = [fact(document, "100", 100, period="2023", **kw),
             fact(document, "120", 120, period="2024", **kw),
             fact(document, "90", 90, period="2025-01/2025-09", **kw)]
    html = render_report([extraction(document, *facts)])
    assert html.count('class="trend"') == 1  # 2023-2024; nine months stand alone
    assert "2025-01…09" in html


@pytest.mark.parametrize("field", ["period", "status", "country", "category"])
def test_fields_of_a_crafted_facts_file_never_become_markup(field):
    """`report --input` takes any file: every field lands in the page escaped, wherever."""
    payload = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    document = doc("Квота на 2025 год: 19 400 единиц.")
    crafted = fact(document, "19 400 единиц", 19400, period="2025")
    if field == "period":
        crafted.time.period = payload
    elif field == "country":
        crafted.dimensions["country"] = payload
    else:
        setattr(crafted, field, payload)
    page = render_report([extraction(document, crafted)], generated="2026-01-01 00:00 UTC")
    parser = Collector()
    parser.feed(page)
    assert not [t for t, _ in parser.tags if t in ("script", "img")]
    assert "onerror=alert" not in page.replace("onerror=alert(2)&gt;", "")
