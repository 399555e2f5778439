"""The engine as a spaCy component: add_pipe by name, spans and records on the Doc, displaCy."""
import json
import subprocess
import sys

import spacy
from spacy import displacy

TEXT = ("Минтруда РК сообщает: квота на привлечение иностранной рабочей силы в текущем году "
        "установлена в количестве 19,4 тыс. единиц. На 1 октября в республике работают "
        "12 500 иностранцев из Китая.")


def pipeline(**config):
    nlp = spacy.blank("ru")
    nlp.add_pipe("briefing_facts", config=config)
    return nlp


def test_add_pipe_finds_the_component_through_its_entry_point():
    """A fresh interpreter that never imports extractor: only the installed entry point
    can tell spaCy where 'briefing_facts' lives."""
    code = ("import json, spacy\n"
            "nlp = spacy.blank('ru'); nlp.add_pipe('briefing_facts')\n"
            f"doc = nlp({TEXT!r})\n"
            "print(json.dumps([[s.text, s.label_] for s in doc.spans['facts']], ensure_ascii=False))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert ["19,4 тыс. единиц", "foreign_labour_quota"] in json.loads(result.stdout)


def test_spans_and_records_describe_the_same_facts():
    doc = pipeline(published="2025-10-31")(TEXT)
    spans, facts = doc.spans["facts"], doc._.facts
    assert len(spans) == len(facts) >= 2
    for span, fact in zip(spans, facts):
        assert fact.evidence.text in span.text
        assert span.start_char <= fact.evidence.start < fact.evidence.end <= span.end_char
        assert span.label_ == (fact.indicator or fact.category)
    quota = next(f for f in facts if f.indicator == "foreign_labour_quota")
    assert (quota.value, quota.time.period) == (19400, "2025")


def test_a_date_set_on_the_doc_overrides_the_configured_one():
    nlp = pipeline(published="2025-10-31")
    doc = nlp.make_doc(TEXT)
    doc._.published = "2023-05-01"
    quota = next(f for f in nlp.get_pipe("briefing_facts")(doc)._.facts
                 if f.indicator == "foreign_labour_quota")
    assert quota.time.period == "2023"


def test_displacy_renders_the_fact_spans():
    doc = pipeline(published="2025-10-31")(TEXT)
    html = displacy.render(doc, style="span", options={"spans_key": "facts"})
    assert "foreign_labour_quota" in html
    assert "19,4" in html and "единиц" in html


def test_the_component_survives_saving_and_loading_the_pipeline(tmp_path):
    pipeline(published="2025-10-31").to_disk(tmp_path / "nlp")
    doc = spacy.load(tmp_path / "nlp")(TEXT)
    assert any(f.time.period == "2025" for f in doc._.facts)
