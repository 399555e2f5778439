"""Source files: the shipped ones load, and a mistake in a new one is one clear line."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.cli import main
from extractor.web.sources import all_sources, find_sources, fill

ROOT_DIR = Path(__file__).resolve().parents[2]

HEAD = 'name = "x"\nbase_url = "https://x.kz"\n'
MINIMAL = HEAD + '[discovery]\nfeeds = ["/rss"]\n'


def top(line: str) -> str:
    """A minimal source file with one more top-level line."""
    return HEAD + line + '[discovery]\nfeeds = ["/rss"]\n'


def test_shipped_sources_load_and_cover_the_required_sites():
    names = {s.name for s in all_sources()}
    assert {"zakon.kz", "gov.kz/enbek", "primeminister.kz", "inform.kz", "kun.uz",
            "generic-rss"} <= names
    [enbek] = find_sources(["gov.kz/enbek"])
    assert enbek.vars["project"] == "enbek" and enbek.apis[0].items == "data.news"


def test_sources_command_lists_them(capsys):
    assert main(["sources"]) == 0
    out = capsys.readouterr().out
    assert "zakon.kz" in out and "feed+sitemap+listing" in out and "disabled" in out


@pytest.mark.parametrize("text, message", [
    (top("colour = 1\n"), "unknown field 'colour' in source"),
    ('name = "x"\nbase_url = "https://x.kz"\n', "[discovery] needs at least one of"),
    ('base_url = "https://x.kz"\n[discovery]\nfeeds = ["/rss"]\n', "'name' is required"),
    (MINIMAL.replace("https://x.kz", "x.kz"), "base_url must start with http"),
    (MINIMAL + '[article]\nbody = ["div..content"]\n', "bad CSS selector 'div..content'"),
    (MINIMAL + '[urls]\nallow = ["(unclosed"]\n', "bad regular expression"),
    (MINIMAL + '[politeness]\ndelai = 1\n', "unknown field 'delai' in [politeness]"),
    (top('jurisdiction = "Kazakhstan"\n'), "jurisdiction must be an ISO two-letter code"),
    (top('timezone = "Asia/Nowhere"\n'), "unknown timezone"),
    ('name = "x"\nbase_url = ', "not valid TOML"),
    ('name = "x"\nbase_url = "https://x.kz"\n[[discovery.listing]]\nurl = "/news"\n',
     "needs 'url' and 'links'"),
    ('name = "x"\nbase_url = "https://x.kz"\n[discovery]\nfeeds = 5\n',
     "discovery.feeds must be a string or a list of strings"),
    (MINIMAL + '[politeness]\ndelay = "slow"\n', "politeness.delay: 'slow' is not of type"),
])
def test_a_broken_source_file_is_one_line_naming_the_file(tmp_path, capsys, text, message):
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["sources", str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and message in err and len(err.strip().splitlines()) == 1


def test_fill_keeps_graphql_braces_and_number_types():
    query = "query { news(_page: {page}) { id title } }"
    assert fill(query, {"page": 2}) == "query { news(_page: 2) { id title } }"
    assert fill({"page": "{page}", "p": "EQ:{project}"}, {"page": 3, "project": "enbek"}) == {
        "page": 3, "p": "EQ:enbek"}


def test_every_shipped_source_file_is_valid_under_the_published_schema():
    import json
    import tomllib

    import jsonschema

    schema = json.loads((ROOT_DIR / "extractor" / "schemas" / "source.schema.json").read_text())
    assert schema["$id"].startswith("https://")
    for path in sorted((ROOT_DIR / "patterns" / "sources").glob("*.toml")):
        jsonschema.validate(tomllib.loads(path.read_text(encoding="utf-8")), schema)


def test_the_schema_knows_every_politeness_setting():
    import json

    from extractor.web.fetching import Politeness
    schema = json.loads((ROOT_DIR / "extractor" / "schemas" / "source.schema.json").read_text())
    assert set(schema["properties"]["politeness"]["properties"]) == set(
        Politeness.__dataclass_fields__)
