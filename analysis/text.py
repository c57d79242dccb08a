"""Text model: loading articles, and every linguistic unit the measures share, defined once.

An :class:`Article` holds its text and its units, each with character offsets into the text so
that any number the package reports can be traced back to the exact words behind it
(``article.text[span.start:span.end] == span.text`` always holds):

* **paragraphs** (:func:`split_paragraphs`) and **sentences** (:func:`split_sentences`, the
  rule-based segmenter of :mod:`analysis.segment`), computed on loading;
* **tokens** (:data:`TOKEN_RE`, within sentences; :class:`TokenIndex`) and **clauses**
  (sentences cut at :data:`CLAUSE_BOUNDARY_RE`), computed once on first use;
* **negation scope** (:meth:`Article.negator`): which negator, if any, governs a word;
* **case folding** (:func:`fold`) and **term normalisation** (:func:`normalise_term`).

The matcher, the context rules, events, summaries and frames all use these, so they all see
the same sentences and clauses as ``res.sentences``.

Loading is strict about what it cannot read (missing, empty, binary files raise
:class:`ArticleError` with one sentence saying what and where) and lenient about what it can:
UTF-8, UTF-8 with BOM, UTF-16 with BOM, and cp1252/Latin-1 files are all read, with the
detected encoding recorded on the article. Line endings are normalised to ``\\n``.
"""

from __future__ import annotations

import bisect
import codecs
import datetime
import functools
import hashlib
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import ArticleError
from .html import HTML_SUFFIXES, PAGE_METADATA, declared_charset, extract_page, looks_like_html
from .segment import sentence_bounds

__all__ = [
    "ABSENCE_NOUNS",
    "ASIDE_WORDS",
    "AVOIDING",
    "BE_FORMS",
    "CLAUSE_BOUNDARY_RE",
    "DETERMINERS",
    "FINITE_AUX",
    "IRREGULAR_PASTS",
    "NEGATING_PARTICLES",
    "NEGATORS",
    "NEGATOR_PAIRS",
    "NEGATOR_STARTS",
    "RULED_OUT_HINT",
    "SAYING_VERBS",
    "SCENE_OPENERS",
    "TELLING_VERBS",
    "TOKEN_RE",
    "TOO_GAP",
    "UNHAPPENED",
    "WEEKDAYS",
    "YEAR",
    "Article",
    "Source",
    "Span",
    "Token",
    "TokenIndex",
    "article_from_source",
    "count_tokens",
    "date_from_name",
    "fold",
    "fold_words",
    "is_finite_past",
    "load_article",
    "normalise_term",
    "read_source",
    "span_index",
    "split_paragraphs",
    "split_sentences",
]

#: Files larger than this are refused: a news article is kilobytes; a 500 MB "article" is
#: almost certainly the wrong file. The limit is generous enough for 50 MB stress inputs.
MAX_BYTES = 512 * 1024 * 1024

#: Word tokens: runs of letters/digits joined by internal apostrophes, hyphens, periods or
#: commas ("don't", "de-escalate", "U.S", "1,500", "1.13"). Punctuation is not a token, so
#: ``n_tokens`` counts words, the denominator researchers expect for per-100/1000 rates.
TOKEN_RE = re.compile(r"\w+(?:['’.,\-]\w+)*")

_PARA_SPLIT_RE = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*\S)")

