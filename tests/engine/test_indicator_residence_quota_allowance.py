"""In a text on the quota of temporary-residence permits (РВП), which the taxonomy has no id for
(corpora/README.md: indicator null), what the quota allows is told as what may be granted:
'оформить разрешение смогут 300 иностранцев', 'может быть выдано 95 000 разрешений',
'распоряжение предусматривает 97 400 разрешений'. Those are the quota's level (category quota),
not people or permits counted; permits granted in the past stay a count."""
import pytest

from engine_helpers import facts_of


def measures(text, published="2024-10-20"):
    return [(f.value, f.category, f.indicator) for f in facts_of(text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Правительство России утвердило квоту на выдачу разрешений на временное проживание на 2025 год. "
     "Оформить разрешение на временное проживание в Тульской области в следующем году смогут "
     "300 иностранных граждан.",
     [(300, "quota", None)]),
    ("Квота на разрешения на временное проживание в России на 2025 год утверждена. В следующем году "
     "иностранцам может быть выдано 95 000 разрешений на временное проживание в России.",
     [(95000, "quota", None)]),
    ("Правительство РФ установило квоту на выдачу разрешений на временное проживание. Всего распоряжение "
     "предусматривает на 2025 год 97 400 разрешений на временное проживание в России.",
     [(97400, "quota", None)]),
])
def test_what_a_residence_quota_allows_is_its_level(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Правительство России утвердило квоту на выдачу разрешений на временное проживание на 2025 "
     "год. В прошлом году разрешения на временное проживание получили 64 тысячи иностранцев.",
     [(64000, "count", None)]),
])
def test_permits_granted_stay_a_count(text, expected):
    assert measures(text) == expected
