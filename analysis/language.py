"""Which language is an article in? Identified by a library, with its confidence.

The lexicons and both sentiment engines know only English, so every article's language is
identified, recorded in its summary (``language``, ``language_confidence``) and, when it is
not English, announced (:class:`~analysis.errors.NonEnglishWarning` from
:func:`analysis.analyze`, a note from the command line, a banner in the report) and kept out
of corpus aggregates unless asked for.

Identification is py3langid's (a maintained fork of Lui & Baldwin's langid.py, 2012: a naive
Bayes model over byte n-grams for 97 languages, shipped inside the package; nothing is
downloaded). ``bench/language_id.py`` chose it over lingua and langdetect on short news text
(README, "Languages"): 98.9% of 4,500 single sentences in 15 languages right (lingua 98.7%),
every one of 295 English Wikinews articles English, 0.08 ms a sentence (lingua 4 ms) and
4.4 MB installed (lingua 95 MB).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .files import stable_float

__all__ = [
    "ENGLISH",
    "MIN_CONFIDENCE",
    "NO_LANGUAGE",
    "SAMPLE_CHARS",
    "UNDETERMINED",
    "WINDOWS",
    "identify_language",
    "is_non_english",
    "language_name",
]

ENGLISH = "en"
#: ISO 639-2 "undetermined": what ``language`` is when the identifier is not confident enough.
UNDETERMINED = "und"
#: ISO 639-2 "no linguistic content": py3langid's answer for symbols, numbers and markup.
NO_LANGUAGE = "zxx"
#: Below this confidence (py3langid's normalised probability) the language is undetermined.
#: On the benchmark (bench/language_id.py) it keeps 98.0% of foreign sentences flagged while
#: calling 1.8% of English news sentences foreign (0.0% of English articles); a two-word
#: fragment ("Hello.", 0.05) is undetermined rather than Breton.
MIN_CONFIDENCE = 0.5
#: Texts longer than this are identified from :data:`WINDOWS` evenly spaced windows adding up
#: to about this many characters (start, middle, end): the identifier walks every byte in
#: Python (about 1 ms per 1,000 characters, as much as the rest of an article's analysis for
#: a long one), and 200 characters of one language are more than it needs (single sentences
#: of about 150 are right 98.9% of the time, README "Languages"). Each window is identified on
#: its own; the language is the one with the most confidence summed over the windows, and its
#: confidence that sum over the number of windows (so a mixed text is less certain). On the
#: 295 Wikinews articles this gives the same language as reading each whole article (and as
#: three windows of 400 characters, at half their cost).
SAMPLE_CHARS = 600
WINDOWS = 3


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _windows(text: str) -> list[str]:
    if len(text) <= SAMPLE_CHARS:
        return [text]
    width = SAMPLE_CHARS // WINDOWS
    step = (len(text) - width) // (WINDOWS - 1)
    return [text[i * step : i * step + width] for i in range(WINDOWS)]


def identify_language(text: str) -> tuple[str, float]:
    """``(ISO 639-1 code, confidence in [0, 1])`` of ``text``'s language.

    The code is :data:`UNDETERMINED` (``"und"``) when the confidence is below
    :data:`MIN_CONFIDENCE` (a fragment, a list of names, numbers); the confidence is then the
    best guess's. Deterministic; long texts are sampled (:data:`SAMPLE_CHARS`, :data:`WINDOWS`).
    """
    votes: dict[str, float] = {}
    windows = _windows(text)
    for window in windows:
        code, conf = _identifier().classify(window)
        votes[code] = votes.get(code, 0.0) + float(conf)
    code = max(sorted(votes), key=votes.__getitem__)  # ties: the first code alphabetically
    confidence = stable_float(votes[code] / len(windows))
    if confidence < MIN_CONFIDENCE:
        return UNDETERMINED, confidence
    return str(code), confidence


def is_non_english(language: str) -> bool:
    """Whether a ``language`` code means the text is (confidently) in a language other than
    English: not ``en``, not undetermined (``und``) and not without language (``zxx``)."""
    return language not in (ENGLISH, UNDETERMINED, NO_LANGUAGE)


def language_name(code: str) -> str:
    """The English name of a language code ("ru" -> "Russian"), or the code itself."""
    if code == UNDETERMINED:
        return "undetermined"
    if code == NO_LANGUAGE:
        return "no linguistic content"
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(code).get_display_name("en"))
    except (UnknownLocaleError, ValueError):
        return code
