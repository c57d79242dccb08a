"""One compiled matcher for all active lexicons: longest match, verb–object patterns, negation.

How text is matched (the rules every lexicon shares):

* **Words.** Matching is case-insensitive and by whole words. A word is a run of letters/digits
  joined by internal hyphens or apostrophes (``war-torn``, ``didn't``), so ``war`` matches
  neither ``warm``, ``award`` nor ``war-torn``. A possessive ``'s`` is not part of the word:
  ``ceasefire`` matches in "the ceasefire's terms". Curly apostrophes (``’``) equal ``'``.
  Phrases match across any run of whitespace; a glob ``*`` matches any word characters
  (``retaliat*`` -> "retaliated", ``war*`` -> "war-torn"), ``?`` one letter or digit.
* **Longest match wins, per lexicon.** When hits of one lexicon overlap, the one with most
  tokens wins (then most characters, then the earliest start, then the order of lexicons,
  categories and patterns as given) and every hit overlapping it is dropped; repeat. Hits of
  different lexicons never compete: a hedging cue may overlap an escalation term.
* **Verb–object patterns.** A verb (any of ``verbs``) followed by an object (any of
  ``objects``) whose first word is among the ``window`` tokens after the verb (so at most
  ``window - 1`` tokens in between), in the same sentence span and clause. With
  ``order: any`` an object before the verb counts too ("the ceasefire was breached"). Each
  verb pairs with its nearest object after it, else (``any``) its nearest object before it.
  Verb–object clause boundaries are ``; : ( ) [ ] — –``, a spaced hyphen, and the words
  *but, while, whereas, although, however* (so ", but" stops it; a bare comma does not, as
  in "signed, on Monday, a truce"). The hit spans verb and object; its ``pattern`` is the
  display form ``"verbs ... objects"``. Verb–object hits take part in longest-match
  resolution, so "signed a ceasefire" beats the bare "ceasefire" of the same lexicon.
* **Negation.** A hit is ``negated`` when a negator ends within the
  :data:`NEGATION_WINDOW` tokens before it (before the verb of a verb–object hit) in the same
  clause: one of :data:`NEGATORS`, any ``n't`` contraction, or a two-word negator of
  :data:`NEGATOR_PAIRS` ("refused to attend peace talks"). Negation clauses also end at
  commas. "not only"/"not just" do not negate.

Tokens in windows are counted as :func:`analysis.text.tokenize` counts them.

Speed: all words, globs and phrases of all lexicons (and the verbs and objects of verb–object
patterns) are compiled into ONE trie-shaped regular expression (common prefixes merged into
nested non-capturing groups, no capture group per entry), which finds every position where
some entry starts; each hit is mapped back to its entries by a dict lookup on its first word
(globs: a prefix table, both cached per word), and only those few entries are checked at that
position. ``bench/matching.py`` measures it: with the shipped lexicons (~870 entries) on
Wikinews text the trie scan runs at ~29 MB/s and :meth:`Matcher.find` (with resolution,
verb–object pairing and negation) at ~12 MB/s, against 0.07 MB/s for a per-pattern loop.
Spans are expected to start and end on word boundaries (sentences do).
"""

from __future__ import annotations

import bisect
import functools
import heapq
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from .errors import ParameterError
from .lexicon import Lexicon, Pattern, resolve_lexicons, split_pattern
from .text import TOKEN_RE, split_sentences

__all__ = [
    "KWIC_COLUMNS",
    "MATCH_COLUMNS",
    "NEGATION_WINDOW",
    "NEGATORS",
    "NEGATOR_PAIRS",
    "TERM_COLUMNS",
    "Match",
    "Matcher",
    "compile_matcher",
    "compile_pattern",
    "is_negated",
    "kwic",
    "matches_frame",
    "terms_frame",
]

#: Tokens before a hit searched for a negator (a common scope in negation-aware lexicon
#: methods, e.g. VADER looks three tokens back). A negator counts when its last word is here.
NEGATION_WINDOW = 3

#: One-word negators (lowercase, apostrophes as ``'``); tokens ending in ``n't`` also negate.
NEGATORS = frozenset(
    {
        "no",
        "not",
        "never",
        "without",
        "cannot",
        "nor",
        "neither",
        "deny",
        "denies",
        "denied",
        "denying",
        "reject",
        "rejects",
        "rejected",
        "rejecting",
    }
)

#: Two-word negators; the second word must lie in the window, the first may precede it.
NEGATOR_PAIRS = frozenset(
    {
        ("refuse", "to"),
        ("refuses", "to"),
        ("refused", "to"),
        ("refusing", "to"),
        ("fail", "to"),
        ("fails", "to"),
        ("failed", "to"),
        ("failing", "to"),
        ("no", "longer"),
    }
)

