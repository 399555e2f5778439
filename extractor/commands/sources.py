"""Not available in this build yet."""
from extractor.errors import UserError

EXAMPLE = "  extractor sources --help\n"


def configure(parser):
    pass


def run(args):
    raise UserError("'sources' is not available in this build yet")
