"""Rules told by what they oblige, allow or forbid: a deontic word ('обязаны', 'вправе',
'смогут', 'не допускается') marked as new ('теперь', 'с 1 марта') or as an act's ('согласно
указу', 'по условиям программы') states an enacted measure; the same words told as history, as
the law in force or as the effect of a measure told before do not."""
import pytest

from engine_helpers import facts_of, only

LEAD = "Министерство труда 12 марта сообщило о трудовой миграции.\n"


@pytest.mark.parametrize("text", [
    # an obligation, marked as new or as an act's
    "Иностранные работники теперь обязаны сдавать экзамен по языку перед получением патента.",
    "С 1 апреля работодатели обязаны сообщать в миграционную службу о найме каждого иностранца.",
    "По условиям программы сезонные работники должны вернуться на родину после окончания контракта.",
    "Согласно постановлению, мигранты должны встать на учёт в течение недели после въезда.",
    "Теперь иностранцев, сменивших работодателя, обяжут покинуть страну в течение месяца.",
    # a permission, in the future or the present
    "Начиная с будущего года граждане республики смогут уезжать на заработки в Японию по рабочим визам.",
    "Теперь трудовые мигранты могут продлевать патент без выезда из страны.",
    "Согласно новым правилам, иностранные студенты вправе работать в свободное от учёбы время.",
    # a ban or a negated permission
    "Согласно этому указу, с мая иностранцы с патентом не могут быть приняты на работу в такси.",
    "С января мигрантам не разрешается работать в розничной торговле алкоголем.",
    "По новому закону наём иностранцев без разрешения не допускается.",
])
def test_what_a_new_rule_obliges_or_allows_is_an_adopted_measure(text):
    fact = only(facts_of(LEAD + text))
    assert (fact.category, fact.value, fact.status) == ("policy", None, "adopted")


@pytest.mark.parametrize("text", [
    # history
    "Ранее работодатели были вправе регистрировать мигрантов по адресу офиса.",
    "В прошлом мигранты были обязаны сдавать экзамен только в столице.",
    # the law in force, told as how things stand
    "Согласно действующему законодательству, иностранцы обязаны встать на учёт за неделю.",
    "В Европе, согласно действующим договорённостям, наши мигранты могут легально трудиться на стройках.",
    "По российским законам иностранец с видом на жительство вправе работать без патента.",
    # the effect of a measure told before, on the persons it covered
    "Теперь эти граждане смогут снова въехать в страну на заработки.",
    # a possibility, not a permission: a bare 'могут' with a programme, not an act
    "В Британии мигранты могут работать на фермах по программе сезонных работ.",
])
def test_history_the_law_in_force_and_effects_are_no_new_measure(text):
    assert [f for f in facts_of(LEAD + text) if f.category == "policy"] == []