_NEGATOR_WORDS = NEGATORS | {first for first, _ in NEGATOR_PAIRS}

#: Words after "not" that make it a focus particle, not a negator ("not only ... but also").
_NOT_NEGATING_NEXT = frozenset({"only", "just"})

_CLAUSE_WORDS = r"\b(?:but|while|whereas|although|however)\b"
#: Clause boundaries for verb–object patterns (no bare comma: appositions are common).
_VO_CLAUSE_RE = re.compile(rf"[;:()\[\]—–]|\s-\s|{_CLAUSE_WORDS}", re.IGNORECASE)
#: Clause boundaries for negation: the same plus commas (not those inside numbers: 1,500).
_NEG_CLAUSE_RE = re.compile(rf"[;:()\[\]—–]|,(?!\d)|\s-\s|{_CLAUSE_WORDS}")  # lowercased
_NEG_LOOKBACK = 60  # characters; widened to the sentence start when tokens are very long

# Regex building blocks. A word is \w+ joined by internal hyphens/apostrophes, except that a
# possessive 's ending the word is not part of it.
_APOS_NOT_POSSESSIVE = r"['’](?!s\b)"
_WORD_RE = re.compile(rf"\w+(?:(?:-|{_APOS_NOT_POSSESSIVE})\w+)*")
_LEFT = r"(?<!\w)(?<!\w[-'’])"
_RIGHT = rf"(?!\w)(?!-\w)(?!{_APOS_NOT_POSSESSIVE}\w)"
_STAR = rf"\w*(?:(?:-|{_APOS_NOT_POSSESSIVE})\w+)*"
_NON_BMP_RE = re.compile("[\U00010000-\U0010ffff]")
_WORD_CHAR_RE = re.compile(r"\w")
_SYMBOL_RE = {"*": _STAR, "?": r"\w", " ": r"\s+", "'": "['’]", "-": r"\-"}
_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Match:
    """One lexicon hit: ``text[start:end] == self.text`` in the text searched."""

    start: int
    end: int
    text: str
    lexicon: str
    category: str
    pattern: str
    weight: float
    negated: bool
    direction: str | None


@functools.cache
def _non_word_bmp() -> str:
    """Body of a character class holding every non-word character of the BMP (the regex
    engine checks such a class with a table lookup, far faster than the ``\\W`` category)."""
    parts: list[str] = []
    start = None
    for cp in range(0x10001):
        nonword = cp < 0x10000 and not (chr(cp).isalnum() or cp == 0x5F)
        if nonword and start is None:
            start = cp
        elif not nonword and start is not None:
            last = cp - 1
            parts.append(f"\\u{start:04x}" + (f"-\\u{last:04x}" if last > start else ""))
            start = None
    return "".join(parts)


def _symbol_re(sym: str) -> str:
    return _SYMBOL_RE.get(sym) or re.escape(sym)


