"""The country of a figure: counts made by a host state carry the migrants' citizenship.

Patents issued, migration registrations, deportations and entry bans are counted by the
host (Russia, Kazakhstan); the host appears only as the place ('в России', 'из России'),
so the figure's country is who the people are, even in a release of their own state.
"""
import pytest

from engine_helpers import facts_of, only
from extractor.engine.breakdowns import is_citizenship
from extractor.engine.gazetteer import find_mentions
from extractor.engine.tokens import tokenize

KG = "Бишкек. Государственная служба миграции Кыргызстана сообщает.\n"
TJ = "Душанбе. Министерство труда, миграции и занятости Таджикистана сообщает.\n"
RU = "МВД России подвело итоги года.\n"


@pytest.mark.parametrize("text, value, country", [
    # own citizens counted by the host: their own state, not the host
    (KG + "Каждую неделю из России выдворяют до 23 наших граждан.", 23, "KG"),
    (KG + "С начала года из России выдворены 74 гражданина Кыргызстана.", 74, "KG"),
    (KG + "За месяц из России выдворены 150 граждан республики.", 150, "KG"),
    (KG + "За неделю из России выдворены 40 наших земляков.", 40, "KG"),
    (TJ + "Запрет на въезд в Российскую Федерацию действует в отношении 98 тыс. "
          "таджикских граждан.", 98000, "TJ"),
    (TJ + "В прошлом году в России таджикские мигранты оформили 287 тыс. патентов.", 287000, "TJ"),
    # the host as the subject of the sentence is no breakdown either
    (TJ + "Россия сняла запрет на въезд с 84 тысяч таджикистанцев.", 84000, "TJ"),
    (KG + "Россия выдала гражданам Кыргызстана 96 тыс. патентов.", 96000, "KG"),
    # the host's regions or subjects are the place, like its territory
    (KG + "За март из всех регионов России выдворены 27 граждан Кыргызстана.", 27, "KG"),
    (TJ + "За полгода из субъектов России выдворены 310 граждан Таджикистана.", 310, "TJ"),
    # after a sentence set in the host, the people counted there are the state's own
    (KG + "В начале года в России работали 350 тысяч граждан Кыргызстана. На миграционном "
          "учете при этом состояли 610 тысяч человек.", 610000, "KG"),
    (KG + "За полгода в Казахстан въехали 70 тысяч наших граждан. На миграционный учет "
          "поставлены 52 тысячи человек.", 52000, "KG"),
])
def test_a_host_side_count_takes_the_citizenship(text, value, country):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("country") == country


@pytest.mark.parametrize("text, value", [
    # foreigners of no named citizenship: the host is the place, not a breakdown
    (TJ + "За год в России иностранцам выдали более 640 тысяч патентов на работу.", 640000),
    (RU + "В Новосибирской области полицейские задержали 27 мигрантов.", 27),
])
def test_a_host_side_count_of_foreigners_has_no_country(text, value):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert "country" not in fact.dimensions


@pytest.mark.parametrize("text, value, country", [
    # a list by country keeps each item's own label, 'из' or not
    (RU + "С целью работы в Россию въехали 2,3 млн иностранцев: из Армении — 41,3 тыс., "
          "из Киргизии — 187 тыс.", 187000, "KG"),
    (RU + "С целью работы в Россию въехали 2,3 млн иностранцев, в том числе из Таджикистана — "
          "512 тыс. человек.", 512000, "TJ"),
    (RU + "Больше всего иностранцев въехали на работу из Узбекистана (41,5%) и "
          "Таджикистана (18,2%).", 41.5, "UZ"),
])
def test_list_items_of_a_host_side_count_keep_their_label(text, value, country):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("country") == country


