"""The hint words of a family of measure wording, told by substring tests, let through the
sentences the family's patterns read."""
import pytest

from extractor.engine import policy


@pytest.mark.parametrize("text, expected", [
    ("под запрет попала работа в общепите", (True, False, False, False, True)),
    ("изменены правила въезда для иностранцев", (False, True, False, False, True)),
    ("иностранцы теперь обязаны сдавать экзамен", (False, False, True, False, True)),
    ("услугу перевели в электронный формат", (False, False, False, True, True)),
    ("с 1 марта вводятся новые ограничения", (False, False, False, False, True)),
    ("министр рассказал о погоде", (False, False, False, False, False)),
])
def test_families_behind_their_hint_words(text, expected):
    assert (policy.tells_reach(text), policy.tells_change(text), policy.tells_rule(text),
            policy.moves_online(text), policy.states_rule_family(text)) == expected


def test_many_hint_words_are_substring_tests():
    assert isinstance(policy.hints("family_hints"), policy.WordHint)
    assert policy.hints("family_hints").search("правила стали мягче") is False
    assert policy.hints("family_hints").search("правила теперь строже") is True
