"""Sectors as NACE codes and regions as ISO 3166-2 codes, at the precision the text has."""
from types import SimpleNamespace

import pytest

from engine_helpers import facts_of, only
from extractor.engine.breakdowns import coordinated_region
from extractor.engine.gazetteer import find_mentions
from extractor.engine.tokens import tokenize

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
    (KZ + "Иностранцы заняты в строительстве – 3 460 человек, в сельском, лесном и рыбном "
          "хозяйстве – 1 649 человек.", 1649, "A"),
    (KZ + "Для строительной отрасли сохраняется ограничение: доля иностранных работников "
          "четвертой категории не должна превышать 30%.", 30, "F"),
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


@pytest.mark.parametrize("text, value", [
    # a recruitment channel or a field of study is not the sector people work in
    ("Министерство труда Кыргызстана сообщает.\nЧерез частные агентства занятости за рубежом "
     "трудоустроены 17 167 граждан Кыргызстана.", 17167),
    (RU + "Квота на образование иностранных граждан в России составит до 15 тысяч человек.", 15000),
    # a sector in the name of a body
    (KZ + "Министр труда и социальной защиты населения подписал приказ: квота на привлечение "
          "иностранной рабочей силы на 2026 год – 24 250 единиц.", 24250),
    (KZ + "Министерство сельского хозяйства предлагает квоту на привлечение иностранной рабочей "
          "силы в 1 300 единиц.", 1300),
])
def test_no_sector_where_the_text_names_none(text, value):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("sector") is None


@pytest.mark.parametrize("text, value, region", [
    (KZ + "В Мангистауской области квота на привлечение иностранной рабочей силы на 2025 год "
          "составила 3 200 единиц.", 3200, "KZ-47"),
    (KZ + "Для Атырауской области квота иностранной рабочей силы определена в объеме 4 100 единиц.",
     4100, "KZ-23"),
    # the new regions as the press spells them, Kazakh letters included
    (KZ + "Квота приема кандасов по регионам: область Ұлытау – 125 человек.", 125, "KZ-62"),
    (KZ + "Квота приема кандасов по регионам: Улытау — 43 человека.", 43, "KZ-62"),
    (KZ + "Квота приема кандасов по регионам: область Жетісу – 310 человек.", 310, "KZ-33"),
    (KZ + "По городу Шымкенту квота на привлечение иностранной рабочей силы — 900 единиц.", 900, "KZ-79"),
    (KZ + "Квота иностранной рабочей силы по регионам: Алматы – 5 000 единиц.", 5000, "KZ-75"),
    (KZ + "Квота иностранной рабочей силы по регионам: в Астане — 4 100 единиц.", 4100, "KZ-71"),
    (RU + "Квота на выдачу разрешений на работу: Приморский край — 12 650.", 12650, "RU-PRI"),
    (RU + "Больше всего иностранцев по квоте ожидают в Хабаровском крае (11,4 тыс.).", 11400, "RU-KHA"),
    # a lead naming the regions together, then one item per region
    (KZ + "Иностранцы работают в основном в Алматы и Астане: в Алматы – 5 200 иностранных "
          "работников, в Астане – 3 100.", 5200, "KZ-75"),
    (KZ + "Иностранцы работают в основном в Алматы и Астане: в Алматы – 5 200 иностранных "
          "работников, в Астане – 3 100.", 3100, "KZ-71"),
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
    (RU + "В строительстве допустимая доля иностранцев для Дагестана составит 30%, а для "
          "Ямало-Ненецкого и Ханты-Мансийского автономных округов – до 80%.", 80),
    (KZ + "В Костанайской и Акмолинской областях квота иностранной рабочей силы — 1 200 единиц.", 1200),
    (RU + "В Приморском и Хабаровском краях доля иностранцев в торговле — не более 15%.", 15),
])
def test_a_place_of_a_briefing_or_several_regions_is_no_region(text, value):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("region") is None


