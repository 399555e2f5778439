"""`check`: a claimed figure against stored facts, judged by the claim's own precision."""
import pytest

from extractor.answers.factcheck import check, check_fact
from extractor.answers.series import build_series
from fact_factories import doc, extraction, fact


def stored(*items):
    """Stored quota facts: (outlet, text, quote, value, period[, status])."""
    result = []
    for outlet, text, quote, value, period, *status in items:
        document = doc(text, published=f"{period}-01-20", outlet=outlet,
                       url=f"https://{outlet}/{period}/{value}")
        result.append(extraction(document, fact(document, quote, value, period=period,
                                                status=status[0] if status else "adopted")))
    return result


ARCHIVE = stored(
    ("enbek.gov.kz", "Квота на 2025 год установлена в размере 19 412 единиц.", "19 412 единиц",
     19412, "2025"),
    ("zakon.kz", "На 2025 год квота ИРС составляет 19,4 тыс. единиц.", "19,4 тыс. единиц",
     19400, "2025"),
    ("enbek.gov.kz", "Квота на 2024 год утверждена: 23,5 тыс. единиц.", "23,5 тыс. единиц",
     23500, "2024"),
    ("kapital.kz", "Квота на 2024 год составила 25,3 тыс. единиц.", "25,3 тыс. единиц",
     25300, "2024"),
    ("enbek.gov.kz", "Проект: квота на 2026 год – 26 000 единиц.", "26 000 единиц", 26000,
     "2026", "proposed"),
    ("enbek.gov.kz", "Приказ подписан: квота на 2026 год – 24 300 единиц.", "24 300 единиц",
     24300, "2026", "adopted"),
)


def claim(text, quote, value, period="2025", qualifier="exact", **kw):
    document = doc(text, published="2026-01-10")
    return fact(document, quote, value, period=period, qualifier=qualifier, **kw)


def verdict_of(claim_fact, extractions=ARCHIVE):
    return check_fact(claim_fact, build_series(extractions).series.values())


@pytest.mark.parametrize("text,quote,value,qualifier,expected", [
    ("Квота составила 19,4 тыс.", "19,4 тыс.", 19400, "exact", "supported"),
    ("Квота составила 19 412 единиц.", "19 412", 19412, "exact", "supported"),
    ("Квота – около 19 тысяч.", "19 тысяч", 19000, "approx", "supported"),
    ("Квота – более 19 тысяч.", "19 тысяч", 19000, "more_than", "supported"),
    ("Квота составила 20 тысяч.", "20 тысяч", 20000, "exact", "contradicted"),
    ("Квота составила 19 500 единиц.", "19 500", 19500, "exact", "contradicted"),
    ("Квота – менее 19 тысяч.", "19 тысяч", 19000, "less_than", "contradicted"),
])
def test_qualifiers_and_the_claims_own_rounding_decide(text, quote, value, qualifier, expected):
    verdict = verdict_of(claim(text, quote, value, qualifier=qualifier))
    assert verdict.status == expected, verdict.message


def test_a_supported_claim_names_its_sources():
    verdict = verdict_of(claim("Квота составила 19,4 тыс.", "19,4 тыс.", 19400))
    assert {s.outlet for r in verdict.matching for s in r.sources} == {"enbek.gov.kz", "zakon.kz"}


def test_a_contradicted_claim_says_what_the_sources_give_and_who_said_it():
    verdict = verdict_of(claim("Квота составила 20 тысяч.", "20 тысяч", 20000))
    assert "19 412" in verdict.message and "enbek.gov.kz" in verdict.message
    assert "2025-01-20" in verdict.message


def test_sources_that_disagree_make_the_answer_conflicting():
    verdict = verdict_of(claim("Квота на 2024 год – 23,5 тыс.", "23,5 тыс.", 23500,
                               period="2024"))
    assert verdict.status == "conflicting"
    assert "23 500" in verdict.message and "25 300" in verdict.message


def test_a_claim_with_the_draft_figure_is_contradicted_by_the_adopted_order():
    verdict = verdict_of(claim("Квота на 2026 год – 26 000 единиц.", "26 000", 26000,
                               period="2026"))
    assert verdict.status == "contradicted"
    assert "24 300" in verdict.message and "proposed" in verdict.message


def test_an_unknown_year_is_not_found_with_the_nearest_facts():
    verdict = verdict_of(claim("Квота на 2019 год – 49 тысяч.", "49 тысяч", 49000, period="2019"))
    assert verdict.status == "not_found"
    assert [p.time for _, p in verdict.nearest][:1] == ["2024"]


def test_another_breakdown_or_jurisdiction_is_not_the_same_figure():
    by_country = verdict_of(claim("Из Китая – 19,4 тыс.", "19,4 тыс.", 19400, country="CN"))
    assert by_country.status == "not_found"
    other = claim("Квота составила 19,4 тыс.", "19,4 тыс.", 19400)
    other.jurisdiction = "UZ"
    assert verdict_of(other).status == "not_found"


