"""Not available in this build yet."""
from extractor.errors import UserError

EXAMPLE = "  extractor check --help\n"


def configure(parser):
    pass


def run(args):
    raise UserError("'check' is not available in this build yet")