def test_a_region_abroad_names_the_destination_country():
    text = ("Агентство внешней трудовой миграции Узбекистана сообщает.\n"
            "В Москве трудятся 300 тыс. граждан Узбекистана.")
    fact = only(facts_of(text))
    assert (fact.dimensions.get("region"), fact.dimensions.get("country")) == ("RU-MOW", "RU")


@pytest.mark.parametrize("text, expected", [
    ("Центр занятости за рубежом Кыргызстана сообщает.\nВ 2024 году на работу за рубеж выехали "
     "7 412 граждан, в том числе 4 108 — в Корею и 3 270 — в Великобританию.",
     {4108: "KR", 3270: "GB"}),
    ("Агентство внешней трудовой миграции Узбекистана сообщает.\nЗа год на работу направлены "
     "12 тыс. узбекистанцев: 5 200 — в Корею, 2 900 — в Германию.", {5200: "KR", 2900: "DE"}),
    ("Государственная служба миграции Кыргызстана сообщает.\nЗа рубежом работают 780 тыс. "
     "граждан, 532 тыс. из них — в России.", {532000: "RU"}),
])
def test_each_destination_labels_the_figure_before_it(text, expected):
    found = {f.value: f.dimensions.get("country") for f in facts_of(text) if f.value in expected}
    assert found == expected


@pytest.mark.parametrize("text, value, country", [
    ("Агентство внешней трудовой миграции Узбекистана сообщает.\n"
     "3 000 узбекистанцев направлены на работу в Россию.", 3000, "RU"),
    ("Государственная служба миграции Кыргызстана сообщает.\n"
     "Граждане Кыргызстана, работающие за рубежом: в России – 350 тыс. человек, в Турции – 12 тыс.",
     12000, "TR"),
    ("Государственная служба миграции Кыргызстана сообщает.\n"
     "За рубежом трудятся граждане Кыргызстана: в Турции – 12 тыс. человек.", 12000, "TR"),
    ("Министерство труда, миграции и занятости Таджикистана сообщает.\n"
     "В 2023 году на заработки в Россию выехали 518 тыс. таджикистанцев.", 518000, "RU"),
])
def test_own_citizens_abroad_take_their_destination(text, value, country):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("country") == country


def test_a_breakdown_of_a_regional_total_stays_in_the_region():
    text = (KZ + "В Алматы, по данным управления занятости, работают 5 200 иностранцев, "
                 "из них 3 000 – из Китая.")
    assert [(f.value, f.dimensions.get("region")) for f in facts_of(text)] == [
        (5200, "KZ-75"), (3000, "KZ-75")]


@pytest.mark.parametrize("text, value, region", [
    # a regional headline, but the sentence speaks of the whole state
    ("В Новосибирской области выдворили 140 мигрантов\nПолиция региона подвела итоги года. "
     "Всего за год из России выдворены более 21 тыс. иностранцев.", 21000, None),
    ("В Мангистауской области выявили 300 нелегальных мигрантов\nПо данным МВД, за полгода из "
     "Казахстана выдворены 5 400 иностранцев.", 5400, None),
    # a law is the state's, not the region's
    ("В Атырауской области проверили работодателей\nС этого месяца вступил в силу закон, по "
     "которому иностранные работники должны заключать трудовой договор.", None, None),
    # the one region named right after the figure's own words
    (RU + "С начала года миграционный центр выдал 410 тысяч патентов на работу в Москве.",
     410000, "RU-MOW"),
    (RU + "За полгода оформлено 38 тыс. патентов иностранцам, работающим в Новосибирской области.",
     38000, "RU-NVS"),
    # ... unless another figure stands between: the region is that figure's
    (RU + "Всего выдано 1,2 млн патентов, из них 410 тысяч – в Москве.", 1200000, None),
    # the press's own names of regions
    (RU + "На Средний Урал за год приехали 190 тысяч иностранцев, сообщили в МВД.", 190000, "RU-SVE"),
    (RU + "На Южном Урале иностранцам выдали 27 тыс. патентов.", 27000, "RU-CHE"),
    # the lead names one region; a later sentence pointing back to it is that region's
    ("Иностранцев на рынке труда стало больше\nИтоги года подвели в управлении занятости "
     "Мангистауской области. В целом, как сообщили журналистам, в регионе сейчас работают "
     "3 400 иностранцев.", 3400, "KZ-47"),
    ("Иностранцев на рынке труда стало больше\nИтоги года подвели в управлении занятости "
     "Мангистауской области. В целом, как сообщили журналистам, в Казахстане сейчас работают "
     "14 200 иностранцев.", 14200, None),
])
def test_the_region_a_sentence_gives_its_figure(text, value, region):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("region") == region


