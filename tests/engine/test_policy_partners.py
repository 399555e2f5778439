"""The partner state of a deal as the press names its parties: two bodies side by side, a
body one deals with, a foreign delegation with 'the parties'."""
import pytest

from engine_helpers import facts_of

UZ_LEAD = ("ТАШКЕНТ. Агентство внешней трудовой миграции Узбекистана и Минзанятости "
           "Узбекистана сообщили о трудовой миграции.\n")


def measures(text: str) -> list:
    return [f for f in facts_of(text) if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text, country", [
    # the bodies of both states named side by side, each with a long name: both are parties
    ("Министерство занятости и сокращения бедности Узбекистана и Министерство труда Польши "
     "подписали меморандум о найме сезонных работников.", "PL"),
    ("Агентство внешней трудовой миграции Узбекистана и Министерство здравоохранения Германии "
     "договорились о найме медсестёр из республики.", "DE"),
    # a body named after 'с' is the partner one deals with, not the one who acts
    ("Министерство занятости Узбекистана подписало с Министерством занятости и труда "
     "Республики Корея меморандум о трудоустройстве мигрантов.", "KR"),
    # a foreign body named alone, while 'the parties' act: the foreign state is the partner
    ("В ходе визита президента Казахстана в Ташкент стороны подписали соглашение о "
     "трудовой миграции.", "KZ"),
    ("По итогам визита главы МИД Турции стороны договорились упростить трудоустройство "
     "мигрантов.", "TR"),
])
def test_the_partner_of_a_deal_is_the_other_party(text, country):
    facts = measures(UZ_LEAD + text)
    assert [(f.status, f.dimensions.get("country")) for f in facts] == [("adopted", country)]


@pytest.mark.parametrize("text", [
    # a state's own official calls on its citizens abroad: no partner, even in a foreign outlet
    "Глава миграционной службы Узбекистана призвал граждан, работающих за рубежом, "
    "вернуться домой.",
    # a measure that names several partner states has none
    "Министерство занятости Узбекистана подписало меморандумы с Польшей и Германией о "
    "найме мигрантов.",
    # a group of states beside one state: several partners
    "Министерство занятости Узбекистана планирует подписать соглашения со странами Евросоюза "
    "и Японией о найме мигрантов.",
    "Узбекистан намерен заключить меморандумы о трудовой миграции с европейскими странами и "
    "Кореей.",
    # a treaty of accession to a union of states: all its members are parties
    "В пятницу вступил в силу договор о присоединении Таджикистана к Евразийскому "
    "экономическому союзу.",
    "Вступил в силу договор о вступлении Узбекистана в ЕАЭС, открывающий мигрантам работу "
    "без патента.",
])
def test_a_measure_without_one_partner_has_no_country(text):
    facts = measures("МОСКВА. Минтруд России и Госдума обсуждают трудовую миграцию.\n" + text)
    assert [f.dimensions.get("country") for f in facts] == [None]


@pytest.mark.parametrize("text", [
    # talks about a possibility propose; they neither plan nor start anything yet
    "В Казахстане обсуждается возможность привлечения трудовых мигрантов из Индии.",
    "На совещании обсуждалась возможность организованной отправки трудовых мигрантов в Корею.",
    "Министерство изучает возможность открыть центры подготовки трудовых мигрантов.",
])
def test_talks_about_a_possibility_are_a_proposal(text):
    assert [f.status for f in measures(UZ_LEAD + text)] == ["proposed"]
