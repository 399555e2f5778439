"""The engine as a spaCy pipeline component, so that it fits into existing spaCy pipelines.

    import spacy
    nlp = spacy.blank("ru")
    nlp.add_pipe("briefing_facts", config={"published": "2025-10-31"})
    doc = nlp(text)
    doc.spans["facts"]    # one span per fact, labelled with its indicator (else its category)
    doc._.facts           # the records.Fact objects, in the same order
    spacy.displacy.render(doc, style="span", spans_key="facts")

The factory is registered through the `spacy_factories` entry point (setup.cfg), so
`add_pipe("briefing_facts")` works after a plain install without importing extractor first.
The component reads `doc.text` with its own tokenizer and rules; it needs no trained model and
leaves the tokens and other annotations of the Doc alone. A span covers the tokens around the
fact's evidence; the exact characters are `fact.evidence.start:end` of `doc.text`.
`doc._.published` (YYYY-MM-DD), when set before the component runs, overrides the configured
date that relative times ('в текущем году') are read against.
"""
from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from extractor.engine.pipeline import extract
from extractor.records import Document

for _name in ("facts", "published"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("briefing_facts", default_config={"spans_key": "facts", "published": None})
def make_briefing_facts(nlp: Language, name: str, spans_key: str,
                        published: Optional[str]) -> "BriefingFacts":
    return BriefingFacts(spans_key, published)


class BriefingFacts:
    """Puts the engine's facts on the Doc: spans under `spans_key`, records in `doc._.facts`."""

    def __init__(self, spans_key: str = "facts", published: Optional[str] = None):
        self.spans_key = spans_key
        self.published = published

    def __call__(self, doc: Doc) -> Doc:
        document = Document(text=doc.text, published=doc._.published or self.published)
        facts = extract(document).facts
        doc.spans[self.spans_key] = [
            doc.char_span(fact.evidence.start, fact.evidence.end,
                          label=fact.indicator or fact.category, alignment_mode="expand")
            for fact in facts]
        doc._.facts = facts
        return doc
