"""The state whose officials speak, read from the bodies, offices and terms only it has.

A release of a statistics committee or a president's meeting often names its state only
as a place ('в Узбекистан'); its own institutions still say whose release it is.
"""
import pytest

from extractor.api import extract_text


@pytest.mark.parametrize("text, jurisdiction", [
    ("Национальный комитет по статистике: за полгода в страну на постоянное жительство "
     "иммигрировали 940 человек, эмигрировали 4 800 человек.", "UZ"),
    ("На совещании о занятости Шавкат Мирзиёев поручил хокимам создать рабочие места для "
     "вернувшихся. За квартал из трудовой миграции вернулись 61 тыс. человек.", "UZ"),
    ("Эмомали Рахмон поручил хукуматам городов и районов трудоустроить вернувшихся. С начала "
     "года из России вернулись 48 тыс. трудовых мигрантов.", "TJ"),
    ("Центр трудоустройства граждан за рубежом сообщил, что за месяц на работу в Великобританию "
     "направлены 420 человек.", "KG"),
    # a reprint with no address: 'КР' is how Kyrgyz releases name their state
    ("За год в Кыргызстан въехали 30 тысяч граждан Китая\n\nВ прошлом году в республику прибыли "
     "30 тысяч 120 граждан КНР, из них 9 тысяч получили разрешение на работу, сообщили в "
     "пресс-службе правительства КР.", "KG"),
    ("На заседании Жогорку Кенеша сообщили, что разрешения на работу получили 7 тысяч "
     "граждан Китая.", "KG"),
])
def test_own_institutions_name_the_reporting_state(text, jurisdiction):
    assert extract_text(text).document.jurisdiction == jurisdiction


@pytest.mark.parametrize("text, jurisdiction", [
    # a state's embassy or consulate abroad speaks for its state, not for its host
    ("Консульская служба в России подвела итоги\n\nКонсульский отдел посольства Кыргызстана "
     "в России рассказал о работе за год. Из центра временного содержания в Сахарово "
     "депортированы 380 граждан Кыргызстана.", "KG"),
    ("Итоги года в Москве\n\nГенконсульство Таджикистана в Екатеринбурге сообщило, что "
     "за год из России выдворены 210 трудовых мигрантов.", "TJ"),
    ("Посольство Республики Узбекистан в Российской Федерации сообщает, что в Москве "
     "на миграционном учете состоят 400 тысяч трудовых мигрантов.", "UZ"),
])
def test_a_mission_abroad_names_its_own_state(text, jurisdiction):
    assert extract_text(text).document.jurisdiction == jurisdiction


def test_a_consul_named_further_down_does_not_make_the_release_his():
    text = ("Российский перевозчик вывез мигрантов\n\nАвиакомпания из Екатеринбурга доставила "
            "в Ташкент 150 пассажиров, которые не могли вылететь из России.\n\nРейс готовили "
            "вместе с МВД России, ФСБ и генеральным консулом Узбекистана.")
    assert extract_text(text).document.jurisdiction == "RU"


@pytest.mark.parametrize("text, jurisdiction", [
    # a reprint abroad of a statistics committee's digest is that state's release, even under a
    # date line and an outlet of another state
    ("Каждый второй эмигрант выбирает Казахстан — Новости Алматы\n12.03.2019\nСогласно данным "
     "Государственного комитета Узбекистана по статистике, за год на постоянное жительство за "
     "рубеж выехали 16 тыс. человек, больше всего в Казахстан.", "UZ"),
    ("Миграция за квартал\n\nНациональный статистический комитет Кыргызстана сообщает, что за "
     "квартал на постоянное жительство из республики выбыли 1 200 человек.", "KG"),
])
def test_a_statistics_committee_names_its_own_state(text, jurisdiction):
    assert extract_text(text).document.jurisdiction == jurisdiction
