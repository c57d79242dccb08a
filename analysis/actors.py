"""Who acts on whom: the source and target of each event, read from its sentence.

No parser is available offline, so roles come from word order around the event's trigger (its
first term), with rules measured on the development set (``tests/fixtures/actors_gold.tsv``,
``python -m analysis.evaluate actors``). For each event, in its sentence:

* **Actors.** Mentions (:func:`analysis.gazetteer.find_mentions`) are grouped into actor
  phrases: neighbouring mentions of one code ("Israeli Prime Minister Benjamin Netanyahu")
  are one actor; mentions joined by *and*, *or*, a comma or *as well as* are coordinated ("the
  U.S. and European nations", "Russia and Ukraine").
* **Reported speech.** "X said (that) ..." and "according to X, ...": X is the speaker, not an
  actor of the event; the source is read after the speech verb, and only when nothing names
  one there is the speaker of *said* taken (it usually speaks of itself: "Nigeria says it has
  killed..."). A trailing ", X said" is never a target.
* **Source** (``rule`` ``active``): the first actor before the trigger in the trigger's clause,
  else in the sentence (after an introductory "In response, ..." or "After ..., "), leaving out
  actors that only locate something ("in X", "near X") when another is there.
* **Passive** (``passive``): "was struck by X", "A car bombing by X": the actor after *by* is
  the source; with a passive verb the actor before it is the target.
* **Participants** (``participants``): "talks involving officials from X and Y", "talks
  between X and Y": with no actor before the trigger, the actors after *involving, from, by,
  of, among* are its sources.
* **Target** (``object``): the first actor after the trigger in its clause (the object, or "on,
  against, at, targeting, with X", possessives included: "strikes on Ukraine's power
  infrastructure"), else in the following clauses up to a new subordinate clause; never the
  source phrase itself.
* **Reciprocity** (``reciprocal``): coordinated sources with a reciprocal verb ("exchanged,
  traded, clashed, fought, each other") or "between X and Y" make both directions.

An event whose source and target are both None names no actor. Pronouns and unnamed actors
("the militants", "he") are not resolved: see README "Actors" for the limits.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .events import Event
from .gazetteer import Mention
from .matching import Match
from .text import (
    BE_FORMS,
    DETERMINERS,
    FINITE_AUX,
    IRREGULAR_PASTS,
    WEEKDAYS,
    Article,
    Token,
)

__all__ = ["ActorPhrase", "agent_sentences", "assign_actors", "phrases"]

#: Verbs of saying: what follows is reported speech, the one before them the speaker.
SPEECH = frozenset(
    "said says say saying told tells added stated reported insisted warned according wrote "
    "writes tweeted announced announces declared claimed claims".split()
)
#: Prepositions: an actor after one, in reported speech, is not its subject ("We expect from
#: Iran..."), so the speaker is taken instead.
PREPOSITIONS = frozenset("from to with against on for of over about into at in by".split())
#: Clause boundaries that end a subject's reach (a comma does not: appositions, lists).
STRONG_BOUNDARY_RE = re.compile(r"[;:—–]|\s-\s|\b(?:but|while|whereas|although|however)\s*$", re.I)
#: Prepositions that only locate: an actor after them is a source only when no other is there.
LOCATIVE = frozenset("in at near into inside outside across throughout around within".split())
#: Words that introduce participants after a trigger ("talks involving X", "officials from X").
PARTICIPANT = frozenset("involving from by of among between including".split())
#: Auxiliaries that make a participle passive ("was struck", "have been attacked").
PASSIVE_AUX = frozenset("was were been being is are be get gets got getting".split())
#: Words between two coordinated actors ("Russia and Ukraine", "the U.S. and European nations").
COORDINATION = frozenset("and or as well the its their both".split())
#: Words that say both sides act on each other.
RECIPROCAL = frozenset(
    "exchanged exchange exchanging traded trade trading clashed clash clashes clashing fought "
    "fight fighting between mutual each".split()
)
#: Sentence openers that begin an introductory phrase ending at the first comma.
INTRO = frozenset(
    "in on at after following despite as while when since before during amid with meanwhile "
    "earlier later last late early following until although though because if".split()
)
#: The longest introductory phrase, in tokens ("After weeks of heavy clashes, ...").
INTRO_LENGTH = 8
#: Words that may stand between an actor's mentions of one code ("Israeli Prime Minister
#: Benjamin Netanyahu" has three); more than this many tokens apart, they are two actors.
SAME_ACTOR_GAP = 4
#: Lower-case words inside titles and names ("Secretary of State", "Bashar al-Assad").
NAME_LINKS = frozenset("of the for and de al el bin ibn von van".split())
_PUNCT_RE = re.compile(r"[,;:()\[\]—–]|\s-\s")


#: A (source, target) pair of actor codes; None where the text names no actor.
Dyad = tuple[str | None, str | None]


@dataclass(frozen=True, slots=True)
class ActorPhrase:
    """Coordinated actors read as one phrase: ``codes`` in order, each with its mention."""

    mentions: tuple[Mention, ...]
    first: int  # index of the first token
    last: int  # index after the last token

    @property
    def codes(self) -> tuple[str, ...]:
        """The distinct codes, in text order."""
        return tuple(dict.fromkeys(m.code for m in self.mentions))


def phrases(text: str, tokens: Sequence[Token], mentions: Sequence[Mention]) -> list[ActorPhrase]:
    """The actor phrases of a sentence (its ``tokens``) from its ``mentions``, in text order.

    Mentions of one code at most :data:`SAME_ACTOR_GAP` tokens apart with only capitalised
    words (titles, names) between are one actor ("Israeli Prime Minister Benjamin
    Netanyahu"); mentions joined by *and*, *or*, *as well
    as* (a determiner may follow) or a list comma ("X, Y and Z") are coordinated."""
    starts = [t[0] for t in tokens]
    out: list[ActorPhrase] = []
    for m in mentions:
        first = bisect.bisect_left(starts, m.start)
        last = max(bisect.bisect_left(starts, m.end), first + 1)
        if out:
            prev = out[-1]
            gap = text[prev.mentions[-1].end : m.start]
            words = [t[2] for t in tokens[prev.last : first]]
            titled = all(
                text[t[0]].isupper() or t[2] in NAME_LINKS for t in tokens[prev.last : first]
            )
            plain = titled and not _PUNCT_RE.search(gap)
            if m.code == prev.mentions[-1].code and len(words) <= SAME_ACTOR_GAP and plain:
                out[-1] = ActorPhrase(prev.mentions, prev.first, last)
                continue
            joined = {"and", "or", "well"} & set(words)
            if len(words) <= 3 and all(w in COORDINATION for w in words) and joined:
                out[-1] = ActorPhrase((*prev.mentions, m), prev.first, last)
                continue
        out.append(ActorPhrase((m,), first, last))
    # a list: "X, Y and Z" (Y and Z already joined) is one coordination
    for i in range(len(out) - 2, -1, -1):
        nxt = out[i + 1]
        gap = text[out[i].mentions[-1].end : nxt.mentions[0].start]
        if gap.strip() == "," and len(nxt.codes) > 1:
            out[i : i + 2] = [
                ActorPhrase((*out[i].mentions, *nxt.mentions), out[i].first, nxt.last)
            ]
    return out


@dataclass
class _Sentence:
    """One sentence's tokens, text and actor phrases, shared by its events."""

    article: Article
    sid: int
    tokens: list[Token]
    phrases: list[ActorPhrase]

    def text_between(self, i: int, j: int) -> str:
        """The text from the end of token ``i - 1`` to the start of token ``j``."""
        lo = self.tokens[i - 1][1] if i > 0 else self.article.sentences[self.sid].start
        hi = self.tokens[j][0] if j < len(self.tokens) else self.article.sentences[self.sid].end
        return self.article.text[lo:hi]

    def word(self, i: int) -> str:
        """Token ``i``'s (folded) word; ``""`` outside the sentence."""
        return self.tokens[i][2] if 0 <= i < len(self.tokens) else ""

    def word_before(self, phrase: ActorPhrase) -> str:
        """The word before an actor phrase, past determiners ("by the Taliban" -> "by")."""
        i = phrase.first - 1
        while i >= 0 and self.tokens[i][2] in DETERMINERS:
            i -= 1
        return self.word(i)


def agent_sentences(
    article: Article, mentions: Sequence[Mention], hits: Sequence[Match]
) -> set[int]:
    """The sentences where a mention stands as the doer of one of ``hits`` (the lexicons' raw
    hits), before events and roles exist: right before the hit's finite verb, or before the
    finite verb whose object the hit is ("Ankara imposes curfew"), with at most a day or an
    auxiliary between, and not after a preposition ("Harare expels BBC correspondent", "Seoul
    on Monday arrested"; not "police in Seoul arrested", nor "the Ukraine aid", a noun the
    name modifies). The matcher's ``agent`` evidence
    (:data:`analysis.lexicon.ACTOR_EVIDENCE`)."""
    text = article.text
    starts = {(h.sentence_id, h.start) for h in hits if _is_verb_form(h.text)}
    objects = {(h.sentence_id, h.start) for h in hits}
    out: set[int] = set()
    for m in mentions:
        if m.sentence_id in out:
            continue
        after = _DOER_GAP.match(text, m.end)
        if after is None:
            continue
        if (m.sentence_id, after.end()) not in starts:
            # ... or before the finite verb whose object the hit is ("Ankara imposes curfew on
            # Cizre", "Warsaw declares martial law")
            verb = _VERB_THEN.match(text, after.end())
            if verb is None or verb.group(1) in FINITE_AUX or not _is_verb_form(verb.group(1)):
                continue  # (not an auxiliary: "Seoul was attacked" is acted on)
            if (m.sentence_id, verb.end()) not in objects:
                continue
        before = _WORD_BEFORE.search(text[max(0, m.start - 30) : m.start])
        if before is None or before.group(1).lower() not in _NOT_A_SUBJECT:
            out.add(m.sentence_id)
    return out


def _is_verb_form(hit_text: str) -> bool:
    """Whether a hit starts with a finite verb's form: a headline's present ("expels"), a past
    ("arrested") or an irregular past ("held", :data:`~analysis.text.IRREGULAR_PASTS`); not a
    noun the name modifies ("the Gaza pullout", "Ukraine aid"), though a plural noun passes
    ("Gaza talks")."""
    first = hit_text.split(maxsplit=1)[0].lower()
    return first.endswith(("s", "ed")) or first in IRREGULAR_PASTS


_GAP_WORDS = sorted(FINITE_AUX - BE_FORMS) + "also again formally officially reportedly".split()
# what may stand between a doer and its act: a day, an auxiliary (not a form of "be", whose
# passive makes the name the one acted on: "Seoul was attacked") or a frequent adverb
_DOER_GAP = re.compile(
    rf"\s+(?:on\s+(?:{'|'.join(WEEKDAYS)})\s+)?(?:(?:{'|'.join(_GAP_WORDS)})\s+)?",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*\Z")
#: A verb and the start of its object: a determiner (or "new") at most between ("imposes a
#: curfew").
_VERB_THEN = re.compile(rf"([a-z]+)\s+(?:(?:{'|'.join(sorted(DETERMINERS | {'new'}))})\s+)?")
#: Words after which a name is not the subject of the verb that follows it: the prepositions
#: and locatives above, and a few more that open a place or a path ("police near Seoul").
_NOT_A_SUBJECT = (
    PREPOSITIONS
    | LOCATIVE
    | frozenset("between among toward towards via through under behind beyond".split())
)


def assign_actors(
    article: Article, events: Sequence[Event], mentions: Sequence[Mention]
) -> list[Event]:
    """``events`` with ``source``, ``target``, their mentions and ``dyads`` filled in."""
    if not events or not mentions:
        return list(events)
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence_id, []).append(m)
    triggers: dict[int, list[tuple[int, str]]] = {}
    for e in events:
        triggers.setdefault(e.sentence_id, []).append((e.term_spans[0][0], e.direction))
    cache: dict[int, _Sentence] = {}
    out = []
    for e in events:
        ms = by_sentence.get(e.sentence_id)
        if not ms:
            out.append(e)
            continue
        sent = cache.get(e.sentence_id)
        if sent is None:
            toks = article.tokens.sentence(e.sentence_id)
            sent = cache[e.sentence_id] = _Sentence(article, e.sentence_id, toks, [])
            sent.phrases = phrases(article.text, toks, ms)
        # an actor after a later trigger of the other direction is that trigger's
        stop = min(
            (p for p, d in triggers[e.sentence_id] if d != e.direction and p > e.term_spans[0][0]),
            default=None,
        )
        out.append(_roles(sent, e, stop))
    # a sentence with actors but no event that names one: the fallback reading for its events
    named = {e.sentence_id for e in out if e.dyads}
    for i, e in enumerate(out):
        if e.sentence_id in cache and e.sentence_id not in named:
            out[i] = _roles(cache[e.sentence_id], e, None, fallback=True)
    return out


def _roles(sent: _Sentence, e: Event, stop: int | None, *, fallback: bool = False) -> Event:
    """The event with its actors, read around its first term that names a source (else the
    first that names an actor); with ``fallback``, :func:`_fallback` when no term does."""
    found: list[tuple[ActorPhrase | None, ActorPhrase | None, list[Dyad]]] = []
    for term_start, _ in e.term_spans:
        roles = _roles_at(sent, e, term_start, stop)
        if roles[2]:
            found.append(roles)
            if roles[0] is not None:
                break
    if not found:
        if not fallback:
            return e
        found.append(_fallback(sent))
        if not found[0][2]:
            return e
    source, target, dyads = next((f for f in found if f[0] is not None), found[0])
    src_code, tgt_code = dyads[0]
    src = _mention_of(source, src_code)
    tgt = _mention_of(target or source, tgt_code)
    return dataclasses.replace(
        e,
        source=src_code,
        target=tgt_code,
        source_span=None if src is None else (src.start, src.end),
        target_span=None if tgt is None else (tgt.start, tgt.end),
        source_text=None if src is None else src.text,
        target_text=None if tgt is None else tgt.text,
        dyads=tuple(dyads),
    )


def _roles_at(
    sent: _Sentence, e: Event, term_start: int, stop: int | None
) -> tuple[ActorPhrase | None, ActorPhrase | None, list[Dyad]]:
    """``(source, target, dyads)`` read around the term starting at ``term_start``."""
    toks = sent.tokens
    a = bisect.bisect_left(toks, (term_start,))  # (tokens sort by their start)
    a_end = a + 1  # the term's first word: a verb-object term's object may name the target
    clause = sent.article.clauses[e.clause_id]
    c0 = bisect.bisect_left(toks, (clause.start,))
    c1 = bisect.bisect_left(toks, (clause.end,))

    before = [p for p in sent.phrases if p.last <= a]
    after = [p for p in sent.phrases if p.first >= a_end]
    # reported speech: the last speech verb before the trigger splits speaker and content
    speech = max((i for i in range(a) if toks[i][2] in SPEECH), default=None)
    speaker: ActorPhrase | None = None
    if speech is not None and toks[speech][2] == "according":
        # "according to X, ...": the content starts after the comma that ends X
        comma = next((i for i in range(speech + 1, a) if "," in sent.text_between(i, i)), a)
        before = [p for p in before if p.first >= comma]
    elif speech is not None:
        spoken = [p for p in before if p.last <= speech]
        speaker = spoken[0] if spoken else None
        before = [p for p in before if p.first > speech]
    # trailing attribution: ", X said" after the trigger ends the target's search
    right = len(toks)
    for i in range(a_end, len(toks)):
        if toks[i][2] in SPEECH and toks[i][2] != "according":
            right = _start_of_attribution(sent, a_end, i)
            break
    if stop is not None:
        right = min(right, bisect.bisect_left(toks, (stop,)))
    if sent.word(0) in INTRO:  # a trigger inside an introductory phrase keeps to it
        comma = next((i for i in range(1, len(toks)) if "," in sent.text_between(i, i)), None)
        if comma is not None and a < comma <= INTRO_LENGTH:
            right = min(right, comma)
    after = [p for p in after if p.last <= right]

    r0 = _region_start(sent, e.clause_id)
    source = _source(sent, before, r0, a, speaker is not None)
    target: ActorPhrase | None = None
    passive = is_passive(toks, a)
    by = next((p for p in after if _after_by(sent, p)), None)
    if by is not None and (passive or _near(a_end, p_first=by.first)):
        target = source if passive else None
        source = by
        after = [p for p in after if p is not by]
    elif passive:
        target, source = source, None
    if source is None and speaker is not None and not passive:
        source = speaker
    participants = (
        source is None
        and not passive
        and by is None
        and after
        and sent.word_before(after[0]) in PARTICIPANT
        and _near(a_end, after[0].first, 6)
    )
    if participants:
        source, after = after[0], after[1:]
    if target is None and not passive:
        target = _target(sent, after, c1, source)
        if source is None and target is not None and sent.word_before(target) in LOCATIVE:
            source = target  # "protests in the Serbian capital": the event's own country
    if target is None and not passive and source is not None:
        # "X called on Y's military to end attacks", "X met Y's president to discuss aid"
        target = next(
            (p for p in before if source.last <= p.first and p.first >= r0
             and set(p.codes) - set(source.codes)
             and sent.word_before(p) not in LOCATIVE),
            None,
        )  # fmt: skip
    return source, target, _dyads(sent, source, target, c0, c1)


def _region_start(sent: _Sentence, clause_id: int) -> int:
    """The first token of the trigger's region: its clause, joined to the clauses before it
    across weak boundaries (commas, brackets), up to a strong one (:data:`STRONG_BOUNDARY_RE`)."""
    clauses = sent.article.clauses
    text = sent.article.text
    s_start = sent.article.sentences[sent.sid].start
    k = clause_id
    while k > 0 and clauses[k - 1].start >= s_start:
        gap = text[clauses[k - 1].end : clauses[k].start]
        if STRONG_BOUNDARY_RE.search(gap):
            break
        k -= 1
    return bisect.bisect_left(sent.tokens, (clauses[k].start,))


def _after_by(sent: _Sentence, phrase: ActorPhrase) -> bool:
    """Whether ``phrase`` is the agent of a *by* phrase: "by X", "by members of X"."""
    for i in range(phrase.first - 1, max(phrase.first - 5, -1), -1):
        if sent.tokens[i][2] == "by":
            return "," not in sent.text_between(i + 1, phrase.first)
    return False


def _fallback(sent: _Sentence) -> tuple[ActorPhrase | None, ActorPhrase | None, list[Dyad]]:
    """For a sentence where no event's rules name an actor: its first actor that does not
    only locate (nor follow "according to") is the source, the next actor with another code
    the target (the reading of a sentence whose subject the gazetteers do not know,
    "Protesters have claimed Iran...", "the PMF blamed Israel...")."""
    cited = [p for p in sent.phrases if sent.word(p.first - 2) == "according"]
    usable = [p for p in sent.phrases if p not in cited]
    if not usable:
        return None, None, []
    agents = [p for p in usable if sent.word_before(p) not in LOCATIVE] or usable
    source = agents[0]
    target = next((p for p in sent.phrases if p.first > source.first and
                   set(p.codes) - set(source.codes)), None)  # fmt: skip
    return source, target, _dyads(sent, source, target, 0, len(sent.tokens))


def _near(a_end: int, p_first: int, limit: int = 4) -> bool:
    return p_first - a_end <= limit


def _start_of_attribution(sent: _Sentence, lo: int, speech: int) -> int:
    """The first token of ", X said": after the last comma before the speech verb."""
    for i in range(speech, lo, -1):
        if "," in sent.text_between(i, i):
            return i
    return speech


def is_passive(toks: Sequence[Token], a: int) -> bool:
    """Whether token ``a`` of a sentence's ``toks`` is a passive participle: an auxiliary of
    :data:`PASSIVE_AUX` before it (over adverbs in -ly, "also", "not") and an -ed/-en/-t/-n
    ending ("was **freed**", "has been quietly **released**")."""
    i = a - 1
    while i >= 0 and (toks[i][2].endswith("ly") or toks[i][2] in ("also", "not")):
        i -= 1
    return i >= 0 and toks[i][2] in PASSIVE_AUX and toks[a][2].endswith(("ed", "en", "t", "n"))


def _source(
    sent: _Sentence, before: list[ActorPhrase], r0: int, a: int, reported: bool
) -> ActorPhrase | None:
    """The subject: the first actor of the trigger's region (else of the sentence) that does
    not only locate; in reported speech (``reported``), none after a preposition."""
    if not before:
        return None
    in_region = [p for p in before if p.first >= r0]
    pool = in_region or before
    if reported:
        pool = [p for p in pool if sent.word_before(p) not in PREPOSITIONS]
        if not pool:
            return None
    if sent.word(0) in INTRO:
        # an introductory phrase ("In response, ...", "After X attacked, ...") ends at a comma
        comma = next((i for i in range(1, a) if "," in sent.text_between(i, i)), None)
        if comma is not None:
            pool = [p for p in pool if p.first >= comma]
            if not pool:
                return None
    agents = [p for p in pool if sent.word_before(p) not in LOCATIVE]
    return (agents or pool)[0]


def _target(
    sent: _Sentence, after: list[ActorPhrase], c1: int, source: ActorPhrase | None
) -> ActorPhrase | None:
    cands = [p for p in after if p is not source]
    if not cands:
        return None
    first = cands[0]
    if first.first < c1:
        return first
    # beyond the trigger's clause: only across commas, not into a new subordinate clause
    between = sent.text_between(c1, first.first)
    if any(ch in between for ch in ";:()—") or any(
        w in between.lower().split() for w in ("while", "but", "whereas", "although", "however")
    ):
        return None
    return first


def _reciprocal(sent: _Sentence, c0: int, c1: int) -> bool:
    return any(t[2] in RECIPROCAL for t in sent.tokens[c0:c1])


def _dyads(
    sent: _Sentence,
    source: ActorPhrase | None,
    target: ActorPhrase | None,
    c0: int,
    c1: int,
) -> list[Dyad]:
    if source is None and target is None:
        return []
    if source is None:
        assert target is not None
        return [(None, t) for t in target.codes]
    if target is None:
        codes = source.codes
        if len(codes) > 1 and _reciprocal(sent, c0, c1):
            return [(s, t) for s in codes for t in codes if s != t]
        return [(s, None) for s in codes]
    return [(s, t) for s in source.codes for t in target.codes]


def _mention_of(phrase: ActorPhrase | None, code: str | None) -> Mention | None:
    if phrase is None or code is None:
        return None
    return next(m for m in phrase.mentions if m.code == code)
