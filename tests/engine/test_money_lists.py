"""A currency named once after the last figure of a list ('на 1 300, 1 850 и 2 400 рублей
соответственно', 'штраф 3 000, 4 000 или 6 000 рублей') is the unit of every figure of the
list: each is a sum, and money is never a fact (corpora/README.md)."""
import pytest

from engine_helpers import facts_of

LEAD = "Трудовые мигранты из Узбекистана оформляют патенты на работу в России.\n"


@pytest.mark.parametrize("text", [
    # a rise of the patent's price by region, the currency after the last item only
    "Сильнее всего патент подорожал в Курской, Орловской и Брянской областях — на 1 300, 1 850 "
    "и 2 400 рублей соответственно.",
    # two prices joined by 'и', the currency after the second
    "Следом идут Калужская и Тверская области — 19 500 и 17 800 рублей в месяц.",
    # fines offered as alternatives with 'или'
    "Иностранцу без патента грозит штраф 3 000, 4 000 или 6 000 рублей.",
    # the same list in tenge and in soms
    "Работодатели платят иностранным сварщикам и монтажникам 420 000 и 380 000 тенге в месяц.",
    "Мигранты из Кыргызстана переводят домой в среднем 15 000, 20 000 или 25 000 сомов.",
])
def test_figures_before_a_shared_currency_are_sums(text):
    assert [(f.value, f.evidence.text) for f in facts_of(LEAD + text) if f.value is not None] == []


@pytest.mark.parametrize("text, values", [
    # a count before a list of sums keeps its own unit
    ("За полгода оформлено 48 000 патентов, их цена выросла на 1 200 и 1 500 рублей.", [48000]),
    # people listed with one unit noun after the last stay a count
    ("Разрешения получили 2 310, 1 045 и 610 иностранных работников.", [2310, 1045, 610]),
])
def test_counts_beside_a_list_of_sums_stay(text, values):
    assert [f.value for f in facts_of(LEAD + text) if f.value is not None] == values