#: The longest sentence, in characters. Real news sentences stay far below it (even a 150-word
#: sentence is about 1,000 characters); a longer "sentence" is text without sentence
#: punctuation (a table, a list, a data dump, a 1 MB line). It is cut at the last whitespace
#: before the limit (or at the limit, when there is none), because every per-sentence step
#: after segmentation may cost more than linear time in a sentence's length: VADER's is
#: quadratic (a 100 KB unpunctuated line took 10 s, a 460 KB one 150 s).
MAX_SENTENCE_CHARS = 2_000
#: The last run of whitespace in a window: where a too-long sentence is cut. Possessive and
#: tried only where a run starts, so a search costs one pass over the window.
_LAST_GAP_RE = re.compile(r"(?<!\s)(\s++)\S*+\Z")
_SPACE_RUN_RE = re.compile(r"\s*")


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of text with its character offsets: ``source[start:end] == text``."""

    start: int
    end: int
    text: str


#: A word token: ``(start, end, folded word)``; ``article.text[start:end]`` is the word as written.
Token = tuple[int, int, str]


def fold(text: str) -> str:
    """Case folding, the package's one definition: lowercase, curly apostrophe as ``'``.

    Every comparison of words (lexicon patterns, negators, rule words, terms) goes through it.
    """
    return text.lower().replace("’", "'")


def fold_words(words: Sequence[str]) -> list[str]:
    """:func:`fold` of each word, in one call (one ``lower()`` for all of them).

    NUL is neither cased nor case-ignorable, so each word is folded exactly as on its own
    (final sigma included) and words never merge.
    """
    if not words:
        return []
    return fold("\0".join(words)).split("\0")


def normalise_term(text: str) -> str:
    """A term as counted in term frequencies and keyness: folded, whitespace runs as one space."""
    return " ".join(fold(text).split())


#: Clause boundaries inside a sentence: ``; : ( ) [ ] — –``, a spaced hyphen, a comma (not one
#: before a number: "1,500", "October 24, 2023"), and the words *but, while, whereas,
#: although, however* after a space. A clause is the scope of negation and of the context
#: rules, the unit of an event, and the limit of a verb–object pattern ("signed, on Monday, a
#: truce" pairs nothing; on the escalation development data, letting verb–object pairs cross
#: commas changed no prediction).
CLAUSE_BOUNDARY_RE = re.compile(
    # (the lookahead lets the regex engine skip to the next candidate character: 2x faster)
    r"(?=[;:()\[\]—–,\s])"
    r"(?:[;:()\[\]—–]|,(?! ?\d)|\s-\s|\s(?:but|while|whereas|although|however)\b)",
    re.IGNORECASE,
)

#: The forms of "be" (folded), for rules that read a passive or a copula before a word.
BE_FORMS = frozenset("am is are was were be been being".split())
#: Determiners: skipped when reading the word before an actor ("by the Taliban"), and what
#: opens a noun phrase.
DETERMINERS = frozenset("the a an its their his her".split())
#: The days of the week, folded ("on Monday", "Sunday's bombing").
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Finite auxiliaries that, after a subject, open its clause ("and the talks were suspended",
#: "the genocide, in which some 800,000 people, mostly Tutsis, were killed").
FINITE_AUX = frozenset("is are was were has have had will would".split())
#: Number words that open a noun phrase as a determiner does ("ended four years of fighting",
#: "aid to two besieged towns", "had halted dozens of ships").
NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten dozens hundreds thousands".split()
)
#: Verbs of saying (folded), for rules that tell a report of speech from the act it names:
#: "did not disclose whether" (no doubt of the writer's), "declined to comment on the talks"
#: (no refusal of the talks).
SAYING_VERBS = frozenset(
    "say said disclose disclosed reveal revealed mention mentioned specify specified "
    "confirm confirmed comment commented".split()
)
#: ... and the verbs by which one declines to tell, of which a refusal refuses a statement,
#: not an act (CAMEO 014 decline comment): "declined to comment on the talks", "refused to
#: elaborate", "would not say if the drill was cancelled".
TELLING_VERBS = SAYING_VERBS | {"elaborate", "identify", "speculate"}

#: One-word negators (folded); any token ending in ``n't`` negates too. A negator negates
#: every word after it in its clause ("No Coalition troops were injured", "had not announced
#: any plans to remove the troops", "neither side attacked").
NEGATING_PARTICLES = frozenset(
    "no not never none nobody nothing without cannot nor neither".split()
)
#: Verbs of avoidance: what is avoided, averted or prevented did not happen ("kept to its own
#: waters, avoiding a clash", "to avert a war", "prevented the rebels from attacking", "staved
#: off a strike"); the last three need "off".
_AVOIDING_ALONE = (
    "avoid avoids avoided avoiding avert averts averted averting prevent prevents prevented "
    "preventing forestall forestalls forestalled forestalling".split()
)
_AVOIDING_OFF = (
    "head heads headed heading stave staves staved staving ward wards warded warding".split()
)
AVOIDING = frozenset(_AVOIDING_ALONE + _AVOIDING_OFF)
#: Verbs of denial: they negate what follows them, as a claim ("denied holding talks") or as a
#: refusal ("denied access to the aid convoys").
DENYING = frozenset("deny denies denied denying".split())
#: Verbs of denial, refusal and avoidance negate what follows them too.
NEGATORS = (
    NEGATING_PARTICLES
    | DENYING
    | frozenset(
        "reject rejects rejected rejecting refuse refuses refused refusing "
        "rebuff rebuffs rebuffed rebuffing".split()
    )
    | frozenset(_AVOIDING_ALONE)
)
#: A year of the modern era as digits ("1990", "1776"): what dates a narrated past or an event.
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
#: Nouns of absence, negators with "of": "in the absence of an agreement", "the lack of a
#: ceasefire" say what is missing, never that it was refused.
ABSENCE_NOUNS = ("absence", "lack")
#: Two-word negators: "failed to reach", "unable to agree", "declined to resign", "refrained
#: from attacking", "ruled out talks", "turned down an offer of a truce", "voted against the
#: treaty", "no longer", "headed off a strike", "staved off war", "unaware of any attack", "in
#: the absence of an agreement", "the lack of a ceasefire". The scope starts after the second
#: word.
NEGATOR_PAIRS = frozenset(
    [(v, "to") for v in "fail fails failed failing decline declines declined declining".split()]
    + [(v, "from") for v in "refrain refrains refrained refraining".split()]
    + [(v, "out") for v in "rule rules ruled ruling".split()]
    + [(v, "down") for v in "turn turns turned turning".split()]
    + [(v, "off") for v in _AVOIDING_OFF]
    + [("no", "longer"), ("unaware", "of"), ("failure", "to"), ("failures", "to")]
    # (what a side stops or falls short of, it does not do: "stopped short of blaming Kigali",
    # "measures short of war")
    + [("short", "of")]
    + [("unable", "to"), ("inability", "to")]
    + [(v, "against") for v in "vote votes voted voting".split()]
    + [(noun, "of") for noun in ABSENCE_NOUNS]
)
#: ... and "failure of" with the side that failed between it and "to" ("the failure of the
#: Organization of American States to condemn him"), at most this many words.
FAILURE_OF_GAP = 6
#: "too" and at most this many words after it before "to" negate what follows ("too early to
#: make concessions", "too weak militarily to attack": the act is ruled out by the degree) ...
TOO_GAP = 2
#: ... unless the word after "too" is a verb that takes "to": then "too" means "also" ("Iran
#: too wanted to negotiate").
_ALSO_NEXT = frozenset(
    "want wants wanted plan plans planned hope hopes hoped intend intends intended seek seeks "
    "sought try tries tried decide decides decided agree agrees agreed vow vows vowed promise "
    "promises promised threaten threatens threatened offer offers offered need needs needed "
    "has have had is are was were will would began begin begins continue continues continued "
    "appear appears appeared seem seems seemed".split()
)
#: Every word that may start a negator: what the matcher scans a sentence for before it asks
#: :meth:`Article.negator` about a hit.
NEGATOR_STARTS = NEGATORS | frozenset(first for first, _ in NEGATOR_PAIRS) | {"too"}
#: Openers of a scene beside the act ("failed to agree during three days of talks", "refused
#: to disarm after talks with the army"): a negation before one does not reach past it. (Not
#: "before" and "until", which set a condition still to be met: "will not negotiate until
#: Turkey withdraws its troops", "not final until after the agreement"; nor "since", a reason
#: or a past named as a time: "have not been in contact since the bombings".)
SCENE_OPENERS = frozenset("during after amid amidst following despite".split())
#: Words after "not" that make it a focus particle, not a negator ("not only ... but also").
_NOT_NEGATING_NEXT = frozenset({"only", "just"})
#: ... and after "no" or "without", an idiom of certainty that asserts what follows ("there is
#: no doubt that the delay hangs over the talks", "will no doubt be accepted", "there is no
#: question that"; not "no question of talks", which are out of the question).
_CERTAINTY_NEXT = {"doubt": None, "question": "that"}


_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end


def span_index(starts: Sequence[int], pos: int) -> int:
    """Index of the span (of those starting at ``starts``, in order) that holds character
    ``pos``, or last starts before it; 0 before the first."""
    return max(bisect.bisect_right(starts, pos) - 1, 0)


class TokenIndex:
    """The word tokens (:data:`TOKEN_RE`) of an article's sentences; never across sentences.

    Token counts are taken for every sentence at once (a C-level scan); the tokens themselves,
    ``(start, end, folded word)``, are built for a sentence the first time something asks for
    them, since the rules only look near their hits.
    """

    __slots__ = ("_ends", "_sentence_starts", "_sentences", "_text", "_tokens", "counts")

    def __init__(self, text: str, sentences: Sequence[Span]) -> None:
        self._text = text
        self._sentences = sentences
        self._sentence_starts = [s.start for s in sentences]
        #: Tokens per sentence.
        self.counts = [len(TOKEN_RE.findall(text, s.start, s.end)) for s in sentences]
        self._tokens: dict[int, list[Token]] = {}
        self._ends: dict[int, list[int]] = {}

    def count(self, sentence_id: int) -> int:
        """Number of tokens in sentence ``sentence_id``."""
        return self.counts[sentence_id]

    def sentence(self, sentence_id: int) -> list[Token]:
        """The tokens of sentence ``sentence_id``, in order."""
        toks = self._tokens.get(sentence_id)
        if toks is None:
            s = self._sentences[sentence_id]
            found = list(TOKEN_RE.finditer(self._text, s.start, s.end))
            words = fold_words(list(map(_GROUP, found)))
            toks = list(zip(map(_START, found), map(_END, found), words, strict=True))
            self._tokens[sentence_id] = toks
            self._ends[sentence_id] = [t[1] for t in toks]
        return toks

    def locate(self, pos: int) -> tuple[int, int]:
        """``(sentence_id, k)``: token ``k`` of that sentence is the first starting at or after
        ``pos`` (``k`` is the sentence's token count when none does)."""
        sid = span_index(self._sentence_starts, pos)
        toks = self.sentence(sid)
        return sid, bisect.bisect_left(toks, (pos,))

    def between(self, lo: int, hi: int, limit: int | None = None) -> list[Token]:
        """Tokens starting at or after ``lo`` and ending by ``hi`` (at most ``limit`` of them)."""
        sid, k = self.locate(lo)
        out: list[Token] = []
        n = len(self._sentences)
        while sid < n and self._sentences[sid].start < hi:
            toks = self.sentence(sid)
            stop = bisect.bisect_right(self._ends[sid], hi, lo=k)
            out.extend(toks[k:stop])
            if limit is not None and len(out) >= limit:
                return out[:limit]
            sid, k = sid + 1, 0
        return out


@dataclass(frozen=True)
class Article:
    """One article: its normalised text, identity, and its linguistic units as spans.

    ``paragraphs`` and ``sentences`` are computed on loading; ``tokens`` (a
    :class:`TokenIndex`) and ``clauses`` on first use, once. ``sha256`` is the hash of the
    normalised text (what was analysed); ``encoding`` is how the bytes were decoded (``"text"``
    when the article was given as a string); ``path`` is the source file, if any;
    ``metadata`` holds what is known about the article besides its text (title, date...).
    """

    doc_id: str
    text: str
    sha256: str
    encoding: str = "text"
    path: str | None = None
    paragraphs: tuple[Span, ...] = field(default=(), repr=False)
    sentences: tuple[Span, ...] = field(default=(), repr=False)
    metadata: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @functools.cached_property
    def tokens(self) -> TokenIndex:
        """The word tokens of every sentence (:class:`TokenIndex`)."""
        return TokenIndex(self.text, self.sentences)

    @functools.cached_property
    def clauses(self) -> tuple[Span, ...]:
        """Clauses: each sentence cut at :data:`CLAUSE_BOUNDARY_RE`, stripped, never empty."""
        return tuple(_clauses(self.text, self.sentences))

    @functools.cached_property
    def _clause_starts(self) -> list[int]:
        return [c.start for c in self.clauses]

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding (or last starting before) character ``pos``."""
        return span_index(self._sentence_starts, pos)

    def clause_of(self, pos: int) -> int:
        """Index of the clause holding (or last starting before) character ``pos``."""
        return span_index(self._clause_starts, pos)

    def negator(self, pos: int) -> Token | None:
        """The negator whose scope holds the word starting at ``pos``, if any.

        A negator (:data:`NEGATORS`, any ``n't`` word, or the second word of one of
        :data:`NEGATOR_PAIRS`) negates the rest of its clause up to a scene it opens
        (:data:`SCENE_OPENERS`: "did not attack after the talks" leaves the talks held); "not
        only"/"not just" negate nothing, "no doubt" and "no question that" assert, "too" a
        word or two before "to" negates what follows ("too early to make concessions";
        :data:`TOO_GAP`), and a negating verb that is itself negated ("did not rule out",
        "could not prevent") negates nothing: two negations cancel. A negating verb's scope ends
        at "and" before a verb of its own ("denied the attack and accused Kyiv",
        :func:`is_finite_past`), unless a "that" clause holds both, and so does the scope of
        a negator of a noun ("played no part in the attack and blamed a rival faction"); no
        negator's scope passes "and" before a subject and a verb of their own ("did not
        advance and a truce held", :func:`_subject_after_and`). A
        "not", "never" or "n't" word that ends its clause before a short aside between commas
        or dashes negates the verb phrase after it ("did not, however, impose tariffs").
        Returns the nearest such negator's (first) token.
        """
        sid, k = self.tokens.locate(pos)
        toks = self.tokens.sentence(sid)
        clause_start = self.clauses[self.clause_of(pos)].start if self.clauses else 0
        first = bisect.bisect_left(toks, (clause_start,))
        joined = False  # an "and" before a verb of its own passed: "denied it and accused"
        subject = False  # ... or before a subject and its verb: "and a truce held"
        for i in range(k - 1, first - 1, -1):
            w = toks[i][2]
            if w in SCENE_OPENERS and not (i > first and toks[i - 1][2] == "until"):
                return None  # "did not attack after the talks": the talks were held
            if w == "and":
                joined = joined or is_finite_past(toks[i + 1][2])
                subject = subject or _subject_after_and(toks, i)
            elif w == "that":
                joined = subject = False  # "denied that troops attacked and killed"
            if w in NEGATORS or w.endswith("n't"):
                if subject:
                    return None  # "did not advance and a truce held": a clause of its own
                if w == "not" and i + 1 < k and toks[i + 1][2] in _NOT_NEGATING_NEXT:
                    continue
                if w in ("no", "without") and i + 1 < k and _certain(toks, i + 1, k):
                    continue
                if w not in NEGATING_PARTICLES and _negated_before(toks, i, first):
                    return None  # "could not prevent the attack": it happened
                if joined and (
                    w in _NOUN_NEGATORS or (w not in NEGATING_PARTICLES and not w.endswith("n't"))
                ):
                    return None  # "denied the attack and accused Kyiv", "played no part in
                    # the attack and blamed a rival faction": a second act
                return toks[i]
            if i > first and (toks[i - 1][2], w) in NEGATOR_PAIRS:
                if _negated_before(toks, i - 1, first) or joined:
                    return None  # "did not rule out a meeting": no refusal
                return toks[i - 1]
            failure = _failure_of_before(toks, i, first) if w == "to" else None
            if failure is not None:
                if _negated_before(toks, failure, first):
                    return None  # "not the failure of the army to attack"
                return toks[failure]
            too = _too_before(toks, i, first) if w == "to" else None
            if too is not None:
                if _negated_before(toks, too, first):
                    return None  # "not too late to talk": the talks can still be held
                return toks[too]
        return self._negator_before_aside(toks, first, clause_start) or self._ruled_out_after(
            toks, k
        )

    def _ruled_out_after(self, toks: list[Token], k: int) -> Token | None:
        """A predicate after the word at token ``k`` that rules out the subject it belongs to:
        "talks with the rebels **are out of the question**", "lifting the sanctions **is off
        the table**" (the copula's token: a refusal, as "ruled out talks" is), "protests **were
        not reported**" (the "not": nothing happened), "a general strike **failed to
        materialise**" (:data:`UNHAPPENED`; nothing happened). The copula must follow within
        :data:`SUBJECT_WORDS` words of the subject's first word, none of them a word that
        would start another clause or verb (:data:`_NOT_IN_A_SUBJECT`)."""
        for j in range(k + 1, min(k + 1 + SUBJECT_WORDS, len(toks))):
            word = toks[j][2]
            if word in _NOT_IN_A_SUBJECT:
                return None
            if word in _COPULAS:
                found = _RULED_OUT_RE.match(self.text, toks[j][1])
                if found is None:
                    return None
                return toks[j + 1] if found.group("unreported") else toks[j]
            if _UNHAPPENED_RE.match(self.text, toks[j][0]):  # "a strike called by the
                # opposition failed to materialise": nothing happened (the "not" or "never"
                # where there is one, else "failed", which refuses nothing here)
                return toks[j + 1] if word == "did" else toks[j]
        return None

    def _negator_before_aside(
        self, toks: list[Token], first: int, clause_start: int
    ) -> Token | None:
        """The "not", "never" or "n't" word that ends the clause before an aside, where
        the clause from token ``first`` (at ``clause_start``) goes on with its verb phrase:
        "did not, however, impose", "would never, under any circumstances, lay down" (an aside
        of at most :data:`ASIDE_WORDS` words; "did not, and the army attacked" has none)."""
        for j in range(first - 2, max(first - 2 - ASIDE_WORDS, -1), -1):
            if _negates_verb(toks[j][2]):
                gap = self.text[toks[j][1] : clause_start]
                return toks[j] if _ASIDE_RE.fullmatch(gap) else None
        return None


#: The most words an aside between commas may hold for a negation to reach past it
#: (:meth:`Article.negator`), or for a clause to resume after it (rule ``background``).
ASIDE_WORDS = 4
#: The most words from a subject's first word to its copula, for a predicate after it that
#: rules it out (:meth:`Article._ruled_out_after`): "talks with the rebels are".
SUBJECT_WORDS = 6
_COPULAS = frozenset("is are was were remains remain remained".split())
#: Words that end a subject before a copula could be its own: another clause or verb.
_NOT_IN_A_SUBJECT = frozenset(
    "that which who whom and or but said says say told if when while after before as "
    "will would could can may might should must has have had".split()
)
#: What after a copula rules out the subject: refused ("out of the question", "off the table",
#: "not on the table", "not on the agenda", "not an option") or not told to have happened,
#: or told to be false (:data:`_UNREPORTED`: "protests were not reported", "rumours of an
#: assassination plot were unfounded").
_REFUSED_PREDICATES = (
    "out of the question",
    "off the table",
    "not on the table",
    "not on the agenda",
    "not an option",
)
_UNREPORTED = ("not reported", "unfounded", "baseless", "groundless", "untrue")
#: Predicates that say their subject never happened: "failed to materialise", "failed to take
#: hold", "did not take place", "never materialized" (:meth:`Article._ruled_out_after`); their
#: first words.
UNHAPPENED = frozenset({"failed", "fails", "fail"})
_UNHAPPENED_RE = re.compile(
    rf"(?:{'|'.join(sorted(UNHAPPENED))})\s+to\s+(?:materiali[sz]e|take\s+(?:place|hold))\b"
    r"|(?:did\s+not|never)\s+(?:materiali[sz]e\w*|take\s+place|took\s+place)\b",
    re.IGNORECASE,
)
#: What the matcher looks for in a sentence before it asks :meth:`Article.negator` about a hit
#: with no negator word before it: any of those predicates, lowercase.
RULED_OUT_HINT = re.compile(
    "|".join([*map(re.escape, (*_REFUSED_PREDICATES, *_UNREPORTED)), _UNHAPPENED_RE.pattern])
)


def _loose(phrase: str) -> str:
    """``phrase`` as a regex that allows any run of white space between its words."""
    return r"\s+".join(map(re.escape, phrase.split()))


_REFUSED = "|".join(map(_loose, _REFUSED_PREDICATES))
_RULED_OUT_RE = re.compile(
    r"\s+(?:now\s+|still\s+|simply\s+|clearly\s+)?"
    rf"(?:{_REFUSED}|(?P<unreported>{'|'.join(map(_loose, _UNREPORTED))}))\b",
    re.IGNORECASE,
)
#: What lies between a negating particle and the verb phrase it goes on with: an aside set off
#: by commas or dashes (", however, ", ", its envoy said, ", " — under any circumstances — ").
_ASIDE_RE = re.compile(r"\s*([,—–])[^,;:()\[\]—–]+?\1\s*")


#: Past forms that after "and" mostly describe a noun, not a verb of its own ("denied
#: backing the rebels and armed groups"), and (:data:`IRREGULAR_PASTS`) the irregular past
#: forms that do open one.
_ED_ADJECTIVES = frozenset(
    "armed allied related united alleged unidentified detained wounded injured displaced "
    "disputed occupied besieged organised organized coordinated sustained continued renewed "
    "increased heightened expanded limited planned proposed needed unnamed so-called".split()
)
#: Irregular past forms that are finite verbs, not nouns or present forms too: "and" before
#: one opens a verb phrase of its own, and a name right before one is its doer
#: (:func:`analysis.actors.agent_sentences`).
IRREGULAR_PASTS = frozenset(
    "said told sent withdrew struck shot took began held made gave fought threw drew led "
    "broke left met sought brought kept froze overran overthrew swore spoke stood drove".split()
)


#: Negators of a noun phrase, not of a verb: their scope ends where "and" opens a verb
#: phrase of its own (:func:`is_finite_past`), as a negating verb's does; "not", "never"
#: and "n't" negate the verbs joined after them too ("did not attack and killed nobody").
_NOUN_NEGATORS = frozenset("no none nothing nobody without".split())


def is_finite_past(word: str) -> bool:
    """Whether the folded ``word`` is a finite past verb, not an adjective in -ed: after "and"
    it opens a verb phrase of its own, a second act past the scope of a negating verb before
    it ("denied the attack and accused Kyiv", "refused to attend and walked out"; "did not
    attack and kill" is one act, negated by its particle whatever follows)."""
    if word in IRREGULAR_PASTS:
        return True
    return word.endswith("ed") and len(word) > 4 and word not in _ED_ADJECTIVES


#: Words that open a noun phrase, the subject of a clause joined by "and" when a verb follows.
_SUBJECT_OPENERS = DETERMINERS | {"this", "these", "those"}


def _subject_after_and(toks: list[Token], i: int) -> bool:
    """Whether the "and" at token ``i`` opens a clause with a subject of its own: a noun
    phrase of up to three words, then a finite verb ("did not advance and a fragile truce
    held"; "did not sign a truce and a prisoner exchange" joins two things refused). A past
    participle after the noun reads as its verb: "and the annex signed in May", a reduced
    relative, is not told apart."""
    if i + 1 >= len(toks) or toks[i + 1][2] not in _SUBJECT_OPENERS:
        return False
    for j in range(i + 3, min(i + 6, len(toks))):
        word = toks[j][2]
        if word in FINITE_AUX or is_finite_past(word):
            return True
        if word in ("and", "or", "of", "to", "by", "that"):
            return False
    return False


def _negates_verb(word: str) -> bool:
    """Whether the folded ``word`` is "not", "never" or an "n't" word: a particle that negates
    the verb after it."""
    return word in ("not", "never") or word.endswith("n't")


def _failure_of_before(toks: list[Token], i: int, first: int) -> int | None:
    """The index of a "failure" (or "failures") followed by "of" at most
    :data:`FAILURE_OF_GAP` words before the "to" at token ``i`` ("the failure of the league
    to condemn"), if any, in the clause from ``first``."""
    for j in range(i - 2, max(first, i - 2 - FAILURE_OF_GAP), -1):
        if toks[j][2] == "of" and toks[j - 1][2] in ("failure", "failures"):
            return j - 1
    return None


def _too_before(toks: list[Token], i: int, first: int) -> int | None:
    """The index of a "too" one to :data:`TOO_GAP` words before the "to" at token ``i`` ("too
    early to", "too weak militarily to"), if any, in the clause from ``first``."""
    for j in range(i - 2, max(first, i - 1 - TOO_GAP) - 1, -1):
        if toks[j][2] == "too":
            return None if toks[j + 1][2] in _ALSO_NEXT else j
    return None


def _certain(toks: list[Token], i: int, k: int) -> bool:
    """Whether token ``i`` (before ``k``, after "no" or "without") opens an idiom of certainty
    (:data:`_CERTAINTY_NEXT`)."""
    word = toks[i][2]
    if word not in _CERTAINTY_NEXT:
        return False
    after = _CERTAINTY_NEXT[word]
    return after is None or (i + 1 < k and toks[i + 1][2] == after)


def _negated_before(toks: list[Token], i: int, first: int) -> bool:
    """Whether the negating verb at token ``i`` is itself negated: a particle ("not", "never",
    an "n't" word) or "failed to" at most two tokens before it, "to" aside ("did not rule
    out", "not to refuse", "failed to prevent"). Two negations cancel: the act is left as it
    is told, neither refused nor avoided."""
    j, seen = i - 1, 0
    while j >= first and seen < 2:
        w = toks[j][2]
        if _negates_verb(w):
            return True
        if w == "to":
            if j > first and (toks[j - 1][2], w) in NEGATOR_PAIRS:
                return True  # "failed to prevent"
            if _failure_of_before(toks, j, first) is not None:
                return True  # "the failure of the army to prevent"
        else:
            seen += 1
        j -= 1
    return False


def _clauses(text: str, sentences: Sequence[Span]) -> list[Span]:
    bounds = [m.span() for m in CLAUSE_BOUNDARY_RE.finditer(text)]  # one scan of the text
    out: list[Span] = []
    j, nb = 0, len(bounds)
    for s in sentences:
        while j < nb and bounds[j][0] < s.start:
            j += 1
        if j == nb or bounds[j][0] >= s.end:  # no boundary inside: the sentence is the clause
            out.append(s)
            continue
        pos = s.start
        while j < nb and bounds[j][0] < s.end:
            _append_stripped(out, text, pos, bounds[j][0])
            pos = min(bounds[j][1], s.end)
            j += 1
        _append_stripped(out, text, pos, s.end)
    return out


def normalise_newlines(text: str) -> str:
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n`` (deterministic, offset-defining step)."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, *, where: str = "input", html: bool = True) -> tuple[str, str]:
    """Decode article bytes, returning ``(text, encoding)``.

    Tried in order: a BOM (UTF-8, UTF-16 LE/BE), strict UTF-8, the character set a web page
    declares in a ``<meta>`` tag (when ``html`` allows it: not for a known plain-text file),
    then cp1252 (and Latin-1 for the five bytes cp1252 leaves undefined). NUL bytes outside
    UTF-16, or mostly control characters, mean the file is binary, which raises
    :class:`ArticleError`.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", where), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        enc = "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
        return _strict(data[2:], enc, where), "utf-16"
    if b"\x00" in data:
        raise ArticleError(
            f"{where} looks like a binary file (it contains NUL bytes); "
            "pass a plain-text article (UTF-8, UTF-16 with BOM, or cp1252)."
        )
    try:
        text, enc = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        declared = declared_charset(data) if html else None
        text, enc = _declared(data, declared) if declared else ("", "")
        if not enc:
            text, enc = data.decode("cp1252", errors=_LATIN1_FALLBACK), "cp1252"
    _reject_control_heavy(text, where)
    return text, enc


def _declared(data: bytes, charset: str) -> tuple[str, str]:
    """``data`` decoded with a page's declared charset, or ``("", "")`` if it cannot be."""
    try:
        name = codecs.lookup(charset).name
        return data.decode(name), name
    except (LookupError, UnicodeDecodeError):
        return "", ""


def _strict(data: bytes, encoding: str, where: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{where} starts with a {encoding} byte-order mark but is not valid {encoding} "
            f"(byte {exc.start}); re-save it as UTF-8."
        ) from None
    _reject_control_heavy(text, where)
    return text


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    # cp1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined; Latin-1 maps them to C1 controls.
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


_LATIN1_FALLBACK = "analysis-latin1-fallback"
codecs.register_error(_LATIN1_FALLBACK, _latin1_fallback)


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _reject_control_heavy(text: str, where: str) -> None:
    sample = text[:65536]
    if sample and len(_CONTROL_RE.findall(sample)) > 0.05 * len(sample):
        raise ArticleError(
            f"{where} looks like a binary file (over 5% control characters); "
            "pass a plain-text article."
        )


def split_paragraphs(text: str) -> list[Span]:
    """Paragraphs: blocks separated by line breaks, stripped of surrounding whitespace.

    News text uses either one paragraph per line or blank-line separated paragraphs; both are
    handled by treating every line break as a paragraph boundary. Empty lines yield nothing.
    """
    spans: list[Span] = []
    pos = 0
    for m in _PARA_SPLIT_RE.finditer(text):
        _append_stripped(spans, text, pos, m.start())
        pos = m.end()
    _append_stripped(spans, text, pos, len(text))
    return spans


def _append_stripped(spans: list[Span], text: str, start: int, end: int) -> None:
    seg = text[start:end]
    stripped = seg.strip()
    if stripped:
        a = start + len(seg) - len(seg.lstrip())
        spans.append(Span(a, a + len(stripped), stripped))


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentence spans (``text[s.start:s.end] == s.text``).

    Uses the package's rule-based news segmenter (:mod:`analysis.segment`): abbreviations,
    initials, decimals and money, quotes and parentheses, ellipses and lists are handled, and
    sentences never cross a paragraph (line) boundary.

    Sentences longer than :data:`MAX_SENTENCE_CHARS` are cut at whitespace into pieces no longer
    than that, so the cost of everything done per sentence stays linear in the text's length.
    """
    spans = []
    for start, end in sentence_bounds(text):
        while end - start > MAX_SENTENCE_CHARS:
            cut = start + MAX_SENTENCE_CHARS
            gap = _LAST_GAP_RE.search(text, start, cut + 1)  # the window includes text[cut]
            if gap is not None:  # text[start] is not whitespace, so gap.start() > start
                cut, resume = gap.start(), gap.end(1)
            else:  # no whitespace to cut at (a data blob): cut at the limit
                resume = cut
            spans.append(Span(start, cut, text[start:cut]))
            start = _SPACE_RUN_RE.match(text, resume).end()
        spans.append(Span(start, end, text[start:end]))
    return spans


def count_tokens(text: str) -> int:
    """Number of word tokens (:data:`TOKEN_RE`) in ``text``."""
    return len(TOKEN_RE.findall(text))


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


#: An ISO date in a file name: ``2019-10-15_title.txt``, ``title_2019-10-15.html``.
_FILE_DATE_RE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def date_from_name(name: str) -> str | None:
    """The first valid ISO date (``YYYY-MM-DD``) in a file name, or None."""
    for m in _FILE_DATE_RE.finditer(name):
        try:
            return datetime.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            continue
    return None


@dataclass(frozen=True)
class Source:
    """An article as read, before page extraction and segmentation (what corpus readers hand
    to the workers, and what :func:`load_article` builds an :class:`Article` from).

    ``html``: True for a web page, False for plain text, None to decide by sniffing
    (:func:`analysis.html.looks_like_html`). ``metadata``: what is known besides the text (a
    table's ``date``/``title`` columns...); non-empty values win over the page's own.
    ``source_sha256``: the hash of the raw input (the file's bytes), else of ``text``.
    """

    text: str
    encoding: str = "text"
    path: str | None = None
    html: bool | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)
    source_sha256: str | None = None


def read_source(path: str | os.PathLike[str], *, html: bool | None = None) -> Source:
    """Read the file ``path`` as a :class:`Source` (raises :class:`ArticleError`).

    Web pages are recognised by extension (:data:`analysis.html.HTML_SUFFIXES`) or by their
    markup; their bytes are decoded like any article's, except that a charset declared in a
    ``<meta>`` tag is used when the bytes are not UTF-8.
    """
    p = Path(path)
    where = f"'{p}'"
    if not p.exists():
        raise ArticleError(f"{where} does not exist; check the path to the article.")
    if p.is_dir():
        raise ArticleError(f"{where} is a directory, not an article; pass a .txt or .html file.")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(
                f"{where} is {size / 2**20:.0f} MB, over the {MAX_BYTES // 2**20} MB limit "
                "for one article; split it or use analysis.analyze_corpus."
            )
        data = p.read_bytes()
    except PermissionError:
        raise ArticleError(f"{where} cannot be read (permission denied).") from None
    except OSError as exc:
        raise ArticleError(f"{where} cannot be read ({exc.strerror}).") from None
    if html is None and p.suffix.lower() in HTML_SUFFIXES:
        html = True
    text, encoding = decode_bytes(data, where=where, html=html is not False)
    return Source(
        text=text,
        encoding=encoding,
        path=str(p),
        html=html,
        metadata={"date": date_from_name(p.stem)},
        source_sha256=hashlib.sha256(data).hexdigest(),
    )


def article_from_source(source: Source, *, doc_id: str, where: str | None = None) -> Article:
    """Extract (web pages), normalise and segment ``source`` into an :class:`Article`.

    ``Article.metadata`` always holds ``source_format`` (``"html"`` or ``"text"``),
    ``source_sha256`` and the :data:`analysis.html.PAGE_METADATA` keys (None when unknown).
    """
    where = where or (f"'{source.path}'" if source.path else f"article '{doc_id}'")
    text = source.text
    if not isinstance(text, str):
        raise ArticleError(f"{where} has no text (got {type(text).__name__}).")
    is_html = source.html if source.html is not None else looks_like_html(text)
    meta: dict[str, Any] = dict.fromkeys(PAGE_METADATA)
    if is_html:
        text, page = extract_page(text, where=where)
        meta.update(page)
    for key, value in source.metadata.items():
        if value is not None and not (isinstance(value, str) and not value.strip()):
            meta[key] = value
        else:
            meta.setdefault(key, None)
    meta["source_format"] = "html" if is_html else "text"
    meta["source_sha256"] = source.source_sha256 or _sha256(source.text)
    text = normalise_newlines(text)
    if not text.strip():
        what = "empty" if not text else "whitespace only"
        raise ArticleError(f"{where} is {what}; there is no text to analyse.")
    return Article(
        doc_id=str(doc_id),
        text=text,
        sha256=_sha256(text),
        encoding=source.encoding,
        path=source.path,
        paragraphs=tuple(split_paragraphs(text)),
        sentences=tuple(split_sentences(text)),
        metadata=meta,
    )


def load_article(
    path: str | os.PathLike[str] | None = None,
    *,
    text: str | None = None,
    doc_id: str | None = None,
    html: bool | None = None,
    metadata: Mapping[str, Any] | None = None,
) -> Article:
    """Load an article from ``path`` or from ``text``, split into paragraphs and sentences.

    Plain text and web pages are both read: a ``.html``/``.htm`` file, or any text that looks
    like a page (``html=None``; True or False decides), has its main text and page metadata
    (title, date, author, site, URL) extracted with trafilatura (:mod:`analysis.html`); every
    offset then refers to the extracted text, and ``metadata["source_sha256"]`` is the hash
    of the raw page. A date in a file name (``2019-10-15_title.txt``) becomes
    ``metadata["date"]`` when the page gives none; ``metadata`` given here wins over both.

    Raises :class:`ArticleError` (one sentence: what is wrong, where, what to do) for a
    missing path, a directory, an unreadable, empty, whitespace-only or binary file, or a
    page without article text. ``doc_id`` defaults to the file name without extension (or
    ``"text"``).
    """
    if (path is None) == (text is None):
        raise ArticleError("load_article needs exactly one of a path or text=...")
    if path is not None:
        source = read_source(path, html=html)
        doc_id = doc_id or Path(path).stem
        where = None
    else:
        if not isinstance(text, str):
            raise ArticleError(f"text= must be a str, not {type(text).__name__}.")
        where = f"article '{doc_id}'" if doc_id else "the text given"
        doc_id = doc_id or "text"
        source = Source(text=text, html=html)
    if metadata:
        source = replace(source, metadata={**source.metadata, **metadata})
    return article_from_source(source, doc_id=str(doc_id), where=where)
