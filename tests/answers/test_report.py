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


@pytest.mark.parametrize("field", ["period", "status", "country", "region", "sector", "category",
                                   "review"])
def test_fields_of_a_crafted_facts_file_never_become_markup(field):
    """`report --input` takes any file: every field lands in the page escaped, wherever."""
    payload = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    document = doc("Квота на 2025 год: 19 400 единиц.")
    crafted = fact(document, "19 400 единиц", 19400, period="2025")
    if field == "period":
        crafted.time.period = payload
    elif field in ("country", "region", "sector"):
        crafted.dimensions[field] = payload
    elif field == "review":
        crafted.review = {"action": "corrected", "original": {"value": payload, payload: 1}}
    else:
        setattr(crafted, field, payload)
    page = render_report([extraction(document, crafted)], generated="2026-01-01 00:00 UTC")
    parser = Collector()
    parser.feed(page)
    assert not [t for t, _ in parser.tags if t in ("script", "img")]
    assert "onerror=alert" not in page.replace("onerror=alert(2)&gt;", "")


# -- at archive scale, linked, in Russian -------------------------------------------------
def ids_and_links(page):
    parser = Collector()
    parser.feed(page)
    ids = {a["id"] for _, a in parser.tags if "id" in a}
    links = [a["href"][1:] for t, a in parser.tags if t == "a" and a.get("href", "").startswith("#")]
    return ids, links, parser.tags


def test_every_chart_point_and_conflict_row_links_to_its_sentence(html):
    ids, links, tags = ids_and_links(html)
    assert links and all(link in ids for link in links)
    marks = {a["id"] for t, a in tags if t == "mark" and "id" in a}
    assert len(marks) == 8
    point_links = re.findall(r'<a href="#([^"]+)"><(?:circle|path) class="point', html)
    assert len(point_links) == 8 and set(point_links) <= marks  # every reading of every chart
    conflict_rows = html[html.index('<table class="conflicts"'):]
    conflict_rows = conflict_rows[:conflict_rows.index("</table>")]
    assert len(re.findall(r'class="sentence" href="#fact-', conflict_rows)) == 2


def test_a_proposed_value_stays_visible_next_to_the_adopted_one():
    draft = doc("Проект: квота на 2026 год – 24 360 единиц.", published="2025-09-18")
    order = doc("Приказ: квота на 2026 год – 24 250 единиц.", published="2025-12-20")
    page = render_report([
        extraction(draft, fact(draft, "24 360 единиц", 24360, period="2026", status="proposed")),
        extraction(order, fact(order, "24 250 единиц", 24250, period="2026", status="adopted"))])
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert re.search(r'<text [^>]*class="draft">24\u2009360</text>', svg)
    assert re.search(r'<text [^>]*>24\u2009250</text>', svg)


def label_boxes(svg):
    from extractor.answers.report import CHAR_WIDTH
    boxes = []
    for x, y, anchor, text in re.findall(r'<text x="([\d.-]+)" y="([\d.-]+)" text-anchor="(\w+)"'
                                         r'[^>]*>([^<]*)</text>', svg):
        x, y, width = float(x), float(y), len(text) * CHAR_WIDTH
        left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
        boxes.append((left, y - 11, left + width, y + 2, text))
    return boxes


def test_large_values_keep_their_axis_labels_inside_the_chart():
    document = doc("Зарегистрировано 1 234 567 890 и 2 345 678 901 иностранцев.")
    kw = dict(indicator="migration_registrations", category="count", unit="person")
    page = render_report([extraction(document,
                                     fact(document, "1 234 567 890", 1234567890, period="2024", **kw),
                                     fact(document, "2 345 678 901", 2345678901, period="2025", **kw))])
    svg = page[page.index("<svg"):page.index("</svg>")]
    axis = [b for b in label_boxes(svg) if b[4].startswith(("1\u2009", "2\u2009"))
            and b[4].count("\u2009") == 3]
    assert axis and min(b[0] for b in axis) >= 0


