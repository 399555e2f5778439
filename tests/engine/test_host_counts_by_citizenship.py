"""A host's amnesty, lifted bans and black list count the sending state's own people by
their citizenship, whoever reports them: 'МВД России' or 'черный список России' names the
host, not the people's state."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def countries(text: str, jurisdiction: str) -> list:
    document = Document(text=text, published="2024-06-14", jurisdiction=jurisdiction)
    return [f.dimensions.get("country") for f in extract(document).facts if f.value is not None]


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("Под миграционную амнистию в России в прошлом году попали свыше 120 тысяч таджикистанцев.",
     "TJ", ["TJ"]),
    ("Миграционную амнистию в Российской Федерации применили к 64 тысячам наших граждан.",
     "KG", ["KG"]),
    ("Миграционная амнистия в России затронула около 90 тыс. граждан Узбекистана.", "UZ", ["UZ"]),
])
def test_an_amnesty_abroad_counts_the_people_by_their_citizenship(text, jurisdiction, expected):
    assert countries(text, jurisdiction) == expected


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("МВД России сняло запрет на въезд для 36 тысяч граждан республики.", "UZ", ["UZ"]),
    ("Власти РФ отменили запрет на въезд 18 тысячам граждан республики.", "TJ", ["TJ"]),
    ("Из черного списка России выведут 25 тыс. мигрантов страны.", "KG", ["KG"]),
])
def test_a_host_body_names_the_host_not_the_people(text, jurisdiction, expected):
    assert countries(text, jurisdiction) == expected


def test_people_of_another_state_keep_theirs():
    # the host's body does not make the reporting state the people's own
    assert countries("МВД России сняло запрет на въезд для 7 тысяч граждан Таджикистана.",
                     "UZ") == ["TJ"]