@pytest.mark.parametrize("text, several", [
    ("Квота действует в Москве и ряде других субъектов.", True),
    ("Иностранцы трудятся в Алматы и остальных регионах.", True),
    ("Проверки прошли в Санкт-Петербурге, в нескольких соседних субъектах.", True),
    ("Иностранцы трудятся в Алматы и на стройках.", False),
])
def test_a_region_in_a_row_with_unnamed_others_stands_for_none(text, several):
    view = SimpleNamespace(mentions=find_mentions(tokenize(text)))
    [region] = [m for m in view.mentions if m.kind == "region"]
    assert coordinated_region(region.code, view, text) is several


RU_LEAD = "Мигранты с патентами и новые запреты в регионах.\n\nИностранцы по-прежнему получают патенты.\n"


@pytest.mark.parametrize("text, region", [
    # a ban in one region, named as its place or its authority, is that region's measure
    (RU_LEAD + "Кроме того, в Курганской области мигрантам с патентом запретили работать в такси.",
     "RU-KGN"),
    (RU_LEAD + "Кроме того, власти Санкт-Петербурга продлили запрет для мигрантов на работу курьерами.",
     "RU-SPE"),
])
def test_a_measure_in_one_region_takes_it(text, region):
    measures = [f for f in facts_of(text) if f.value is None and "Кроме того" in f.evidence.text]
    assert [f.dimensions.get("region") for f in measures] == [region]


@pytest.mark.parametrize("text", [
    # a region people travel to, or several regions, place no measure
    RU_LEAD + "Кроме того, мигрантам планируется упростить запись на экзамен, чтобы им не "
              "приходилось ехать в Москву.",
    RU_LEAD + "Кроме того, в Самарской и Курганской областях мигрантам с патентом запретили работать в такси.",
])
def test_a_measure_with_no_single_region_has_none(text):
    measures = [f for f in facts_of(text) if f.value is None and "Кроме того" in f.evidence.text]
    assert measures and all("region" not in f.dimensions for f in measures)


def test_the_spheres_a_ban_covers_are_no_count():
    """They are the reach of the ban, a level of the measure (as '88 видов деятельности' is)."""
    text = RU_LEAD + "В Сахалинской области мигрантам запретили работать более чем в 20 сферах."
    assert [(f.category, f.value, f.unit, f.dimensions.get("region")) for f in facts_of(text)
            if f.value is not None] == [("policy", 20, "activity", "RU-SAK")]


@pytest.mark.parametrize("text, value, region", [
    (RU + "Миграционный центр в Сахарове за полгода оформил 210 тыс. патентов.", 210000, "RU-MOW"),
    (RU + "В Кемерове за год выдали 4 300 патентов иностранным гражданам.", 4300, "RU-KEM"),
    (RU + "В Иванове в прошлом году оформили 1 900 патентов.", 1900, "RU-IVA"),
])
def test_a_place_in_ovo_declined_after_v_is_its_region(text, value, region):
    # 'Кемерово', 'Сахарово' also decline in the press: 'в Кемерове', 'в Сахарове'
    assert only([f for f in facts_of(text) if f.value == value]).dimensions.get("region") == region


@pytest.mark.parametrize("text", ["Ольга Иванова сообщила о новых правилах.",
                                  "Об этом рассказала Мария Сахарова."])
def test_a_surname_like_a_place_in_ovo_is_no_region(text):
    assert [m for m in find_mentions(tokenize(text)) if m.kind == "region"] == []
