"""Getting documents from sites: source definitions (`patterns/sources/*.toml`),
polite fetching, discovery of new pages (feeds, sitemaps, listings, APIs),
article parsing and the crawl that stores each page with its facts.

A new site is a source file, not code here. Hands Documents and Extractions to
the store.
"""
