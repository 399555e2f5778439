"""A page that calls its own people 'из республики' ('абитуриентов из республики', 'выпускников из
республики') with no state after it is written from that republic, the one of the sending states
it names most; so the study places a host allots to them are the host's offer there. Without
the words, or with the republic named ('из республики Таджикистан'), the page is read as before."""
import pytest

from extractor.api import extract_text

ALLOTTED = "Правительство РФ выделило 1 200 бюджетных мест для граждан Таджикистана. "


@pytest.mark.parametrize("text, expected", [
    ("Россия расширит квоту для студентов\n" + ALLOTTED + "Желающих учиться в России абитуриентов "
     "из республики с каждым годом становится больше, отметил Михаил Мишустин.", "RU"),
    ("Больше мест в российских вузах\nИнтерес к учёбе в России у выпускников из республики растёт: в "
     "этом году Москва предусмотрела 800 бюджетных мест для граждан Кыргызстана, сообщило посольство "
     "РФ.", "RU"),
    # no own people named so: the host's page, places by citizenship
    ("Россия расширит квоту для студентов\n" + ALLOTTED + "Желающих учиться в России абитуриентов "
     "с каждым годом становится больше, отметил Михаил Мишустин.", "TJ"),
    # the republic named after the word: anyone's press
    ("Россия расширит квоту для студентов\n" + ALLOTTED + "Абитуриенты из республики Таджикистан с "
     "каждым годом всё чаще выбирают Россию, отметил Михаил Мишустин.", "TJ"),
])
def test_own_people_from_the_republic_make_the_page_theirs(text, expected):
    extraction = extract_text(text, published="2025-03-03")
    countries = [f.dimensions.get("country") for f in extraction.facts
                 if f.indicator == "foreign_student_quota" and f.value]
    assert countries and countries[0] == expected
