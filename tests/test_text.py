"""The text model: loading (encodings, bad input), paragraphs, sentences, tokens, offsets."""

from __future__ import annotations

import time

import pytest

import analysis
from analysis.errors import ArticleError
from analysis.text import (
    count_tokens,
    decode_bytes,
    fold,
    fold_words,
    load_article,
    normalise_term,
    split_paragraphs,
)

NEWS = "Mr. Smith met Gen. Ivanov in the U.S. on Jan. 5.\nThe deal is worth $1.13bn. Talks resume."


def _check_spans(text, spans):
    for s in spans:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text


def test_seed_article_structure(seed_path):
    art = analysis.load_article(seed_path)
    assert art.doc_id == "russia_ukraine_2023-10-24"
    assert art.encoding == "utf-8"
    # The seed has seven paragraphs, one per line.
    assert len(art.paragraphs) == 7
    _check_spans(art.text, art.paragraphs)
    _check_spans(art.text, art.sentences)
    # Paragraph 4 holds "the U.S. and European nations": the abbreviation must not split it.
    assert any("U.S. and European nations" in s.text for s in art.sentences)
    # Counted by hand: 3 + 2 + 3 + 3 + 2 + 2 + 2 sentences in the seven paragraphs.
    assert len(art.sentences) == 17
    assert art.sentences[0].text == (
        "Tensions escalated between Russia and Ukraine as both nations intensified their "
        "military operations on October 24, 2023."
    )


def test_sentences_never_cross_paragraphs(seed_path):
    art = analysis.load_article(seed_path)
    for s in art.sentences:
        assert "\n" not in s.text
        assert any(p.start <= s.start and s.end <= p.end for p in art.paragraphs)


def test_load_from_text_and_news_abbreviations():
    art = analysis.load_article(text=NEWS, doc_id="abbrev")
    assert art.doc_id == "abbrev"
    assert [s.text for s in art.sentences] == [
        "Mr. Smith met Gen. Ivanov in the U.S. on Jan. 5.",
        "The deal is worth $1.13bn.",
        "Talks resume.",
    ]
    assert len(art.paragraphs) == 2


def test_tokens_are_words_with_offsets():
    text = "Kyiv didn't de-escalate; 1,500 troops (about 3.5%) moved. They’re back."
    art = load_article(text=text)
    toks = art.tokens
    assert [text[s:e] for s, e, _ in toks.sentence(0) + toks.sentence(1)] == [
        "Kyiv",
        "didn't",
        "de-escalate",
        "1,500",
        "troops",
        "about",
        "3.5",
        "moved",
        "They’re",
        "back",
    ]
    assert toks.sentence(1)[0][2] == "they're"  # folded: lowercase, curly apostrophe as '
    assert [toks.count(i) for i in range(len(art.sentences))] == [8, 2]
    assert count_tokens(art.sentences[0].text) == 8  # the same definition on a bare string
    assert toks.between(text.index("troops"), text.index("moved")) == [
        (text.index("troops"), text.index("troops") + 6, "troops"),
        (text.index("about"), text.index("about") + 5, "about"),
        (text.index("3.5"), text.index("3.5") + 3, "3.5"),
    ]
    # across a sentence boundary, and limited
    assert [w for _, _, w in toks.between(text.index("moved"), len(text))] == [
        "moved",
        "they're",
        "back",
    ]
    assert [w for _, _, w in toks.between(0, len(text), limit=2)] == ["kyiv", "didn't"]
    assert toks.locate(text.index("They")) == (1, 0)


def test_case_folding_and_term_normalisation():
    assert fold("Ukraine’S") == "ukraine's"
    assert fold_words(["Kyiv", "DIDN’T", "Σ"]) == ["kyiv", "didn't", "σ"]
    assert normalise_term("Peace \n  TALKS") == "peace talks"


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # commas, semicolons and conjunctions cut clauses; a comma before a number does not
        (
            "On October 24, 2023, Moscow struck; Kyiv, however, retaliated.",
            ["On October 24, 2023", "Moscow struck", "Kyiv", "retaliated."],
        ),
        ("1,500 troops left but 200 stayed.", ["1,500 troops left", "200 stayed."]),
        ("Talks (in Doha) resumed — again.", ["Talks", "in Doha", "resumed", "again."]),
        ("Troops left BUT the war went on.", ["Troops left", "the war went on."]),  # any case
        ("No boundary here.", ["No boundary here."]),
    ],
)
def test_clauses(text, clauses):
    art = load_article(text=text)
    assert [c.text for c in art.clauses] == clauses
    for c in art.clauses:
        assert text[c.start : c.end] == c.text
        assert art.clauses[art.clause_of(c.start)] is c


