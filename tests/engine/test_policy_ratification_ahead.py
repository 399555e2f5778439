"""An agreement that must still be ratified, signed or approved ('но сначала документ должны
ратифицировать парламенты') is planned, whatever it will allow once in force."""
import pytest

from extractor.engine import policy


@pytest.mark.parametrize("text, expected", [
    ("Граждане смогут работать в Японии с 2026 года, но сначала меморандум должны ратифицировать парламенты.", "planned"),
    ("Соглашение о трудовой миграции должно быть ратифицировано парламентом до конца года.", "planned"),
    ("Документ должен подписать президент, после чего он вступит в силу.", "planned"),
    ("Парламент ратифицировал соглашение о трудовой миграции.", "adopted"),
])
def test_an_agreement_still_to_ratify_is_planned(text, expected):
    assert policy.measure_status(text, policy.status_of(text)) == expected
