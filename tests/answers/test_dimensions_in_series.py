"""Repeats, regions and sector codes in series: what a reader of a series sees."""
from extractor.answers.series import build_series, select
from extractor.engine.pipeline import extract
from extractor.records import Document
from fact_factories import doc, extraction, fact


def test_a_figure_repeated_in_headline_lead_and_body_is_one_source_with_its_mentions():
    text = ("Квота на 2025 год – 19,4 тыс. единиц. Правительство утвердило квоту: 19,4 тыс. "
            "единиц. По словам министра, 19,4 тыс. единиц хватит работодателям.")
    document = doc(text, outlet="zakon.kz")
    facts = [fact(document, "19,4 тыс. единиц", 19400, occurrence=i, period="2025")
             for i in range(3)]
    assert len({f.id for f in facts}) == 3  # one fact per mention
    [series] = build_series([extraction(document, *facts)]).series.values()
    [point] = series.ordered_points()
    [source] = point.sources()  # not three sources that look like three outlets
    assert source.fact_id == facts[0].id
    assert [m["fact_id"] for m in source.mentions] == [facts[1].id, facts[2].id]
    assert source.to_dict()["mentions"][0]["quote"] == "19,4 тыс. единиц"


def test_reprints_in_other_documents_stay_separate_sources():
    first = doc("Квота на 2025 год – 19,4 тыс. единиц.", outlet="zakon.kz", published="2025-01-10")
    second = doc("Квота на 2025 год составила 19,4 тыс. единиц.", outlet="inform.kz",
                 published="2025-01-11")
    result = build_series([extraction(d, fact(d, "19,4 тыс. единиц", 19400, period="2025"))
                           for d in (first, second)])
    [series] = result.series.values()
    assert len(series.ordered_points()[0].sources()) == 2


def test_a_regional_quota_is_its_own_series_and_selectable():
    text = "Квота на 2025 год: по стране 19,4 тыс. единиц, в Мангистауской области 3 200 единиц."
    document = doc(text)
    national = fact(document, "19,4 тыс. единиц", 19400, period="2025")
    regional = fact(document, "3 200 единиц", 3200, period="2025", region="KZ-47")
    result = build_series([extraction(document, national, regional)])
    assert sorted(s.key for s in result.series.values()) == [
        "KZ|foreign_labour_quota|region=KZ-47|level", "KZ|foreign_labour_quota||level"]
    [chosen] = select(result, region="kz-47").series.values()
    assert chosen.ordered_points()[0].value == 3200


def test_sector_codes_select_by_section_and_old_slugs_read_as_codes():
    text = "Иностранцы заняты в строительстве – 5 290, в грузоперевозках – 410, в торговле – 90."
    document = doc(text, jurisdiction="KZ")
    facts = [fact(document, "5 290", 5290, sector="construction", category="count",
                  indicator="foreign_workers_employed", period="2025"),
             fact(document, "410", 410, sector="49.41", category="count",
                  indicator="foreign_workers_employed", period="2025"),
             fact(document, "90", 90, sector="G", category="count",
                  indicator="foreign_workers_employed", period="2025")]
    result = build_series([extraction(document, *facts)])
    assert {s.dimensions["sector"] for s in result.series.values()} == {"F", "49.41", "G"}
    assert [s.dimensions["sector"] for s in select(result, sector="H").series.values()] == ["49.41"]
    assert [s.dimensions["sector"] for s in select(result, sector="49").series.values()] == ["49.41"]
    assert [s.dimensions["sector"] for s in select(result, sector="F").series.values()] == ["F"]


def test_extracted_regional_facts_fill_a_regional_series():
    text = ("Министерство труда РК сообщает о квоте.\nКвота на привлечение иностранной рабочей "
            "силы на 2025 год по регионам: Алматы – 5 000 единиц, Мангистауская область — 900 единиц.")
    extracted = extract(Document(text=text, published="2025-01-10"))
    keys = {s.key for s in build_series([extracted]).series.values()}
    assert {"KZ|foreign_labour_quota|region=KZ-75|level",
            "KZ|foreign_labour_quota|region=KZ-47|level"} <= keys
