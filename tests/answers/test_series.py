"""Series from facts: one point per time with all its sources, conflicts kept, statuses, checks."""
import json

import pytest

from extractor.answers.series import build_series, read_extractions, time_position, written_step
from fact_factories import doc, extraction, fact


def quota_doc(text, published, outlet, value, period="2025", quote=None, **kw):
    document = doc(text, published=published, outlet=outlet,
                   url=f"https://{outlet}/news/{published}")
    return extraction(document, fact(document, quote or text.split("составляет ")[1].rstrip("."),
                                     value, period=period, **kw))


def only_series(result, indicator="foreign_labour_quota"):
    found = [s for s in result.series.values() if s.indicator == indicator]
    assert len(found) == 1, [s.key for s in result.series.values()]
    return found[0]


def test_a_figure_reprinted_by_three_outlets_is_one_point_with_three_sources():
    result = build_series([quota_doc(f"{outlet}: квота на 2025 год составляет 19,4 тыс. единиц.",
                                     "2025-01-10", outlet, 19400)
                           for outlet in ("zakon.kz", "kursiv.media", "inform.kz")])
    series = only_series(result)
    [point] = series.ordered_points()
    assert point.value == 19400 and not point.conflict
    assert sorted(s.outlet for s in point.sources()) == ["inform.kz", "kursiv.media", "zakon.kz"]
    assert result.conflicts() == []


def test_two_outlets_with_different_values_are_a_conflict_with_both_sources():
    result = build_series([
        quota_doc("Квота на 2024 год составляет 23,5 тыс. единиц.", "2024-01-15", "enbek.kz", 23500,
                  period="2024"),
        quota_doc("Квота на 2024 год составляет 25,3 тыс. единиц.", "2024-01-20", "news.kz", 25300,
                  period="2024"),
    ])
    [(series, point)] = result.conflicts()
    assert point.time == "2024" and point.value is None
    assert sorted(r.value for r in point.readings) == [23500, 25300]
    assert {s.outlet for r in point.readings for s in r.sources} == {"enbek.kz", "news.kz"}
    out = result.to_dict()
    assert out["conflicts"][0]["time"] == "2024"
    assert len(out["conflicts"][0]["readings"]) == 2


def test_a_rounded_reprint_agrees_with_the_exact_figure():
    result = build_series([
        quota_doc("Квота на 2025 год составляет 19 412 единиц.", "2025-01-10", "a.kz", 19412),
        quota_doc("Квота на 2025 год составляет 19,4 тыс. единиц.", "2025-01-11", "b.kz", 19400),
    ])
    [point] = only_series(result).ordered_points()
    assert not point.conflict and point.value == 19412
    assert len(point.readings) == 2


def test_an_approximate_figure_agrees_but_a_different_round_number_does_not():
    agree = build_series([
        quota_doc("Квота на 2025 год составляет 19 400 единиц.", "2025-01-10", "a.kz", 19400),
        quota_doc("Квота на 2025 год составляет около 19 тысяч.", "2025-01-11", "b.kz", 19000,
                  qualifier="approx"),
    ])
    assert agree.conflicts() == []
    disagree = build_series([
        quota_doc("Квота на 2025 год составляет 19 400 единиц.", "2025-01-10", "a.kz", 19400),
        quota_doc("Квота на 2025 год составляет 20 тысяч.", "2025-01-11", "b.kz", 20000),
    ])
    assert len(disagree.conflicts()) == 1


def test_draft_and_adopted_order_are_two_statuses_of_one_point_the_adopted_current():
    result = build_series([
        quota_doc("Проект: квота на 2026 год составляет 24 000 единиц.", "2025-09-01", "gov.kz",
                  24000, period="2026", status="proposed"),
        quota_doc("Приказ подписан: квота на 2026 год составляет 23 100 единиц.", "2025-12-01",
                  "gov.kz", 23100, period="2026", status="adopted"),
    ])
    [point] = only_series(result).ordered_points()
    assert not point.conflict
    assert point.status == "adopted" and point.value == 23100
    assert {r.status for r in point.readings} == {"proposed", "adopted"}


