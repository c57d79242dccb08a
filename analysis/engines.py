"""VADER and TextBlob (Pattern) sentence sentiment: the pinned libraries' scores, less overhead.

Scoring a corpus is dominated by the two sentiment engines, and a good part of their time is
interpreter overhead around the algorithm rather than the algorithm: VADER rebuilds every
sentence character by character to replace emoji, TextBlob's lexicon is a lazy dictionary whose
every lookup goes through two extra Python calls, and Pattern's tokenizer walks every token
through loops that only punctuation needs. This module builds the same engines with those
costs removed and nothing else changed:

* :func:`vader` is a ``SentimentIntensityAnalyzer`` whose ``polarity_scores`` skips the emoji
  pass when the text holds no emoji (the pass then returns the text unchanged) and otherwise
  runs the library's own method;
* :func:`pattern` is TextBlob's English ``Sentiment`` (what ``TextBlob(s).sentiment`` runs), its
  lexicon loaded once and looked up as a plain dict, tokenizing with :func:`find_tokens`;
* :func:`find_tokens` is ``textblob._text.find_tokens`` with its default arguments, with a fast
  path for tokens that neither start nor end with punctuation (the library's loops do nothing
  to those) and literal replacements done with ``str.replace``.

Every score is identical to the libraries' (``tests/test_engines.py`` compares them on the seed,
the benchmark corpus and generated text), so results are the pinned versions' results; the
libraries remain the reference and the baseline of ``bench/throughput.py``. Code adapted from
vaderSentiment 3.3.2 (MIT licence, C.J. Hutto) and TextBlob 0.20.1 / Pattern (MIT / BSD).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

# (This module is imported on first use by analysis.sentiment, so these stay out of
# ``import analysis``.)
from textblob import _text
from textblob.en import Sentiment as _Sentiment
from textblob.en import sentiment as _library_sentiment
from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer, SentiText

__all__ = ["find_tokens", "pattern", "vader"]


class _Vader(SentimentIntensityAnalyzer):
    def __init__(self) -> None:
        super().__init__()
        self._emoji = frozenset(self.emojis)

    def polarity_scores(self, text: str) -> dict[str, float]:
        if not self._emoji.isdisjoint(text):
            return super().polarity_scores(text)
        # Without emoji the library's emoji pass rebuilds ``text`` unchanged; from here on
        # this is vaderSentiment 3.3.2's polarity_scores, line for line.
        text = text.strip()
        sentitext = SentiText(text)
        sentiments: list[float] = []
        words_and_emoticons = sentitext.words_and_emoticons
        for i, item in enumerate(words_and_emoticons):
            valence = 0
            if item.lower() in BOOSTER_DICT:
                sentiments.append(valence)
                continue
            if (
                i < len(words_and_emoticons) - 1
                and item.lower() == "kind"
                and words_and_emoticons[i + 1].lower() == "of"
            ):
                sentiments.append(valence)
                continue
            sentiments = self.sentiment_valence(valence, sentitext, item, i, sentiments)
        sentiments = self._but_check(words_and_emoticons, sentiments)
        return self.score_valence(sentiments, text)


class _LoadedSentiment(_Sentiment):
    # Built with its lexicon already loaded (see pattern()), so the lookups of the scoring
    # loop go straight to dict; lazydict's would check whether it is loaded on every one.
    __contains__ = dict.__contains__
    __getitem__ = dict.__getitem__


@cache
def vader() -> Callable[[str], dict[str, float]]:
    """VADER's ``polarity_scores`` (vaderSentiment, shipped lexicon), same scores, less work."""
    return _Vader().polarity_scores


@cache
def pattern() -> Callable[[str], Any]:
    """TextBlob's English sentiment (``textblob.en.sentiment``): ``(polarity, subjectivity)``."""
    library = _library_sentiment
    len(library)  # loads the library's lexicon (from the installed package, no download)
    engine = _LoadedSentiment.__new__(_LoadedSentiment)
    # Its settings (negations, modifiers, labeler, ...), not the methods lazydict bound to it.
    engine.__dict__.update((k, v) for k, v in vars(library).items() if not k.startswith("__"))
    dict.update(engine, dict.items(library))
    engine.tokenizer = find_tokens
    return engine