@pytest.mark.parametrize("text, value", [
    # foreigners of no named origin: the country they entered is where they are
    ("Ташкент. Агентство внешней трудовой миграции сообщает.\nЗа год в Казахстан въехали "
     "почти 3,7 млн иностранцев.", 3700000),
    (TJ + "По данным пограничной службы, в Россию с целью работы въехали более 5 млн "
          "иностранных граждан.", 5000000),
    (KG + "За полгода в Россию въехали 2,9 млн иностранцев.", 2900000),
])
def test_foreigners_entering_a_country_have_no_country(text, value):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert "country" not in fact.dimensions


def test_the_host_named_as_territory_is_a_place():
    text = TJ + "За нарушение правил пребывания с территории России выдворены 86 граждан Таджикистана."
    fact = only([f for f in facts_of(text) if f.value == 86])
    assert fact.dimensions.get("country") == "TJ"


@pytest.mark.parametrize("text, value", [
    # immigrants and settlers: the country they move into is the host, not their origin
    ("Итоги полугодия\nПо данным статистического комитета, за полугодие в Узбекистан на "
     "постоянное жительство иммигрировали 2 140 человек.", 2140),
    ("Итоги квартала\nВ первом квартале в Россию по программе переселения прибыли около "
     "19 тысяч соотечественников.", 19000),
])
def test_immigrants_take_no_country_from_where_they_move(text, value):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert "country" not in fact.dimensions


def test_immigrants_keep_their_origin():
    text = ("Итоги полугодия\nПо данным статистического комитета, за полугодие в Узбекистан на "
            "постоянное жительство иммигрировали 2 140 человек, из них из Казахстана – 610.")
    fact = only([f for f in facts_of(text) if f.value == 610])
    assert fact.dimensions.get("country") == "KZ"


UZ = "Ташкент. Агентство внешней трудовой миграции Узбекистана сообщает.\n"


@pytest.mark.parametrize("text, expected", [
    # a state's own people staying abroad, named by their citizenship, with a verb of being
    (KG + "Сейчас в Казахстане пребывают 52 тысячи кыргызстанцев, в Турции — 47 тысяч, "
          "в Германии — 8 тысяч.",
     [(52000, "KZ"), (47000, "TR"), (8000, "DE")]),
    (TJ + "По оценке министерства, в России проживают 1,1 млн граждан Таджикистана.",
     [(1100000, "RU")]),
    (UZ + "В Южной Корее сейчас находятся около 61 тыс. наших граждан.", [(61000, "KR")]),
    # with no verb at all ('В Турции – около 40 тысяч таджикистанцев.')
    (TJ + "В Турции – около 40 тысяч таджикистанцев.", [(40000, "TR")]),
])
def test_own_people_staying_abroad_are_citizens_abroad(text, expected):
    facts = [f for f in facts_of(text) if f.value is not None]
    assert [(f.value, f.dimensions.get("country")) for f in facts] == expected
    assert {f.indicator for f in facts} == {"citizens_abroad"}


@pytest.mark.parametrize("text, value, country", [
    # after a paragraph on a host's black list or deportations, a stock of the state's own
    # people staying in the host is its people abroad, counted by where they are
    (KG + "Из российского списка невъездных за полгода вывели 5 тысяч кыргызстанцев. "
          "Въезд закрыт еще для 60 тысяч человек.\n\nВсего в России, по оценке МИД, "
          "проживают около 600 тысяч граждан Кыргызстана.", 600000, "RU"),
    (TJ + "За год из России выдворены 9 тысяч граждан Таджикистана.\n\nПо словам "
          "чиновника, в России сейчас находятся почти 900 тысяч таджикистанцев.", 900000, "RU"),
    (UZ + "Запрет на въезд в Казахстан сняли с 4 тысяч граждан Узбекистана. "
          "Сейчас в Казахстане пребывают 120 тысяч наших граждан.", 120000, "KZ"),
])
def test_own_people_staying_in_a_host_after_its_bans_are_citizens_abroad(text, value, country):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert (fact.indicator, fact.dimensions.get("country")) == ("citizens_abroad", country)


