"""Not available in this build yet."""
from extractor.errors import UserError

EXAMPLE = "  extractor reextract --help\n"


def configure(parser):
    pass


def run(args):
    raise UserError("'reextract' is not available in this build yet")
