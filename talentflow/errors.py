"""Every user-facing message lives here, each saying what is valid."""

from __future__ import annotations


class TalentflowError(Exception):
    """Base class: a user error with a clear one-line message."""


class UnknownLanguage(TalentflowError):
    pass


class InputError(TalentflowError):
    """A bad input file, line or row; the message names where."""


class E:
    UNKNOWN_LANG = "Unsupported language '{lang}'. Available languages: {available}."
    MISSING_LANG_FILE = "Language data file lang/{lang}/{name}.json is missing."