def _unit_regex(words: Sequence[str]) -> str:
    return "".join(_symbol_re(c) for c in " ".join(words))


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile one word/glob/phrase (lexicon syntax) into a whole-word, case-insensitive regex.

    Raises :class:`ValueError` when ``pattern`` breaks the lexicon pattern rules.
    """
    return re.compile(_LEFT + "(?:" + _unit_regex(split_pattern(pattern)) + ")" + _RIGHT, _FLAGS)


def _trie_regex(node: dict[str, Any]) -> str:
    """Regex for a character trie (``""`` marks an entry's end): one alternative per branch,
    single-character leaves merged into a class, no capture groups."""
    alts: list[str] = []
    leaves: list[str] = []
    for sym in sorted(k for k in node if k):
        child = node[sym]
        if sym not in _SYMBOL_RE and len(child) == 1 and "" in child:
            leaves.append(sym)
        else:
            alts.append(_symbol_re(sym) + _trie_regex(child))
    if len(leaves) == 1:
        alts.append(re.escape(leaves[0]))
    elif leaves:
        alts.append("[" + "".join(re.escape(c) for c in leaves) + "]")
    if not alts:
        return ""
    body = "|".join(alts)
    if "" in node:
        return f"(?:{body})?"
    return f"(?:{body})" if len(alts) > 1 else body


class _Unit:
    """One distinct word/glob/phrase and every pattern or verb–object part that uses it."""

    __slots__ = ("_rx_ci", "body", "neg", "plain", "rx", "single", "vo", "word_rx", "words")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        first = words[0]
        # A single word without apostrophes is decided by the token it starts (its match ends
        # where the token ends); anything else is checked with its own regex in context.
        self.single = len(words) == 1 and "'" not in first
        wild = any(c in first for c in "*?")
        self.word_rx = re.compile(_unit_regex(words)) if self.single and wild else None
        self.body = f"(?:{_unit_regex(words)}){_RIGHT}"
        self.rx = None if self.single else re.compile(self.body)  # on lowercased text
        self._rx_ci: re.Pattern[str] | None = None
        self.plain: list[tuple[int, int, Pattern]] = []  # (lexicon index, rank, pattern)
        self.vo: list[tuple[int, int]] = []  # (verb-object index, 0 verb / 1 object)
        self.neg = False  # a negator word: its positions let most hits skip the negation check

    def rx_ci(self) -> re.Pattern[str]:
        """The unit's regex for original (not lowercased) text, compiled on first use."""
        if self._rx_ci is None:
            self._rx_ci = re.compile(self.body, _FLAGS)
        return self._rx_ci


@dataclass(frozen=True, slots=True)
class _VerbObject:
    lexicon: int
    rank: int
    pattern: Pattern


# A candidate hit: (lexicon index, start, end, n_tokens, rank, pattern, negation anchor).
_Hit = tuple[int, int, int, int, int, Pattern, int]
_Part = tuple[int, int, int]  # a verb or object hit: (start, end, n_tokens)
_Info = tuple[tuple[Any, ...], tuple[Any, ...], tuple[_Unit, ...], bool]
_MAX_TOKEN_CACHE = 200_000


class Matcher:
    """All active lexicons compiled into one trie regex plus lookup tables.

    Build it with :func:`compile_matcher` (cached) and call :meth:`find`. A matcher is
    immutable apart from an internal cache of token lookups, and safe to share.
    """

    def __init__(self, lexicons: Sequence[Lexicon]) -> None:
        self.lexicons: tuple[Lexicon, ...] = tuple(lexicons)
        units: dict[tuple[str, ...], _Unit] = {}
        self._vo: list[_VerbObject] = []

        def unit(words: tuple[str, ...]) -> _Unit:
            u = units.get(words)
            if u is None:
                u = units[words] = _Unit(words)
            return u

        rank = 0
        for li, lex in enumerate(self.lexicons):
            for cat in lex.categories.values():
                for p in cat.patterns:
                    if p.kind == "verb_object":
                        vi = len(self._vo)
                        self._vo.append(_VerbObject(li, rank, p))
                        for role, items in enumerate((p.verbs, p.objects)):
                            for item in items:
                                unit(split_pattern(item)).vo.append((vi, role))
                    else:
                        unit(split_pattern(p.pattern)).plain.append((li, rank, p))
                    rank += 1
        self.n_units = len(units)
        if units:
            for word in _NEGATOR_WORDS:
                unit((word,)).neg = True

        # First-word index: literal first words exactly; others by the literal prefix before
        # their first wildcard or apostrophe (the token a hit starts with begins with it).
        exact: dict[str, list[_Unit]] = {}
        by_prefix: dict[int, dict[str, list[_Unit]]] = {}
        trie: dict[str, Any] = {}
        for words, u in units.items():
            first = words[0]
            cut = min((i for i, c in enumerate(first) if c in "*?'"), default=None)
            if cut is None:
                exact.setdefault(first, []).append(u)
            else:
                by_prefix.setdefault(cut, {}).setdefault(first[:cut], []).append(u)
            node = trie
            for sym in " ".join(words):
                node = node.setdefault(sym, {})
            node[""] = {}
        self._exact = exact
        self._prefixes = sorted(by_prefix.items())
        self._cache: dict[str, _Info] = {}
        self._body = _trie_regex(trie)
        if self._body:
            # The scan regex consumes the non-word character before an entry: the regex engine
            # then skips through words with a table lookup per character (about 1.4x faster).
            self._scan_rx = re.compile(f"[{_non_word_bmp()}](?<!\\w[-'])(?:{self._body}){_RIGHT}")

    @functools.cached_property
    def regex(self) -> re.Pattern[str] | None:
        """The one trie regex (for lowercased text) matching wherever some entry starts."""
        return re.compile(f"{_LEFT}(?:{self._body}){_RIGHT}") if self._body else None

    @functools.cached_property
    def _regex_ci(self) -> re.Pattern[str]:
        return re.compile(f"{_LEFT}(?:{self._body}){_RIGHT}", _FLAGS)

    def __repr__(self) -> str:
        names = ", ".join(f"{lx.name} {lx.version}" for lx in self.lexicons)
        return f"Matcher([{names}], {self.n_units} entries)"

    def _lookup(self, key: str) -> _Info:
        """What a hit starting with the (lowercased) token ``key`` can be: plain patterns and
        verb–object parts decided by the token alone, units to check in context, and whether
        the token is a negator."""
        cands = list(self._exact.get(key, ()))
        for n, table in self._prefixes:
            if n > len(key):
                break
            cands.extend(table.get(key[:n], ()))
        plain: list[tuple[int, int, Pattern]] = []
        vo: list[tuple[int, int]] = []
        verify: list[_Unit] = []
        neg = False
        for u in cands:
            if not u.single:
                verify.append(u)
            elif u.word_rx is None or u.word_rx.fullmatch(key):
                plain.extend(u.plain)
                vo.extend(u.vo)
                neg = neg or u.neg
        info = (tuple(plain), tuple(vo), tuple(verify), neg)
        if len(self._cache) >= _MAX_TOKEN_CACHE:
            self._cache.clear()
        self._cache[key] = info
        return info

    def find(self, text: str, spans: Sequence[Any] | None = None) -> list[Match]:
        """All resolved hits in ``text``, sorted by start.

        ``spans`` are ``(start, end)`` pairs or objects with ``.start``/``.end`` (sentences),
        non-overlapping and on word boundaries; hits never cross a span boundary and offsets
        are into ``text``. Default: the whole text as one span.
        """
        n = len(text)
        bounds = _check_spans([(0, n)] if spans is None else spans, n)
        out: list[Match] = []
        if not self._body or not bounds:
            return out
        low = text.lower()
        fast = len(low) == n  # lowercasing kept every offset: scan it without IGNORECASE
        if fast:
            if "’" in low:
                low = low.replace("’", "'")
        else:  # rare characters whose lowercase is longer (e.g. "İ"): scan the original
            low = text
        covered = sum(e - s for s, e in bounds)
        lo, hi = bounds[0][0], bounds[-1][1]
        if covered * 2 >= hi - lo:  # dense spans (sentences): one scan over the range
            self._scan(text, low, fast, bounds, lo, hi, out)
        else:
            for s0, e0 in bounds:
                self._scan(text, low, fast, [(s0, e0)], s0, e0, out)
        return out

    def _scan(
        self,
        text: str,
        low: str,
        fast: bool,
        bounds: list[tuple[int, int]],
        lo: int,
        hi: int,
        out: list[Match],
    ) -> None:
        cache_get = self._cache.get
        j, nb = 0, len(bounds)
        s0, e0 = bounds[0]
        hits: list[_Hit] = []
        parts: dict[int, tuple[list[_Part], list[_Part]]] = {}
        negs: list[int] = []
        starts = self._starts(low, lo, hi) if fast else _starts_ci(self._regex_ci, low, lo, hi)
        for s, tend, key in starts:
            if s >= e0:
                if hits or parts:
                    self._finish(text, low, fast, s0, hits, parts, negs, out)
                    hits, parts = [], {}
                if negs:
                    negs = []
                while j < nb and bounds[j][1] <= s:
                    j += 1
                if j == nb:
                    break
                s0, e0 = bounds[j]
            if s < s0 or tend > e0:  # outside the spans, or a word cut by the span's end
                continue
            info = cache_get(key) or self._lookup(key)
            plain, vo, verify, neg = info
            if neg:
                negs.append(s)
            for li, rank, p in plain:
                hits.append((li, s, tend, 1, rank, p, s))
            for vi, role in vo:
                parts.setdefault(vi, ([], []))[role].append((s, tend, 1))
            for u in verify:
                um = (u.rx if fast else u.rx_ci()).match(low, s, e0)  # type: ignore[union-attr]
                if um is None:
                    continue
                end, ntok = um.end(), len(u.words)
                for li, rank, p in u.plain:
                    hits.append((li, s, end, ntok, rank, p, s))
                for vi, role in u.vo:
                    parts.setdefault(vi, ([], []))[role].append((s, end, ntok))
        if hits or parts:
            self._finish(text, low, fast, s0, hits, parts, negs, out)

    def _starts(self, low: str, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
        """``(start, end of first word, first word)`` of every entry start in ``low[lo:hi]``.

        The scan regex consumes the character before each entry; entries at the very start
        or after a non-word character outside the BMP come from :attr:`regex` and are merged
        in. Inside a phrase hit the search restarts after its first word, so "peace talks"
        cannot hide a "talks" entry.
        """
        main = self._scan_starts(low, max(lo - 1, 0), hi)
        at = self.regex.match  # type: ignore[union-attr]
        extra: list[tuple[int, int, str]] = []
        if lo == 0 and (m := at(low, 0, hi)) is not None:
            extra.append(_first_word(low, *m.span()))
        if not low.isascii() and _NON_BMP_RE.search(low, lo, hi):
            for r in _NON_BMP_RE.finditer(low, max(lo - 1, 0), hi):
                if not _WORD_CHAR_RE.match(r.group()) and (m := at(low, r.end(), hi)):
                    extra.append(_first_word(low, *m.span()))
        return heapq.merge(main, extra) if extra else main

    def _scan_starts(self, low: str, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
        rx = self._scan_rx
        for m in rx.finditer(low, lo, hi):
            s, e = m.start() + 1, m.end()
            g = low[s:e]
            if " " not in g and g.isprintable():  # one word
                yield s, e, g
                continue
            # a phrase: yield it, then every entry starting inside it (finditer resumes at e)
            first = _first_word(low, s, e)
            yield first
            p = first[1]
            while (m2 := rx.search(low, p, hi)) is not None and m2.start() + 1 < e:
                inner = _first_word(low, m2.start() + 1, m2.end())
                yield inner
                p = inner[1]

    def _finish(
        self,
        text: str,
        low: str,
        fast: bool,
        s0: int,
        hits: list[_Hit],
        parts: dict[int, tuple[list[_Part], list[_Part]]],
        negs: list[int],
        out: list[Match],
    ) -> None:
        """Pair verbs with objects, resolve overlaps and emit the span's matches by start."""
        for vi, (verbs, objects) in parts.items():
            if verbs and objects:
                _pair(text, self._vo[vi], verbs, objects, hits)
        if not hits:
            return
        if len(hits) > 1:
            hits = _resolve(hits)
            hits.sort(key=_by_start)
        src = low if fast else text
        # most spans hold no negator at all: one search settles all their hits
        check = not fast or bool(negs) or low.find("n't", s0, max(h[6] for h in hits)) >= 0
        for _li, s, e, _n, _rank, p, anchor in hits:
            negated = (
                check
                and (not fast or _maybe_negated(low, s0, anchor, negs))
                and _negated(src, anchor, s0, NEGATION_WINDOW, fast)
            )
            out.append(
                Match(
                    s,
                    e,
                    text[s:e],
                    p.lexicon,
                    p.category,
                    p.pattern,
                    p.weight,
                    negated,
                    p.direction,
                )
            )


def _maybe_negated(low: str, s0: int, anchor: int, negs: list[int]) -> bool:
    """Cheap test before :func:`_negated`: a negator word (from the scan) or an ``n't``
    starts close enough before ``anchor`` in its span to end within the window."""
    near = _at_most(NEGATION_WINDOW + 1).fullmatch
    i = bisect.bisect_left(negs, anchor)
    if i and near(low, negs[i - 1], anchor):
        return True
    lo = max(s0, anchor - 100)  # the window rarely spans more; if it does, look further
    q = low.rfind("n't", lo, anchor)
    if q < 0 and lo > s0 and near(low, lo, anchor):
        q = low.rfind("n't", s0, lo + 3)
    return q >= 0 and near(low, q, anchor) is not None


def _by_start(h: _Hit) -> tuple[int, int, int]:
    return (h[1], -h[2], h[4])


def _first_word(low: str, s: int, e: int) -> tuple[int, int, str]:
    """``(s, end, word)`` for an entry hit ``low[s:e]``: the word it starts with."""
    g = low[s:e]
    if " " not in g and g.isprintable():
        return s, e, g
    tok = _WORD_RE.match(low, s)
    assert tok is not None  # entries start with a word character
    return s, tok.end(), tok.group()


def _starts_ci(rx: Any, text: str, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
    """:meth:`Matcher._starts` for text whose lowercase has another length: a case-insensitive
    scan of the original text, keys lowercased one by one."""
    for m in rx.finditer(text, lo, hi):
        e = m.end()
        found = _first_word(text, m.start(), e)
        while True:
            s, tend, key = found
            yield s, tend, key.lower().replace("’", "'")
            m2 = rx.search(text, tend, hi) if tend < e else None
            if m2 is None or m2.start() >= e:
                break
            found = _first_word(text, *m2.span())


def _check_spans(spans: Sequence[Any], n: int) -> list[tuple[int, int]]:
    bounds = sorted((sp.start, sp.end) if hasattr(sp, "start") else tuple(sp) for sp in spans)
    prev_end = 0
    for s0, e0 in bounds:
        if not 0 <= s0 <= e0 <= n:
            raise ParameterError(
                f"span ({s0}, {e0}) is outside the text (length {n}); "
                "spans must be (start, end) offsets into it."
            )
        if s0 < prev_end:
            raise ParameterError(f"span ({s0}, {e0}) overlaps the span before it.")
        prev_end = e0
    return [b for b in bounds if b[1] > b[0]]


def _pair(
    text: str,
    vo: _VerbObject,
    verbs: list[_Part],
    objects: list[_Part],
    hits: list[_Hit],
) -> None:
    """Verb–object hits: each verb with its nearest object after it (within the window and
    clause), else, for ``order: any``, its nearest object before it."""
    p = vo.pattern
    objects = sorted(objects)
    for vs, ve, vn in verbs:
        i = bisect.bisect_left(objects, (ve, -1, -1))
        pair = None
        if i < len(objects):
            os_, oe, on = objects[i]
            gap = _gap_tokens(text, ve, os_, p.window)
            if gap is not None:
                pair = (vs, oe, vn + gap + on)
        if pair is None and p.order == "any":
            j = bisect.bisect_left(objects, (vs, -1, -1)) - 1
            while j >= 0 and objects[j][1] > vs:  # skip objects overlapping the verb
                j -= 1
            if j >= 0:
                os_, oe, on = objects[j]
                gap = _gap_tokens(text, oe, vs, p.window)
                if gap is not None:
                    pair = (os_, ve, vn + gap + on)
        if pair is not None:
            hits.append((vo.lexicon, pair[0], pair[1], pair[2], vo.rank, p, vs))


@functools.cache
def _at_most(n: int) -> re.Pattern[str]:
    """Fullmatches a stretch holding at most ``n`` tokens (as :data:`TOKEN_RE` counts them);
    atomic groups keep it linear, so far-apart positions cost little."""
    return re.compile(rf"[^\w]*+(?:(?>\w+(?:['’.,\-]\w+)*)[^\w]*+){{0,{n}}}")


def _gap_tokens(text: str, start: int, end: int, limit: int) -> int | None:
    """Tokens between two hits, or None when there are ``limit`` or more or a clause boundary
    lies between them."""
    if _at_most(limit - 1).fullmatch(text, start, end) is None:
        return None
    if _VO_CLAUSE_RE.search(text, start, end):
        return None
    return len(TOKEN_RE.findall(text, start, end))


def _resolve(hits: list[_Hit]) -> list[_Hit]:
    """Longest match wins within each lexicon; every hit overlapping a winner is dropped."""
    # by lexicon, then most tokens, most characters, earliest start, pattern order
    hits.sort(key=lambda h: (h[0], -h[3], h[1] - h[2], h[1], h[4]))
    kept: list[_Hit] = []
    lexicon = -1
    starts: list[int] = []  # kept hits of the current lexicon, disjoint, by start
    ends: list[int] = []
    for h in hits:
        if h[0] != lexicon:
            lexicon, starts, ends = h[0], [], []
        s, e = h[1], h[2]
        i = bisect.bisect_left(starts, s)
        if (i and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        kept.append(h)
    return kept


def is_negated(
    text: str, start: int, sentence_start: int = 0, *, window: int = NEGATION_WINDOW
) -> bool:
    """Whether a negator ends within ``window`` tokens before ``text[start]``, in its clause.

    The rule of the module docstring, reusable by other modules (e.g. hedging's "could not").
    ``sentence_start`` bounds the search (negation never crosses sentences).
    """
    return _negated(text, start, sentence_start, window, False)


def _negated(text: str, start: int, sentence_start: int, window: int, lowered: bool) -> bool:
    lo = max(sentence_start, start - _NEG_LOOKBACK)
    while True:
        seg = text[lo:start] if lowered else text[lo:start].lower()
        cut = 0
        for b in _NEG_CLAUSE_RE.finditer(seg):
            cut = b.end()
        toks = TOKEN_RE.findall(seg, cut)
        # The lookback may cut a word in two: make sure the window and the word before it
        # (the first word of a two-word negator) are whole, else look back to the sentence.
        if cut == 0 and lo > sentence_start and len(toks) < window + 2:
            lo = sentence_start
            continue
        break
    toks = [t.replace("’", "'") for t in toks[-(window + 1) :]]
    n = len(toks)
    for i in range(max(0, n - window), n):
        t = toks[i]
        if t in NEGATORS or t.endswith("n't"):
            if t == "not" and i + 1 < n and toks[i + 1] in _NOT_NEGATING_NEXT:
                continue
            return True
        if i > 0 and (toks[i - 1], t) in NEGATOR_PAIRS:
            return True
    return False


_MATCHERS: dict[tuple[tuple[str, str], ...], Matcher] = {}
_MAX_CACHED = 32


def compile_matcher(lexicons: Any = None) -> Matcher:
    """A :class:`Matcher` for ``lexicons`` (anything :func:`resolve_lexicons` accepts).

    Cached by the lexicons' ``(name, sha256)`` in order, so repeated ``analyze()`` calls do
    not recompile; lexicons without a sha256 (built in memory) are compiled every time.
    """
    lexs = resolve_lexicons(lexicons)
    key = tuple((lx.name, lx.sha256) for lx in lexs)
    if any(not lx.sha256 for lx in lexs):
        return Matcher(lexs)
    matcher = _MATCHERS.get(key)
    if matcher is None:
        matcher = Matcher(lexs)
        if len(_MATCHERS) >= _MAX_CACHED:
            _MATCHERS.pop(next(iter(_MATCHERS)))
        _MATCHERS[key] = matcher
    return matcher


# -- result frames ------------------------------------------------------------------------

MATCH_COLUMNS = [
    "doc_id",
    "sentence_id",
    "start",
    "end",
    "text",
    "lexicon",
    "category",
    "pattern",
    "weight",
    "negated",
    "direction",
]
_MATCH_DTYPES = {
    "doc_id": "str",
    "sentence_id": "int64",
    "start": "int64",
    "end": "int64",
    "text": "str",
    "lexicon": "str",
    "category": "str",
    "pattern": "str",
    "weight": "float64",
    "negated": "bool",
    "direction": "str",
}
TERM_COLUMNS = ["lexicon", "category", "term", "count", "per_1000_tokens"]
KWIC_COLUMNS = ["docname", "sentence_id", "from", "to", "pre", "keyword", "post"]


def matches_frame(
    matches: Sequence[Match], *, doc_id: str | Sequence[str], sentence_ids: Sequence[int]
) -> pd.DataFrame:
    """One row per hit with :data:`MATCH_COLUMNS` and fixed dtypes (also when empty).

    ``sentence_ids`` is parallel to ``matches``; so is ``doc_id`` when it is a sequence (hits
    of many documents), while a single string applies to every hit. ``direction`` is missing
    (NaN) when the category declares none.
    """
    if len(sentence_ids) != len(matches):
        raise ParameterError(
            f"sentence_ids has {len(sentence_ids)} items but there are {len(matches)} "
            "matches; pass one sentence id per match."
        )
    doc_ids = [doc_id] * len(matches) if isinstance(doc_id, str) else list(doc_id)
    if len(doc_ids) != len(matches):
        raise ParameterError(
            f"doc_id has {len(doc_ids)} items but there are {len(matches)} matches; pass one "
            "doc_id, or one per match."
        )
    data = {
        "doc_id": doc_ids,
        "sentence_id": list(sentence_ids),
        **{c: [getattr(m, c) for m in matches] for c in MATCH_COLUMNS[2:]},
    }
    return pd.DataFrame({c: pd.Series(data[c], dtype=_MATCH_DTYPES[c]) for c in MATCH_COLUMNS})


def _term(texts: pd.Series) -> pd.Series:
    return (
        texts.astype("str")
        .str.lower()
        .str.replace("’", "'", regex=False)
        .str.replace(r"\s+", " ", regex=True)
    )


def terms_frame(matches_df: pd.DataFrame, n_tokens: int | Mapping[str, int]) -> pd.DataFrame:
    """Term frequencies: lexicon, category, term, count, per_1000_tokens.

    ``term`` is the matched text lowercased, with ``’`` as ``'`` and whitespace collapsed.
    With an ``int``, counts pool all rows against that many tokens. With a mapping of
    ``doc_id -> n_tokens`` the counts are per document and a leading ``doc_id`` column is
    added. Sorted by (doc_id,) lexicon, category, descending count, term.
    """
    per_doc = isinstance(n_tokens, Mapping)
    keys = (["doc_id"] if per_doc else []) + ["lexicon", "category"]
    columns = keys + TERM_COLUMNS[2:]
    if matches_df.empty:
        empty = {c: pd.Series([], dtype="str") for c in [*keys, "term"]}
        empty["count"] = pd.Series([], dtype="int64")
        empty["per_1000_tokens"] = pd.Series([], dtype="float64")
        return pd.DataFrame(empty)[columns]
    df = matches_df[keys].astype("str").assign(term=_term(matches_df["text"]))
    counts = df.groupby([*keys, "term"], sort=False).size().reset_index(name="count")
    if per_doc:
        missing = sorted(set(counts["doc_id"]) - set(map(str, n_tokens)))
        if missing:
            raise ParameterError(f"n_tokens has no entry for doc_id {missing[0]!r}.")
        totals = counts["doc_id"].map({str(k): v for k, v in n_tokens.items()}).astype("int64")
    else:
        totals = pd.Series(int(n_tokens), index=counts.index, dtype="int64")
    safe = totals.where(totals > 0, 1)
    counts["count"] = counts["count"].astype("int64")
    counts["per_1000_tokens"] = (counts["count"] * 1000 / safe).where(totals > 0, 0.0)
    counts = counts.sort_values(
        [*keys, "count", "term"],
        ascending=[True] * len(keys) + [False, True],
        kind="mergesort",
    )
    return counts[columns].reset_index(drop=True)


def kwic(
    text: str,
    matches: pd.DataFrame | Sequence[tuple[int, int]] | None = None,
    pattern: str | None = None,
    *,
    window: int = 5,
    doc_id: str = "text",
    sentences: Sequence[Any] | None = None,
) -> pd.DataFrame:
    """Keyword-in-context table (quanteda's shape): docname, sentence_id, from, to, pre,
    keyword, post; ``from``/``to`` are character offsets, ``pre``/``post`` up to ``window``
    tokens of context from the keyword's own sentence.

    Keywords are the occurrences of ``pattern`` (a word, glob or phrase, case-insensitive,
    whole words) in the text itself, plus the rows of a matches frame whose ``pattern``
    equals it (so verb–object display forms work too); ``kwic(text, "ceasefire")`` also
    works. Without ``pattern``, every row of ``matches`` (a matches frame or ``(start, end)``
    pairs) is a keyword. ``sentences`` (spans or pairs) default to
    :func:`analysis.text.split_sentences`; ``sentence_id`` is -1 for a keyword outside them.
    """
    if isinstance(matches, str):  # kwic(text, "ceasefire", ...): the pattern given second
        if pattern is not None:
            raise ParameterError("kwic got two patterns; pass matches second, pattern third.")
        matches, pattern = None, matches
    if window < 0:
        raise ParameterError(f"window must be 0 or more tokens, not {window}.")
    if sentences is None:
        sentences = split_sentences(text)
    bounds = [(s.start, s.end) if hasattr(s, "start") else tuple(s) for s in sentences]
    found: set[tuple[int, int]] = set()
    frame = matches if isinstance(matches, pd.DataFrame) else None
    if pattern is not None:
        if matches is not None and frame is None:
            raise ParameterError("kwic takes a pattern or (start, end) positions, not both.")
        try:
            rx: re.Pattern[str] | None = compile_pattern(pattern)
        except ValueError as exc:
            rx = None
            if frame is None:
                raise ParameterError(
                    f"kwic pattern '{pattern}' is not a word, glob or phrase: {exc}."
                ) from None
        if rx is not None:
            for s0, e0 in bounds:
                found.update(m.span() for m in rx.finditer(text, s0, e0))
        if frame is not None and not frame.empty:
            same = frame["pattern"].astype("str").str.lower() == pattern.lower()
            found.update(zip(frame.loc[same, "start"], frame.loc[same, "end"], strict=True))
    elif frame is not None:
        found.update(zip(frame["start"], frame["end"], strict=True))
    elif matches is not None:
        found.update((int(s), int(e)) for s, e in matches)
    else:
        raise ParameterError("kwic needs a pattern or matches (a matches frame or positions).")
    starts = [b[0] for b in bounds]
    rows = []
    for start, end in sorted((int(s), int(e)) for s, e in found):
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and start < bounds[i][1]:
            s0, e0 = bounds[i]
        else:  # outside every sentence: context from the whole text
            i, s0, e0 = -1, 0, len(text)
        pre_toks = list(TOKEN_RE.finditer(text, s0, start))[-window:] if window else []
        post_toks = list(TOKEN_RE.finditer(text, end, max(e0, end)))[:window] if window else []
        pre = text[pre_toks[0].start() : start].strip() if pre_toks else ""
        post = text[end : post_toks[-1].end()].strip() if post_toks else ""
        rows.append((doc_id, i, start, end, pre, text[start:end], post))
    out = pd.DataFrame(rows, columns=KWIC_COLUMNS)
    dtypes = dict.fromkeys(KWIC_COLUMNS, "str")
    dtypes.update({"sentence_id": "int64", "from": "int64", "to": "int64"})
    return out.astype(dtypes)
