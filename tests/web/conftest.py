"""Fixture sites: a zakon.kz-style site, and a second one that is another host.

Test modules that need a site with faults set up front define their own `site`.
"""
from __future__ import annotations

import pytest

import scrape_site


@pytest.fixture
def site():
    running = scrape_site.start("zakon")
    yield running
    running.server.stop()


@pytest.fixture
def other():
    """A second site on another port: another host as far as URLs are concerned."""
    running = scrape_site.start("plainrss")
    yield running
    running.server.stop()
