"""Hedging: the context rules a word list cannot express, and the document summary.

The shipped lexicon (``lexicons/hedging.yaml``, ``rules: hedging``) finds candidate cues in four
categories (:data:`HEDGE_CATEGORIES`). Many cue words are also ordinary words: "May" is a month,
"about" a preposition, "could not" states inability, "would" after "said" is reported future.
:func:`apply_rules` looks at the words around each candidate, within its sentence, and drops
those that are not hedges there. Every rule is one small function listed in :data:`RULES` and
documented with the real sentences it was written for (Wikipedia sentences come from the
Szeged Uncertainty Corpus, dev split; news sentences from the seed article). What each rule
buys is measured by ``python -m analysis.evaluate hedging PATH --ablation``.

Rules only drop matches or keep them unchanged; matches are frozen and never mutated.

Negated hedges ("not likely", "may not", "does not appear to") stay hedges: the statement is
still qualified, and on the Szeged dev split negated cue candidates are true cues as often as
the rest (29 of 39, 74%, against 76%). The exception is "doubt" negated ("no doubt", "do not
doubt") or after "beyond": a booster, the opposite of a hedge (Hyland 2005 lists "no doubt").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, ClassVar

from .document import Document, Measure, Statistic
from .errors import ParameterError
from .lexicon import Lexicon
from .matching import Match
from .text import (
    BE_FORMS,
    NEGATING_PARTICLES,
    SAYING_VERBS,
    TELLING_VERBS,
    TOKEN_RE,
    YEAR,
    Article,
    normalise_term,
)

__all__ = ["HEDGE_CATEGORIES", "RULES", "Context", "HedgingMeasure", "Rule", "apply_rules"]

#: The hedging lexicon's categories, in the order reports show them.
HEDGE_CATEGORIES: tuple[str, ...] = ("epistemic", "conditional", "approximator", "evidential")

#: How far (characters) the rules look either side of a cue, within its sentence.
_WINDOW = 200


@dataclass(frozen=True, slots=True)
class Context:
    """The words around a match, within its sentence and at most ``_WINDOW`` characters away.

    ``before`` holds the words before the match (nearest last), ``after`` the words after it
    (nearest first), lower-cased with ``’`` as ``'``; ``left``/``right`` are the raw text on
    either side.
    """

    before: tuple[str, ...]
    after: tuple[str, ...]
    left: str
    right: str

    @property
    def prev(self) -> str:
        """The word right before the match ("" at the sentence start)."""
        return self.before[-1] if self.before else ""

    @property
    def next(self) -> str:
        """The word right after the match ("" at the sentence end)."""
        return self.after[0] if self.after else ""

    def prev_past(self, skipped: frozenset[str]) -> str:
        """The word before the match, passing over one word of ``skipped`` right before it:
        "than" in "than they seem" past a pronoun, "you" in "do you still think" past an
        adverb ("" where nothing is left)."""
        if self.prev in skipped:
            return self.before[-2] if len(self.before) > 1 else ""
        return self.prev


def _set(words: str) -> frozenset[str]:
    """A word class written as one space-separated string."""
    return frozenset(words.split())


# ------------------------------------------------------------------------------------------
# Word classes used by the rules.

_MONTHS = _set(
    "january february march april june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
#: Words that put a month name in a date: "in May", "last May", "since May", "early May".
_MONTH_CONTEXT = _set(
    "in on of since until till by from through throughout between during before after early "
    "late mid last next this that every each"
)
#: A month range or list after "May": "May to September", "May and June".
_MONTH_RANGE = re.compile(
    r"\s*(?:to|and|or|through|until|till|-|–)\s*(?:"
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
#: Titles before a surname: "Prime Minister May", "Mrs May".
_TITLES = _set("mr mrs ms dr president minister secretary chancellor premier")
_NUMBER_WORDS = _set(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion billions trillion dozen "
    "dozens score scores half twice double triple quarter third fifth tenth"
)
#: After "a"/"an", these make a quantity: "about a dozen", "around a third", "about a year".
_UNIT_WORDS = _set(
    "dozen hundred thousand million billion trillion half third quarter fifth tenth score "
    "week weeks month months year years day days hour hours minute minutes decade decades "
    "mile miles kilometre kilometres kilometer kilometers metre metres meter meters "
    "percent per cent fraction"
)
#: Quantifiers that "nearly"/"almost"/"about" can approximate: "nearly all", "almost every".
_QUANTIFIERS = _set("all every everyone everything entire none half twice")
_CURRENCY = ("$", "£", "€", "¥")

#: Reporting verbs after which "would" is reported future ("He said it would ...").
_REPORTING = _set(
    "said say says saying told tell tells telling announced announces announcing stated states "
    "added adds declared declares confirmed confirms promised promises pledged pledges vowed "
    "vows insisted insists reiterated reiterates reminded assured assures decided decides "
    "agreed agrees wrote writes replied explained explains informed notified"
)
#: A condition between the reporting verb and "would" keeps it a hedge ("said that if...");
#: "whether" stops the search too, for "asked whether" (a question, see :func:`_asked`).
_CONDITIONS = _set("if unless whether")
#: "would" + these is narrative future-in-past or past habit, not speculation.
_NARRATIVE_NEAR_WOULD = _set(
    "later become becomes soon subsequently usually often sometimes occasionally "
    "frequently always normally typically regularly"
)
#: A year before "would" dates a narrated past: "In 1976, ... in what would become ...".
_YEAR_RE = re.compile(rf"(?<![\w$£€.,]){YEAR}s?(?![\w.,]\d)")
_INABILITY = _set("not never neither hardly barely scarcely")
#: Perception verbs after "could": past ability ("where he could see some works", "he could
#: detect the effects of the election around him").
_PERCEPTION = _set("see hear feel smell taste watch remember recall recollect detect notice sense")
#: Objects after "could find" that make it a failure to find, not a possibility.
_NOTHING = _set("no nothing none little neither")
#: Verbs after "could" that, with one of :data:`_NOTHING`, make a failure: "could give no
#: reason", "could make no comment", "could get back neither gold nor money".
_FOUND_OR_GIVEN = _set("find give make offer provide get obtain say add")
#: Passive perception after "could be": "could be heard", "could be seen".
_PERCEIVED = _set("seen heard felt")
_PRONOUNS = _set("i you he she it we they")
_DETERMINERS = _set("the a an his her its their our my your this that these those")
#: Auxiliaries and adverbs that may stand between "as"/"than" and "expected".
_AS_EXPECTED_GAP = _set(
    "was were is are be been had has have originally initially widely previously first "
    "earlier generally anyone anybody everyone ever could would might we they he she i you"
)
_SUPERLATIVE_POSSIBLE = _set("all every any each maximum minimum best worst only highest lowest")
_POTENTIAL_TECHNICAL = _set(
    "energy energies difference differences theory function functions well wells field"
)
_POTENTIAL_PHYSICS = _set("electric electrical gravitational scalar vector membrane")


def _is_number(word: str) -> bool:
    """A numeral or number word: "200", "1,500", "'68", "dozen", "one-to-two"."""
    w = word.lstrip("'").split("-")[0]
    return w[:1].isdigit() or w in _NUMBER_WORDS


def _quantity_follows(ctx: Context) -> bool:
    """A number or quantity comes next: "200", "$5", "a dozen", "half", "nearly all"."""
    if ctx.right.lstrip().startswith(_CURRENCY):
        return True
    nxt = ctx.next
    if _is_number(nxt) or nxt in _QUANTIFIERS:
        return True
    return nxt in {"a", "an"} and len(ctx.after) > 1 and ctx.after[1] in _UNIT_WORDS


# ------------------------------------------------------------------------------------------
# The rules. Each returns True when the match is NOT a hedge in its context (drop it).


#: The end of the text before a quotation or a list item that starts a new sentence.
_QUOTE_OPENS = re.compile(r"[\"“‘'`(:;]\s*$")


def _may_month(m: Match, ctx: Context) -> bool:
    """Drop "May" the month (or a surname): capitalised, in a date or after a name.

    Written for: "On May 20, 1983, Witherspoon would have his first attempt at earning a world
    title" and "...underwent its most recent quinqennial inspection and refit in May 2009."
    (Szeged Wikipedia); likewise "last May", "mid-May", "between February and May", "Prime
    Minister May", "a May Day march". A sentence-initial "May" with no date next to it stays the
    modal.
    """
    if m.text != "May":
        return False
    if ctx.next in _AFTER_A_NAME or re.match(r"['’]s\b", ctx.right):
        return True  # "May said", "May's government": the modal takes a bare verb
    if ctx.next == "day":
        return True  # "a May Day march": the holiday, a day's name
    if _is_number(ctx.next) or re.match(r"\s*,?\s*['’]?\d", ctx.right) or ctx.left.endswith("-"):
        return True
    if _MONTH_RANGE.match(ctx.right):  # "for May to September shipment", "May and June"
        return True
    prev = ctx.prev
    if not prev:
        return False
    if _is_number(prev) or prev in _MONTH_CONTEXT or prev in _TITLES:
        return True
    if len(ctx.before) > 1 and ctx.before[-2] in _MONTHS:  # "February and May", "April to May"
        return True
    # Inside a sentence and before a lower-case word, a capitalised "May" is the month ("the
    # May registrations", "said May orders fell"): the modal is capitalised only where a
    # sentence or a quotation begins (or in a title-cased headline, where the next word is too)
    following = TOKEN_RE.findall(ctx.right[:40])
    if following and following[0][:1].islower() and not _QUOTE_OPENS.search(ctx.left):
        return True
    # A capitalised word right before, not the sentence's first: a name ("Theresa May").
    left_word = TOKEN_RE.findall(ctx.left)[-1]
    return left_word[:1].isupper() and len(ctx.before) > 1


def _may_wish(m: Match, ctx: Context) -> bool:
    """Drop a sentence-initial "May" of a wish or a request for permission: "May God forgive",
    "May we come in?", also where a quotation begins: 'he asked, "May we come in?"' (nothing
    is uncertain)."""
    if ctx.before and not _QUOTE_OPENS.search(ctx.left):
        return False
    return ctx.next == "god" or (ctx.next in {"i", "we"} and "?" in ctx.right)


#: Words after a capitalised "May" that make it a name: the modal is followed by a bare verb.
_AFTER_A_NAME = _set(
    "said says told tells has had was is and announced added stated wrote replied insisted"
)

#: What makes "would" hypothetical: a condition or a counterfactual in its sentence, an
#: epistemic verb or adverb next to it. Not "whether": it opens an indirect question ("a
#: decision on whether Taiwan would attend"), whose "would" is the question's future; by eye 10
#: of the 11 judged "would" cues it alone kept were no hedges (forty-ninth session).
_WOULD_HYPOTHETICAL = _set("if unless otherwise without assuming suppose supposing imagine lest")
_VOLITION = _set("like love prefer rather")
#: "would not" + these: a refusal to tell ("would not say if", "would not comment on whether"),
#: a will, not a supposition, whatever condition word follows.
_REFUSING_TO_TELL = TELLING_VERBS | _set("discuss name")
_WOULD_EPISTEMIC_NEXT = _set(
    "seem seems appear appears suggest suggests expect think believe guess imagine likely "
    "probably possibly perhaps presumably surely certainly"
)


def _would_not_speculating(m: Match, ctx: Context) -> bool:
    """Drop "would" that reports, narrates, plans or wills rather than speculates.

    * Reported future after a reporting verb: "he stated that Dashboard Confessional would be
      touring" (Szeged Wikipedia), "He said it would ..." (news in nearly every article), unless
      a condition stands between ("said that if ... it would").
    * Narrative future in the past and habit: "in what would become one of the most notorious
      miscarriages of justice", "a guest who would usually perform", "would go on to", a year
      earlier in the sentence (Szeged Wikipedia).
    * Any other "would" with no condition, counterfactual or epistemic word near it: "Within
      two months there would be two more major air disasters" (Szeged Wikipedia), "the plan
      means 100,000 jobs would be cut", "I would never attack him" (news). On the Szeged dev
      split this last clause alone raised sentence precision from 0.800 to 0.839 for 2
      points of recall.
    * "Would have to" with no condition near it: what a plan or a rule requires ("both
      parliaments would have to approve the plan first"), no counterfactual (by eye 7 of 11
      wrong in the verdict files; none of the Szeged dev or test sentences changed).
    * A refusal to tell, whatever condition word follows: "would not say if the drill was
      cancelled", "would not comment on whether".
    * "Would" in an indirect question opened by "whether", with no condition near it: "a
      decision on whether Taiwan would attend", "unclear whether the truce would hold" (the
      doubt is the governing word's, "unclear", a cue of its own).

    Kept: "if the pool were a mikvah, it would be the largest ever found", "Bolívar would have
    refused" (counterfactual), "it would seem", "would probably fail".
    """
    before = ctx.before[-12:]
    for i in range(len(before) - 1, -1, -1):  # reported future
        if before[i] in _CONDITIONS:
            # "asked if/whether it would": an indirect question reports, it does not suppose
            if _asked(before[max(i - 2, 0) : i]):
                return True
            break
        if before[i] in _REPORTING:
            return True
    if ctx.next in _NARRATIVE_NEAR_WOULD or ctx.prev in _NARRATIVE_NEAR_WOULD:
        return True
    if ctx.after[:2] == ("go", "on") or _YEAR_RE.search(ctx.left):
        return True
    if ctx.next in _VOLITION:  # "would like to", "would love to", "would rather": wishes
        return True
    if ctx.next == "not" and ctx.after[1:2] and ctx.after[1] in _REFUSING_TO_TELL:
        return True  # "would not say if the drill was cancelled": a refusal
    if (set(ctx.before) | set(ctx.after)) & _WOULD_HYPOTHETICAL:
        return False
    after = ctx.after[1:] if ctx.next == "not" else ctx.after
    if after[:1] and after[0] in _WOULD_EPISTEMIC_NEXT:
        return False
    # "would have refused": counterfactual; "would have to approve" is what a plan requires
    return after[:1] != ("have",) or after[1:2] == ("to",)


def _could_ability(m: Match, ctx: Context) -> bool:
    """Drop "could not"/"could never"/"could no longer", "could see", "could be heard", "could
    afford", "could find nothing", "could give no reason", a "could" that ends its clause
    ("did everything it could") and one that measures an ability (:func:`_measured_ability`):
    (in)ability, not possibility.

    Written for: "However, these claims could not be supported by any varifiable records.",
    "...the two sides could not come to an agreement." (news: "could not be reached for
    comment") and "...where he could see some works by Melozzo da Forli" (Szeged Wikipedia).
    """
    if ctx.next in _INABILITY or ctx.next in _PERCEPTION or ctx.next == "afford":
        return True
    if ctx.after[:2] == ("no", "longer"):
        return True
    if ctx.next in _FOUND_OR_GIVEN and set(ctx.after[1:2]) & _NOTHING:
        return True  # "could find no trace", "could give no reason", "could make no comment"
    # perceived, not perhaps: "the blast could be heard miles away" (not "could be seen as")
    if ctx.next == "be" and ctx.after[1:2] and ctx.after[1] in _PERCEIVED:
        return ctx.after[2:3] != ("as",) or ctx.after[3:4] == ("far",)
    if _measured_ability(ctx.before[-5:]) and not set(ctx.after[:4]) & _EXPECTATION:
        return True  # (than anyone could have expected: the rule modal_comparative)
    return bool(re.match(r"\s*[.,;:!?)]", ctx.right))  # "did everything it could."


def _measured_ability(before: Sequence[str]) -> bool:
    """Whether a "could" after ``before`` measures what someone was able to do: a comparison
    ("more than investigators could account for", "as well as Tibbets could fly"), a superlative
    ("the most Karnes could ever get") or what came first ("before he could join", not "before
    any president could"); not "as it could lead to war", where "as" gives a reason."""
    for word in ("than", "before"):  # "than investigators could", "before he could"
        if word in before[-3:]:
            subject = before[len(before) - before[::-1].index(word) :]
            if set(subject) & {"and", "or", "but"}:
                continue
            # before a particular side could act ("before any president could" supposes)
            if word == "than" or (subject and subject[0] in _PRONOUNS | _DETERMINERS):
                return True
    if ("the", "most") in pairwise(before):
        return True
    return any(before[i] == before[i + 2] == "as" for i in range(len(before) - 2))


#: "so" and the one or two words of a subject right before a modal, with no comma between.
_SO_SUBJECT = re.compile(r"\bso\s+(\w+(?:\s+\w+)?)\s*$", re.IGNORECASE)


def _modal_purpose(m: Match, ctx: Context) -> bool:
    """Drop "could"/"may"/"might" in a purpose or result clause: "so that they could".

    Written for: "...so stranded travellers could clear Customs and enter Canada" (also "so their
    crews could take photos") and "...so that, being faithful to the spirit of Opus Dei, we may
    sanctify our work" (Szeged Wikipedia). "Even so, it could ..." is not a purpose clause and
    stays.
    """
    before = ctx.before[-6:]
    pairs = set(pairwise(before))
    if pairs & {("so", "that"), ("such", "that"), ("order", "that")}:
        return True
    # "so they could", "so their crews could" ("If so, the software may" is no purpose)
    subject = _SO_SUBJECT.search(ctx.left)
    if not subject:
        return False
    words = subject.group(1).lower().split()
    return words[0] in (_PRONOUNS if len(words) == 1 else _DETERMINERS - {"that"})


def _believe_in(m: Match, ctx: Context) -> bool:
    """Drop "believe in": faith or trust in someone, not a proposition held uncertain.

    Written for: "The largest group of Shi`a Muslims believe in a total of twelve Imams." and
    "Our children, for instance, need us to believe in them." (Szeged Wikipedia).
    """
    return ctx.next == "in"


#: "what"/"how" opening a clause (after a conjunction at most) right before "about": a
#: question's "What about ...?", "And what about ...?".
_WHAT_ABOUT = re.compile(
    r"(?:^|[(\"“‘'—–:;,.!?])\s*(?:(?:and|but|so|or)\s+)?(?:what|how)\s*$", re.IGNORECASE
)


#: Verbs whose "around" is a particle of turning, not an approximator: "the boat was turned
#: around twice".
_TURNED = _set("turn turns turned turning spin spins spun spinning swing swings swung swinging")


def _approximator_quantity(m: Match, ctx: Context) -> bool:
    """Keep approximators only next to a number or quantity (else a preposition or adverb).

    Written for the seed article: "...have raised concerns about the potential for widespread
    power outages" ("about" is a preposition), against "about 200 troops", "around a dozen",
    "about half", "some 5,000 people", "up to 300", "nearly all", "estimated at $2 billion".
    "or so" needs a quantity before it ("a week or so"; not "or so officials say"). "about"
    before "every"/"all" is a preposition ("wrote about every President"), and so is "about"
    after a clause's opening "what" or "how", a question's ("What about 40 al-Qaeda bases that
    had trained them?"; not "said what about 300 fighters could not do"), as "around" after a
    verb of turning is a particle ("the boat was turned around twice"; not "turned back around
    200 boats"); "about one ... or another" is some one ("how they feel about one calamity or
    another"). "roughly" and "approximately" are approximators wherever they stand.
    """
    word = normalise_term(m.text)
    if word in {"roughly", "approximately", "largely", "mostly"}:
        return False
    if word == "around" and ctx.prev in _TURNED:
        return True
    if word == "about" and _WHAT_ABOUT.search(ctx.left):
        return True
    if word == "or so":
        return not (_is_number(ctx.prev) or ctx.prev in _UNIT_WORDS)
    if word == "about" and ctx.next == "one" and "another" in ctx.after[2:5]:
        return True  # "about one calamity or another": some one, no count
    if word == "about" and ctx.next in _QUANTIFIERS - {"half", "twice"} and ctx.prev != "just":
        # "wrote about every President", "about all products": a preposition before a
        # quantifier; "about every ten minutes" keeps its number, "just about all" is "nearly"
        return not (len(ctx.after) > 1 and _is_number(ctx.after[1]))
    if word == "estimated" and ctx.next == "at":
        right = ctx.right.lstrip()[2:]
        return not _quantity_follows(Context(ctx.before, ctx.after[1:], ctx.left, right))
    return not _quantity_follows(ctx)


#: Words before "up to" that make it a set limit: a penalty, a right, a capacity, an offer.
_LIMIT_BEFORE = _set(
    "face faces faced facing fine fines fined sentence sentences sentenced jail jailed prison "
    "imprisonment punishable buy buys purchase purchases acquire borrow borrows lend lends issue "
    "allow allows allowed permit permits permitted can entitled eligible carry carries hold holds "
    "seat seats accommodate accommodates transmit transmits store stores range ranges ranging "
    "ranged extendable maximum repurchase repurchases repurchased repurchasing buyback buy-back "
    "offering registration authorized authorised authorizes authorises"
)

#: Nouns whose amount "of up to" or "worth up to" is a ceiling set by someone: "offers of up
#: to 8 pct", "fees of up to $500", "speeds of up to 8 megabits", "tariffs worth up to".
_CEILINGS = _set(
    "offer offers bid bids fee fees fines penalties penalty tariffs tariff duties subsidy "
    "subsidies loan loans grant grants payment payments bonus bonuses discount discounts "
    "compensation damages rebate rebates speed speeds capacity capacities"
)

#: Verbs whose "up" is a movement: "the cost went up to 40 dollars", "shares traded up to".
_MOVED_UP = _set(
    "go goes going went gone rise rises rising rose risen climb climbs climbed jump jumps "
    "jumped move moves moved trade trades traded pull pulls pulled push pushes pushed"
)

#: A stretch of time that "up to" ends: "in the 24 hours up to 0600 GMT".
_SPANS = _set("hours days weeks months years period periods time")


def _up_to_limit(m: Match, ctx: Context) -> bool:
    """Drop "up to" that states a set limit, not a vague count: a penalty ("faces up to five
    years in prison", "could be fined up to $745,000"), a right ("warrants to buy up to
    200,000 shares"), a capacity ("the plant can build up to 500 cars a day", "transmits
    data up to 23,000 feet", "a range of up to 50 miles"), a term ("extendable up to 10
    years"), an offer, a buy-back or a fee ("repurchase up to two million shares", "offers of
    up to 8 pct", "speeds of up to 8 megabits"); and "up" that is a movement ("went up to 40
    dollars", "sales were up to 4.2 million from 3.9 million") or "up to" that ends a span
    of time ("the 24 hours up to 0600 GMT"); against "up to 300 people were killed" and
    "producing up to one million barrels a day" (an estimate's upper end)."""
    before = ctx.before
    if set(before[-3:]) & _LIMIT_BEFORE:
        return True
    prev = before[-1] if before else ""
    if prev in {"of", "worth"} and len(before) > 1 and before[-2] in _CEILINGS:
        return True
    if prev in _MOVED_UP or prev in _SPANS:
        return True
    return prev in BE_FORMS and "from" in ctx.after[:6]


#: What "according to" follows when it means "in keeping with", not "as reported by".
_CONFORMITY = _set(
    "method methods plan plans rule rules law laws terms schedule procedure procedures formula "
    "criteria standards definition definitions instructions guidelines regulations contract "
    "tradition custom size age type need needs priority principles system scale timetable"
)


def _according_to_rule(m: Match, ctx: Context) -> bool:
    """Drop "according to" a method, a rule or a plan: it says how, not who reported it
    ("recalculated according to the new method", "paid according to the terms of the
    contract"), against "according to the report" and "according to officials"."""
    return any(w in _CONFORMITY for w in ctx.after[:3])


def _expected_as_planned(m: Match, ctx: Context) -> bool:
    """Drop "as expected", "than (had been) expected": the outcome is known, not hedged.

    Written for: "Sales were higher than expected" and "As expected, the motion passed",
    against "The talks are expected to focus on key issues" (seed article) and "Countries such
    as Poland are expected to ..." ("as" is not next to "expected" there).
    """
    if ctx.next == "from":  # "we expect from Iran assurances": a demand, not a belief
        return True
    to = ctx.next == "to" or m.text.lower().endswith(" to")
    if to and ctx.before[-2:] in {("cannot", "be"), ("can't", "be"), ("not", "be")}:
        return True  # "the bureau can't be expected to be all things": what is fair to ask
    for word in reversed(ctx.before[-4:]):
        if word in {"as", "than"}:
            return True
        if word not in _AS_EXPECTED_GAP:
            return False
    return False


def _possible_feasible(m: Match, ctx: Context) -> bool:
    """Drop "possible" meaning feasible or within range (dynamic modality), not "maybe".

    Epistemic "possible" takes a that-clause ("It is possible that BWV 582 was composed in
    Arnstadt") or stands before a noun ("One possible reason is..."). Dropped: "as peacefully as
    possible", "the highest possible score", "made intraframe compression possible", "(if
    possible)", "It is possible to get to Switzerland via a normal road", "Wheelchair access is
    possible at several places" (all Szeged Wikipedia).
    """
    prev = ctx.prev
    if prev in {"as", "if", "where", "when", "whenever", "wherever"}:
        return True
    if prev in _SUPERLATIVE_POSSIBLE or (prev.endswith("est") and len(prev) > 4):
        return True
    if any(w in {"make", "makes", "made", "making"} for w in ctx.before[-3:]):
        return True
    if ctx.next == "that":
        return False
    if not ctx.next or re.match(r"\s*[^\w\s]", ctx.right):
        return True  # predicative at a clause end: "... formats are possible."
    return ctx.next in {"to", "for"} or any(w in BE_FORMS for w in ctx.before[-3:])


#: The words of a standing proviso after "if": "if needed", "if possible", "if necessary".
_PROVISOS = _set("needed necessary possible required appropriate applicable desired warranted")
#: One word and then the end of its clause: "if needed." or "(if possible)".
_ONE_WORD_ENDS = re.compile(r"\s*[\w'’-]+\s*(?:[^\w\s]|$)")


def _conditional_idiom(m: Match, ctx: Context) -> bool:
    """Drop "if" in fixed expressions stating no condition; "as long as" before a duration.

    Written for: "'A or B' is true if and only if 'A' is true or 'B' is true", "The guest
    software executes as if it were running directly on the physical hardware", "...phase
    changes (if any) are determined by the minerals encountered", "Using longer passwords in
    these cases (if possible) can compensate" (unmarked) and "The heat has weakened most if not
    all of the children." (Szeged Wikipedia); "as long as 10 years" is a length of time, not a
    condition.
    """
    word = normalise_term(m.text)
    if word in {"as long as", "so long as"}:
        return _quantity_follows(ctx)
    before, after = ctx.before[-2:], ctx.after[:2]
    if ctx.prev == "as" or after == ("and", "only") or before == ("and", "only"):
        return True
    if ctx.next in {"any", "anything"}:
        return True
    # "if needed", "if possible": a standing proviso, no condition on the claim ("tools if
    # needed."; not "if necessary guarantees are given")
    if ctx.next in _PROVISOS and _ONE_WORD_ENDS.match(ctx.right):
        return True
    # "X if not Y" inside a clause is an upper bound ("most if not all"); "If not, ..." stays.
    return ctx.next == "not" and bool(ctx.prev) and not re.match(r"\s*not\s*[^\w\s]", ctx.right)


def _appear_location(m: Match, ctx: Context) -> bool:
    """Drop "appears to the right", "appeared to the crowd": a place, not an infinitive.

    Written for: "The logo appears to the right of the title.", against "The distinct identity
    apart from the Jewish people appears to be no older than the nineteenth century" (Szeged).
    """
    return ctx.next in _DETERMINERS


def _potential_noun(m: Match, ctx: Context) -> bool:
    """Drop "potential" as a capacity noun or a physics term, not "possible".

    Written for: "...when British planters realised the potential of its fertile mountain
    slopes" and "...kinetic energy and potential energy, power and work" (Szeged Wikipedia).
    Kept: "the potential for widespread power outages" (seed article), "potential adverse
    effects", "has the potential to".
    """
    if ctx.next in _POTENTIAL_TECHNICAL or ctx.prev in _POTENTIAL_PHYSICS:
        return True
    return not ctx.next or ctx.next in {"of", "in", "and", "or", "as"}


#: Words before "thought" that make it a noun: "without apparent thought", "second thoughts".
_BEFORE_THOUGHT_NOUN = _set(
    "without no apparent much little second careful further deep serious free critical "
    "independent modern political religious scientific western philosophical economic "
    "conscious unconscious rational abstract original"
)


def _thought_noun(m: Match, ctx: Context) -> bool:
    """Drop "thought" as a noun ("schools of thought", "the thought of").

    Written for: "...speculation by theoretical physicists from various schools of thought."
    (Szeged Wikipedia) and "without apparent thought as to who did the fighting" (news),
    against "He was thought to have died in 1830".
    """
    return ctx.prev in _DETERMINERS or ctx.prev == "of" or ctx.prev in _BEFORE_THOUGHT_NOUN


#: Who holds the belief a comparison corrects: "as we think", "than people believe".
_BELIEVERS = _PRONOUNS | _set("people most many everyone")


def _think_comparison(m: Match, ctx: Context) -> bool:
    """Drop a belief that a comparison measures against: "not as intense as we think", "more
    dangerous than people believe" (the writer corrects a belief, and is sure)."""
    return len(ctx.before) > 1 and ctx.before[-2] in {"as", "than"} and ctx.before[-1] in _BELIEVERS


#: Words that open an "as ... as" comparison after "seen": "seen as far away as".
_AS_FAR = _set("far early late recently long soon much many often high low")


def _seen_as_far(m: Match, ctx: Context) -> bool:
    """Drop "seen as" that opens an "as ... as" comparison: "the smoke was seen as far away as
    the coast", "seen as recently as May" (a sighting, not a view held), against "seen as a
    provocation"."""
    return ctx.next in _AS_FAR and "as" in ctx.after[1:4]


def _seems_comparison(m: Match, ctx: Context) -> bool:
    """Drop an appearance that a comparison measures against: "less glamorous than it appears",
    "weaker than they seem" (the writer says what is, past the appearance), against "it appears
    the talks have failed" and "as it seems, the truce holds"."""
    return ctx.prev_past(_PRONOUNS) == "than"


def _think_tank(m: Match, ctx: Context) -> bool:
    """Drop "think" in "think tank": a noun, no belief."""
    return ctx.next in ("tank", "tanks")


def _think_about(m: Match, ctx: Context) -> bool:
    """Drop "think about/of" as turning one's mind to something: "we have to think about the
    future", "think of a car that you just purchased", "others are thinking about her"
    (Szeged Wikipedia, unmarked), against "can be thought of as the opposite" (marked: held
    to be) and "I think that ..."."""
    return ctx.next in ("about", "of") and "as" not in ctx.after[1:8]


#: A quotation opened after the verb: ", 'Why ...", ': "...' (a closing quote has no space).
_QUOTE_OPENS_RE = re.compile(r"""^\s*[,:](?:\s+["'“‘]|\s*[“‘])""")


def _direct_thought(m: Match, ctx: Context) -> bool:
    """Drop a verb of thinking that frames a thought quoted or told, or a comparison: "And I
    thought, 'Why does it have to be me?'", "Did I spend it already, he thought?" (news),
    "more widely dispersed than previously thought." (Szeged Wikipedia, unmarked), against
    "I thought the talks would fail", "'He probably thought,' she remarked, 'that ...'" and
    "Dogandžić, I think."."""
    right = ctx.right.lstrip()
    # (a closing "I think." is the speaker's hedge: "Dogandžić, I think.")
    ends = right[:1] in ("?", "!", ".") and not (
        normalise_term(m.text) == "think" and ctx.prev in ("i", "we")
    )
    return ends or bool(_QUOTE_OPENS_RE.match(ctx.right)) or "than" in ctx.before[-3:]


#: The words that open a question asked of the reader or the person interviewed.
_ASKED_OF_YOU = _set(
    "do does did would could can what how why which where when "
    "don't doesn't didn't wouldn't couldn't can't"
)
#: Adverbs that may stand between "you" and the verb: "do you still think".
_AFTER_YOU = _set("still really honestly actually ever seriously also personally")


def _question_to_you(m: Match, ctx: Context) -> bool:
    """Drop a belief verb that asks the other's view: "Do you think Minetest can benefit?",
    "What do you think of the bans?", "do you still think there is a future to the peace
    process?", "Don't you think Darfur is repetition?" (an interviewer's question hedges no
    claim), against "I think that is bad" and "Do they think it will hold?" kept as doubt
    reported."""
    you = ctx.prev_past(_AFTER_YOU) == "you"
    return you and "?" in ctx.right and bool(set(ctx.before[-4:]) & _ASKED_OF_YOU)


def _no_doubt(m: Match, ctx: Context) -> bool:
    """Drop "no doubt", "without doubt", "beyond doubt" and a negated "doubt" ("do not doubt",
    "Neither Davison nor other opponents doubt"): boosters (certainty), not hedges.

    Written for: "However, it is beyond doubt that the Björketorp runestone is connected to
    them" (Szeged Wikipedia).
    """
    if any(w in NEGATING_PARTICLES or w == "beyond" or w.endswith("n't") for w in ctx.before[-2:]):
        return True
    return "neither" in ctx.before and "nor" in ctx.before  # "Neither he nor they doubt it"


def _claimed_responsibility(m: Match, ctx: Context) -> bool:
    """Drop "claimed responsibility", "claimed the lives of": a fact, not attribution.

    News: "The group claimed responsibility (or credit) for the attack", "The blast claimed the
    lives of 12 soldiers", against "Russia claimed the strike hit a military target".
    """
    return any(w in {"responsibility", "credit", "lives", "life"} for w in ctx.after[:3])


#: Adverbs that may stand between "has"/"had" and a past participle.
_PERFECT_ADVERBS = _set("also already not never carefully long")


def _considered_deliberation(m: Match, ctx: Context) -> bool:
    """Drop "considered" as weighing an option, not "held to be".

    Written for: "...where he considered calling Kitty and apologizing", "Christopher Lee was
    considered for the lead" and "The association's input was considered but ultimately
    rejected." (Szeged Wikipedia), against "He is considered by many to be the greatest actor";
    also an active perfect ("Yeltsin had considered several other choices", "the committee has
    also considered that ...") and what should or must be considered (a proposal weighed, not a
    reputation).
    """
    nxt = ctx.next
    # "had considered several choices", "has also considered that ..."
    perfect = ctx.prev_past(_PERFECT_ADVERBS)
    if perfect in {"has", "had", "have", "having"} or ctx.before[-2:] in {
        ("should", "be"),
        ("must", "be"),
    }:
        return True  # "measures should be considered"
    return not nxt or nxt.endswith("ing") or nxt in {"for", "but", "and", "in", "from", "during"}


#: What "assume" takes on when it means "take on", not "suppose".
_ASSUMED_DUTIES = _set(
    "office power control command responsibility responsibilities role duty duties "
    "leadership presidency post position charge name identity"
)


def _assume_take_on(m: Match, ctx: Context) -> bool:
    """Drop "assume" meaning "take on": "Turkey assuming the duty of guarding", "he assumed the
    command", "will assume additional duties" (news, Szeged Wikipedia), against "assuming
    that...", "it is assumed", "Assuming the warrior was armed"."""
    words = [w for w in ctx.after[:3] if w not in _TAKE_ON_MODIFIERS]
    return bool(words) and words[0] in _ASSUMED_DUTIES


#: Words that may stand between "assume" and what it takes on: "assumed the overall command".
_TAKE_ON_MODIFIERS = _set(
    "the a an his her its their our my your full additional new overall sole supreme temporary"
)


#: Words after "than" that make a modal part of a comparison with expectations.
_EXPECTATION = _set(
    "expected anticipated imagined predicted hoped thought forecast foreseen "
    "think imagine expect believe suppose guess realise realize"
)


def _modal_comparative(m: Match, ctx: Context) -> bool:
    """Drop a modal inside a comparison with expectations: "far more than anyone could have
    ever expected", "more manpower than you might think" (idioms of surprise, not doubt), and
    "may/might as well" (an idiom of preference: "we may as well get back to work"). "As might
    be expected" stays: the Szeged annotators mark it."""
    if ctx.after[:2] == ("as", "well") and m.text.lower() in {"may", "might"}:
        return True
    return "than" in ctx.before[-3:] and bool(set(ctx.after[:4]) & _EXPECTATION)


#: Verbs whose "if" (or "whether") opens an indirect question, not the writer's doubt.
_ASKING = _set("ask asks asked asking inquire inquired inquiring enquire enquired")


#: Words after a verb of asking that make what follows its purpose, topic or asker, not its
#: question: "asked for help if needed", "asked to leave if", "asked by the envoys, if".
_NOT_ASKED = _set("for to about by")


def _asked(words: Sequence[str]) -> bool:
    """Whether ``words``, the ones right before an "if" or "whether", hold a verb of asking
    with nothing after it that makes what follows its purpose, topic or asker
    (:data:`_NOT_ASKED`): the "if" opens the question asked."""
    return any(w in _ASKING and not set(words[i + 1 :]) & _NOT_ASKED for i, w in enumerate(words))


#: "want to know" before "if": the question one wants answered.
_WANT_TO_KNOW = frozenset(
    (w, "to", "know") for w in _set("want wants wanted wanting like wish wishes wished")
)


#: Verbs right before "if" that open the question someone sets out to answer: "wait and see if",
#: "tests to determine if", "wondered if".
_FINDING_OUT = _set(
    "see sees seeing determine determines determined determining wonder wonders wondered "
    "wondering check checks checked checking ascertain ascertained"
)


def _indirect_question(m: Match, ctx: Context) -> bool:
    """Drop "if" after a verb of saying or asking, the one asked and an adverb between at
    most: "reporters asked if the talks would resume", "I asked her afterwards if she
    understood" (an indirect question reports what others ask; not "asked for help if
    needed"), after "want to know" ("I just wanted to know if you had any thoughts") or right
    after a verb of finding out ("a study to see if groundwater contamination exists", "to
    determine if the United States should retaliate": by eye 1 of 14 such cues in the verdict
    files a hedge), against "hard to know if" (where "hard to know" leaves the claim open).
    "Whether" always opens such a question or a concession and is no cue at all (lexicon
    1.2.0)."""
    return (
        bool(set(ctx.before[-2:]) & SAYING_VERBS)
        or ctx.prev in _FINDING_OUT
        or _asked(ctx.before[-4:])
        or ctx.before[-3:] in _WANT_TO_KNOW
    )


#: "or not" and a comma closing the clause a "whether" opens: a concession, the main clause
#: holding either way ("whether you believe it or not, that's gone"), not a question left open
#: ("it is unclear whether the truce will hold or not").
_OR_NOT_CLAUSE = re.compile(r"[^,;:.?!]{0,80}?\bor not\s*[,;\u2014\u2013]")


def _concessive_whether_belief(m: Match, ctx: Context) -> bool:
    """Drop a "believe" or "think" right after "whether" in a concessive "whether ... or not,"
    clause: "Whether you believe it or not, the alliance is gone" asserts that it is gone (the
    GUM interviews' "whether you believe that doctrine or not")."""
    return "whether" in ctx.before[-3:] and _OR_NOT_CLAUSE.match(ctx.right) is not None


#: The words that open a concessive free relative: "whoever he or she may be" ("however" is
#: left out: it is mostly the adverb, "However, they may be larger").
_WH_EVER = _set("whoever whatever whichever wherever whenever")
#: "be" ending its clause: the free relative's last word.
_BE_ENDS = re.compile(r"\s*be\s*(?:[,.;:!?)\"”’]|$)")


def _free_relative(m: Match, ctx: Context) -> bool:
    """Drop "may"/"might" before a "be" that ends its clause in a concessive free relative:
    "will extend that invitation to the next president, whoever he or she may be", "whatever
    the reasons might be, ..." (what holds whatever the case, not a possibility of the claim;
    not "whatever may be happening")."""
    return bool(_BE_ENDS.match(ctx.right)) and bool(set(ctx.before[-5:]) & _WH_EVER)


def _request(m: Match, ctx: Context) -> bool:
    """Drop "could"/"would" in a request: "Could you tell us about your work?", "Would you
    say more?" (an interviewer asks; nothing is uncertain)."""
    return ctx.next == "you" and "?" in ctx.right


#: Words before "suspect"/"suspects" that make it the noun (the person), not the verb.
_NOUN_BEFORE = _set(
    "the a an one two three four five several other main prime key chief lone alleged "
    "murder terror terrorist robbery shooting his her their its police's possible potential"
)
_NOUN_AFTER = _set("was is has had in of who whose remains remained")


def _person_noun(m: Match, ctx: Context) -> bool:
    """Drop "suspect" and "accused" the person: "the suspect was arrested", "two suspects in
    the robbery", "the accused denied the charges", against "officials suspect that", "we
    suspect a leak", "Russia accused Ukraine of shelling" and "three men accused of murder" (a
    statement put as an accusation)."""
    return ctx.prev in _NOUN_BEFORE or (ctx.next in _NOUN_AFTER and m.text.lower() == "suspect")


#: "believe" with a person or a body as its object and nothing after it: trust, not belief
#: ("we don't have to believe him", "does not believe the Iranian Government.").
_TRUSTED = re.compile(
    r"\s*(?:him|her|them|me|you|us|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s*(?:[.;:!?]|$)"
)


def _believe_trust(m: Match, ctx: Context) -> bool:
    """Drop "believe" of trust: its object, a pronoun or a name, ends the clause ("we don't
    have to believe him", "the United States doesn't believe the Iranian Government."),
    against "I believe him to be honest" and "believe the Government is lying"."""
    return bool(_TRUSTED.match(ctx.right))


def _supposed_scheduled(m: Match, ctx: Context) -> bool:
    """Drop "was/were supposed to": what was scheduled or required ("the vote was supposed to
    take place on Monday"), against "is supposed to be the oldest" (hearsay)."""
    return ctx.prev in {"was", "were"} and ctx.next == "to"


@dataclass(frozen=True, slots=True)
class Rule:
    """A context rule: applies to matches of ``category`` whose text, lower-cased, is one of
    ``words`` (any text when ``words`` is empty); ``drop(match, context)`` is True when the
    match is no hedge in that context."""

    name: str
    category: str
    words: frozenset[str]
    drop: Callable[[Match, Context], bool]


def _rule(name: str, category: str, words: str, drop: Callable[[Match, Context], bool]) -> Rule:
    return Rule(name, category, frozenset(w.strip() for w in words.split(",") if w.strip()), drop)


#: The rules, in the order they are tried; the first that drops a match decides.
RULES: tuple[Rule, ...] = (
    _rule("may_month", "epistemic", "may", _may_month),
    _rule("may_wish", "epistemic", "may", _may_wish),
    _rule("would_not_speculating", "epistemic", "would, would've", _would_not_speculating),
    _rule("could_ability", "epistemic", "could", _could_ability),
    _rule("modal_purpose", "epistemic", "could, may, might", _modal_purpose),
    _rule("believe_in", "epistemic", "believe, believes, believed, believing", _believe_in),
    _rule("approximator_quantity", "approximator", "", _approximator_quantity),
    _rule("up_to_limit", "approximator", "up to", _up_to_limit),
    _rule("according_to_rule", "evidential", "according to", _according_to_rule),
    _rule(
        "expected_as_planned",
        "epistemic",
        "expected, expect, expects, expecting, expected to",
        _expected_as_planned,
    ),
    _rule("possible_feasible", "epistemic", "possible", _possible_feasible),
    _rule("conditional_idiom", "conditional", "if, as long as, so long as", _conditional_idiom),
    _rule("appear_location", "epistemic", "appear to, appears to, appeared to", _appear_location),
    _rule("potential_noun", "epistemic", "potential", _potential_noun),
    _rule("thought_noun", "epistemic", "thought", _thought_noun),
    _rule("seen_as_far", "epistemic", "seen as", _seen_as_far),
    _rule(
        "seems_comparison",
        "epistemic",
        "it appears, appear to, appears to, appeared to, seem, seems, seemed",
        _seems_comparison,
    ),
    _rule("think_tank", "epistemic", "think", _think_tank),
    _rule(
        "think_comparison",
        "epistemic",
        "think, thinks, thought, believe, believed, imagine, imagined",
        _think_comparison,
    ),
    _rule("think_about", "epistemic", "think, thinks, thought", _think_about),
    _rule("direct_thought", "epistemic", "think, thinks, thought", _direct_thought),
    _rule(
        "question_to_you",
        "epistemic",
        "think, believe, expect, suppose, guess, reckon, imagine",
        _question_to_you,
    ),
    _rule("no_doubt", "epistemic", "doubt, doubts", _no_doubt),
    _rule("claimed_responsibility", "evidential", "claimed, claiming", _claimed_responsibility),
    _rule("considered_deliberation", "epistemic", "considered", _considered_deliberation),
    _rule("assume_take_on", "epistemic", "assume, assumes, assumed, assuming", _assume_take_on),
    _rule("modal_comparative", "epistemic", "could, would, might, may", _modal_comparative),
    _rule("indirect_question", "conditional", "if", _indirect_question),
    _rule("concessive_whether_belief", "epistemic", "believe, think", _concessive_whether_belief),
    _rule("request", "epistemic", "could, would", _request),
    _rule("free_relative", "epistemic", "may, might", _free_relative),
    _rule("believe_trust", "epistemic", "believe, believes, believed", _believe_trust),
    _rule("person_noun", "epistemic", "suspect, suspects, accused", _person_noun),
    _rule("supposed_scheduled", "epistemic", "supposed", _supposed_scheduled),
)


def _context(article: Article, m: Match) -> Context:
    """The words around ``m`` within its sentence, at most ``_WINDOW`` characters away."""
    sentence = article.sentences[m.sentence_id]
    lo = max(sentence.start, m.start - _WINDOW)
    hi = min(max(sentence.end, m.end), m.end + _WINDOW)
    tokens = article.tokens
    before = tuple(t[2] for t in tokens.between(lo, m.start))
    after = tuple(t[2] for t in tokens.between(m.end, hi))
    return Context(before, after, article.text[lo : m.start], article.text[m.end : hi])


def apply_rules(
    article: Article, matches: Sequence[Match], *, skip: Collection[str] = ()
) -> list[Match]:
    """The hedging lexicon's matches that are hedges in their context (see :data:`RULES`).

    ``matches`` are one hedging lexicon's hits in ``article``. Returns a new list, in input
    order, without the matches a rule drops. ``skip`` names rules to leave out (the
    evaluation's ``--ablation`` uses it).
    """
    unknown = set(skip) - {r.name for r in RULES}
    if unknown:
        raise ParameterError(
            f"unknown hedging rules {sorted(unknown)}; the rules are in analysis.hedging.RULES."
        )
    by_category: dict[str, list[Rule]] = {}
    for r in RULES:
        if r.name not in skip:
            by_category.setdefault(r.category, []).append(r)
    kept: list[Match] = []
    for m in matches:
        candidates = by_category.get(m.category, ())
        word = normalise_term(m.text) if candidates else ""
        rules = [r for r in candidates if not r.words or word in r.words]
        if rules:
            ctx = _context(article, m)
            if any(r.drop(m, ctx) for r in rules):
                continue
        kept.append(m)
    return kept


def _hedged(units: Any) -> Any:
    """1 for a sentence with at least one hedge cue, else 0."""
    return units["hedge_cues"] > 0


class HedgingMeasure(Measure):
    """Hedging: cues per sentence, density, share of hedged sentences, cues per category.

    Active when some lexicon names these rules (``rules: hedging``); only those lexicons'
    hits count as cues.
    """

    name = "hedging"
    has_rules = True
    columns: ClassVar[Mapping[str, str]] = {"hedge_cues": "Int64"}
    #: Cues per 100 tokens and the share of hedged sentences, resampling sentences.
    statistics: ClassVar[tuple[Statistic, ...]] = (
        Statistic("hedge_density", "sentences", "hedge_cues", per="n_tokens", scale=100.0),
        Statistic("hedged_sentence_share", "sentences", _hedged),
    )

    def active(self, lexicons: Sequence[Lexicon]) -> bool:
        return any(lx.rules == self.name for lx in lexicons)

    def apply_rules(
        self, article: Article, hits: Sequence[Match], *, skip: Collection[str] = ()
    ) -> list[Match]:
        return apply_rules(article, hits, skip=skip)

    def sentence_values(self, doc: Document) -> dict[str, list[Any]]:
        names = doc.lexicons_with_rules(self.name)
        cues = [0] * len(doc.article.sentences)
        for m in doc.matches:
            if m.lexicon in names:
                cues[m.sentence_id] += 1
        return {"hedge_cues": cues}

    def summarise(self, doc: Document, values: Mapping[str, list[Any]]) -> dict[str, Any]:
        """``hedge_cues`` (int), ``hedge_density`` (cues per 100 tokens),
        ``hedged_sentence_share`` (share of sentences with at least one cue), both with
        intervals, and ``hedge_<category>`` counts for :data:`HEDGE_CATEGORIES`."""
        names = doc.lexicons_with_rules(self.name)
        out: dict[str, Any] = {"hedge_cues": sum(values["hedge_cues"])}
        out.update(self.figures(doc, values))
        for cat in HEDGE_CATEGORIES:
            out[f"hedge_{cat}"] = sum(
                1 for m in doc.matches if m.lexicon in names and m.category == cat
            )
        return out