@pytest.mark.parametrize(
    ("text", "word", "negator"),
    [
        ("There is no ceasefire.", "ceasefire", "no"),
        ("They didn’t sign a truce.", "sign", "didn’t"),
        ("It never was a war.", "war", "never"),  # "never" is 3 tokens before "war"
        ("No one said that the war", "war", "No"),  # the clause is the scope, however far
        ("No Coalition troops were injured.", "injured", "No"),  # a determiner negates too
        ("It had not yet announced any plans to remove the troops.", "remove", "not"),
        ("Neither side attacked.", "attacked", "Neither"),
        ("Nobody was hurt in the blast.", "blast", "Nobody"),
        ("Not now, not here, yes the war.", "war", None),  # a comma ends the clause
        ("They said no but war followed.", "war", None),  # so does "but"
        ("Officials refused to attend the talks.", "talks", "refused"),  # a two-word negator
        ("The army declined to comment.", "comment", "declined"),
        ("They ruled out talks.", "talks", "ruled"),
        ("Kyiv turned down an offer of a truce.", "truce", "turned"),  # refused, as "rejected"
        ("The offer of a truce was turned down.", "truce", None),  # the negator comes after it
        # a scene opened after the negated act is no part of it: the talks were held
        ("They failed to agree during three days of talks.", "talks", None),
        ("The army did not attack after the talks.", "talks", None),
        ("The army did not attack after the talks.", "attack", "not"),
        ("The date is not final until after the agreement.", "agreement", "not"),  # a condition
        ("He will not negotiate until the troops withdraw.", "withdraw", "not"),
        ("Nothing was found since the invasion.", "invasion", "Nothing"),  # a time named
        ("Three senators voted against the treaty.", "treaty", "voted"),  # a vote against
        ("Three senators voted for the treaty.", "treaty", None),
        # a failure to act, the noun too, with the side that failed between "of" and "to"
        ("The league's failure to condemn the raid", "condemn", "failure"),
        ("the failure of the Organization of American States to condemn him", "condemn", "failure"),
        ("The failure of talks to produce a truce surprised no one.", "truce", "failure"),
        ("The failure of the talks angered Kyiv.", "talks", None),  # the talks failed: no "to"
        ("the failure of the army to prevent the attack", "attack", None),  # two negations
        ("They want not only peace.", "peace", None),  # "not only" is a focus particle
        ("No. Peace talks began.", "Peace", None),  # negation never crosses a sentence
        # two negations cancel: a negating verb that is itself negated negates nothing
        ("He took pains not to rule out a meeting.", "meeting", None),  # the meeting stays open
        ("The army could not prevent the attack.", "attack", None),  # the attack happened
        ("The observers failed to prevent the massacre.", "massacre", None),
        ("Officials never refused to attend the talks.", "talks", None),
        ("They did not reject the talks and never signed.", "signed", "never"),  # its own
        # a negating verb's scope is its own verb phrase: a second one after "and" is an act of
        # its own ("accused"), unless it is still what is denied ("that ... and killed") or a
        # particle negates both ("did not attack and kill"); an "-ed" adjective opens none
        ("Moscow denied the attack and accused Kyiv of lying.", "accused", None),
        ("Kyiv refused to attend and walked out of the talks.", "talks", None),
        ("They failed to reach a deal and ended the talks.", "talks", None),
        ("Moscow denied that its troops attacked and killed civilians.", "killed", "denied"),
        ("Rwanda denied backing the rebels and armed groups in Congo.", "armed", "denied"),
        ("The rebels did not attack and kill the villagers.", "kill", "not"),
        ("The army had not attacked and killed anyone.", "killed", "not"),
        # ... but not past "and" before a subject of its own and its verb ("and a truce
        # held"); "and" before a second object refused ("and a prisoner exchange") joins none
        ("The army did not advance and a fragile truce held.", "truce", None),
        ("No ransom was paid and the hostages were set free.", "hostages", None),
        ("They did not agree to a truce and a prisoner exchange.", "exchange", "not"),
        # "no doubt", "no question": idioms of certainty, which assert what follows
        ("There is no doubt that the talks failed.", "talks", None),
        ("There is no question that the army attacked.", "attacked", None),
        ("There was no question of talks.", "talks", "no"),  # "of": the talks are absent
        # "too" before "to": the degree rules the act out ("too early" = not yet), unless
        # itself negated or meaning "also" before a verb that takes "to"
        ("It was too early to make concessions.", "concessions", "too"),
        ("The rebels were too weak militarily to attack.", "attack", "too"),
        ("It is not too late to hold talks.", "talks", None),  # the talks can still be held
        ("Iran too wanted to negotiate.", "negotiate", None),  # "too" = "also"
        ("They went too far to retreat now.", "retreat", "too"),
        # a negated verb phrase interrupted by an aside between commas: the negation reaches
        # past the aside to its verb ("did not, however, place"), not past a clause of its own
        ("Paris did not, however, impose any tariffs on the imports.", "impose", "not"),
        ("The rebels would never, under any circumstances, lay down their arms.", "lay", "never"),
        ("Moscow can't, its envoy said, accept the plan.", "accept", "can't"),
        ("They did not, and the army attacked at dawn.", "attacked", None),
        ("Kyiv did not sign, however, the rebels attacked.", "attacked", None),
        ("They did not, as far as anyone in the town could tell, attack.", "attack", None),
        # a predicate after a subject that rules it out (the copula, a refusal) or says it was
        # not reported (the "not"); only of its own subject, within six words, no clause between
        ("Talks with the rebels are out of the question.", "Talks", "are"),
        ("A ceasefire is now off the table.", "ceasefire", "is"),
        ("Protests were not reported in Mosul.", "Protests", "not"),
        ("Talks that the rebels said are out of the question resumed.", "Talks", None),
        ("The ceasefire remains in force.", "ceasefire", None),
        (
            "Talks on the future of the four disputed islands up north are out of the question.",
            "Talks",
            None,
        ),  # the copula is too far from the subject's first word to be sure
    ],
)
def test_negation_scope(text, word, negator):
    art = load_article(text=text)
    found = art.negator(text.index(word))
    if negator is None:
        assert found is None
    else:
        start, end, folded = found
        assert text[start:end] == negator and folded == fold(negator)


