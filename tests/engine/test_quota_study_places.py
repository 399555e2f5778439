"""Places a host state allots for a sending state's students, told as places ('370 бюджетных
мест', '630 мест для студентов из Таджикистана', '800 мест на обучение'), are a study quota even
where the sentence has no word 'квота'; jobs ('рабочих мест') are none."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document

LEAD = "Посол рассказал журналистам о сотрудничестве в сфере образования и миграции. "


def quotas(text: str, jurisdiction: str) -> dict[float, tuple]:
    facts = extract(Document(text=LEAD + text, published="2025-10-31", jurisdiction=jurisdiction)).facts
    return {f.value: (f.category, f.indicator) for f in facts if f.value is not None}


@pytest.mark.parametrize("text, jurisdiction, value", [
    ("В наступающем году российская сторона выделит студентам из Узбекистана 800 бюджетных мест.", "UZ", 800),
    ("Для студентов из Таджикистана выделено более 630 мест в российских вузах.", "TJ", 630),
    ("На этот учебный год абитуриентам из Кыргызстана предоставлено 450 мест.", "KG", 450),
    ("Россия предусмотрела для граждан республики 1 000 мест на обучение за счёт бюджета.", "TJ", 1000),
])
def test_places_for_students_are_a_study_quota(text, jurisdiction, value):
    assert quotas(text, jurisdiction).get(value) == ("quota", "foreign_student_quota")


def test_jobs_are_no_study_places():
    found = quotas("Новый завод в Самарканде создаст 300 рабочих мест для выпускников вузов.", "UZ")
    assert found.get(300, (None, None))[1] != "foreign_student_quota"
