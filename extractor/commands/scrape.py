"""Not available in this build yet."""
from extractor.errors import UserError

EXAMPLE = "  extractor scrape --help\n"


def configure(parser):
    pass


def run(args):
    raise UserError("'scrape' is not available in this build yet")
