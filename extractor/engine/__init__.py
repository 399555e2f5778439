"""The language engine: a Document's text -> Facts with their evidence.

Sentences, tokens and lemmas, figures, places and sectors, times, indicators,
then the facts themselves (levels, changes, breakdowns, measures) with their
speaker and jurisdiction. `pipeline.extract(document)` is the one entry point;
it hands on an `Extraction` (records.py). It reads rules only from `patterns/`
and knows nothing of files, sites, the store or the answers built on it.
"""
