"""Sentence sentiment with VADER and TextBlob, and how sentence scores become a document score.

Both engines are the pinned libraries, called through their public APIs, and both run offline:

* VADER is ``vaderSentiment.vaderSentiment.SentimentIntensityAnalyzer().polarity_scores``
  (the package ships its lexicon), one analyzer built on first use;
* TextBlob is ``textblob.en.sentiment``, the Pattern ``Sentiment`` object that the public module
  ``textblob.en`` exports (its lexicon is installed with TextBlob; no NLTK data). It is what
  ``TextBlob(s).sentiment`` runs: ``TextBlob.sentiment`` calls ``PatternAnalyzer().analyze(s)``,
  which calls ``textblob.en.sentiment(s)`` and copies the two numbers into a namedtuple class
  it builds anew on every call. The numbers are the same, bit for bit
  (``tests/test_sentiment.py`` checks it), so the package calls ``textblob.en.sentiment``
  directly. Measured on the 12,289 Wikinews benchmark sentences (best of 3 rounds, 2-core VM):
  ``TextBlob(s).sentiment`` 1.40 s, ``PatternAnalyzer().analyze(s)`` 1.30 s,
  ``textblob.en.sentiment(s)`` 0.76 s (VADER: 0.45 s); the skipped layers are the blob's
  construction (it lower-cases and strips the whole text for its other properties) and the
  namedtuple class.

The libraries are imported on first use, so that ``import analysis`` stays light.

The headline score is VADER's compound: against human ratings of news sentences it correlates
at r = 0.50, TextBlob at 0.30, and their average does worse than VADER alone (DESIGN.md).
TextBlob's subjectivity is kept as a separate dimension. Documents are scored by aggregating
sentence scores with :func:`aggregate` (their plain mean), never by running VADER on the whole
text, which saturates (r = 0.53 vs 0.63 for sentence means) and costs time quadratic in the
article's length. The mean was chosen by ``python -m analysis.evaluate sentiment`` (figures in
the README).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache, lru_cache
from typing import Any, ClassVar, NamedTuple

from .document import Document, Measure, Statistic

__all__ = [
    "SENTENCE_CACHE_SIZE",
    "SentenceSentiment",
    "SentimentMeasure",
    "aggregate",
    "score_sentence",
    "score_sentences",
]


class SentenceSentiment(NamedTuple):
    """Scores of one sentence. ``sentiment`` is the headline score (VADER compound)."""

    sentiment: float
    vader_compound: float
    vader_pos: float
    vader_neu: float
    vader_neg: float
    textblob_polarity: float
    textblob_subjectivity: float


@cache
def _engines() -> tuple[Callable[[str], dict[str, float]], Callable[[str], Sequence[float]]]:
    """VADER's ``polarity_scores`` and TextBlob's English sentiment, built once, on first use."""
    from textblob.en import sentiment as textblob_sentiment
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer().polarity_scores, textblob_sentiment


#: How many distinct sentences' scores each process keeps (least recently used go first):
#: wire copy and boilerplate recur across a corpus ("The ministry did not respond to a
#: request for comment."), and a sentence scored once need not be scored again. About 25 MB
#: when full.
SENTENCE_CACHE_SIZE = 2**16


@lru_cache(maxsize=SENTENCE_CACHE_SIZE)
def _score(text: str) -> SentenceSentiment:
    vader, textblob = _engines()
    v = vader(text)
    polarity, subjectivity = textblob(text)
    c = v["compound"]  # the headline ``sentiment`` and ``vader_compound``
    # Positional, in field order: keyword arguments cost more per sentence.
    return SentenceSentiment(
        c, c, v["pos"], v["neu"], v["neg"], float(polarity), float(subjectivity)
    )


def score_sentences(texts: Sequence[str]) -> list[SentenceSentiment]:
    """VADER and TextBlob scores of each sentence, in order. Each distinct sentence is scored
    once per process (:data:`SENTENCE_CACHE_SIZE`); the scores are the libraries' either way."""
    return [_score(text) for text in texts]


def score_sentence(text: str) -> SentenceSentiment:
    """VADER and TextBlob scores of one sentence."""
    return score_sentences((text,))[0]


def aggregate(values: Sequence[float], weights: Sequence[float] | None = None) -> float:
    """Document score from sentence scores: their (optionally weighted) mean; 0.0 when empty."""
    if not values:
        return 0.0
    if weights is None:
        return sum(values) / len(values)
    total = sum(weights)
    if total <= 0:
        return 0.0
    return sum(v * w for v, w in zip(values, weights, strict=True)) / total


class SentimentMeasure(Measure):
    """Sentence sentiment (VADER and TextBlob) and its document aggregation (the mean)."""

    name = "sentiment"
    columns: ClassVar[Mapping[str, str]] = dict.fromkeys(SentenceSentiment._fields, "float64")
    reads_lexicons = False
    #: Document scores: the mean of the sentence scores (:func:`aggregate`), resampling sentences.
    statistics: ClassVar[tuple[Statistic, ...]] = tuple(
        Statistic(c, "sentences", c)
        for c in ("sentiment", "vader_compound", "textblob_polarity", "textblob_subjectivity")
    )

    def sentence_values(self, doc: Document) -> dict[str, list[Any]]:
        scores = score_sentences([s.text for s in doc.article.sentences])
        return {c: [sc[i] for sc in scores] for i, c in enumerate(SentenceSentiment._fields)}

    def summarise(self, doc: Document, values: Mapping[str, list[Any]]) -> dict[str, Any]:
        """The means of ``sentiment``, ``vader_compound``, ``textblob_polarity`` and
        ``textblob_subjectivity`` with their intervals, and the most negative and most
        positive sentence (VADER)."""
        compound = values["vader_compound"]
        out = self.figures(doc, values)
        out["most_negative_sentence"] = min(
            range(len(compound)), key=compound.__getitem__, default=None
        )
        out["most_positive_sentence"] = max(
            range(len(compound)), key=compound.__getitem__, default=None
        )
        return out
