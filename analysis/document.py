"""What a measure reads and what it must provide: :class:`Document` and :class:`Measure`.

A measure (sentiment, hedging, escalation...) is one module holding one :class:`Measure`
subclass, optionally one lexicon whose YAML names the measure (``rules: <name>``), and one line
in :data:`analysis.measures.MEASURES`. The pipeline (:func:`analysis.core.analyze_records`)
does the rest the same way for every measure:

1. it matches all active lexicons at once and hands each lexicon's hits to the context rules
   of the measure the lexicon names (:meth:`Measure.apply_rules`);
2. it builds the events (:mod:`analysis.events`) from the hits that carry a direction;
3. it asks every measure for its sentence columns (:meth:`Measure.sentence_values`) and its
   document figures (:meth:`Measure.summarise`), given the same :class:`Document`.

A measure's headline figures are declared once, as statistics of
the units they are built from (:attr:`Measure.statistics`); :meth:`Measure.figures` gives
each one's value and its bootstrap interval (``<key>_ci95``) from the document's seeded
:attr:`Document.resampler`, and comparisons (:mod:`analysis.comparison`) recompute the same
statistics from the frames.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, ClassVar

from .events import Event
from .files import stable_float
from .intervals import Columns, Resampler, Statistic
from .lexicon import Lexicon
from .matching import Match
from .text import Article

__all__ = ["Document", "DocumentRecords", "Measure", "Statistic", "stable_float"]


@dataclass(frozen=True)
class Document:
    """One article as every measure sees it.

    ``matches`` are all lexicons' hits after their context rules, by position (each knows its
    ``sentence_id``); ``events`` are built from them; ``n_tokens`` counts each sentence's word
    tokens (:class:`analysis.text.TokenIndex`).
    """

    article: Article
    lexicons: tuple[Lexicon, ...]
    matches: Sequence[Match]
    events: Sequence[Event]
    n_tokens: Sequence[int]

    def lexicons_with_rules(self, name: str) -> frozenset[str]:
        """Names of the active lexicons whose YAML says ``rules: <name>``."""
        return frozenset(lx.name for lx in self.lexicons if lx.rules == name)

    @cached_property
    def resampler(self) -> Resampler:
        """Bootstrap resamples of this document's units, seeded by its text's sha256."""
        return Resampler(self.article.sha256)

    def units(self, values: Mapping[str, Sequence[Any]]) -> dict[str, Columns]:
        """The document's units as :class:`Columns`, under the names a
        :class:`~analysis.intervals.Statistic` uses: ``"sentences"`` (a measure's sentence
        ``values`` and ``n_tokens``, as in ``res.sentences``) and ``"events"`` (``direction``
        and ``weight``, as in ``res.events``)."""
        n = len(self.article.sentences)
        return {
            "sentences": Columns({**values, "n_tokens": self.n_tokens}, n),
            "events": Columns(
                {
                    "direction": [e.direction for e in self.events],
                    "weight": [e.weight for e in self.events],
                },
                len(self.events),
            ),
        }


@dataclass
class DocumentRecords:
    """Everything computed for one document, as plain Python data (cheap to pickle and
    concatenate): the sentence columns (one list per column, one value per sentence), the
    hits, the events, the summary and the number of tokens. :mod:`analysis.frames` turns any
    number of these into frames."""

    doc_id: str
    columns: dict[str, list[Any]]
    matches: list[Match]
    events: list[Event]
    summary: dict[str, Any]
    n_tokens: int


class Measure:
    """One measure. Subclasses set the class attributes and override what they provide.

    ``columns`` maps each sentence column the measure adds to its pandas dtype; when the
    measure is not active (:meth:`active`), the columns are there with missing values, so the
    sentence frame's columns do not depend on the lexicons given.
    """

    #: The measure's name, and the ``rules:`` value a lexicon uses to get its context rules.
    name: ClassVar[str]
    #: Sentence columns this measure adds, in order, with their dtypes.
    columns: ClassVar[Mapping[str, str]] = {}
    #: Whether lexicons may name this measure's context rules (``rules: <name>``).
    has_rules: ClassVar[bool] = False
    #: Whether the measure's figures depend on the lexicons (reference norms built with other
    #: lexicons then do not apply to them).
    reads_lexicons: ClassVar[bool] = True
    #: The measure's headline document figures, each with a bootstrap interval.
    statistics: ClassVar[tuple[Statistic, ...]] = ()

    def active(self, lexicons: Sequence[Lexicon]) -> bool:
        """Whether the measure runs with these lexicons (default: always)."""
        return True

    def apply_rules(
        self, article: Article, hits: Sequence[Match], *, skip: Collection[str] = ()
    ) -> list[Match]:
        """The context rules: one lexicon's hits in ``article``, kept, changed or dropped;
        ``skip`` names rules to leave out (ablation studies)."""
        raise NotImplementedError(f"measure {self.name!r} has no context rules")

    def sentence_values(self, doc: Document) -> dict[str, list[Any]]:
        """One list per column of :attr:`columns`, one value per sentence."""
        return {}

    def summarise(self, doc: Document, values: Mapping[str, list[Any]]) -> dict[str, Any]:
        """Document figures (plain JSON-serialisable Python), given this measure's
        :meth:`sentence_values`: at least :meth:`figures`."""
        return self.figures(doc, values)

    def figures(self, doc: Document, values: Mapping[str, list[Any]]) -> dict[str, Any]:
        """Each of :attr:`statistics` with its interval: ``{key: value, key_ci95: [low,
        high]}`` (``None`` for fewer than two units), in order; the one bootstrap every
        measure's :meth:`summarise` uses."""
        return doc.resampler.figures(self.statistics, doc.units(values))
