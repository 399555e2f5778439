"""Placeholder: the extraction pipeline."""
from extractor.records import Document, Extraction


def extract(document: Document) -> Extraction:
    return Extraction(document=document, facts=[])
