"""Events: the clause-level unit between lexicon hits and sentences.

A lexicon hit is a word or phrase; an *event* is what a clause reports. "Seventeen rockets
struck the city" holds two conflict words and reports one attack; "protesters protested the
protest ban" one protest. Scores count events, term frequencies count words, so a sentence that
repeats a word is not scored as more violent for it.

How hits become events (:func:`build_events`): the hits that carry a direction (after their
lexicon's context rules) are grouped by clause (:attr:`analysis.text.Article.clauses`),
direction and category. Each group is one event: its weight, modality and negation are those
of its strongest hit (the first of equals), its ``terms`` all the hits' texts, its span the
clause. A clause that reports two kinds of event ("suspended aid and threatened sanctions")
holds two. On the escalation development data, grouping by clause and direction alone (one
event per side) merged such pairs and lost 1 point of coverage; counting every word scores
"missiles struck" twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import DIRECTIONS
from .matching import Match
from .text import Article

__all__ = ["DIRECTIONS", "Event", "build_events"]

#: Directions an event can have.
#: The modality of an event no rule qualified: it is reported as having happened.
ASSERTED = "asserted"


@dataclass(frozen=True, slots=True)
class Event:
    """One clause-level event: ``article.text[start:end] == text`` is its clause.

    ``terms`` are the texts of the hits that make it (each traceable in ``res.matches`` by
    its offsets, ``term_spans``); ``weight`` is its intensity on 0..10 (CAMEO/Goldstein for the
    shipped lexicon), positive whatever its direction; ``rule`` names the context rules that
    changed its strongest hit (None: the lexicon entry as written).

    ``source`` and ``target`` are the actor codes of who acts and who is acted upon (see
    :mod:`analysis.actors`; None when the text names none), ``source_span``/``target_span``
    and ``source_text``/``target_text`` the mention each was read from, and ``dyads`` every
    ``(source, target)`` pair the clause reports ("Russia and Ukraine exchanged strikes":
    both directions).
    """

    start: int
    end: int
    text: str
    sentence_id: int
    clause_id: int
    lexicon: str
    category: str
    direction: str
    weight: float
    negated: bool
    modality: str
    terms: tuple[str, ...]
    term_spans: tuple[tuple[int, int], ...]
    rule: str | None = None
    source: str | None = None
    target: str | None = None
    source_span: tuple[int, int] | None = None
    target_span: tuple[int, int] | None = None
    source_text: str | None = None
    target_text: str | None = None
    dyads: tuple[tuple[str | None, str | None], ...] = ()

    @property
    def signed_weight(self) -> float:
        """``weight`` for escalation, ``-weight`` for de-escalation."""
        return self.weight if self.direction == DIRECTIONS[0] else -self.weight


def build_events(article: Article, matches: Sequence[Match]) -> list[Event]:
    """The events of ``article`` from its (rule-applied) hits, in text order.

    Hits without a direction (hedging cues, categories of a plain dictionary) make no event.
    """
    groups: dict[tuple[int, str, str], list[Match]] = {}
    for m in matches:
        if m.direction in DIRECTIONS:
            key = (article.clause_of(m.start), m.direction, m.category)
            groups.setdefault(key, []).append(m)
    events = []
    for (cid, direction, _), hits in groups.items():
        top = max(hits, key=lambda m: m.weight)  # max() keeps the first of equals
        clause = article.clauses[cid]
        events.append(
            Event(
                start=clause.start,
                end=clause.end,
                text=clause.text,
                sentence_id=top.sentence_id,
                clause_id=cid,
                lexicon=top.lexicon,
                category=top.category,
                direction=direction,
                weight=top.weight,
                negated=top.negated,
                modality=top.modality or ASSERTED,
                terms=tuple(m.text for m in hits),
                term_spans=tuple((m.start, m.end) for m in hits),
                rule=top.rule,
            )
        )
    events.sort(key=lambda e: (e.start, e.term_spans[0]))
    return events
