"""Not available in this build yet."""
from extractor.errors import UserError

EXAMPLE = "  extractor series --help\n"


def configure(parser):
    pass


def run(args):
    raise UserError("'series' is not available in this build yet")
