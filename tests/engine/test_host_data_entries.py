"""A sending state's text that gives a host's own figures ('по данным МВД России', 'данные
ФСБ РФ') counts those who went there to work as the host counts them: entries for work, by
their citizenship; its own figures, or those staying abroad, stay its citizens abroad by where
they are."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def facts(text: str, jurisdiction: str) -> list:
    document = Document(text=text, published="2024-05-06", jurisdiction=jurisdiction)
    return [(f.indicator, f.dimensions.get("country")) for f in extract(document).facts
            if f.value is not None]


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("По данным ФСБ России, за январь – март на заработки в Россию выехали 140 тыс. "
     "кыргызстанцев.", "KG", [("entries_for_work", "KG")]),
    ("За полгода на работу в Россию уехали 410 тысяч граждан Таджикистана. Такие сведения "
     "приводит МВД РФ.", "TJ", [("entries_for_work", "TJ")]),
    ("Согласно статистике российского МВД, в первом квартале на заработки в Россию выехали "
     "260 тыс. узбекистанцев.", "UZ", [("entries_for_work", "UZ")]),
])
def test_a_hosts_figures_of_departures_for_work_are_its_entries(text, jurisdiction, expected):
    assert facts(text, jurisdiction) == expected


@pytest.mark.parametrize("text, jurisdiction, expected", [
    # the state's own body: its people abroad, by where they went
    ("По данным Миграционной службы, за январь – март на заработки в Россию выехали 90 тыс. "
     "граждан Таджикистана.", "TJ", [("citizens_abroad", "RU")]),
    # no source named: the same
    ("За январь – март на заработки в Россию выехали 140 тыс. кыргызстанцев.", "KG",
     [("citizens_abroad", "RU")]),
])
def test_the_states_own_figures_stay_its_citizens_abroad(text, jurisdiction, expected):
    assert facts(text, jurisdiction) == expected


def test_a_host_source_in_another_paragraph_does_not_reach():
    text = ("МВД России опубликовало статистику въезда иностранцев.\n\n"
            "По данным министерства труда, за полгода на заработки в Россию выехали 300 тыс. "
            "граждан Таджикистана.")
    assert facts(text, "TJ") == [("citizens_abroad", "RU")]
