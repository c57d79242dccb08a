"""One compiled matcher for all active lexicons: longest match, verb–object patterns, negation.

How text is matched (the rules every lexicon shares):

* **Words.** Matching is case-insensitive (:func:`analysis.text.fold`) and by whole words. A
  word is a run of letters/digits joined by internal hyphens or apostrophes (``war-torn``,
  ``didn't``), so ``war`` matches neither ``warm``, ``award`` nor ``war-torn``. A possessive
  ``'s`` is not part of the word: ``ceasefire`` matches in "the ceasefire's terms". Curly
  apostrophes (``’``) equal ``'``. Phrases match across any run of whitespace; a glob ``*``
  matches any word characters (``retaliat*`` -> "retaliated", ``war*`` -> "war-torn"), ``?``
  one letter or digit. Hits never cross a sentence of the article.
* **Longest match wins, per lexicon.** When hits of one lexicon overlap, the one with most
  tokens wins (then most characters, then the earliest start, then the order of lexicons,
  categories and patterns as given) and every hit overlapping it is dropped; repeat. Hits of
  different lexicons never compete: a hedging cue may overlap an escalation term. A hit of
  an ``evidence`` category inside a verb–object winner, short of its first and last words,
  stays, as evidence only ("company" in "rejected the company's offer").
* **Verb–object patterns.** A verb (any of ``verbs``) followed by an object (any of
  ``objects``) whose first word is among the ``window`` tokens after the verb (so at most
  ``window - 1`` tokens in between), in the same clause (:attr:`analysis.text.Article.clauses`:
  "signed, on Monday, a truce" pairs nothing). With ``order: any`` an object before the verb
  counts too ("the ceasefire was breached"), unless the verb has an object of its own ("the
  strike had halted 158 vessels": the strike is the subject). A noun after "by" is the verb's
  agent, not its object ("ships have been halted by the strike" pairs nothing), and nothing
  after a comma right after the verb is, not even before a number, where the comma ends no
  clause ("80 warplanes downed, 250 guns"). Each verb
  pairs with its nearest object after it, else (``any``) its nearest object before it. An
  object after the verb that is the complement of a nearer noun, joined to it by "of", "on",
  "against", "over" or "for", is not the verb's: where that noun is an escalation hit of the
  same lexicon, or the object of another of the verb's entries, the verb acts on it ("ended
  the suspension of talks" ends a suspension; "suspended the embargo on arms sales" eases an
  embargo and halts no sales; "halted the delivery of aid" still cuts aid). The
  hit spans verb and object; its ``pattern`` is the display form ``"verbs ... objects"``.
  Verb–object hits take part in longest-match resolution, so "signed a ceasefire" beats the
  bare "ceasefire" of the same lexicon.
* **Negation.** A hit is ``negated`` when its first word (the verb of a verb–object hit, or
  its object when a negator stands between them: "troops are not leaving") lies in a
  negator's scope, as :meth:`analysis.text.Article.negator` defines it.

Speed: all words, globs and phrases of all lexicons (and the verbs and objects of verb–object
patterns) are compiled into ONE trie-shaped regular expression (common prefixes merged into
nested non-capturing groups, no capture group per entry), which finds every position where
some entry starts; each hit is mapped back to its entries by a dict lookup on its first word
(globs: a prefix table, both cached per word), and only those few entries are checked at that
position. ``bench/matching.py`` measures it against a per-pattern loop.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import itertools
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from .lexicon import ACTOR_EVIDENCE, Lexicon, Pattern, resolve_lexicons, split_pattern
from .text import NEGATOR_STARTS, NUMBER_WORDS, RULED_OUT_HINT, Article, fold

_T = TypeVar("_T", bound=tuple)  # type: ignore[type-arg]

__all__ = [
    "Match",
    "Matcher",
    "compile_matcher",
    "compile_pattern",
    "first_disjoint",
    "in_context",
]

# Regex building blocks. A word is \w+ joined by internal hyphens/apostrophes, except that a
# possessive 's ending the word is not part of it.
_APOS_NOT_POSSESSIVE = r"['’](?!s\b)"
_WORD_RE = re.compile(rf"\w+(?:(?:-|{_APOS_NOT_POSSESSIVE})\w+)*")
_LEFT = r"(?<!\w)(?<!\w[-'’])"
_RIGHT = rf"(?!\w)(?!-\w)(?!{_APOS_NOT_POSSESSIVE}\w)"
_STAR = rf"\w*(?:(?:-|{_APOS_NOT_POSSESSIVE})\w+)*"
_CHUNK_RE = re.compile(r"\s*\S+")
_NON_BMP_RE = re.compile("[\U00010000-\U0010ffff]")
_WORD_CHAR_RE = re.compile(r"\w")
_SYMBOL_RE = {"*": _STAR, "?": r"\w", " ": r"\s+", "'": "['’]", "-": r"\-"}
_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Match:
    """One lexicon hit: ``article.text[start:end] == self.text``, in sentence ``sentence_id``.

    ``direction`` is the category's (None for lexicons without directions). Context rules may
    return changed copies (never mutate): another weight, category or direction, a span widened
    to include the rule's trigger word, and a ``modality`` ("possible", "threatened"...).
    """

    start: int
    end: int
    text: str
    lexicon: str
    category: str
    pattern: str
    weight: float
    negated: bool
    direction: str | None
    sentence_id: int = -1
    modality: str | None = None
    rule: str | None = None


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
    """One distinct word/glob/phrase and every pattern or verb–object part that uses it.

    Its regexes are compiled on first use: a text meets few of the thousands of entries, and
    compiling them all would cost every new process (a report's kernel, a worker) about 0.25 s.
    """

    __slots__ = ("_rx", "_rx_ci", "body", "neg", "plain", "single", "vo", "wild", "words")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        first = words[0]
        # A single word without apostrophes is decided by the token it starts (its match ends
        # where the token ends); anything else is checked with its own regex in context.
        self.single = len(words) == 1 and "'" not in first
        self.wild = self.single and any(c in first for c in "*?")
        self.body = f"(?:{_unit_regex(words)}){_RIGHT}"
        self._rx: re.Pattern[str] | None = None
        self._rx_ci: re.Pattern[str] | None = None
        self.plain: list[tuple[int, int, Pattern]] = []  # (lexicon index, rank, pattern)
        self.vo: list[tuple[int, int]] = []  # (verb-object index, 0 verb / 1 object)
        self.neg = False  # a negator's (first) word: hits far from any skip the negation check

    def fits(self, key: str) -> bool:
        """Whether a single-word unit matches the (folded) token ``key`` as a whole (its
        right-edge check holds at the key's end)."""
        return not self.wild or self.rx().fullmatch(key) is not None

    def rx(self) -> re.Pattern[str]:
        """The unit's regex for lowercased text, in context (its right edge checked)."""
        if self._rx is None:
            self._rx = re.compile(self.body)
        return self._rx

    def rx_ci(self) -> re.Pattern[str]:
        """The unit's regex for original (not lowercased) text."""
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
#: What a first word can start: plain hits, verb–object parts, phrases to verify, whether it
#: may start a negator, a regex over its phrases, and the same for the word without its
#: possessive 's where an entry starts with that whole word (``_Info`` or None).
_Info = tuple[
    tuple[Any, ...], tuple[Any, ...], tuple[_Unit, ...], bool, "re.Pattern[str] | None", Any
]
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

        #: (lexicon index, category) of the evidence categories: what a sentence is about
        self._evidence = frozenset(
            (li, c) for li, lex in enumerate(self.lexicons) for c in lex.evidence
        )
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
        #: whether any entry is ``negated_only`` (only then are hits filtered for it)
        self._negated_only = any(p.negated_only for lex in self.lexicons for p in lex.patterns)
        #: the most words an entry has: how far a hit can reach from where it starts
        self._max_words = max((len(words) for words in units), default=1)
        if units:  # the scan then finds negators too, for free
            for word in NEGATOR_STARTS:
                unit((word,)).neg = True

        # First-word index: literal first words exactly; others by the literal prefix before
        # their first wildcard or apostrophe (the token a hit starts with begins with it).
        exact: dict[str, list[_Unit]] = {}
        by_prefix: dict[int, dict[str, list[_Unit]]] = {}
        for words, u in units.items():
            first = words[0]
            cut = min((i for i, c in enumerate(first) if c in "*?'"), default=None)
            if cut is None:
                exact.setdefault(first, []).append(u)
            else:
                by_prefix.setdefault(cut, {}).setdefault(first[:cut], []).append(u)
        self._exact = exact
        self._prefixes = sorted(by_prefix.items())
        self._cache: dict[str, _Info] = {}
        self._body = _trie_regex(_trie(units))
        if self._body:
            # The scan regex consumes the non-word character before an entry: the regex engine
            # then skips through words with a table lookup per character (about 1.4x faster).
            self._scan_rx = re.compile(f"[{_non_word_bmp()}](?<!\\w[-'])(?:{self._body}){_RIGHT}")

    @functools.cached_property
    def _regex_ci(self) -> re.Pattern[str]:
        return re.compile(f"{_LEFT}(?:{self._body}){_RIGHT}", _FLAGS)

    def __repr__(self) -> str:
        names = ", ".join(f"{lx.name} {lx.version}" for lx in self.lexicons)
        return f"Matcher([{names}], {self.n_units} entries)"

    def _lookup(self, key: str) -> _Info:
        """What a hit starting with the (folded) token ``key`` can be: plain patterns and
        verb–object parts decided by the token alone, units to check in context, whether the
        token may start a negator, and what the token without a possessive 's can be: the scan
        stops at "opposition's" whole where an entry starts with it ("opposition's boycott"),
        and an entry of the bare word ("opposition") must still match there, as it does before
        any other possessive."""
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
            elif u.fits(key):
                plain.extend(u.plain)
                vo.extend(u.vo)
                neg = neg or u.neg
        # Where a common word starts many phrases ("the" starts 55), one regex over all of
        # them says first whether any follows, instead of trying them one by one.
        pre = (
            re.compile(f"(?:{_trie_regex(_trie(u.words for u in verify))}){_RIGHT}")
            if len(verify) > 1
            else None
        )
        stem = None
        if len(key) > 2 and key[-2:] in ("'s", "’s"):
            bare = self._cache.get(key[:-2]) or self._lookup(key[:-2])
            stem = bare if bare[0] or bare[1] or bare[2] else None
        info = (tuple(plain), tuple(vo), tuple(verify), neg, pre, stem)
        if len(self._cache) >= _MAX_TOKEN_CACHE:
            self._cache.clear()
        self._cache[key] = info
        return info

    def find(self, article: Article) -> list[Match]:
        """All resolved hits in ``article``'s sentences, sorted by start."""
        text = article.text
        n = len(text)
        bounds = [(s.start, s.end) for s in article.sentences]
        out: list[Match] = []
        if not self._body or not bounds:
            return out
        low = fold(text)
        fast = len(low) == n  # folding kept every offset: scan it without IGNORECASE
        if not fast:  # rare characters whose lowercase is longer (e.g. "İ"): scan the original
            low = text
        covered = sum(e - s for s, e in bounds)
        lo, hi = bounds[0][0], bounds[-1][1]
        if covered * 2 >= hi - lo:  # dense spans (sentences): one scan over the range
            self._scan(article, low, fast, bounds, 0, lo, hi, out)
        else:
            for sid, (s0, e0) in enumerate(bounds):
                self._scan(article, low, fast, [(s0, e0)], sid, s0, e0, out)
        return out

    def _scan(
        self,
        article: Article,
        low: str,
        fast: bool,
        bounds: list[tuple[int, int]],
        sid0: int,
        lo: int,
        hi: int,
        out: list[Match],
    ) -> None:
        """Hits in ``bounds`` (sentence spans; the first is sentence ``sid0``)."""
        cache_get = self._cache.get
        j, nb = 0, len(bounds)
        s0, e0 = bounds[0]
        hits: list[_Hit] = []
        parts: dict[int, tuple[list[_Part], list[_Part]]] = {}
        negs: list[int] = []  # where words that may start a negator start, in this sentence
        starts = self._starts(low, lo, hi) if fast else _starts_ci(self._regex_ci, low, lo, hi)
        for s, tend, key in starts:
            if s >= e0:
                if hits or parts:
                    self._finish(article, low, fast, sid0 + j, s0, hits, parts, negs, out)
                    hits, parts = [], {}
                negs = []
                while j < nb and bounds[j][1] <= s:
                    j += 1
                if j == nb:
                    break
                s0, e0 = bounds[j]
            if s < s0 or tend > e0:  # outside the spans, or a word cut by the span's end
                continue
            info = cache_get(key) or self._lookup(key)
            if info[3]:
                negs.append(s)
            while info is not None:  # the word, then (rarely) the word without its "'s"
                plain, vo, verify, _, pre, stem = info
                for li, rank, p in plain:
                    hits.append((li, s, tend, 1, rank, p, s))
                for vi, role in vo:
                    parts.setdefault(vi, ([], []))[role].append((s, tend, 1))
                if pre is None or not fast or pre.match(low, s, e0) is not None:
                    for u in verify:
                        um = (u.rx() if fast else u.rx_ci()).match(low, s, e0)
                        if um is None:
                            continue
                        end, ntok = um.end(), len(u.words)
                        for li, rank, p in u.plain:
                            hits.append((li, s, end, ntok, rank, p, s))
                        for vi, role in u.vo:
                            parts.setdefault(vi, ([], []))[role].append((s, end, ntok))
                info, tend = stem, tend - 2
        if hits or parts:
            self._finish(article, low, fast, sid0 + j, s0, hits, parts, negs, out)

    def _starts(self, low: str, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
        """``(start, end of first word, first word)`` of every entry start in ``low[lo:hi]``.

        The scan regex consumes the character before each entry; entries at the very start
        or after a non-word character outside the BMP come from :meth:`_entry_at` and are
        merged in. Inside a phrase hit the search restarts after its first word, so "peace
        talks" cannot hide a "talks" entry.
        """
        main = self._scan_starts(low, max(lo - 1, 0), hi)
        extra: list[tuple[int, int, str]] = []
        if lo == 0 and (found := self._entry_at(low, 0, hi)) is not None:
            extra.append(found)
        if not low.isascii() and _NON_BMP_RE.search(low, lo, hi):
            for r in _NON_BMP_RE.finditer(low, max(lo - 1, 0), hi):
                if not _WORD_CHAR_RE.match(r.group()) and (
                    found := self._entry_at(low, r.end(), hi)
                ):
                    extra.append(found)
        return heapq.merge(main, extra) if extra else main

    def _entry_at(self, low: str, at: int, hi: int) -> tuple[int, int, str] | None:
        """The entry start at ``at``, where no character precedes it that the scan regex could
        consume: the scan regex on a space and a copy of the runs of non-whitespace a hit there
        can span (an entry's words hold none; whitespace or the copy's end after a hit reads
        alike to its right-edge check). Compiling a second trie regex for these few places
        would cost every new process more than half a second."""
        reach = _chunks_end(low, at, hi, self._max_words)
        m = self._scan_rx.match(" " + low[at:reach])
        return _first_word(low, at, at + m.end() - 1) if m is not None else None

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
        article: Article,
        low: str,
        fast: bool,
        sid: int,
        s0: int,
        hits: list[_Hit],
        parts: dict[int, tuple[list[_Part], list[_Part]]],
        negs: list[int],
        out: list[Match],
    ) -> None:
        """Pair verbs with objects, resolve overlaps and emit sentence ``sid``'s hits by start.

        A hit is checked for negation only when a negator word (found by the scan, ``negs``)
        or an ``n't`` precedes it in its sentence, or a predicate that rules it out may follow
        it (:data:`~analysis.text.RULED_OUT_HINT`): most hits need no tokens at all. A
        ``negated_only`` entry's hits that are not negated go before overlaps are resolved,
        so they hide no other hit."""

        # where the sentence's last predicate that may rule out a subject starts (-1: none)
        ruled_out = max(
            (m.start() for m in RULED_OUT_HINT.finditer(low, s0, article.sentences[sid].end)),
            default=-1,
        )

        def negated(anchor: int) -> bool:
            return (
                not fast
                or bool(negs and negs[0] < anchor)
                or low.find("n't", s0, anchor) >= 0
                or ruled_out > anchor
            ) and article.negator(anchor) is not None

        nested: list[tuple[_Hit, int, int]] = []
        for vi, (verbs, objects) in parts.items():
            if verbs and objects:
                _pair(article, self._vo[vi], verbs, objects, hits, nested)
        if self._negated_only:
            hits = [h for h in hits if not h[5].negated_only or negated(h[6])]
        if nested:
            hits = _unnest(article, hits, nested)
        if not hits:
            return
        if len(hits) > 1:
            hits = _resolve(hits, self._evidence)
            hits.sort(key=_by_start)
        text = article.text
        for _li, s, e, _n, _rank, p, anchor in hits:
            out.append(
                Match(
                    s,
                    e,
                    text[s:e],
                    p.lexicon,
                    p.category,
                    p.pattern,
                    p.weight,
                    p.negated_only or negated(anchor),  # (kept above only when negated)
                    p.direction,
                    sid,
                )
            )


def _by_start(h: _Hit) -> tuple[int, int, int]:
    return (h[1], -h[2], h[4])


def _trie(entries: Iterable[tuple[str, ...]]) -> dict[str, Any]:
    """A character trie of entries' words (joined by single spaces), for :func:`_trie_regex`."""
    trie: dict[str, Any] = {}
    for words in entries:
        node = trie
        for sym in " ".join(words):
            node = node.setdefault(sym, {})
        node[""] = {}
    return trie


def _chunks_end(text: str, at: int, hi: int, n: int) -> int:
    """Where the ``n``-th run of non-whitespace from ``at`` ends (``hi`` at most)."""
    pos = at
    for _ in range(n):
        m = _CHUNK_RE.match(text, pos, hi)
        if m is None:
            break
        pos = m.end()
    return pos


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
            yield s, tend, fold(key)
            m2 = rx.search(text, tend, hi) if tend < e else None
            if m2 is None or m2.start() >= e:
                break
            found = _first_word(text, *m2.span())


def _pair(
    article: Article,
    vo: _VerbObject,
    verbs: list[_Part],
    objects: list[_Part],
    hits: list[_Hit],
    nested: list[tuple[_Hit, int, int]],
) -> None:
    """Verb–object hits: each verb with its nearest object after it (within the window and
    clause; of the objects starting there, the longest: "launched a missile strike"), else,
    for ``order: any``, its nearest object before it (unless "the" makes the verb a noun).
    A hit with more than one word between the verb and an object after it ("ended the
    suspension of talks") also goes in ``nested``, with its verb's end and its object's
    start, for :func:`_unnest`."""
    p = vo.pattern
    objects = sorted(objects)
    for vs, ve, vn in verbs:
        i = bisect.bisect_left(objects, (ve, -1, -1))
        pair = None
        nests = False
        if i < len(objects):
            while i + 1 < len(objects) and objects[i + 1][0] == objects[i][0]:
                i += 1  # sorted by (start, end): the last at this start is the longest
            os_, oe, on = objects[i]
            gap = _gap_tokens(article, vs, ve, os_, p.window)
            # an object is not the agent after "by", nor what follows a comma after the verb
            if gap is not None and not (
                gap and (_words_after(article, ve, 1) == ["by"] or _comma_after(article, ve))
            ):
                pair = (vs, oe, vn + gap + on)
                nests = gap > 1
        if (
            pair is None
            and p.order == "any"
            and not _after_the(article, vs)
            and not _takes_object(article, ve)
        ):
            j = bisect.bisect_left(objects, (vs, -1, -1)) - 1
            while j >= 0 and objects[j][1] > vs:  # skip objects overlapping the verb
                j -= 1
            if j >= 0:
                os_, oe, on = objects[j]
                gap = _gap_tokens(article, os_, oe, vs, p.window)
                if gap is not None:
                    pair = (os_, ve, vn + gap + on)
        if pair is not None:
            hit = (vo.lexicon, pair[0], pair[1], pair[2], vo.rank, p, _anchor(article, vs, ve, os_))
            hits.append(hit)
            if nests:
                nested.append((hit, ve, os_))


#: Prepositions that join a noun to what it is of, on or against: after one, an object is the
#: complement of the noun before it ("the suspension of talks", "the embargo on arms sales");
#: not "to", which also opens a purpose ("sent troops to Kenya to train its police").
_COMPLEMENT_OPENERS = frozenset("of on against over for".split())


def _preposition_between(article: Article, end: int, start: int) -> bool:
    """Whether one of :data:`_COMPLEMENT_OPENERS` stands between ``end`` and ``start`` (in one
    sentence): "suspended the embargo on arms sales"."""
    return any(t[2].lower() in _COMPLEMENT_OPENERS for t in article.tokens.between(end, start))


def _unnest(article: Article, hits: list[_Hit], nested: list[tuple[_Hit, int, int]]) -> list[_Hit]:
    """The hits without each verb–object hit of ``nested`` whose object is the complement of a
    nearer noun (the module's docstring): another hit of its lexicon stands between, either of
    direction ``escalation`` and starting there (a stop or an attack: "ended the blockade of
    aid") or a verb–object hit of the same verb (its nearer object: "suspended the embargo on
    arms sales"), and one of :data:`_COMPLEMENT_OPENERS` follows it before the object. The
    tokens are read only for the few hits that have such a neighbour."""
    drop = set()
    for hit, verb_end, object_start in nested:
        li, start = hit[0], hit[1]
        for h in hits:
            if h[0] != li or h is hit:
                continue
            if verb_end <= h[1] < object_start and h[5].direction == "escalation":
                before = h[1]  # a stop or an attack named after the verb
            elif h[1] == start and h[2] <= object_start and h[5].kind == "verb_object":
                before = h[2]  # the same verb with a nearer object
            else:
                continue
            if _preposition_between(article, before, object_start):
                drop.add(id(hit))
                break
    return [h for h in hits if id(h) not in drop] if drop else hits


def _after_the(article: Article, start: int) -> bool:
    """Whether the word at ``start`` follows "the": a noun, not a verb that ends or breaks
    an object named before it ("a national strike at the end of the month", "fighting until
    the end of March"; "the fighting came to an end" keeps its verb)."""
    sid, k = article.tokens.locate(start)
    return k > 0 and article.tokens.sentence(sid)[k - 1][2].lower() == "the"


#: Words that open a noun phrase after a verb: its object ("had halted 158 vessels").
_OBJECT_OPENERS = NUMBER_WORDS | frozenset(
    "a an the its their his her our this these those some all most many several both".split()
)
#: Words of time: a noun phrase of them after a verb says when, not what ("stopped a week ago").
_TIME_WORDS = frozenset(
    "ago later earlier day days week weeks weekend month months year years morning mornings "
    "night nights evening afternoon hour hours minute minutes time times".split()
)


def _comma_after(article: Article, end: int) -> bool:
    """Whether a comma follows the verb ending at ``end``: what comes after it is no object
    of the verb, even before a number, where the comma ends no clause (elsewhere the clause
    check already parts them): "80 warplanes downed, 250 guns destroyed"."""
    return article.text[end : end + 2].lstrip()[:1] == ","


def _words_after(article: Article, end: int, n: int, *, adjacent: bool = False) -> list[str]:
    """The ``n`` words after ``end`` in its sentence, lower-cased (fewer at its end; none when
    ``adjacent`` and anything but space stands before the first: "will continue, a union")."""
    sid, k = article.tokens.locate(end)
    tokens = article.tokens.sentence(sid)[k : k + n]
    if adjacent and tokens and article.text[end : tokens[0][0]].strip():
        return []
    return [t[2].lower() for t in tokens]


def _takes_object(article: Article, end: int) -> bool:
    """Whether the verb ending at ``end`` has an object of its own right after it (a
    determiner or a number opening a noun phrase that does not say when): then a noun before
    it is its subject, not what it stops ("the strike had halted 158 vessels", "a ceasefire
    that ended four years of fighting"; "the fighting stopped a week ago" and "the offensive
    was halted by the army" still pair)."""
    after = _words_after(article, end, 5, adjacent=True)
    if not after or not (after[0] in _OBJECT_OPENERS or after[0][:1].isdigit()):
        return False
    when = [k for k, w in enumerate(after[:4]) if w in _TIME_WORDS]
    # "a week ago" says when; "four years of fighting" is what was ended
    return not when or after[when[0] + 1 : when[0] + 2] == ["of"]


def _anchor(article: Article, vs: int, ve: int, os_: int) -> int:
    """Where a verb–object hit is read for negation: at the verb, unless a negator stands
    between the verb and an object after it ("troops are not leaving", "the president did
    not resign"); a negating verb itself ("rejected the truce") is the hit, not its negator."""
    if os_ > ve:
        neg = article.negator(os_)
        if neg is not None and neg[0] >= ve:
            return os_
    return vs


def _gap_tokens(article: Article, first: int, end: int, second: int, limit: int) -> int | None:
    """Tokens between a hit ``first..end`` and a later one starting at ``second``, or None
    when there are ``limit`` or more, or the two lie in different clauses."""
    if article.clause_of(first) != article.clause_of(second):
        return None
    locate = article.tokens.locate
    gap = locate(second)[1] - locate(end)[1]  # (same clause, so same sentence)
    return gap if gap < limit else None


def _resolve(hits: list[_Hit], evidence: frozenset[tuple[int, str]] = frozenset()) -> list[_Hit]:
    """Longest match wins within each lexicon; every hit overlapping a winner is dropped,
    except a hit of an ``evidence`` category (lexicon index, category) inside a verb–object
    winner, short of its first and last words: it still says what the sentence is about
    ("company" in "rejected the company's offer"). A word the winner starts or ends with
    keeps the winner's sense ("fire" in "opened fire" is no blaze)."""
    # by lexicon, then most tokens, most characters, earliest start, pattern order
    hits.sort(key=lambda h: (h[0], -h[3], h[1] - h[2], h[1], h[4]))
    kept: list[_Hit] = []
    for _, group in itertools.groupby(hits, key=lambda h: h[0]):
        own = list(group)
        won = first_disjoint(own, start=1)
        kept.extend(won)
        if evidence and len(won) < len(own):
            kept.extend(_inside_verb_object(own, won, evidence))
    return kept


def _inside_verb_object(
    own: list[_Hit], won: list[_Hit], evidence: frozenset[tuple[int, str]]
) -> list[_Hit]:
    """The evidence hits of ``own`` that lost only to verb–object winners, each lying inside
    the winner's span without its first or last character (so neither at the verb's start
    nor at the object's end)."""
    winners = set(map(id, won))
    spans = [(h[1], h[2], h[5].kind == "verb_object") for h in won]
    back = []
    for h in own:
        if id(h) in winners or (h[0], h[5].category) not in evidence:
            continue
        over = [(s, e, vo) for s, e, vo in spans if s < h[2] and h[1] < e]
        if over and all(vo and s < h[1] and h[2] < e for s, e, vo in over):
            back.append(h)
    return back


def first_disjoint(items: Iterable[_T], *, start: int) -> list[_T]:
    """The items, best first, that overlap no item kept before them: each is a tuple whose
    ``start`` and ``start + 1`` fields are its character span."""
    starts: list[int] = []  # kept spans, disjoint, by start
    ends: list[int] = []
    kept: list[_T] = []
    for item in items:
        s, e = item[start], item[start + 1]
        i = bisect.bisect_left(starts, s)
        if (i and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        kept.append(item)
    return kept


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


def in_context(
    hits: Sequence[Match],
    lexicon: Lexicon,
    evidence: Mapping[int, Collection[str]] | None = None,
    n_sentences: int = 0,
) -> list[Match]:
    """The hits of ``lexicon`` that count where they stand, in order.

    A hit whose entry ``needs`` other categories counts only when its sentence, or the
    sentence before it, holds a grounded hit of one of them (another hit, not itself): one of
    an evidence category or of a category that ``vouches``, or one that counts itself, found
    in rounds. One whose entry names ``not_with`` categories does not count when its sentence
    holds a hit of one of those, nor when it leans on the sentence before and that sentence
    holds one.
    ``evidence`` adds names found by other means, per sentence id (``{3: {"actors"}}``:
    sentence 3 names a country). Hits of ``evidence`` categories only serve as that evidence
    and are left out; one whose entry names ``not_with`` categories serves nothing in a
    sentence holding a hit of one of those. In a text of ``n_sentences`` sentences that is
    off the lexicon's topic (:class:`~analysis.lexicon.OffTopic`), a hit whose entry
    ``needs`` context counts only where its own sentence holds another hit of a ``topic``
    category. (``lexicon.py`` documents the keys.)
    """
    contexts, evidence_categories = lexicon.contexts, lexicon.evidence
    if not contexts and not evidence_categories:
        return list(hits)
    by_sentence: dict[int, list[Match]] = {}
    for m in hits:
        by_sentence.setdefault(m.sentence_id, []).append(m)

    def scene(sid: int, but: Match | None = None) -> list[str]:
        """What sentence ``sid`` holds: its hits' categories (``but`` one) and evidence."""
        held = [o.category for o in by_sentence.get(sid, ()) if o is not but]
        held.extend(evidence.get(sid, ()) if evidence else ())
        return held

    def rule(m: Match) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return contexts.get((m.category, m.pattern), ((), ()))

    # an evidence hit tells nothing where its entry's not_with stands ("suspects" tell of a
    # crime, not where what they are suspects in is an armed attack)
    silent = {
        id(m)
        for m in hits
        if m.category in evidence_categories
        and (unless := rule(m)[1])
        and _holds(unless, scene(m.sentence_id, m))
    }
    if silent:
        hits = [m for m in hits if id(m) not in silent]
        for sid, held in by_sentence.items():
            by_sentence[sid] = [m for m in held if id(m) not in silent]

    # a hit's needs are met by grounded hits: evidence, hits of a category that vouches, and
    # hits that count, found in rounds until none is added; two other hits that need context
    # cannot vouch for each other ("the raid is the latest move in a talent war in which
    # companies are fighting over engineers": neither the raid nor the fight is one)
    grounded: dict[int, list[str]] = {}
    for m in hits:
        if m.category in evidence_categories or m.category in lexicon.vouching:
            grounded.setdefault(m.sentence_id, []).append(m.category)

    def ground(sid: int, but: Match) -> list[str]:
        """What sentence ``sid`` holds that can meet a need (not ``but`` itself)."""
        held = list(grounded.get(sid, ()))
        if but.sentence_id == sid and but.category in lexicon.vouching:
            held.remove(but.category)
        held.extend(evidence.get(sid, ()) if evidence else ())
        return held

    counted: set[int] = set()
    pending = [
        m
        for m in hits
        if m.category not in evidence_categories and not _holds(rule(m)[1], scene(m.sentence_id, m))
    ]
    while pending:
        added = []
        for m in pending:
            needs, not_with = rule(m)
            if needs and not _holds(needs, ground(m.sentence_id, m)):
                # the sentence before sets the scene too, and then the whole of it: "Both
                # sides signed a ceasefire. Aid convoys were allowed in."; "Acme Corp signed
                # with Beta Inc. The deal was hailed by officials" borrows no treaty
                sid = m.sentence_id - 1
                if not _holds(needs, ground(sid, m)) or _holds(not_with, scene(sid)):
                    continue
            added.append(m)
        if not added:
            break
        for m in added:
            counted.add(id(m))
            if m.category not in lexicon.vouching:
                grounded.setdefault(m.sentence_id, []).append(m.category)
        pending = [m for m in pending if id(m) not in counted]
    kept = [m for m in hits if id(m) in counted]
    return _on_topic(kept, hits, lexicon, n_sentences, evidence or {})


def _holds(names: Collection[str], here: Collection[str]) -> bool:
    """Whether the categories ``here`` meet one of ``names``: ``a+b`` (in ``needs``) both,
    ``a-b`` (in ``not_with``) ``a`` without ``b``, a plain name itself."""
    return any(_holds_one(n, here) for n in names)


def _holds_one(name: str, here: Collection[str]) -> bool:
    if "+" in name:
        return all(p in here for p in name.split("+"))
    if "-" in name:
        held, unless = name.split("-")
        return held in here and unless not in here
    return name in here


def _on_topic(
    kept: list[Match],
    hits: Sequence[Match],
    lexicon: Lexicon,
    n: int,
    evidence: Mapping[int, Collection[str]],
) -> list[Match]:
    """``kept`` less, in an off-topic text, the hits that need context and have no other
    topic hit in their sentence (:class:`~analysis.lexicon.OffTopic`). ``evidence``: what the
    actor mentions tell, per sentence id (:func:`in_context`)."""
    rule, topic = lexicon.off_topic, lexicon.topic
    if rule is None or n < rule.min_sentences:
        return kept
    contexts = lexicon.contexts

    def needs(m: Match) -> bool:
        return bool((contexts.get((m.category, m.pattern)) or ((),))[0])

    # the topic hits are its evidence hits (never kept, so read from all hits) and the kept
    # ones; what the text is about is told by the evidence, the hits that need no context and
    # those that do where their own sentence names two sides ("Iraq said it attacked an
    # Iranian platform"); any other hit that needs context does not vote for itself
    dyad = ACTOR_EVIDENCE[1]
    topic_hits = [m for m in hits if m.category in topic and m.category in lexicon.evidence]
    topic_hits += [m for m in kept if m.category in topic]
    voters = {
        m.sentence_id
        for m in topic_hits
        if m.category in lexicon.evidence or not needs(m) or dyad in evidence.get(m.sentence_id, ())
    }
    if len(voters) >= rule.share * n:
        return kept
    # off the topic: a hit that needs context needs another topic hit in its sentence
    beside: dict[int, list[Match]] = {}
    for m in topic_hits:
        beside.setdefault(m.sentence_id, []).append(m)
    return [
        m for m in kept if not needs(m) or any(o is not m for o in beside.get(m.sentence_id, ()))
    ]
