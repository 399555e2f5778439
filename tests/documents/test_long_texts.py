"""Long texts: the work of extraction grows linearly with the text, and a text without
sentence ends is read in bounded pieces. Work is counted, not timed, so nothing here can
flake on a busy machine; benchmarks/length_scaling.py shows the seconds."""
from __future__ import annotations

import re

import pytest

from extractor.engine import attribution, pipeline, sentences
from extractor.engine.attribution import Person
from extractor.engine.gazetteer import Mention
from extractor.records import Document

PARAGRAPH = ("Минтруда Казахстана сообщает: квота на привлечение иностранной рабочей силы "
             "на 2025 год составит 19,4 тыс. единиц. Из Китая – 5 011, из Узбекистана – 3 020 "
             "работников, заняты в строительстве и сельском хозяйстве. «Спрос растёт», – "
             "сообщил министр Светлана Жакупова.\n")


class Counter:
    reads = 0


def counting(cls):
    """A subclass of `cls` that counts how often anyone looks at an item's position."""
    class Counted(cls):
        def __getattribute__(self, name):
            if name == "start":
                Counter.reads += 1
            return super().__getattribute__(name)
    return Counted


CountedMention, CountedPerson = counting(Mention), counting(Person)


@pytest.fixture
def counted(monkeypatch):
    find_mentions, find_people = pipeline.find_mentions, attribution.find_people

    def mentions(tokens):
        return [CountedMention(m.kind, m.code, m.start, m.end, m.demonym)
                for m in find_mentions(tokens)]

    def people(tokens, text):
        return [CountedPerson(p.name, p.surname, p.role, p.start, p.end)
                for p in find_people(tokens, text)]

    monkeypatch.setattr(pipeline, "find_mentions", mentions)
    monkeypatch.setattr(attribution, "find_people", people)

    def work(paragraphs: int) -> int:
        Counter.reads = 0
        pipeline.extract(Document(text=PARAGRAPH * paragraphs, published="2025-01-01"))
        return Counter.reads
    return work


def test_looking_up_mentions_and_people_grows_linearly(counted):
    small, large = counted(50), counted(400)
    assert small > 0
    assert large < 8 * small * 1.5  # eight times the text, not 64 times the work


def test_a_text_without_sentence_ends_is_read_in_bounded_pieces(monkeypatch):
    text = re.sub(r"[.!?;\n]", " ", PARAGRAPH * 600)  # ~170 000 characters, one "sentence"
    given = []
    sentenize = sentences.razdel.sentenize

    def recording(part):
        given.append(len(part))
        return sentenize(part)

    monkeypatch.setattr(sentences.razdel, "sentenize", recording)
    found = sentences.split_sentences(text)
    assert max(given) <= sentences.MAX_LINE
    assert max(s.end - s.start for s in found) <= sentences.MAX_SENTENCE
    covered = "".join(text[s.start:s.end] for s in found)
    assert re.sub(r"\s", "", covered) == re.sub(r"\s", "", text)  # nothing lost or repeated


def test_short_sentences_are_not_cut():
    found = sentences.split_sentences(PARAGRAPH)
    assert [PARAGRAPH[s.start:s.end][:12] for s in found] == [
        "Минтруда Каз", "Из Китая – 5", "«Спрос растё"]
