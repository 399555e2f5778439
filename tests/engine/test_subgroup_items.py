"""Sub-groups of a stated count by age, education or sex are facts of their own.

'57,4% кандасов – трудоспособного возраста, 34% – несовершеннолетние, 8,6% – пенсионеры':
each share is an item of the count the sentence names, with its indicator and no country
(corpora/README.md, "Sub-groups"), whether its label stands before or after the figure.
"""
import pytest

from engine_helpers import facts_of

KZ = "Астана. Министерство труда и социальной защиты населения Казахстана сообщает.\n"
LEAD = KZ + "С начала года статус кандаса получили 9 120 этнических казахов. "


@pytest.mark.parametrize("text, values", [
    (LEAD + "По состоянию на 1 октября 56,1% кандасов – лица трудоспособного возраста, 35,2% – "
            "несовершеннолетние, 8,7% – пенсионеры.", [56.1, 35.2, 8.7]),
    (LEAD + "На 1 октября доля переселенцев трудоспособного возраста составляет 59,3%, "
            "детей – 31,4%, пенсионеров – 9,3%.", [59.3, 31.4, 9.3]),
    (LEAD + "Среди кандасов трудоспособного возраста высшее образование имеют 14,8%, среднее "
            "специальное – 31,1%, общее среднее – 51,6%, не имеют образования 2,5%.",
     [14.8, 31.1, 51.6, 2.5]),
])
def test_each_share_of_a_subgroup_is_a_fact_of_the_count(text, values):
    facts = [f for f in facts_of(text) if f.unit == "percent"]
    assert sorted(f.value for f in facts) == sorted(values)
    assert {f.indicator for f in facts} == {"resettled_persons"}
    assert all("country" not in f.dimensions for f in facts)


@pytest.mark.parametrize("text, values", [
    (KZ + "В 2024 году в район прибыли 41 кандас. Высшее образование есть у 12 человек, "
          "средне-специальное – у 19.", [12, 19]),
    (KZ + "В 2024 году в район прибыли 41 кандас. Среди прибывших 20 мужчин, 21 женщина, "
          "9 пенсионеров и 6 детей.", [20, 21, 9, 6]),
])
def test_each_count_of_a_subgroup_is_a_fact_of_the_count(text, values):
    found = {f.value for f in facts_of(text)}
    assert set(values) <= found


@pytest.mark.parametrize("text, value", [
    # a word of age far after a figure of things labels nothing
    (LEAD + "Семья купила три мешка муки накануне рождения ребенка.", 3),
    # a share of something else than the people counted: no sub-group item
    (LEAD + "Уровень безработицы в области снизился до 4,7%.", 4.7),
    # a share by how much a level moved is no level
    (LEAD + "Число кандасов трудоспособного возраста выросло на 12%.", 12),
])
def test_no_subgroup_share_without_a_subgroup(text, value):
    assert not [f for f in facts_of(text) if f.value == value]


@pytest.mark.parametrize("text, values", [
    # the shares by sex of people counted by country in the sentence before take no state
    # from that list, nor from the headline's
    ("Россия остаётся главным направлением для кыргызстанцев\n\nИз тех, кто уехал на "
     "заработки, 85 процентов выбирают Россию.\n\nПо оценке МОМ, больше всего мигрантов в "
     "Кыргызстан приехало из Узбекистана (9 тысяч 215), Китая (4 тысячи 380) и России (2 тысячи "
     "907). Мужчин среди них 76,4 процента, женщин — 23,6 процента.", [76.4, 23.6]),
    ("Корея остаётся главным направлением для кыргызстанцев\n\nЗа полгода в Южную Корею по "
     "программе EPS трудоустроены 2 340 граждан Кыргызстана.\n\nЖенщин среди них 14 процентов, "
     "мужчин — 86 процентов.", [14, 86]),
])
def test_a_subgroup_takes_no_country_from_the_sentences_around_it(text, values):
    facts = [f for f in facts_of(text) if f.unit == "percent"]
    assert sorted(f.value for f in facts) == sorted(values)
    assert all("country" not in f.dimensions for f in facts)