@pytest.mark.parametrize("text", [
    # foreigners in the reporting state, or people of the state at home, are not its people abroad
    KG + "В Бишкеке находятся 3 тыс. граждан Узбекистана.",
    KG + "Около 20 тыс. кыргызстанцев находятся в очереди на получение жилья.",
])
def test_people_who_are_not_abroad_are_not_citizens_abroad(text):
    assert all(f.indicator != "citizens_abroad" for f in facts_of(text))


def test_own_people_beyond_the_borders_are_citizens_abroad():
    fact = only(facts_of(KG + "За пределами страны сейчас находятся около 760 тысяч кыргызстанцев."))
    assert (fact.value, fact.indicator, fact.dimensions.get("country")) == (760000, "citizens_abroad", None)
UZ_AGENCY = "Ташкент. Агентство внешней трудовой миграции сообщает.\n"


@pytest.mark.parametrize("text, value, country", [
    # the state's own people abroad: the country is where they are, not who they are,
    # even where the text does not say plainly which state reports
    ("По сведениям узбекской стороны, за девять месяцев в рамках организованного набора в "
     "России трудоустроено более 90 тысяч граждан Узбекистана.", 90000, "RU"),
    ("По сведениям таджикской стороны, за полгода в рамках организованного набора в России "
     "трудоустроено более 12 тысяч граждан Таджикистана.", 12000, "RU"),
    (KG + "По программе EPS в Южную Корею направлены 35 граждан Кыргызстана.", 35, "KR"),
])
def test_own_citizens_abroad_take_the_destination(text, value, country):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("country") == country


@pytest.mark.parametrize("text, value, country", [
    # another state's people abroad, in the text of a third state: who they are, as for
    # immigrants, not where they stay
    (TJ + "За девять месяцев на заработки в Россию выехали 1,2 млн граждан Узбекистана.",
     1200000, "UZ"),
    (KG + "В этом году на работу в Россию уехали около 900 тыс. граждан Таджикистана.", 900000, "TJ"),
])
def test_a_third_states_citizens_abroad_keep_their_citizenship(text, value, country):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("country") == country


@pytest.mark.parametrize("text, value", [
    # no destination named: the emigrants' own state is never their country
    (UZ_AGENCY + "Всего на заработки за рубеж с начала года выехали 1,2 млн граждан Узбекистана.",
     1200000),
    (KG + "За рубежом сейчас трудятся около 710 тыс. граждан Кыргызстана.", 710000),
])
def test_own_citizens_abroad_never_take_their_own_state(text, value):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert "country" not in fact.dimensions


@pytest.mark.parametrize("text, value, country", [
    # sent back by a foreign host, of no other citizenship: the reporting state's own people
    (TJ + "За год из России депортированы 29 тыс. человек.", 29000, "TJ"),
    (KG + "С начала года въезд в Россию закрыт 11 тыс. человек.", 11000, "KG"),
])
def test_people_sent_back_by_a_foreign_host_are_the_reporting_states(text, value, country):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("country") == country


def test_people_arriving_from_abroad_keep_their_origin():
    text = "Акимат Западно-Казахстанской области сообщает.\nВ 2025 году 31 человек приехал из России."
    assert [f.dimensions.get("country") for f in facts_of(text) if f.value == 31] in ([], ["RU"])


@pytest.mark.parametrize("text, citizenship", [
    ("Работают 300 выходцев из Китая", True),
    ("Прибыли 40 приезжих из Турции", True),
    ("Наняты 25 работников из Индии", True),
    ("Прибыли 12 трудяг из Непала", True),
    ("Работают 300 человек в Китае", False),
    ("Пришли 5 поставок из Китая", False),
])
def test_people_from_a_country_name_their_citizenship(text, citizenship):
    [country] = [m for m in find_mentions(tokenize(text)) if m.kind == "country"]
    assert is_citizenship(country, text) is citizenship


