"""The news sentence segmenter: Golden Rules, news prose, offsets, line breaks, robustness."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.segment import sentence_bounds

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "russia_ukraine_2023-10-24.txt"
GOLDEN = json.loads((ROOT / "tests" / "fixtures" / "golden_rules_en.json").read_text("utf-8"))
BENCH_DATA = ROOT.parent / "shared" / "data" / "bench" / "wikinews.jsonl"

#: Golden Rules this segmenter is known to fail (strict xfail: fixing one must update this).
KNOWN_FAILURES = {
    # "At 5 a.m. Mr. Smith went ..." is not a boundary but "at 6 P.M. Mr. Smith then ..." is;
    # nothing but the letter case tells them apart (pySBD fails this rule too). The segmenter
    # ends a sentence after a.m./p.m. before a capitalised word other than a day, month or time
    # zone, the commoner case in news ("ended at 6 p.m. Officials said ..."), so it splits both.
    "18 A.M. / P.M. as non sentence boundary and sentence boundary",
}


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_bounds(text)]


def golden_segments(text: str) -> list[str]:
    """Compare like pySBD does: segments stripped of whitespace."""
    return [text[s:e].strip() for s, e in sentence_bounds(text)]


def check_bounds(text: str, bounds: list[tuple[int, int]]) -> None:
    """The documented contract: stripped, non-empty, in order, non-overlapping, one line each."""
    prev_end = 0
    for s, e in bounds:
        assert isinstance(s, int) and isinstance(e, int)
        assert prev_end <= s < e <= len(text)
        piece = text[s:e]
        assert piece == piece.strip()
        assert not any(line_break in piece for line_break in "\n\r\u2028\u2029")
        assert not text[prev_end:s].strip()  # only whitespace is left between sentences
        prev_end = e
    assert not text[prev_end:].strip()


# --- Golden Rules -------------------------------------------------------------------------------


def test_golden_rules_fixture_is_the_48_english_rules():
    assert len(GOLDEN) == 48
    names = [rule["name"] for rule in GOLDEN]
    assert len(set(names)) == 48
    for rule in GOLDEN:
        assert set(rule) == {"name", "text", "expected"}
        assert rule["text"] and rule["expected"]
    assert set(names) >= KNOWN_FAILURES


def test_golden_rules_pass_at_least_46_of_48():
    failed = [r["name"] for r in GOLDEN if golden_segments(r["text"]) != r["expected"]]
    assert 48 - len(failed) >= 46, failed
    assert set(failed) == KNOWN_FAILURES  # no silent regression hidden behind the threshold


@pytest.mark.parametrize(
    "rule",
    [
        pytest.param(
            rule,
            id=rule["name"],
            marks=[pytest.mark.xfail(strict=True, reason="known failure, see KNOWN_FAILURES")]
            if rule["name"] in KNOWN_FAILURES
            else [],
        )
        for rule in GOLDEN
    ],
)
def test_golden_rule(rule):
    assert golden_segments(rule["text"]) == rule["expected"]


# --- News prose ---------------------------------------------------------------------------------


def test_seed_article_sentences():
    text = SEED.read_text(encoding="utf-8")
    bounds = sentence_bounds(text)
    check_bounds(text, bounds)
    lines = text.splitlines()
    # The seed has one paragraph per line: 7 lines holding 3, 2, 3, 3, 2, 2, 2 sentences, every
    # one ending in a full stop followed by a capital or the line end (counted by hand).
    assert len(lines) == 7
    per_line = [sentences(line) for line in lines]
    assert [len(s) for s in per_line] == [3, 2, 3, 3, 2, 2, 2]
    assert len(bounds) == 17
    # Sentences in a line are separated by single spaces, so joining them gives the line back.
    for line, sents in zip(lines, per_line, strict=True):
        assert " ".join(sents) == line
    got = sentences(text)
    assert got[0] == (
        "Tensions escalated between Russia and Ukraine as both nations intensified their "
        "military operations on October 24, 2023."
    )
    # "U.S." followed by a lower-case word is not a boundary.
    assert (
        "Senior officials from the U.S. and European nations will participate in discussions "
        "aimed at de-escalating the conflict and reducing hostilities."
    ) in got
    assert got[-1] == (
        "The situation remains fluid, with both sides prepared to continue their military "
        "campaigns as the talks approach."
    )


NEWS_CASES = [
    # Titles before names never end a sentence.
    (
        "Gen. Valerii Zaluzhnyi said the counteroffensive had stalled. Lt. Col. Ivan Petrenko "
        "disagreed.",
        [
            "Gen. Valerii Zaluzhnyi said the counteroffensive had stalled.",
            "Lt. Col. Ivan Petrenko disagreed.",
        ],
    ),
    (
        "Sen. Chuck Schumer, Rep. Mike Johnson and Gov. Kathy Hochul met Mr. Biden, Mrs. Biden "
        "and Dr. Jill Stein.",
        None,  # one sentence
    ),
    # Months before a day number; the number itself ends the sentence ("24." then a capital).
    (
        "The attack came on Aug. 24. Officials called it the worst since Sept. 11, 2001.",
        [
            "The attack came on Aug. 24.",
            "Officials called it the worst since Sept. 11, 2001.",
        ],
    ),
    ("Talks open Jan. 6 and end Feb. 2, Oct. 3 or Nov. 9 at the latest.", None),
    ("The Dec. 1 deadline passed.", None),
    # Multi-period abbreviations: a capital after them continues a name ("U.N. Security
    # Council") unless it is a common sentence starter ("The", "He", "On").
    (
        "The U.S. and the U.K. announced sanctions. The U.N. Security Council meets on Oct. 30.",
        [
            "The U.S. and the U.K. announced sanctions.",
            "The U.N. Security Council meets on Oct. 30.",
        ],
    ),
    (
        "Most of the aid comes from the U.S. The E.U. has pledged more.",
        ["Most of the aid comes from the U.S.", "The E.U. has pledged more."],
    ),
    ("He flew to Washington, D.C. On Monday he met U.S. President Joe Biden.", 2),
    ("U.S. officials and E.U. diplomats met U.N. envoys.", None),
    # a.m./p.m.: lower case, days and time zones continue; another capital starts a sentence.
    ("Sirens sounded at 4 a.m. local time and again at 11 p.m. GMT on Sunday.", None),
    ("The first blast was at 3 a.m. Kyiv time.", None),
    (
        "The shelling stopped at 6 p.m. Officials said more strikes were likely.",
        ["The shelling stopped at 6 p.m.", "Officials said more strikes were likely."],
    ),
    # e.g., i.e., etc. followed by lower case; "etc." before a capital ends the sentence.
    (
        "Several cities, e.g. Kharkiv and Odesa, lost power, i.e. most of the east. Drones, "
        "missiles, etc. were used.",
        [
            "Several cities, e.g. Kharkiv and Odesa, lost power, i.e. most of the east.",
            "Drones, missiles, etc. were used.",
        ],
    ),
    ("They brought food, water, blankets etc. The convoy left at dawn.", 2),
    # Company abbreviations: a starter after "Co." / "Inc." ends the sentence, a name does not.
    ("Apple Inc. Chief Executive Tim Cook visited Kyiv.", None),
    ("The contract went to Acme Co. It was signed on Friday.", 2),
    # "No." and "St." before a number or a name.
    (
        "The bill is No. 5 on the agenda. St. Petersburg hosted the talks.",
        ["The bill is No. 5 on the agenda.", "St. Petersburg hosted the talks."],
    ),
    ("No. The minister refused to comment.", ["No.", "The minister refused to comment."]),
    # Initials.
    ("John F. Kennedy and George W. Bush were presidents.", None),
    ("The treaty was drafted by J. R. Smith in 1991.", None),
    ("It was not in the plan, said I. Kovalenko.", None),
    # Decimals, money and thousands separators.
    (
        "The fund is worth $1.13bn. Prices rose 3.5 percent in 1,500 towns. It cost £2.5m.",
        ["The fund is worth $1.13bn.", "Prices rose 3.5 percent in 1,500 towns.", "It cost £2.5m."],
    ),
    ("Output fell to 1.2m barrels a day in 2022. 40 percent of it went to Europe.", 2),
    # Quotes: the closing quote belongs to the sentence it closes (curly and straight).
    (
        "“We will not surrender,” Zelensky said. “The enemy will be defeated.” He left.",
        ["“We will not surrender,” Zelensky said.", "“The enemy will be defeated.”", "He left."],
    ),
    (
        "He called the strike “a war crime.” The Kremlin denied it.",
        ["He called the strike “a war crime.”", "The Kremlin denied it."],
    ),
    (
        '"Is this peace?" he asked. "No," she said.',
        ['"Is this peace?" he asked.', '"No," she said.'],
    ),
    ("The ministry’s statement read: ‘We’ll see.’ Talks begin Nov. 3.", 2),
    # Parentheses.
    (
        "Russia denied it. (The ministry later retracted the denial.) Talks resumed.",
        ["Russia denied it.", "(The ministry later retracted the denial.)", "Talks resumed."],
    ),
    ("The toll (including 12 children.) rose again.", None),
    # Ellipses: within a sentence before lower case; after a word before a capital it ends it.
    ("He said the talks were... difficult. They resume Monday.", 2),
    (
        "Nobody knew what came next… The sirens started again.",
        ["Nobody knew what came next…", "The sirens started again."],
    ),
    # Brackets: a time zone in brackets continues; a bracket may open a lower-case sentence.
    ("Vázquez was sworn in at 5:00 p.m. (2100 UTC) in San Juan.", None),
    (
        "I don't know that. [laughs] I cannot answer.",
        ["I don't know that.", "[laughs] I cannot answer."],
    ),
    ("It was amazing. [...] Then you realise the cost.", 2),
    # A symbol can open a sentence; a stray closing quote or an emoticon cannot.
    ("The pledge was made in 2022. $5bn has been paid since.", 2),
    ('I’d think, ‘Wow, they discuss this openly.’\xa0"', None),
    ("That would make a small book so far. :-))", None),
    # Question/exclamation marks, also doubled.
    ("Who fired first?! Nobody knows. Why now? Because the talks begin!", 4),
    # Extra spaces and tabs between sentences.
    ("One shell hit.  Two more followed.\tThen silence.", 3),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_CASES, ids=lambda v: str(v)[:40])
def test_news_prose(text, expected):
    bounds = sentence_bounds(text)
    check_bounds(text, bounds)
    got = sentences(text)
    if expected is None:
        assert got == [text]
    elif isinstance(expected, int):
        assert len(got) == expected, got
    else:
        assert got == expected


def test_numbered_list_lines():
    text = "The draft covers:\n1. Ceasefire terms\n2. Prisoner exchange. Both sides agree.\n3. Aid"
    assert sentences(text) == [
        "The draft covers:",
        "1. Ceasefire terms",
        "2. Prisoner exchange.",
        "Both sides agree.",
        "3. Aid",
    ]


def test_inline_list_after_colon():
    text = "The plan has three parts: 1) a truce 2) an exchange 3) talks."
    assert sentences(text) == [
        "The plan has three parts:",
        "1) a truce",
        "2) an exchange",
        "3) talks.",
    ]


def test_day_numbers_in_prose_are_not_a_list():
    # "4." and "5." are consecutive numbers, but not after a line start, bullet or colon.
    text = "He was detained on Oct. 4. He was freed on Oct. 5. His lawyer welcomed it."
    assert sentences(text) == [
        "He was detained on Oct. 4.",
        "He was freed on Oct. 5.",
        "His lawyer welcomed it.",
    ]


# --- Line breaks --------------------------------------------------------------------------------


def test_line_break_ends_a_sentence_without_punctuation():
    text = "Kyiv under fire\nMissiles struck overnight. Power is out\n\n  More follows  \n"
    assert sentences(text) == [
        "Kyiv under fire",
        "Missiles struck overnight.",
        "Power is out",
        "More follows",
    ]


def test_sentence_never_spans_a_line_break():
    # Pragmatic Segmenter's rule 40 would join these (PDF line wrapping); this package treats
    # every line break as a paragraph boundary, so they are two sentences.
    assert sentences("This is a sentence\ncut off in the middle because pdf.") == [
        "This is a sentence",
        "cut off in the middle because pdf.",
    ]
    assert sentences("He met Mr.\nSmith.") == ["He met Mr.", "Smith."]
    assert sentences("One\r\nTwo\rThree\u2028Four") == ["One", "Two", "Three", "Four"]


# --- Offsets and invariants ---------------------------------------------------------------------


def test_offsets_map_back_to_text():
    text = "  Mr. Smith left.   He returned on Jan. 5.  \n\n “Fine.” \t"
    bounds = sentence_bounds(text)
    check_bounds(text, bounds)
    assert bounds[0] == (2, 17)
    assert [text[s:e] for s, e in bounds] == [
        "Mr. Smith left.",
        "He returned on Jan. 5.",
        "“Fine.”",
    ]


def test_deterministic_and_pure():
    text = SEED.read_text(encoding="utf-8")
    first = sentence_bounds(text)
    assert sentence_bounds(text) == first
    assert sentence_bounds("1. a 2. b") == sentence_bounds("1. a 2. b")
    assert sentence_bounds(text) == first  # no state carried between calls


_ALPHABET = "aAbZiI15 .!?…\"'“”‘’()[]•⁃:-\n\r\t\xa0$,;"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_invariants_on_punctuation_heavy_text(text):
    check_bounds(text, sentence_bounds(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_invariants_on_any_unicode(text):
    check_bounds(text, sentence_bounds(text))


@pytest.mark.skipif(not BENCH_DATA.exists(), reason="shared benchmark data not present")
def test_invariants_on_real_news():
    with BENCH_DATA.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    assert texts
    for text in texts:
        check_bounds(text, sentence_bounds(text))


# --- Robustness ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n", "\n\n\n", " \t\r\n\xa0\u2028 ", "\x1c\x1d\x1e\x85"],
    ids=["empty", "space", "newline", "newlines", "mixed-ws", "odd-line-breaks"],
)
def test_empty_or_whitespace_gives_nothing(text):
    assert sentence_bounds(text) == []


@pytest.mark.parametrize(
    "text",
    [".", "...", "?!?!", ". . .", "“”", "…", "!", "1.", "a.", "•", ")", "[...]", "1) 2) 3)"],
)
def test_only_punctuation(text):
    bounds = sentence_bounds(text)
    check_bounds(text, bounds)
    assert bounds  # non-space text always yields at least one sentence


def test_random_unicode_never_raises():
    rng = random.Random(20231024)
    for _ in range(200):
        text = "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randrange(50)))
        check_bounds(text, sentence_bounds(text))


MB = 1_000_000


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mr. Smith met Gen. Ivanov in the U.S. on Jan. 5. " * (MB // 50), id="news"),
        pytest.param("x" * MB, id="one-word"),
        pytest.param("." * MB, id="dots"),
        pytest.param(". " * (MB // 2), id="spaced-dots"),
        pytest.param(". " * (MB // 2) + ".x", id="spaced-dots-then-word"),
        pytest.param(".  " * (MB // 3), id="double-spaced-dots"),
        pytest.param(" " * MB, id="spaces"),
        pytest.param("\n" * MB, id="newlines"),
        pytest.param("1. " * (MB // 3), id="list-markers"),
        pytest.param('."' * (MB // 2), id="period-quote"),
        pytest.param("a. b. c. " * (MB // 9), id="letter-list"),
    ],
)
def test_one_megabyte_without_newline_is_linear(text):
    # A quadratic regex or loop would take minutes on 1 MB; linear code takes well under a
    # second. The bound is loose so that a busy machine does not fail the test.
    t0 = time.perf_counter()
    bounds = sentence_bounds(text)
    elapsed = time.perf_counter() - t0
    assert elapsed < 10, elapsed
    if text.strip():
        assert bounds and bounds[0][0] >= 0 and bounds[-1][1] <= len(text)
    else:
        assert bounds == []


def test_throughput_regression_guard():
    # bench/segmentation.py measures the real figure (tens of MB/s); this only catches an
    # order-of-magnitude regression such as a per-character Python loop.
    text = SEED.read_text(encoding="utf-8") * 100
    size_mb = len(text.encode("utf-8")) / 1e6
    best = min(_timed(sentence_bounds, text) for _ in range(5))
    assert size_mb / best > 5, f"{size_mb / best:.1f} MB/s"


def _timed(func, arg) -> float:
    t0 = time.perf_counter()
    func(arg)
    return time.perf_counter() - t0
