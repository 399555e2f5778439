"""Not available in this build yet."""
from extractor.errors import UserError

EXAMPLE = "  extractor report --help\n"


def configure(parser):
    pass


def run(args):
    raise UserError("'report' is not available in this build yet")
