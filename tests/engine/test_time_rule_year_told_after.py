"""A ban or a cap is set for a calendar year, and the press often names that year in the
sentence after the rule ('Постановление вступит в силу с 1 января 2026 года', 'Запрет
рассчитан на весь 2025 год'): a rule whose own sentence tells no time takes it."""
import pytest

from engine_helpers import facts_of


def rule_years(text: str, published: str) -> set:
    return {f.time.period for f in facts_of(text, published) if f.category == "policy"}


@pytest.mark.parametrize("text, published, expected", [
    ("Власти Омской области запретили мигрантам с патентами работать в 12 сферах деятельности. "
     "Постановление начнёт действовать с 1 января 2026 года.", "2025-11-20", {"2026"}),
    ("Губернатор подписал постановление: иностранцам по патентам нельзя будет работать в такси. "
     "Запрет рассчитан на весь 2025 год.", "2024-11-25", {"2025"}),
    ("В Курской области мигрантам запретили трудиться в общепите и торговле. Работодателям дали "
     "два месяца. Ограничения введены на 2026 год.", "2025-12-10", {"2026"}),
])
def test_a_rule_takes_the_year_told_after_it(text, published, expected):
    assert rule_years(text, published) == expected


def test_another_time_told_first_ends_the_search():
    text = ("Мигрантам с патентами запретили работать в такси. В прошлом году им оформили 9 000 "
            "патентов. Запрет рассчитан на весь 2026 год.")
    assert "2026" not in rule_years(text, "2025-11-20")
