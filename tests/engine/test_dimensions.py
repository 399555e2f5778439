"""Sectors as NACE codes and regions as ISO 3166-2 codes, at the precision the text has."""
import pytest

from engine_helpers import facts_of, only

KZ = "Министерство труда и социальной защиты населения РК сообщает.\n"
RU = "Минтруд России подготовил постановление о допустимой доле иностранных работников.\n"


@pytest.mark.parametrize("text, value, sector", [
    (KZ + "Больше всего иностранных работников трудится в строительстве — 5 290 человек.", 5290, "F"),
    (KZ + "В сельском хозяйстве заняты 740 иностранных работников.", 740, "A"),
    (KZ + "На горнодобывающую отрасль приходится 2 348 иностранных специалистов.", 2348, "B"),
    (KZ + "Иностранные работники заняты в обрабатывающих производствах — 1 877 человек.", 1877, "C"),
    (KZ + "В нефтегазовом секторе работают 2 236 иностранных работников.", 2236, "06"),
    (RU + "Для выращивания овощей доля иностранных работников составит не более 50%.", 50, "01.13"),
    (RU + "В розничной торговле алкогольными напитками доля иностранных работников — 0%.", 0, "47.25"),
    (RU + "Допустимая доля иностранцев: торговля розничная лекарственными средствами — 0%.", 0, "47.73"),
    (RU + "В деятельности автомобильного грузового транспорта доля иностранцев — не более 35%.", 35, "49.41"),
    (RU + "Для грузоперевозок допустимая доля иностранных работников — 30%.", 30, "49.41"),
    (RU + "В сфере легкового такси доля иностранных работников составит 0%.", 0, "49.32"),
    (RU + "В строительстве жилых и нежилых зданий допустимая доля иностранцев — 80%.", 80, "41"),
])
def test_sector_code_at_the_precision_of_the_text(text, value, sector):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("sector") == sector
    assert fact.labels["sector"]  # the official name travels with the code


@pytest.mark.parametrize("text, value, sector", [
    # two coordinated sectors: their common division, or none at all
    (RU + "В деятельности сухопутного пассажирского транспорта и автомобильного грузового "
          "транспорта доля иностранцев — 24 процента.", 24, "49"),
    (RU + "В строительстве и сельском хозяйстве доля иностранных работников — 50%.", 50, None),
])
def test_a_figure_for_coordinated_sectors(text, value, sector):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("sector") == sector


@pytest.mark.parametrize("text, value, region", [
    (KZ + "В Мангистауской области квота на привлечение иностранной рабочей силы на 2025 год "
          "составила 3 200 единиц.", 3200, "KZ-47"),
    (KZ + "Для Атырауской области квота иностранной рабочей силы определена в объеме 4 100 единиц.",
     4100, "KZ-23"),
    (KZ + "По городу Шымкенту квота на привлечение иностранной рабочей силы — 900 единиц.", 900, "KZ-79"),
    (KZ + "Квота иностранной рабочей силы по регионам: Алматы – 5 000 единиц.", 5000, "KZ-75"),
    (KZ + "Квота иностранной рабочей силы по регионам: в Астане — 4 100 единиц.", 4100, "KZ-71"),
    (RU + "Квота на выдачу разрешений на работу: Приморский край — 12 650.", 12650, "RU-PRI"),
    (RU + "Больше всего иностранцев по квоте ожидают в Хабаровском крае (11,4 тыс.).", 11400, "RU-KHA"),
])
def test_a_regional_figure_carries_its_region(text, value, region):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("region") == region
    assert fact.dimensions.get("country") is None  # the reporting state's own region
    assert fact.labels["region"]


@pytest.mark.parametrize("text, value", [
    (KZ + "На брифинге в Астане вице-министр сообщил о квоте на привлечение иностранной рабочей "
          "силы в 19,4 тыс. единиц.", 19400),
    ("Душанбе, 20 февраля 2024 г. В 2023 году с целью трудоустройства за пределы Республики "
     "Таджикистан выехали 652,2 тыс. граждан.", 652200),
    (RU + "Доля иностранцев в строительстве — не более 80% в Москве, Московской области и ряде "
          "других субъектов.", 80),
    (RU + "В Санкт-Петербурге, Ленинградской и Калининградской областях доля иностранных "
          "работников в такси снижена до 0%.", 0),
    (KZ + "Иностранцы трудятся в Астане, Алматы и Шымкенте: всего 9 400 иностранных работников.", 9400),
])
def test_a_place_of_a_briefing_or_several_regions_is_no_region(text, value):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("region") is None


def test_a_region_abroad_names_the_destination_country():
    text = ("Агентство внешней трудовой миграции Узбекистана сообщает.\n"
            "В Москве трудятся 300 тыс. граждан Узбекистана.")
    fact = only(facts_of(text))
    assert (fact.dimensions.get("region"), fact.dimensions.get("country")) == ("RU-MOW", "RU")
