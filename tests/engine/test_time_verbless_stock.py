"""A stock told with no verb at all: a place or a register in the locative, a dash and the
figure is what is there now, dated on the day of the text, not a flow of its month."""
import pytest

from engine_helpers import times_of

HEAD = "Миграционная служба сообщила о трудовых мигрантах.\n"


@pytest.mark.parametrize("text, published, value", [
    ("Данные привёл консульский департамент. «В «черном списке» России – почти 65 тыс. "
     "граждан нашей республики», – уточнил он.", "2019-03-14", 65000),
    ("В реестре контролируемых лиц числится 88 тыс. граждан республики, в черном списке – "
     "73 тыс.", "2025-09-02", 73000),
    ("«В России – 940 тыс., в Казахстане – около 41 тыс., в Турции – 18 тыс. трудовых "
     "мигрантов из республики», – назвал он.", "2023-06-07", 940000),
])
def test_a_place_and_a_dash_tell_a_stock_of_the_day(text, published, value):
    assert (value, None, published) in times_of(HEAD + text, published)


@pytest.mark.parametrize("text, published, value, period", [
    # a verb of an issue before it: the figure is what was issued, in the month of the text
    ("Больше всего патентов выдано в Москве – 61 тыс.", "2024-05-20", 61000, "2024-05"),
    ("В ходе рейда задержаны 40 иностранцев, выдворены в Узбекистан – 12 человек.",
     "2023-08-11", 12, "2023-08"),
])
def test_a_place_after_a_verb_of_issue_or_move_stays_a_flow(text, published, value, period):
    assert (value, period, None) in times_of(HEAD + text, published)
