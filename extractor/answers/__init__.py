"""What users ask of the facts: time series (with conflicts and sources per
point), fact-checking of a claim, and the HTML report.

Reads Extractions from the store or from `extract` output; writes nothing back.
A new output format goes here.
"""
