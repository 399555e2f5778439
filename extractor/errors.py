"""Errors a user can act on: the CLI prints them as one line, never a traceback."""


class UserError(Exception):
    """Bad input or configuration; the message names the thing and the problem."""


class InputError(UserError):
    """One input (file, URL, record) could not be read; other inputs go on."""
