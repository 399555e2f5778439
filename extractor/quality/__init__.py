"""How good the engine is: scoring extractions against the gold facts in
`corpora/` (precision, recall, attribute accuracy), used by `extractor evaluate`
and the quality gate in the tests.
"""