# -- Pattern's tokenizer ---------------------------------------------------------------------

_LINEBREAK = re.compile(r"\n{2,}")
_SPACES = re.compile(r"\s+")
#: What find_tokens strips from a token's edges: the library's punctuation, "." only at the end.
_PUNCTUATION = tuple(_text.PUNCTUATION.replace(".", ""))
_TRAILING = (*_PUNCTUATION, ".")
_LEAD_CHARS = frozenset(_PUNCTUATION)
_TRAIL_CHARS = frozenset(_TRAILING)


def find_tokens(string: str) -> list[str]:
    """``textblob._text.find_tokens(string)`` (Pattern's tokenizer, default arguments): a list
    of sentences, each a space-separated string of tokens. Same output, less overhead."""
    replace, eos = _text.replacements, _text.EOS
    string = str(string)
    # Contractions: the library's patterns are literal strings that all contain "'".
    if "'" in string:
        for a, b in replace.items():
            string = string.replace(a, b)
    string = (
        string.replace("“", " “ ")
        .replace("”", " ” ")
        .replace("‘", " ‘ ")
        .replace("’", " ’ ")
        .replace("'", " ' ")
        .replace('"', ' " ')
    )
    string = string.replace("\r\n", "\n")
    if "\n\n" in string:  # (what the pattern needs to match)
        string = _LINEBREAK.sub(f" {eos} ", string)
    string = _SPACES.sub(" ", string)
    tokens: list[str] = []
    append = tokens.append
    for t in _text.TOKEN.findall(string + " "):
        if t[0] not in _LEAD_CHARS and t[-1] not in _TRAIL_CHARS:
            append(t)  # the library's loops below leave such a token as it is
            continue
        # From here on, textblob 0.20.1's find_tokens, line for line.
        tail = []
        while t.startswith(_PUNCTUATION) and t not in replace:
            tokens.append(t[0])
            t = t[1:]
        while t.endswith(_TRAILING) and t not in replace:
            if t.endswith(_PUNCTUATION):
                tail.append(t[-1])
                t = t[:-1]
            if t.endswith("..."):
                tail.append("...")
                t = t[:-3].rstrip(".")
            if t.endswith("."):
                if (
                    t in _text.ABBREVIATIONS
                    or _text.RE_ABBR1.match(t) is not None
                    or _text.RE_ABBR2.match(t) is not None
                    or _text.RE_ABBR3.match(t) is not None
                ):
                    break
                tail.append(t[-1])
                t = t[:-1]
        if t != "":
            tokens.append(t)
        tokens.extend(reversed(tail))
    sentences: list[list[str]] = [[]]
    i = j = 0
    n = len(tokens)
    starters = ("...", ".", "!", "?", eos)
    closers = ("'", '"', "”", "’", "...", ".", "!", "?", ")", eos)
    while j < n:
        if tokens[j] in starters:
            while j < n and tokens[j] in closers:
                if tokens[j] in ("'", '"') and sentences[-1].count(tokens[j]) % 2 == 0:
                    break  # Balanced quotes.
                j += 1
            chunk = tokens[i:j]
            sentences[-1].extend([t for t in chunk if t != eos] if eos in chunk else chunk)
            sentences.append([])
            i = j
        j += 1
    sentences[-1].extend(tokens[i:j])
    joined = (" ".join(s) for s in sentences if len(s) > 0)
    sarcasm = (_text.RE_SARCASM.sub("(!)", s) if "!" in s else s for s in joined)
    return [
        _text.RE_EMOTICONS.sub(lambda m: m.group(1).replace(" ", "") + m.group(2), s)
        for s in sarcasm
    ]
