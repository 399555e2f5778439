"""briefing-extractor: numbers from Russian-language government briefings as verifiable facts."""

__version__ = "0.1.0"
