"""A measure the text dates years back is the history of the programme or the body it is
about, not news of a measure."""
import pytest

from engine_helpers import facts_of

LEAD = "Министерство труда сообщает о трудовой миграции.\n"


def measures(text: str) -> list:
    return [f for f in facts_of(LEAD + text, published="2025-10-31") if f.value is None]


@pytest.mark.parametrize("text", [
    "Программа сезонной занятости мигрантов в Великобритании запущена в 2019 году по "
    "инициативе британского правительства.",
    "Соглашение об организованном наборе трудовых мигрантов с Россией подписано в 2016 году.",
    "Межведомственная комиссия по трудовой миграции создана в 2012 году при правительстве.",
])
def test_a_measure_dated_years_back_is_history(text):
    assert measures(text) == []


@pytest.mark.parametrize("text", [
    # last year's deal is still news of the year told
    "В 2024 году подписано соглашение о найме трудовых мигрантов с Катаром.",
    # the sentence's own time is the present; the old year belongs to what came before
    "Правительство утвердило новые правила найма трудовых мигрантов: прежние действовали с "
    "2014 года.",
    "С 1 января введён запрет на наём трудовых мигрантов в такси.",
])
def test_a_measure_of_the_years_told_stays(text):
    assert [f.status for f in measures(text)] == ["adopted"]


@pytest.mark.parametrize("text, status", [
    # how long papers are reviewed tells how a procedure runs, not work under way
    ("Заявление мигранта на патент рассматривается в течение десяти рабочих дней.", None),
    ("Ходатайства работодателей о найме мигрантов рассматриваются в срок до 30 дней.", None),
    ("Документы кандасов рассматриваются не более двух месяцев.", None),
    # a bill or a question under review is still work under way or a proposal
    ("Вопрос о квоте для трудовых мигрантов рассматривается правительством.", "in_progress"),
])
def test_a_reviews_duration_is_no_measure(text, status):
    lead = "Министерство труда сообщает о трудовой миграции. Квота составит 10 тыс. человек.\n"
    found = [f.status for f in facts_of(lead + text) if f.value is None]
    assert found == ([status] if status else [])
