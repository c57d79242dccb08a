"""Tests for analysis.matching: the one-regex matcher, longest match, verb–object patterns
and the negation flag of each hit (negation scope itself: tests/test_text.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.lexicon import Lexicon, load_lexicon, parse_lexicon
from analysis.matching import Match, Matcher, compile_matcher, compile_pattern
from analysis.text import load_article

FIXTURES = Path(__file__).parent / "fixtures" / "lexicons"


@pytest.fixture(scope="module")
def conflict() -> Lexicon:
    return load_lexicon(FIXTURES / "conflict.yaml")


@pytest.fixture(scope="module")
def hedges() -> Lexicon:
    return load_lexicon(FIXTURES / "hedges.yaml")


@pytest.fixture(scope="module")
def matcher(conflict: Lexicon, hedges: Lexicon) -> Matcher:
    return compile_matcher([conflict, hedges])


def inline(categories: str, name: str = "inline") -> Lexicon:
    """A lexicon from a YAML snippet of categories (indented by two spaces)."""
    head = f'name: {name}\nversion: "1"\ndescription: d\nsource: s\ncategories:\n'
    return parse_lexicon(head + categories, path=f"<{name}>")


def find(m: Matcher, text: str) -> list[Match]:
    """The hits of ``m`` in ``text`` loaded as an article (its sentences, clauses, tokens)."""
    return m.find(load_article(text=text))


def found(m: Matcher, text: str) -> list[tuple[str, str, str]]:
    """(matched text, category, pattern) of each hit, in order."""
    return [(x.text, x.category, x.pattern) for x in find(m, text)]


# -- words, globs, phrases --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("War broke out.", ["War"]),  # case-insensitive, at the very start of the text
        ("the WAR ended", ["WAR"]),
        ("warm weather, an award, a war-torn city, postwar", []),  # whole words only
        ("the war's end", ["war"]),  # a possessive 's is not part of the word
        ("(war)", ["war"]),
        ("\u2009war and 🔥war", ["war", "war"]),  # after a thin space and after an emoji
        # where no character precedes the word (the text's start, an emoji), its right edge is
        # read as anywhere else: the possessive is cut off, the hyphenated word is not "war"
        ("war's end", ["war"]),
        ("war-torn towns", []),
        ("🔥war-torn towns, 🔥war's end", ["war"]),
    ],
)
def test_word_matches_whole_words_only(matcher: Matcher, text: str, expected: list[str]) -> None:
    assert [x.text for x in find(matcher, text) if x.pattern == "war"] == expected


def test_glob_matches_word_endings_but_not_inside_words(matcher: Matcher) -> None:
    text = "They retaliated; retaliation, retaliatory strikes. Not preretaliation."
    hits = [x.text for x in find(matcher, text) if x.pattern == "retaliat*"]
    assert hits == ["retaliated", "retaliation", "retaliatory"]


def test_question_mark_matches_exactly_one_character(matcher: Matcher) -> None:
    hits = [x.text for x in find(matcher, "shelled, shellled, shelld") if x.pattern == "shell?d"]
    assert hits == ["shelled"]  # "shellled" has two characters there, "shelld" none


def test_phrase_matches_across_any_whitespace_and_case(matcher: Matcher) -> None:
    text = "PEACE   Talks began.\nPeace\ttalks went on."
    assert [x.text for x in find(matcher, text) if x.pattern == "peace talks"] == [
        "PEACE   Talks",
        "Peace\ttalks",
    ]


def test_curly_apostrophe_is_a_straight_one(matcher: Matcher) -> None:
    text = "Officials can’t rule out more strikes."
    (hedge,) = [x for x in find(matcher, text) if x.lexicon == "hedges"]
    assert (hedge.text, hedge.pattern) == ("can’t rule out", "can't rule out")


def test_apostrophe_pattern_matches_possessive_text() -> None:
    m = Matcher([inline('  a: ["ceasefire\'s terms", ceasefire]\n')])
    # the longer pattern wins where it applies; the bare word still matches elsewhere
    assert found(m, "The ceasefire’s terms and the ceasefire") == [
        ("ceasefire’s terms", "a", "ceasefire's terms"),
        ("ceasefire", "a", "ceasefire"),
    ]


def test_bare_word_matches_where_an_entry_starts_with_its_possessive() -> None:
    # a verb "opposition's" makes the scan stop at that whole word; the bare entry
    # "opposition" must still match there, the possessive cut off as before any other word
    m = Matcher(
        [
            inline(
                "  a:\n    patterns:\n"
                '      - {verbs: ["opposition\'s"], objects: [boycott], window: 1}\n'
                "  b: [opposition]\n"
            )
        ]
    )
    assert found(m, "The opposition’s plan; the opposition's boycott") == [
        ("opposition", "b", "opposition"),
        ("opposition's boycott", "a", "opposition's ... boycott"),
    ]


def test_offsets_are_into_the_text_and_sorted(matcher: Matcher) -> None:
    text = (
        "According to officials, drone and missile strikes hit the city; the ceasefire was "
        "breached. Peace talks may resume, reportedly about 3 days later, if both agree to a truce."
    )
    hits = find(matcher, text)
    assert len(hits) >= 8
    assert all(text[x.start : x.end] == x.text for x in hits)
    assert [x.start for x in hits] == sorted(x.start for x in hits)


# -- longest match and overlaps ---------------------------------------------------------------


def test_longest_match_wins_within_a_lexicon(matcher: Matcher) -> None:
    text = "Peace talks resumed but talks stalled after drone and missile strikes and strikes."
    conflict_hits = [(x.text, x.pattern) for x in find(matcher, text) if x.lexicon == "conflict"]
    assert conflict_hits == [
        ("Peace talks", "peace talks"),  # not "talks" inside it
        ("talks", "talks"),
        ("drone and missile strikes", "drone and missile strikes"),  # not "strikes" inside it
        ("strikes", "strikes"),
    ]


def test_verb_object_beats_the_bare_noun_of_the_same_lexicon(matcher: Matcher) -> None:
    (hit,) = [x for x in find(matcher, "They signed a ceasefire.") if x.lexicon == "conflict"]
    assert (hit.text, hit.category, hit.direction, hit.weight) == (
        "signed a ceasefire",
        "agreement",
        "de-escalation",
        9.0,
    )
    assert hit.pattern == "sign*|declare*|agree* to ... ceasefire|truce"


def test_overlapping_hits_of_different_lexicons_are_both_kept(conflict: Lexicon) -> None:
    other = inline("  topic: [talks, peace]\n", name="other")
    m = Matcher([conflict, other])
    hits = [(x.lexicon, x.text) for x in find(m, "peace talks")]
    # conflict keeps its longest hit; "other" resolves its own two words independently
    assert hits == [("conflict", "peace talks"), ("other", "peace"), ("other", "talks")]


def test_same_length_tie_goes_to_the_earlier_category() -> None:
    m = Matcher([inline("  first: ['war*']\n  second: [war]\n")])
    assert found(m, "war") == [("war", "first", "war*")]
    m = Matcher([inline("  first: [war]\n  second: ['war*']\n")])
    assert found(m, "war") == [("war", "first", "war")]


def test_entry_inside_a_phrase_hit_is_found_for_another_lexicon(conflict: Lexicon) -> None:
    # "drone and missile strikes" (conflict) must not hide "missile" (another lexicon)
    weapons = inline("  arms: [missile]\n", name="weapons")
    hits = [
        (x.lexicon, x.text) for x in find(Matcher([conflict, weapons]), "drone and missile strikes")
    ]
    assert hits == [("conflict", "drone and missile strikes"), ("weapons", "missile")]


def test_longest_then_non_overlapping_shorter_hits_survive() -> None:
    # candidates: "a b" (2 words), "b c d" (3 words), "a" (1 word): "b c d" wins, "a b" overlaps
    # it and is dropped, "a" does not overlap it and stays
    m = Matcher([inline("  x: ['a b', 'b c d', 'a']\n")])
    assert [h.text for h in find(m, "a b c d")] == ["a", "b c d"]


# -- verb–object patterns ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They signed a ceasefire.", ("signed a ceasefire", "agreement")),
        ("They agreed to a truce.", ("agreed to a truce", "agreement")),  # phrase verb
        # order: any -> object first
        ("The ceasefire was breached.", ("ceasefire was breached", "violation")),
        ("The truce that they declared held.", ("truce that they declared", "agreement")),
        # window 4: three tokens between verb and object is the most allowed
        (
            "They declared a temporary humanitarian ceasefire.",
            ("declared a temporary humanitarian ceasefire", "agreement"),
        ),
        ("Troops halted the offensive.", ("halted the offensive", "halt")),
    ],
)
def test_verb_object_matches(matcher: Matcher, text: str, expected: tuple[str, str]) -> None:
    hits = [(x.text, x.category) for x in find(matcher, text) if x.lexicon == "conflict"]
    assert hits == [expected]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("They declared a new temporary humanitarian ceasefire.", "four tokens between > window"),
        ("They signed the deal; the ceasefire held.", "a semicolon ends the clause"),
        ("They signed, on Monday, a truce.", "a comma ends the clause"),
        ("Two deals signed, 25 truce monitors left.", "nothing after a comma after the verb"),
        ("They signed but the truce failed.", "'but' ends the clause"),
        ("They signed the deal — the truce failed.", "a dash ends the clause"),
        ("Troops halted the planned offensive.", "window 2 allows one token between"),
        ("The offensive was halted.", "halt* ... offensive is verb-first only"),
    ],
)
def test_verb_object_does_not_match(matcher: Matcher, text: str, why: str) -> None:
    vo = [x for x in find(matcher, text) if " ... " in x.pattern]
    assert vo == [], why


#: A stop that is an escalation, an easing of it, a cooperation and the verbs that act on
#: either: for the tests of a verb whose object is the complement of a nearer noun.
NESTED = inline(
    "  stop:\n"
    "    direction: escalation\n"
    "    patterns:\n"
    "      - embargo\n"
    "      - {verbs: [ended, suspended], objects: [talks, sales], window: 5}\n"
    "  ease:\n"
    "    direction: de-escalation\n"
    "    patterns:\n"
    "      - {verbs: [suspended], objects: [embargo], window: 3}\n"
    "  help:\n"
    "    direction: de-escalation\n"
    "    patterns: [delivery]\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "embargo" (an escalation) between the verb and "talks", joined to them by "on": the
        # verb ends the embargo, so "ended ... talks" (5 words, the longest) goes and the
        # embargo stays alone
        ("They ended the embargo on talks.", [("embargo", "stop")]),
        # "suspended" has a nearer object of its own, "the embargo", joined to "sales" by "on":
        # "suspended the embargo" (3 words) wins over "suspended the embargo on sales" (5)
        ("They suspended the embargo on sales.", [("suspended the embargo", "ease")]),
        # no preposition: "embargo talks" are talks about an embargo, which were suspended;
        # "suspended the embargo talks" (4 words) beats "suspended the embargo" (3)
        ("They suspended the embargo talks.", [("suspended the embargo talks", "stop")]),
        # a cooperation between (no escalation): what is ended is still the talks' delivery
        ("They ended the delivery of talks.", [("ended the delivery of talks", "stop")]),
        # "to" may open a purpose, not a complement: "suspended ... sales" still pairs past it
        (
            "They suspended the embargo to save sales.",
            [("suspended the embargo to save sales", "stop")],
        ),
    ],
)
def test_verb_object_past_a_nearer_noun_and_a_preposition(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(x.text, x.category) for x in find(Matcher([NESTED]), text)] == expected


def test_verb_object_and_phrases_never_cross_sentences(matcher: Matcher) -> None:
    text = "They signed. A truce followed."
    assert [s.text for s in load_article(text=text).sentences] == [
        "They signed.",
        "A truce followed.",
    ]
    assert [x.pattern for x in find(matcher, text) if x.lexicon == "conflict"] == ["truce"]
    # a line break ends a paragraph, so a sentence: "peace" and "talks" do not pair
    hits = find(matcher, "We want peace\ntalks now")
    assert [(x.text, x.start, x.pattern, x.sentence_id) for x in hits] == [
        ("talks", 14, "talks", 1)
    ]


# -- negation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pattern", "negated"),
    [
        ("There is no ceasefire.", "ceasefire", True),
        ("They did not sign a truce.", "sign*|declare*|agree* to ... ceasefire|truce", True),
        ("They didn’t sign a truce.", "sign*|declare*|agree* to ... ceasefire|truce", True),
        ("It never was a war.", "war", True),  # "never" is 3 tokens before "war"
        ("Not now, not here, yes the war.", "war", False),  # comma ends the negation clause
        ("No one said that the war", "war", True),  # the rest of the clause is in scope
        ("Officials refused to attend peace talks.", "peace talks", True),
        # "refused to" ends at "to", which is within the 3 tokens before "peace talks"
        ("Officials refused to attend the peace talks.", "peace talks", True),
        ("They want not only peace talks.", "peace talks", False),  # "not only" is not negation
        ("Moscow denied the strikes.", "strikes", True),
        ("They cannot stop the war.", "war", True),
        ("They said no but war followed.", "war", False),  # "but" ends the clause
        ("The truce was not breached.", "breach*|violat* ... ceasefire|truce", True),
        ("There was a war.", "war", False),
    ],
)
def test_negation_scope(matcher: Matcher, text: str, pattern: str, negated: bool) -> None:
    (hit,) = [x for x in find(matcher, text) if x.pattern == pattern]
    assert hit.negated is negated


def test_negated_only_entries_count_only_where_negated() -> None:
    # "allow callers" flagged negated_only: negated ("did not", "never") it is a hit; the
    # plain "allows callers" is dropped, and dropped before overlaps are resolved, so it
    # does not hide the shorter "callers" of another category inside it (had it won the
    # overlap first and been dropped after, the last sentence would have no hit at all)
    lex = inline(
        "  refused:\n"
        "    patterns:\n"
        "      - {pattern: [allow callers, allowed callers, allows callers], negated_only: true}\n"
        "  other: [callers]\n"
    )
    hits = find(
        compile_matcher([lex]),
        "Kyiv did not allow callers. Moscow never allowed callers. The phone allows callers.",
    )
    assert [(x.text, x.category, x.negated) for x in hits] == [
        ("allow callers", "refused", True),
        ("allowed callers", "refused", True),
        ("callers", "other", False),
    ]


# -- unusual input ----------------------------------------------------------------------------


def test_text_whose_lowercase_changes_length_keeps_offsets(matcher: Matcher) -> None:
    plain = "Istanbul: peace talks resumed after the war."
    dotted = "İstanbul: peace talks resumed after the war."  # "İ".lower() is two characters
    assert len("İ".lower()) == 2
    a = [(x.start, x.end, x.text, x.pattern, x.negated) for x in find(matcher, plain)]
    b = [(x.start, x.end, x.text, x.pattern, x.negated) for x in find(matcher, dotted)]
    assert a == b and len(a) == 2


def test_no_lexicons_no_matches() -> None:
    assert find(Matcher([]), "war and peace talks") == []


def test_compile_matcher_is_cached_by_name_and_hash(conflict: Lexicon, hedges: Lexicon) -> None:
    assert compile_matcher([conflict, hedges]) is compile_matcher([conflict, hedges])
    assert compile_matcher([hedges, conflict]) is not compile_matcher([conflict, hedges])


def reference_find(lexicons: list[Lexicon], text: str) -> list[tuple[int, int, str, str]]:
    """A slow, obviously correct matcher for word/glob/phrase patterns (no verb-object):
    every pattern tried at every position of every sentence, then longest-match resolution per
    lexicon."""
    sentences = load_article(text=text).sentences
    out = []
    for lex in lexicons:
        cands = []
        for rank, p in enumerate(lex.patterns):
            rx = compile_pattern(p.pattern)
            for s in sentences:
                for i in range(s.start, s.end):
                    if m := rx.match(text, i, s.end):
                        key = (-len(p.pattern.split()), m.start() - m.end(), m.start(), rank)
                        cands.append((*key, m))
        kept: list[re.Match[str]] = []
        for *_, m in sorted(cands, key=lambda c: c[:4]):
            if all(m.end() <= k.start() or k.end() <= m.start() for k in kept):
                kept.append(m)
        out += [(m.start(), m.end(), m.group(), lex.name) for m in kept]
    return sorted(out)


def test_matcher_agrees_with_a_naive_reference() -> None:
    lexicons = [
        inline("  a: [war, 'war*', 'peace talks', talks, 'anti-war', 'shell?d']\n", "one"),
        inline("  b: ['peace', 'talks about', 'about', 'war-torn', 'de-escalat*']\n", "two"),
    ]
    text = (
        "War, war-torn towns and anti-war rallies; warring sides shelled a town. Peace talks "
        "about de-escalation: talks about talks, PEACE\u00a0TALKS, Peace’s war. Talks. wartime"
    )
    got = sorted((x.start, x.end, x.text, x.lexicon) for x in find(Matcher(lexicons), text))
    assert got == reference_find(lexicons, text)
    assert len(got) > 10