def test_a_draft_alone_is_the_current_value_with_its_status():
    result = build_series([quota_doc("Проект: квота на 2026 год составляет 24 000 единиц.",
                                     "2025-09-01", "gov.kz", 24000, period="2026",
                                     status="proposed")])
    [point] = only_series(result).ordered_points()
    assert point.status == "proposed" and point.value == 24000


def test_a_change_with_the_old_levels_year_gives_both_levels():
    text = "Квота на 2026 год увеличена с 0,2% в 2025 году до 0,25% рабочей силы."
    document = doc(text, published="2025-11-01")
    change = fact(document, "с 0,2% в 2025 году до 0,25%", 0.25, previous=0.2, unit="percent",
                  period="2026", category="policy", status="adopted")
    series = only_series(build_series([extraction(document, change)]))
    points = {p.time: p for p in series.ordered_points()}
    assert set(points) == {"2025", "2026"}
    assert points["2025"].value == 0.2 and points["2026"].value == 0.25
    assert points["2025"].sources()[0].derived == "previous"


def test_a_change_without_the_old_levels_time_gives_only_the_new_level():
    text = "Увеличен размер квоты с 0,2% до 0,25%."
    document = doc(text)
    change = fact(document, "с 0,2% до 0,25%", 0.25, previous=0.2, unit="percent",
                  period="2026", category="policy", status="adopted")
    series = only_series(build_series([extraction(document, change)]))
    assert [(p.time, p.value) for p in series.ordered_points()] == [("2026", 0.25)]


def test_years_of_one_quota_form_one_series_and_percent_is_a_separate_series():
    docs = [quota_doc(f"Квота на {year} год составляет {value} единиц.", f"{year}-01-10",
                      "enbek.kz", value, period=str(year), quote=f"{value} единиц")
            for year, value in ((2022, 29000), (2023, 23560), (2024, 23500))]
    pct = doc("Квота составляет 0,25% рабочей силы.", published="2025-11-01")
    docs.append(extraction(pct, fact(pct, "0,25%", 0.25, unit="percent", period="2026")))
    result = build_series(docs)
    level = result.series["KZ|foreign_labour_quota||level"]
    assert [p.time for p in level.ordered_points()] == ["2022", "2023", "2024"]
    assert [p.value for p in result.series["KZ|foreign_labour_quota||percent"]
            .ordered_points()] == [0.25]


def test_breakdown_children_are_one_series_per_country_linked_to_their_total():
    months = []
    for as_of, total, cn, uz in (("2025-08-01", "14 100", "5 120", "2 540"),
                                 ("2025-09-01", "14 500", "5 260", "2 610")):
        text = (f"На {as_of} работают {total} иностранцев: из Китая – {cn}, "
                f"из Узбекистана – {uz}.")
        document = doc(text, published=as_of)
        kw = dict(indicator="foreign_workers_employed", category="count", unit="person",
                  as_of=as_of)
        parent = fact(document, total, float(total.replace(" ", "")), **kw)
        months.append(extraction(document, parent,
                                 fact(document, cn, float(cn.replace(" ", "")), country="CN",
                                      parent=parent, **kw),
                                 fact(document, uz, float(uz.replace(" ", "")), country="UZ",
                                      parent=parent, **kw)))
    result = build_series(months)
    keys = sorted(result.series)
    assert keys == ["KZ|foreign_workers_employed|country=CN|level",
                    "KZ|foreign_workers_employed|country=UZ|level",
                    "KZ|foreign_workers_employed||level"]
    china = result.series["KZ|foreign_workers_employed|country=CN|level"]
    assert china.parent == "KZ|foreign_workers_employed||level"
    assert [(p.as_of, p.value) for p in china.ordered_points()] == [
        ("2025-08-01", 5120), ("2025-09-01", 5260)]
    assert result.warnings == []


