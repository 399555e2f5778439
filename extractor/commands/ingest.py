"""Not available in this build yet."""
from extractor.errors import UserError

EXAMPLE = "  extractor ingest --help\n"


def configure(parser):
    pass


def run(args):
    raise UserError("'ingest' is not available in this build yet")