@pytest.mark.parametrize("text, value, country", [
    # own people who went to two or more places named after the figure have no single country
    (KG + "С начала года более 4 тысяч граждан Кыргызстана выехали на работу в Германию и "
          "Великобританию.", 4000, None),
    (TJ + "За полгода 2 500 граждан Таджикистана уехали на заработки в Турцию, ОАЭ и Катар.", 2500,
     None),
    # to one place, they take it
    (KG + "С начала года более 4 тысяч граждан Кыргызстана выехали на работу в Германию.", 4000, "DE"),
    # 'остальные' before people named by their state still counts that state's people
    (KG + "Сейчас в республике работают 2 100 граждан Китая. Остальные 4 600 граждан КНР "
          "уехали домой на праздники.", 4600, "CN"),
    (KG + "Из 9 тыс. граждан Турции с разрешением на работу 5 тыс. трудятся в Бишкеке, "
          "остальные 4 тыс. граждан Турции работают в регионах.", 4000, "TR"),
])
def test_the_country_of_people_named_beside_the_figure(text, value, country):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("country") == country


@pytest.mark.parametrize("text, value, country", [
    # a partner state's study places or visa quota: the grantor the headline names holds for a
    # figure whose sentence names no state
    ("Россия расширила квоты для бесплатного обучения студентов из Таджикистана\n\nДушанбе. "
     "Число мест для граждан Таджикистана в российских вузах за счет бюджета увеличено до "
     "820.\n\n«В этом году у нас 820 квотных мест, а в прошлом году было 700», – сказал "
     "представитель.", 820, "RU"),
    # the citizens sent to the one destination of the headline are there
    ("Центр отправил новую группу кыргызстанцев на работу в Корею\n\nБишкек. Минтруда КР "
     "сообщает.\nПо его данным, 25 граждан трудоустроены по системе EPS.", 25, "KR"),
    # but a total 'за рубеж' covers every destination
    ("Узбекистан отправит в Россию 40 тыс. рабочих\n\nТашкент. Агентство внешней трудовой "
     "миграции сообщает.\nЗа прошлый год по линии агентства за рубеж выехали 4,2 тыс. человек.",
     4200, None),
])
def test_a_partner_state_of_the_headline_holds_further_down(text, value, country):
    last_line = text.rindex("\n")
    facts = [f for f in facts_of(text) if f.value == value and f.evidence.start > last_line]
    assert [f.dimensions.get("country") for f in facts] == [country]



KZ = "Астана. Министерство труда и социальной защиты населения Казахстана рассказало о трудовой миграции.\n"
TJ_YEAR = "Душанбе. Министерство труда, миграции и занятости Таджикистана подвело итоги трудовой миграции.\n"


@pytest.mark.parametrize("text, value, country", [
    # the state's own citizens who work, were placed or went abroad are counted by where they
    # are, whatever the measure is read as
    (KG + "По данным центра, из 9 тысяч кыргызстанцев, которые трудятся в Японии, около 4 "
          "тысяч находятся там нелегально.", 9000, "JP"),
    (KZ + "По данным МИД, 4 тысячи казахстанцев, работающих в Польше, не имеют разрешений на "
          "работу.", 4000, "PL"),
    (TJ_YEAR + "Недавно 300 граждан Таджикистана трудоустроены в Катаре по разрешениям на "
               "работу.", 300, "QA"),
    # the host's own counts of them stay by citizenship
    (KG + "На миграционном учёте в России состоят 341 тыс. кыргызстанцев.", 341000, "KG"),
])
def test_own_citizens_abroad_are_counted_by_where_they_are(text, value, country):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("country") == country


def test_own_people_held_in_a_region_of_the_host_keep_their_citizenship():
    # a host's count in one of its regions, even where the people had been working there
    text = ("Агентство внешней трудовой миграции Узбекистана сообщает.\nПолицейские "
            "Западно-Казахстанской области задержали 28 граждан Узбекистана, которые работали "
            "на плантациях.")
    fact = only([f for f in facts_of(text) if f.value == 28])
    assert fact.dimensions.get("country") == "UZ"