def test_undated_facts_and_facts_without_indicator_are_not_placed():
    document = doc("Квота составляет 19 400 единиц. Что-то иное составляет 5 единиц.")
    undated = fact(document, "19 400 единиц", 19400)
    unknown = fact(document, "5 единиц", 5, indicator=None, period="2025")
    assert build_series([extraction(document, undated, unknown)]).series == {}


def test_children_summing_to_more_than_the_total_are_flagged():
    text = "Работают 10 000 человек: из Китая – 6 000, из Турции – 5 000."
    document = doc(text)
    kw = dict(indicator="foreign_workers_employed", category="count", unit="person",
              as_of="2025-10-01")
    total = fact(document, "10 000", 10000, **kw)
    result = build_series([extraction(document, total,
                                      fact(document, "6 000", 6000, country="CN", parent=total, **kw),
                                      fact(document, "5 000", 5000, country="TR", parent=total, **kw))])
    [warning] = result.warnings
    assert warning.kind == "children_exceed_total" and "11000" in warning.message
    assert total.id in warning.fact_ids


def test_shares_over_100_percent_are_flagged():
    text = "Из Китая – 3 768 человек (125,6%), доля составляет 140%."
    document = doc(text)
    kw = dict(indicator="foreign_workers_employed", category="count", as_of="2025-10-01")
    child = fact(document, "3 768", 3768, unit="person", share_pct=125.6, country="CN", **kw)
    share = fact(document, "140%", 140, unit="percent", **kw)
    kinds = [w.kind for w in build_series([extraction(document, child, share)]).warnings]
    assert kinds == ["share_over_100", "share_over_100"]


def test_a_change_worded_as_an_increase_that_goes_down_is_flagged():
    text = ("Увеличен размер квоты с 0,25% до 0,2% при одновременном снижении квоты "
            "для трудовых иммигрантов с 3% до 2,9%.")
    document = doc(text)
    wrong = fact(document, "с 0,25% до 0,2%", 0.2, previous=0.25, unit="percent",
                 category="policy", period="2026")
    right = fact(document, "с 3% до 2,9%", 2.9, previous=3, unit="percent", category="policy",
                 period="2026", indicator="household_immigrant_quota")
    [warning] = build_series([extraction(document, wrong, right)]).warnings
    assert warning.kind == "change_wording" and warning.fact_ids == [wrong.id]


def test_a_stated_direction_that_disagrees_with_the_numbers_is_flagged():
    document = doc("Квоту изменили с 3% до 2,9%.")
    change = fact(document, "с 3% до 2,9%", 2.9, previous=3, unit="percent", category="policy",
                  direction="increase")
    assert [w.kind for w in build_series([extraction(document, change)]).warnings] == [
        "change_wording"]


@pytest.mark.parametrize("quote,value,step", [
    ("19,4 тыс. единиц", 19400, 100), ("20 тысяч", 20000, 1000), ("5 330 человек", 5330, 0),
    ("2,9%", 2.9, 0.1), ("3%", 3, 0), ("1,3 млн", 1_300_000, 100_000), ("шести", 6, 0)])
def test_rounding_comes_from_the_wording(quote, value, step):
    document = doc(f"Всего {quote}.")
    assert written_step(fact(document, quote, value)) == pytest.approx(step)


def test_extract_output_jsonl_reads_back_into_the_same_series():
    lines = []
    for outlet, value in (("a.kz", 23500), ("b.kz", 25300)):
        ext = quota_doc(f"Квота на 2024 год составляет {value} единиц.", "2024-01-15", outlet,
                        value, period="2024")
        lines.append(json.dumps(ext.to_dict(), ensure_ascii=False))
    result = build_series(read_extractions("\n".join(lines), "facts.jsonl"))
    assert len(result.conflicts()) == 1


