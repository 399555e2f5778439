"""The wording of attribution and policy status is data: each pattern of
`patterns/attribution.toml` and `patterns/policy.toml` matches what it names and nothing near it."""
import pytest

from extractor.engine import attribution, policy


@pytest.mark.parametrize("key, text, expected", [
    ("outlet_in_text", "Об этом передаёт корреспондент zakon.kz со ссылкой", "zakon.kz"),
    ("outlet_in_text", "как сообщает Kun.uz, в Ташкенте", "Kun.uz"),
    ("outlet_in_text", "сообщает пресс-служба министерства", None),
    ("surname_ending", "Бутунчинов", "ов"),
    ("surname_ending", "Асанбаева", "ева"),
    ("surname_ending", "Бишкек", None),
    ("recap_reference", "Об этом сообщили в ведомстве", "Об этом"),
    ("recap_reference", "о чём заявили в пресс-службе", "о чём"),
    ("recap_reference", "в этом году выдано", None),
])
def test_attribution_wording(key, text, expected):
    match = attribution.wording(key).search(text)
    found = (match["outlet"] if key == "outlet_in_text" else match.group()) if match else None
    assert found == expected


@pytest.mark.parametrize("key, text, matches", [
    ("list_label", " – 1,2 млн", True),
    ("list_label", ": более 300", True),
    ("list_label", " и Казахстана", False),
    ("citizens_before", "прибыли граждане ", True),
    ("citizens_before", "граждан Республики ", True),
    ("citizens_before", "министерство ", False),
    ("preposition_before", "уехали в ", True),
    ("preposition_before", "прибыли из ", True),
    ("preposition_before", "власти ", False),
    ("in_before", " во ", True),
    ("in_before", " из ", False),
    ("quote_break", "сообщил «", True),
    ("quote_break", "сообщила официальный представитель ", False),
])
def test_attribution_context_wording(key, text, matches):
    pattern = attribution.wording(key)
    found = pattern.match(text) if key == "list_label" else pattern.search(text)
    assert bool(found) == matches


@pytest.mark.parametrize("word", ["он", "она", "её", "него"])
def test_pronouns_refer_back(word):
    assert word in attribution.word_set("pronouns")


@pytest.mark.parametrize("text, length", [
    ("по данным Госслужбы", 2), ("со ссылкой на Минтруда", 3), ("по словам министра", 0),
])
def test_source_openings(text, length):
    from extractor.engine.tokens import tokenize
    assert attribution.source_opening(tokenize(text), 0) == length


@pytest.mark.parametrize("words_before, baseline", [
    ("изначально планировалось", True),
    ("вместо прежних", True),
    ("в этом году выдано", False),
])
def test_baseline_words(words_before, baseline):
    assert policy.is_baseline(words_before) == baseline


@pytest.mark.parametrize("text, provision", [
    ("Документ вводит запрет на продление патентов.", True),
    ("Законопроект также предусматривает штраф.", True),
    ("Новые правила обязывают работодателей уведомлять полицию.", True),
    ("Министр вводит новые правила.", False),
    ("В документе говорится о мигрантах.", False),
])
def test_a_sentence_restating_its_document(text, provision):
    assert policy.restates_document(text) == provision
