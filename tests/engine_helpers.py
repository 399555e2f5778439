"""Small helpers for engine tests: run the pipeline on a text, look facts up."""
from extractor.engine.pipeline import extract
from extractor.records import Document, Fact


def facts_of(text: str, published: str = "2025-10-31") -> list[Fact]:
    return extract(Document(text=text, published=published)).facts


def values(facts: list[Fact]) -> list[float]:
    return [f.value for f in facts]


def only(facts: list[Fact]) -> Fact:
    assert len(facts) == 1, [(f.value, f.evidence.text) for f in facts]
    return facts[0]


def times_of(text: str, published: str) -> list[tuple]:
    """(value, period, as_of) of each figure the text states."""
    return [(f.value, f.time.period, f.time.as_of) for f in facts_of(text, published)
            if f.value is not None]