def test_a_breakdown_item_without_a_time_stands_at_its_totals_time():
    document = doc("На 1 июля работают 15 812 иностранцев. Китай – 5 204 человека.")
    kw = dict(indicator="foreign_workers_employed", category="count", unit="person")
    total = fact(document, "15 812", 15812, as_of="2025-07-01", **kw)
    child = fact(document, "5 204", 5204, country="CN", parent=total, **kw)
    result = build_series([extraction(document, total, child)])
    china = result.series["KZ|foreign_workers_employed|country=CN|level"]
    assert [p.as_of for p in china.ordered_points()] == ["2025-07-01"]


def test_selection_by_jurisdiction_indicator_country_and_period():
    from extractor.answers.series import select
    document = doc("В 2024 году 100 единиц, в 2025 году 200 единиц. Из Китая – 50.")
    facts = [fact(document, "100 единиц", 100, period="2024"),
             fact(document, "200 единиц", 200, period="2025"),
             fact(document, "50", 50, period="2025", country="CN",
                  indicator="foreign_workers_employed")]
    result = build_series([extraction(document, *facts)])
    assert sorted(select(result, country="cn").series) == [
        "KZ|foreign_workers_employed|country=CN|level"]
    only_2025 = select(result, indicator="foreign_labour_quota", period="2025")
    assert [p.time for s in only_2025.series.values() for p in s.ordered_points()] == ["2025"]
    assert select(result, jurisdiction="UZ").series == {}


# -- the command ----------------------------------------------------------------------
def write_input(tmp_path, extractions):
    path = tmp_path / "facts.jsonl"
    path.write_text("\n".join(json.dumps(e.to_dict(), ensure_ascii=False) for e in extractions),
                    encoding="utf-8")
    return str(path)


CONFLICTED = [
    quota_doc("Квота на 2024 год составляет 18,9 тыс. единиц.", "2023-12-27", "enbek.gov.kz",
              18900, period="2024"),
    quota_doc("Квота на 2024 год составляет 19,8 тыс. единиц.", "2024-01-09", "kursiv.media",
              19800, period="2024"),
    quota_doc("Квота на 2025 год составляет 19 382 единиц.", "2025-01-08", "enbek.gov.kz",
              19382, period="2025"),
]


def test_series_json_follows_the_published_schema(tmp_path, capsys):
    import jsonschema
    from importlib.resources import files
    from extractor.cli import main
    assert main(["series", "--input", write_input(tmp_path, CONFLICTED), "--format", "json"]) == 0
    output = json.loads(capsys.readouterr().out)
    schema = json.loads(files("extractor").joinpath("schemas/series.schema.json").read_text())
    jsonschema.validate(output, schema)
    assert [c["time"] for c in output["conflicts"]] == ["2024"]


def test_series_csv_has_a_row_per_point_with_the_conflict_marked(tmp_path, capsys):
    import csv
    from extractor.cli import main
    assert main(["series", "--input", write_input(tmp_path, CONFLICTED), "--format", "csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert [(r["period"], r["value"], r["value_min"], r["value_max"], r["conflict"],
             r["source_count"]) for r in rows] == [
        ("2024", "", "18900", "19800", "true", "2"), ("2025", "19382", "19382", "19382", "false", "1")]


def test_series_table_filters_by_period_and_says_conflict(tmp_path, capsys):
    from extractor.cli import main
    assert main(["series", "--input", write_input(tmp_path, CONFLICTED), "--period", "2024"]) == 0
    out = capsys.readouterr().out
    assert "CONFLICT 18900 (enbek.gov.kz) vs 19800 (kursiv.media)" in out
    assert "19382" not in out


def test_series_on_a_missing_store_is_one_clear_error(tmp_path, capsys):
    from extractor.cli import main
    assert main(["series", "--db", str(tmp_path / "none.db")]) == 2
    err = capsys.readouterr().err
    assert "no such store" in err and "Traceback" not in err


# -- end to end: the bundled archive read by the extraction engine ------------------------
@pytest.fixture(scope="module")
def archive_series(bundled_extractions):
    return build_series(bundled_extractions)


