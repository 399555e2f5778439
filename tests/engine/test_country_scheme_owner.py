"""The places or visas of a destination state's scheme are that state's quota: the figure's
country is the state whose scheme it is (named in its sentence, else last before it, else the
reporting state), never the sending state whose citizens the scheme admits."""
import pytest

from engine_helpers import facts_of


def owners(text, published="2025-03-01"):
    return [(f.value, f.indicator, f.dimensions.get("country"))
            for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    # the destination reports its own scheme
    ("Правительство Великобритании установило на 2025 год квоту сезонных рабочих виз — 43 000.",
     [(43000, "seasonal_visa_quota", "GB")]),
    ("Великобритания объявила квоту сезонных виз на 2025 год. Министр сообщил, что на 2025 год "
     "выделяется 43 000 виз по категории сезонных работников.",
     [(43000, "seasonal_visa_quota", "GB")]),
    # the state named in an earlier sentence, not the sending state beside the figure
    ("Куда поехать на сезонные работы. Британская сезонная виза остаётся главным путём на фермы.\n\n"
     "Квота программы на 2025 год — 39 500 мест.",
     [(39500, "seasonal_visa_quota", "GB")]),
    ("Куда поехать на сезонные работы. Италия объявила квоту на 2026 год — 150 000 мест, и "
     "Кыргызстан в списке допущенных стран.",
     [(150000, "seasonal_visa_quota", "IT")]),
])
def test_a_scheme_quota_belongs_to_its_destination(text, expected):
    assert owners(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quota given to a sending state keeps the grantor
    ("Агентство внешней трудовой миграции Узбекистана сообщает. Корейская сторона выделила "
     "Узбекистану квоту в 4 200 человек на этот год.",
     [(4200, "seasonal_visa_quota", "KR")]),
])
def test_a_quota_given_to_a_sending_state_is_the_grantors(text, expected):
    assert owners(text) == expected
