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
])
def test_own_institutions_name_the_reporting_state(text, jurisdiction):
    assert extract_text(text).document.jurisdiction == jurisdiction
