"""A host state's count told by the press of another state (its police's detentions, its
expulsions, its patents) is of the region the headline names, even though that region is
not of the reporting state; a figure of the whole host state takes none."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def regions(text: str, jurisdiction: str) -> list:
    document = Document(text=text, published="2024-06-14", jurisdiction=jurisdiction)
    return [(f.value, f.dimensions.get("region")) for f in extract(document).facts
            if f.value is not None]


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("В Новосибирске задержаны мигранты\n\nПо данным консульства, в центре временного "
     "содержания находятся 35 кыргызстанцев, все они будут выдворены.", "KG",
     [(35, "RU-NVS")]),
    ("В Туркестанской области задержали нелегалов\n\nВ ходе рейда пограничники выявили 64 "
     "гражданина Узбекистана, нарушивших миграционное законодательство.", "UZ", [(64, "KZ-61")]),
])
def test_a_host_count_abroad_is_of_the_region_the_headline_names(text, jurisdiction, expected):
    assert regions(text, jurisdiction) == expected


def test_a_figure_of_the_whole_host_state_takes_no_region_of_the_headline():
    text = ("В Санкт-Петербурге открылось консульство\n\nПо данным ведомства, за год в Россию "
            "въехали 900 тыс. граждан Узбекистана, на миграционный учёт поставлены 800 тыс.")
    found = regions(text, "UZ")
    assert found and [region for _, region in found] == [None] * len(found)


def test_an_agency_dateline_is_no_place_of_the_figures():
    text = ("БИШКЕК, 3 мая — Агентство. Власти соседней страны выдворили 45 граждан Узбекистана, "
            "сообщили в посольстве.")
    assert [region for _, region in regions(text, "UZ")] == [None]