def test_the_country_of_a_national_figure_counts_as_its_jurisdiction():
    verdict = verdict_of(claim("Квота в Казахстане – 19,4 тыс.", "19,4 тыс.", 19400, country="KZ"))
    assert verdict.status == "supported"


def test_a_claim_without_a_figure_is_not_found_and_says_why():
    verdict = check("Министерство провело брифинг о миграции.", ARCHIVE, published="2026-01-10")
    assert verdict.status == "not_found" and "no checkable figure" in verdict.message


# -- end to end: the claim is read by the extraction engine -------------------------------
CLAIMS = [
    ("В 2025 году квота на иностранную рабочую силу в Казахстане составила 19,4 тыс.",
     "supported"),
    ("Квота на привлечение иностранной рабочей силы в Казахстане на 2025 год составляет около "
     "19 тысяч единиц.", "supported"),
    ("В 2025 году квота на привлечение иностранной рабочей силы в Казахстане составила "
     "20 тысяч единиц.", "contradicted"),
    ("В 2019 году квота на привлечение иностранной рабочей силы в Казахстане составила "
     "49 тысяч единиц.", "not_found"),
]


@pytest.mark.parametrize("text,expected", CLAIMS)
def test_claims_read_by_the_engine_get_the_right_answer(text, expected):
    verdict = check(text, ARCHIVE, published="2026-01-10")
    assert verdict.status == expected, verdict.to_dict()


# -- the command ----------------------------------------------------------------------------
def archive_file(tmp_path):
    import json
    path = tmp_path / "facts.jsonl"
    path.write_text("\n".join(json.dumps(e.to_dict(), ensure_ascii=False) for e in ARCHIVE),
                    encoding="utf-8")
    return str(path)


def test_check_command_prints_the_verdict_and_the_sources(tmp_path, capsys):
    from extractor.cli import main
    assert main(["check", CLAIMS[0][0], "--input", archive_file(tmp_path),
                 "--published", "2026-01-10"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("SUPPORTED:")
    assert "«19 412 единиц»" in out and "https://enbek.gov.kz/2025/19412" in out


def test_check_command_json_carries_status_nearest_and_claim(tmp_path, capsys):
    import json
    from extractor.cli import main
    assert main(["check", CLAIMS[3][0], "--input", archive_file(tmp_path), "--json",
                 "--published", "2026-01-10"]) == 5  # not found
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["status"] == "not_found"
    [item] = verdict["items"]
    assert item["claim"]["time"]["period"] == "2019"
    assert item["nearest"][0]["key"] == "2024"


def test_check_command_rejects_a_bad_date_in_one_line(tmp_path, capsys):
    from extractor.cli import main
    assert main(["check", "квота 5 тыс.", "--input", archive_file(tmp_path),
                 "--published", "31.10.2025"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.parametrize("claim_index,exit_code", [(0, 0), (3, 5)])
def test_check_exit_code_tells_the_verdict(tmp_path, capsys, claim_index, exit_code):
    from extractor.cli import main
    assert main(["check", CLAIMS[claim_index][0], "--input", archive_file(tmp_path),
                 "--published", "2026-01-10"]) == exit_code


@pytest.fixture(scope="module")
def archive_store(bundled_extractions):
    return bundled_extractions


@pytest.mark.parametrize("text,expected", [
    ("В 2025 году квота на иностранную рабочую силу в Казахстане составила 19,4 тыс.",
     "supported"),
    ("Квота на привлечение иностранной рабочей силы в Казахстане на 2023 год – 25 тысяч единиц.",
     "contradicted"),
    ("В 2024 году квота на привлечение иностранной рабочей силы в Казахстане составила "
     "18,9 тыс. единиц.", "conflicting"),
    ("В 2019 году квота на привлечение иностранной рабочей силы в Казахстане составила "
     "49,1 тыс. единиц.", "not_found"),
])
def test_claims_against_the_bundled_archive(archive_store, text, expected):
    verdict = check(text, archive_store, published="2026-01-10")
    assert verdict.status == expected, verdict.message


def test_a_regional_quota_is_checked_against_its_region_not_the_national_figure():
    document = doc("Квота на 2025 год: по стране 19 412 единиц, в Мангистауской области "
                   "3 200 единиц; в Атырауской области 4 100 единиц.", published="2025-01-20",
                   outlet="enbek.gov.kz")
    archive = [extraction(document,
                          fact(document, "19 412 единиц", 19412, period="2025"),
                          fact(document, "3 200 единиц", 3200, period="2025", region="KZ-47"),
                          fact(document, "4 100 единиц", 4100, period="2025", region="KZ-23"))]
    right = verdict_of(claim("В Мангистау квота – 3 200 единиц.", "3 200", 3200, region="KZ-47"),
                       archive)
    wrong = verdict_of(claim("В Мангистау квота – 4 100 единиц.", "4 100", 4100, region="KZ-47"),
                       archive)
    national = verdict_of(claim("Квота составила 19 412 единиц.", "19 412", 19412), archive)
    assert (right.status, wrong.status, national.status) == ("supported", "contradicted", "supported")
