"""Files and pages -> Documents: decoding bytes, plain text, saved HTML, JSON
records, PDF and DOCX attachments.

Hands on `records.Document` (text plus url, title, date, outlet) to the engine;
used by `extract`, by the web crawler and by the archive readers.
"""