def test_negator_with_very_long_words():
    text = "They refused to " + "x" * 80 + " peace talks"
    art = load_article(text=text)
    assert art.negator(text.index("peace"))[2] == "refused"


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        ("Kyiv’s grid".encode(), "utf-8", "Kyiv’s grid"),
        (b"\xef\xbb\xbf" + "Kyiv’s grid".encode(), "utf-8-sig", "Kyiv’s grid"),
        ("Kyiv’s grid".encode("utf-16"), "utf-16", "Kyiv’s grid"),
        ("Kyiv’s grid".encode("utf-16-be").join([b"\xfe\xff", b""]), "utf-16", "Kyiv’s grid"),
        # 0x92 is cp1252's right single quote and invalid as UTF-8: read as cp1252.
        (b"Kyiv\x92s caf\xe9", "cp1252", "Kyiv’s café"),
    ],
)
def test_encodings_are_detected_and_recorded(tmp_path, data, encoding, expected):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    art = analysis.load_article(path)
    assert art.text == expected
    assert art.encoding == encoding


def test_line_endings_are_normalised(tmp_path):
    for name, data in {
        "crlf": b"One.\r\nTwo.\r\n",
        "cr": b"One.\rTwo.\r",
        "lf": b"One.\nTwo.\n",
    }.items():
        path = tmp_path / f"{name}.txt"
        path.write_bytes(data)
        art = analysis.load_article(path)
        assert art.text == "One.\nTwo.\n"
    # The same text with any line endings has the same hash: it is what gets analysed.
    hashes = {analysis.load_article(tmp_path / f"{n}.txt").sha256 for n in ("crlf", "cr", "lf")}
    assert len(hashes) == 1


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda d: d / "missing.txt", "does not exist"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "empty.txt", b""), "is empty"),
        (lambda d: _write(d / "blank.txt", b"  \n\t\n "), "whitespace only"),
        (lambda d: _write(d / "nul.bin", b"PK\x03\x04\x00\x00binary"), "binary"),
        (lambda d: _write(d / "ctrl.bin", bytes(range(1, 32)) * 50), "binary"),
        (lambda d: _write(d / "bad16.txt", b"\xff\xfe\x00\xd8"), "not valid utf-16"),
    ],
)
def test_bad_input_raises_article_error_naming_the_file(tmp_path, make, fragment):
    path = make(tmp_path)
    with pytest.raises(ArticleError) as info:
        analysis.load_article(path)
    message = str(info.value)
    assert fragment in message.lower()
    assert str(path) in message  # says where
    assert message.count(". ") <= 1 and "\n" not in message  # one sentence


def _write(path, data):
    path.write_bytes(data)
    return path


def test_exactly_one_source_is_required():
    with pytest.raises(ArticleError):
        analysis.load_article()
    with pytest.raises(ArticleError):
        analysis.load_article("x.txt", text="x")


def test_decode_rejects_nul_bytes():
    with pytest.raises(ArticleError, match="NUL"):
        decode_bytes(b"abc\x00def", where="'x'")


def test_paragraphs_handle_blank_lines_and_indentation():
    text = "  First para.\n\n\n   Second para.\nThird.\n"
    assert [p.text for p in split_paragraphs(text)] == ["First para.", "Second para.", "Third."]


def test_large_article_loads_in_linear_time(tmp_path):
    # 50 MB must work, in linear time: 100x the text may take up to ~400x the time (noise,
    # caches), while anything quadratic would take ~10,000x.
    para = "Officials said the strikes continued. Talks may resume in Geneva.\n"
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    small.write_text(para * 7_700, encoding="utf-8")  # ~0.5 MB
    big.write_text(para * 770_000, encoding="utf-8")  # ~50 MB
    t0 = time.perf_counter()
    a = analysis.load_article(small)
    t1 = time.perf_counter()
    b = analysis.load_article(big)
    t2 = time.perf_counter()
    assert len(b.sentences) == 100 * len(a.sentences)
    assert (t2 - t1) < 400 * max(t1 - t0, 1e-3)
