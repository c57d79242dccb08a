"""Sentence sentiment with VADER and TextBlob, and how sentence scores become a document score.

Both engines run offline: ``vaderSentiment`` ships its lexicon, and TextBlob's ``.sentiment``
uses the Pattern lexicon installed with it (no NLTK data). They are imported on first use so
that ``import analysis`` stays light, and run through :mod:`analysis.engines`, which gives the
pinned libraries' scores exactly with less interpreter overhead.

The headline score is VADER's compound: against human ratings of news sentences it correlates
at r = 0.50, TextBlob at 0.30, and their average does worse than VADER alone (DESIGN.md).
TextBlob's subjectivity is kept as a separate dimension. Documents are scored by aggregating
sentence scores, never by running VADER on the whole text, which saturates (r = 0.53 vs 0.63
for sentence means) and costs time quadratic in the article's length. The aggregation,
:data:`DOCUMENT_AGGREGATION`, was chosen by ``python -m analysis.evaluate sentiment``
(figures in the README).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any, ClassVar, NamedTuple

from .document import Document, Measure, stable_float

__all__ = [
    "DOCUMENT_AGGREGATION",
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


#: How sentence scores become the document score: the mean over sentences, each weighted
#: equally. Measured against 150 NYT editorials (20 raters each) it beats token-weighted means
#: and VADER on the whole text; see README "Measured accuracy".
DOCUMENT_AGGREGATION = "mean"


@cache
def _engines() -> tuple[Callable[[str], dict], Callable[[str], tuple[float, float]]]:
    from .engines import pattern, vader  # the libraries' own scores, less overhead

    return vader(), pattern()


def score_sentence(text: str) -> SentenceSentiment:
    """VADER and TextBlob scores of one sentence."""
    vader, pattern = _engines()
    v = vader(text)
    polarity, subjectivity = pattern(text)
    return SentenceSentiment(
        sentiment=v["compound"],
        vader_compound=v["compound"],
        vader_pos=v["pos"],
        vader_neu=v["neu"],
        vader_neg=v["neg"],
        textblob_polarity=float(polarity),
        textblob_subjectivity=float(subjectivity),
    )


def score_sentences(texts: Sequence[str]) -> list[SentenceSentiment]:
    """Scores of each sentence, in order."""
    return [score_sentence(t) for t in texts]


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

    def sentence_values(self, doc: Document) -> dict[str, list[Any]]:
        scores = score_sentences([s.text for s in doc.article.sentences])
        return {c: [sc[i] for sc in scores] for i, c in enumerate(SentenceSentiment._fields)}

    def summarise(self, doc: Document, values: Mapping[str, list[Any]]) -> dict[str, Any]:
        """The means of ``sentiment``, ``vader_compound``, ``textblob_polarity`` and
        ``textblob_subjectivity``, and the most negative and most positive sentence (VADER)."""
        compound = values["vader_compound"]
        out: dict[str, Any] = {
            c: stable_float(aggregate(values[c]))
            for c in ("sentiment", "vader_compound", "textblob_polarity", "textblob_subjectivity")
        }
        out["most_negative_sentence"] = min(
            range(len(compound)), key=compound.__getitem__, default=None
        )
        out["most_positive_sentence"] = max(
            range(len(compound)), key=compound.__getitem__, default=None
        )
        return out
