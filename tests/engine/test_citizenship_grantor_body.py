"""People granted a host's citizenship are counted by their own citizenship, whoever reports
(corpora/README.md): in a sending state's text, the host's body named as the source of the
figures ('по данным МВД РФ', 'по сведениям МВД России') names the grantor again, and does not
make it the country."""
import pytest

from extractor.api import extract_text


@pytest.mark.parametrize("text, expected", [
    ("Таджикистанцы чаще получают паспорта РФ\n"
     "Душанбе. 3 марта. По данным МВД РФ, за прошлый год гражданство России получили "
     "51200 граждан Таджикистана.", "TJ"),
    ("Таджикистанцы чаще получают паспорта РФ\n"
     "Душанбе. 3 марта. По сведениям МВД России, за полгода российское гражданство "
     "получили 18 400 граждан Таджикистана.", "TJ"),
    # the grantor named alone stays the grantor
    ("Таджикистанцы чаще получают паспорта РФ\n"
     "Душанбе. 3 марта. За прошлый год гражданство России получили 51200 граждан Таджикистана.",
     "TJ"),
])
def test_the_source_body_does_not_make_the_grantor_the_country(text, expected):
    extraction = extract_text(text, published="2024-03-03")
    assert extraction.document.jurisdiction == "TJ"
    facts = [f for f in extraction.facts if f.value is not None]
    assert facts and facts[0].dimensions.get("country") == expected
