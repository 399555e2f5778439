"""Study places a host allots to a sending state's citizens are the host's offer on a page
written from that sending state (its dateline, its agencies, how it names its people): their
country is the host, not the citizenship. The host's own press keeps the citizenship
(corpora/README.md, Places for a sending state's citizens)."""
import pytest

from extractor.api import extract_text


@pytest.mark.parametrize("text, expected", [
    ("Россия выделила места для студентов из Кыргызстана\nБИШКЕК. На будущий учебный год Россия "
     "выделила 500 бюджетных мест для граждан Кыргызстана, сообщили в посольстве РФ. Отбор пройдёт "
     "весной.", "RU"),
    ("Кыргызстанцы смогут бесплатно учиться в России\nБишкек, 12 февраля. Российская сторона "
     "предусмотрела 650 бюджетных мест для граждан Кыргызстана в своих вузах, рассказал посол РФ. "
     "Заявки кыргызстанцы подают до апреля.", "RU"),
    # the host's own press: the places are by citizenship
    ("Правительство выделило места для иностранных студентов\nМОСКВА, 3 марта — ТАСС. Правительство "
     "РФ выделило 900 бюджетных мест для граждан Таджикистана в российских вузах на будущий "
     "учебный год.", "TJ"),
])
def test_places_for_own_citizens_are_the_hosts_offer(text, expected):
    extraction = extract_text(text, published="2025-03-03")
    countries = [f.dimensions.get("country") for f in extraction.facts
                 if f.indicator == "foreign_student_quota" and f.value]
    assert countries and countries[0] == expected
