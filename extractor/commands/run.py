"""Not available in this build yet."""
from extractor.errors import UserError

EXAMPLE = "  extractor run --help\n"


def configure(parser):
    pass


def run(args):
    raise UserError("'run' is not available in this build yet")
