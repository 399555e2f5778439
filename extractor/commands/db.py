"""Not available in this build yet."""
from extractor.errors import UserError

EXAMPLE = "  extractor db --help\n"


def configure(parser):
    pass


def run(args):
    raise UserError("'db' is not available in this build yet")
