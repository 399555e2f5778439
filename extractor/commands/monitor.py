"""Not available in this build yet."""
from extractor.errors import UserError

EXAMPLE = "  extractor monitor --help\n"


def configure(parser):
    pass


def run(args):
    raise UserError("'monitor' is not available in this build yet")
