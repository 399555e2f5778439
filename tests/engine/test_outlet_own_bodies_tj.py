"""A Tajik page names its own bodies with no state ('министр труда, миграции и занятости
населения', 'Маджлиси милли'); a neighbour's press adds 'Таджикистана'. Such a page is written
from Tajikistan, so the partner of an agreement it tells with Russia is Russia; the same
text naming the body with its state stays read from the jurisdiction."""
import pytest

from extractor.api import extract_text

RATIFIED = ("Нижняя палата парламента ратифицировала протокол об изменениях в соглашение "
            "Таджикистана и России о трудовой деятельности граждан двух стран.")


@pytest.mark.parametrize("text, expected", [
    ("Депутаты одобрили поправки в соглашение с Россией\n" + RATIFIED +
     " Как рассказал депутатам министр труда, миграции и занятости населения, документ "
     "подписали в Москве в октябре.", "RU"),
    ("Мигрантам продлили срок легализации\nПредседатель Маджлиси милли обсудил в Москве "
     "трудовую миграцию. " + RATIFIED, "RU"),
    # the state named after its body: a neighbour's press, read as before
    ("Депутаты одобрили поправки в соглашение с Россией\n" + RATIFIED +
     " Как рассказал депутатам министр труда, миграции и занятости населения Таджикистана, "
     "документ подписали в Москве в октябре.", "TJ"),
    # ... but the upper house, one of the state's bodies, speaks for it all the same
    ("Мигрантам продлили срок легализации\nПредседатель Маджлиси милли Таджикистана обсудил "
     "в Москве трудовую миграцию. " + RATIFIED, "RU"),
])
def test_own_bodies_named_with_no_state_make_the_page_tajik(text, expected):
    extraction = extract_text(text, published="2025-05-30")
    partners = [f.dimensions.get("country") for f in extraction.facts
                if f.category == "policy" and f.value is None]
    assert partners and partners[0] == expected