def test_point_labels_of_crowded_points_never_overlap():
    text = " ".join(f"на {day} число {1000 + day} человек." for day in range(1, 29))
    document = doc(text)
    kw = dict(indicator="foreign_workers_employed", category="count", unit="person")
    facts = [fact(document, f"{1000 + day} человек", 1000 + day, as_of=f"2025-02-{day:02d}", **kw)
             for day in range(1, 29)]
    page = render_report([extraction(document, *facts)])
    svg = page[page.index("<svg"):page.index("</svg>")]
    values = [b for b in label_boxes(svg) if b[4].startswith("1\u2009")]
    assert len(values) >= 3
    for i, a in enumerate(values):
        for b in values[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


def test_the_page_speaks_russian_with_an_english_switch_and_no_script(html):
    assert '<html lang="ru">' in html
    assert "Расхождения между источниками" in html and "Последние факты" in html
    assert '<input type="checkbox" id="english"' in html and '<label class="switch" for="english">' in html
    assert '#english:checked ~ .page .t[lang="ru"]' in html
    russian = re.findall(r'<span class="t" lang="ru">', html)
    english = re.findall(r'<span class="t" lang="en">', html)
    assert len(russian) == len(english) > 20
    assert "Conflicts between sources" in html  # the English words are there to switch to
    assert "6 документов" in html


@pytest.mark.parametrize("count, words", [(1, "1 документ"), (21, "21 документ"),
                                          (3, "3 документа"), (22, "22 документа"),
                                          (11, "11 документов"), (14, "14 документов"),
                                          (25, "25 документов")])
def test_russian_counts_take_the_right_form(count, words):
    from extractor.answers.report import counted
    assert f'lang="ru">{words}</span>' in counted(count, "document")


def test_a_corrected_fact_shows_its_original_value():
    document = doc("Квота на 2025 год: 19 500 единиц.")
    corrected = fact(document, "19 500 единиц", 19500, period="2025", status="adopted")
    corrected.review = {"action": "corrected", "original": {"value": 19400}, "by": "editor"}
    page = render_report([extraction(document, corrected)])
    assert "исправлено, было 19\u2009400" in page and "corrected, was 19\u2009400" in page
    recoded = fact(document, "19 500 единиц", 19500, period="2025", country="TR")
    recoded.review = {"action": "corrected", "original": {"country": "CN"}}
    assert "исправлено, было country CN" in render_report([extraction(document, recoded)])


def test_the_report_over_the_archive_and_5000_unrelated_documents_stays_under_5_mb(
        bundled_extractions):
    filler = ("Погода в столице: днём до плюс двадцати, вечером дождь. Концерт на площади "
              "перенесли на субботу, билеты остаются в силе. ") * 8
    unrelated = [extraction(doc(f"{number}. {filler}", published=f"2025-{number % 12 + 1:02d}-01"))
                 for number in range(5000)]
    page = render_report(bundled_extractions + unrelated)
    size = len(page.encode("utf-8"))
    assert size < 5_000_000, size
    assert "Концерт на площади" not in page  # documents with no fact are counted, not embedded
    assert "5000 без фактов" in page
    with_facts = sum(1 for e in bundled_extractions if e.facts)
    assert page.count('<details class="document"') == with_facts


def test_a_long_document_is_shown_by_the_paragraphs_with_its_facts():
    paragraphs = [f"Абзац {n} о погоде и концертах без чисел. " * 12 for n in range(20)]
    paragraphs[7] = "Квота на 2025 год составляет 19 400 единиц."
    document = doc("\n".join(paragraphs))
    page = render_report([extraction(document, fact(document, "19 400 единиц", 19400,
                                                    period="2025"))])
    view = page[page.index('<details class="document"'):]
    assert "Квота на 2025 год составляет" in view and "Абзац 3 " not in view
    assert '<p class="gap">…</p>' in view and 'id="fact-' in view


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (CI installs it)")
def test_in_the_browser_a_point_opens_its_document_at_the_sentence_and_english_switches(
        tmp_path, html):
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    target = re.search(r'<a href="#(fact-[0-9a-f]+)"><path class="point conflict"', html)[1]
    dom = chromium(tmp_path, "--dump-dom", f"{page.as_uri()}#{target}").stdout
    opened = re.findall(r'<details class="document"[^>]*\bopen\b[^>]*>', dom)
    assert len(opened) == 1
    view = dom[dom.index(opened[0]):]
    assert f'id="{target}"' in view[:view.index("</details>")]
    english = tmp_path / "english.html"
    english.write_text(html.replace('id="english"', 'id="english" checked', 1), encoding="utf-8")
    shots = []
    for name, source in (("ru.png", page), ("en.png", english)):
        chromium(tmp_path, "--window-size=1000,300", f"--screenshot={tmp_path / name}",
                 source.as_uri())
        shots.append((tmp_path / name).read_bytes())
    assert shots[0][:8] == b"\x89PNG\r\n\x1a\n" and shots[0] != shots[1]


@pytest.mark.parametrize("period, as_of, kind", [
    ("2024", None, "year"),
    ("2019-01/2019-12", None, "year"),
    ("2025-Q1", None, "quarter"),
    ("2025-01/2025-03", None, "quarter"),
    ("2025-09", None, "month"),
    ("2025-01/2025-09", None, "span:9"),
    ("2019/2023", None, "span:60"),
    (None, "2025-10-01", "date"),
    ("не период", None, "other"),
])
def test_points_joined_by_a_trend_line_cover_the_same_length_of_time(period, as_of, kind):
    from extractor.answers.report import time_kind
    from extractor.answers.series import Point
    assert time_kind(Point(period, as_of)) == kind
