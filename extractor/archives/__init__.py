"""Archives -> the store: WARC/ARC files, folders of saved pages, JSONL exports,
PDF and DOCX, read record by record, deduplicated and extracted.

A new archive format is a reader here. Hands Documents and Extractions to the store.
"""