def test_archive_years_of_the_quota_form_one_series_with_the_planted_conflict(archive_series):
    quota = archive_series.series["KZ|foreign_labour_quota||level"]
    assert [p.time for p in quota.ordered_points()] == ["2021", "2022", "2023", "2024", "2025",
                                                        "2026"]
    [(series, point)] = [(s, p) for s, p in archive_series.conflicts()
                         if s.key == "KZ|foreign_labour_quota||level"]
    assert point.time == "2024"
    assert {(r.value, s.outlet) for r in point.readings for s in r.sources} == {
        (18900, "enbek.gov.kz"), (19800, "kursiv.media")}
    points = {p.time: p for p in quota.ordered_points()}
    assert {s.outlet for s in points["2025"].sources()} == {"zakon.kz", "enbek.gov.kz"}
    assert points["2026"].status == "adopted" and points["2026"].value == 24250
    assert {r.status for r in points["2026"].readings} == {"proposed", "adopted"}


def test_archive_monthly_counts_form_one_series_per_country(archive_series):
    months = ["2025-06-01", "2025-07-01", "2025-08-01", "2025-09-01", "2025-10-01"]
    total = archive_series.series["KZ|foreign_workers_employed||level"]
    assert [p.time for p in total.ordered_points()] == months
    for country in ("CN", "UZ", "TR", "IN"):
        key = f"KZ|foreign_workers_employed|country={country}|level"
        assert [p.time for p in archive_series.series[key].ordered_points()] == months, key
        assert archive_series.series[key].parent == total.key


def test_the_jurisdictions_own_country_is_the_national_series_not_a_breakdown():
    document = doc("В Казахстане работают 16 935 иностранцев.")
    national = fact(document, "16 935", 16935, indicator="foreign_workers_employed",
                    category="count", unit="person", as_of="2025-10-01", country="KZ")
    assert list(build_series([extraction(document, national)]).series) == [
        "KZ|foreign_workers_employed||level"]


def test_one_document_with_two_values_is_set_apart_from_sources_that_disagree():
    document = doc("В 2022 году за рубежом работали 2 млн граждан, трудоустроены 46 213.")
    kw = dict(indicator="citizens_abroad", category="count", unit="person", period="2022")
    result = build_series([extraction(document, fact(document, "2 млн", 2_000_000, **kw),
                                      fact(document, "46 213", 46213, **kw))])
    assert result.conflicts() == []
    [(series, point)] = result.conflicts("document")
    assert point.value is None and point.conflict_kind == "document"
    assert result.to_dict()["conflicts"][0]["kind"] == "document"


def test_a_fact_without_jurisdiction_takes_the_one_its_document_names():
    document = doc("В Казахстане работают 16 935 иностранцев, из Китая – 5 580.", jurisdiction=None)
    kw = dict(indicator="foreign_workers_employed", category="count", unit="person",
              as_of="2025-10-01")
    total = fact(document, "16 935", 16935, **kw)
    total.jurisdiction = "KZ"
    child = fact(document, "5 580", 5580, country="CN", parent=total, **kw)
    assert child.jurisdiction is None
    assert sorted(build_series([extraction(document, total, child)]).series) == [
        "KZ|foreign_workers_employed|country=CN|level", "KZ|foreign_workers_employed||level"]


@pytest.mark.parametrize("period, as_of, expected", [
    ("2025", None, 2025.0),
    ("2025-Q3", None, 2025.5),
    ("2025-10", None, 2025.75),
    ("2025-01/2025-10", None, 2025.75),
    ("2019/2023", None, 2023.0),
    ("2025", "2025-10-01", 2025.75),
    ("осенью", None, 0.0),
    (None, None, 0.0),
])
def test_a_time_stands_on_the_chart_at_the_start_of_its_last_part(period, as_of, expected):
    assert time_position(period, as_of) == pytest.approx(expected)
