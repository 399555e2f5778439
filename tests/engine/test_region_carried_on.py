"""A region a regional report has pointed back to holds for the sentences after it.

'Сейчас на миграционном учёте в регионе состоят 11 918 иностранцев. ... Для работы оформили
6 535 патентов': once a figure is told as the region's ('в регионе', 'в области'), the next
sentences of a regional report go on about that region without naming it again, until a
sentence names another region, or places its figures in a state or abroad.
"""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document

URL = "https://news.example.ru/region/2024/02/20/item.html"


def region_of(text: str, value: float):
    extraction = extract(Document(text=text, published="2024-02-20", url=URL))
    found = [f for f in extraction.facts if f.value == value]
    assert len(found) == 1, [(f.value, f.evidence.text) for f in extraction.facts]
    return found[0].dimensions.get("region")


CARRIED = [
    ("Мигранты в цифрах\n\nВ правительстве озвучили свежие данные по Вологодской области о миграционной "
     "обстановку.\n\nНа миграционном учёте в регионе сейчас состоят 11 918 иностранных граждан.\n\n"
     "Для работы иностранцам оформили 6 535 патентов и разрешений на работу.", 6535, "RU-VLG"),
    ("Итоги года\n\nУправление по вопросам миграции УМВД по Омской области подвело итоги.\n\n"
     "За год в области оформлено 8 400 патентов.\n\nЗа нарушения выдворены 312 иностранцев.",
     312, "RU-OMS"),
    ("Итоги полугодия\n\nВ акимате Карагандинской области рассказали о трудовой миграции.\n\n"
     "В регионе работают 1 250 иностранных специалистов.\n\nКроме того, выдано 430 разрешений "
     "на работу.", 430, "KZ-35"),
    # the states people come from are no place of the figure
    ("Итоги полугодия\n\nВ акимате Карагандинской области рассказали о трудовой миграции.\n\n"
     "В регионе работают 1 250 иностранных специалистов.\n\nИз Китая – 400 человек, из Турции – "
     "210.", 210, "KZ-35"),
]

NOT_CARRIED = [
    # the sentence before names two regions: the count may be of both
    ("Мигранты в цифрах\n\nМиграционная служба Петербурга подвела итоги года.\n\nВ регионе "
     "оформлено 238 тыс. патентов.\n\nСлужба Петербурга и Ленинградской области выдала визы. "
     "На учёт в двух регионах поставлены 2,7 млн иностранцев.", 2700000),
    # a figure placed abroad is not the region's
    ("Трудовая миграция\n\nВ хокимияте Самаркандской области обсудили занятость.\n\nВ регионе "
     "трудоустроены 4 100 человек.\n\nЗа рубежом работают 2,6 млн граждан Узбекистана.",
     2600000),
]


@pytest.mark.parametrize("text, value, region", CARRIED)
def test_region_holds_for_the_sentences_after(text, value, region):
    assert region_of(text, value) == region


@pytest.mark.parametrize("text, value", NOT_CARRIED)
def test_region_breaks_on_another_place(text, value):
    assert region_of(text, value) is None
