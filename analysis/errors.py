"""Exception types. Each carries one sentence saying what is wrong, where, and how to fix it.

User errors (bad input, bad parameters, bad lexicon files) derive from :class:`AnalysisError`;
the CLI turns them into a message on stderr and exit code 2, without a traceback.
"""

from __future__ import annotations

__all__ = [
    "AnalysisError",
    "ArticleError",
    "LexiconError",
    "NonEnglishWarning",
    "ParameterError",
]


class AnalysisError(Exception):
    """Base class for errors caused by the user's input (exit code 2 in the CLI)."""


class ArticleError(AnalysisError, ValueError):
    """An article cannot be read: missing, a directory, empty, binary or undecodable."""


class LexiconError(AnalysisError, ValueError):
    """A lexicon is unknown or its YAML file is malformed (message names file and line)."""


class ParameterError(AnalysisError, ValueError):
    """A parameter (CLI option, notebook parameter, function argument) has a wrong value."""


class NonEnglishWarning(UserWarning):
    """An article is not in English: the lexicons and sentiment engines only know English, so
    its scores mean little. Raised by :func:`analysis.analyze` (filter it with
    ``warnings.simplefilter("ignore", analysis.NonEnglishWarning)``)."""
