"""Actors: gazetteers as validated data, mentions, source/target roles, frames and outputs.

The role sentences are written for these tests (one construction each); the measured figures
come from ``tests/fixtures/actors_gold.tsv`` through ``python -m analysis.evaluate actors``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis import dyads as dyad_tables
from analysis.actors import agent_sentences
from analysis.errors import LexiconError
from analysis.evaluate import actors as actor_eval
from analysis.frames import DYAD_COLUMNS, EVENT_COLUMNS, matches_with_actors
from analysis.gazetteer import (
    ACTOR_CODES,
    available_gazetteers,
    country_names,
    find_mentions,
    load_gazetteer,
    resolve_gazetteers,
)
from analysis.lexicon import load_lexicon
from analysis.matching import compile_matcher

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def mentions(text: str, extra=None) -> list[tuple[str, str]]:
    art = analysis.load_article(text=text)
    return [(m.text, m.code) for m in find_mentions(art, resolve_gazetteers(extra))]


def strongest(text: str) -> tuple[str | None, str | None]:
    """The (source, target) of the strongest event that names an actor (the issue's scoring)."""
    got = actor_eval.analyzer(text)
    assert got is not None, f"no event names an actor in {text!r}"
    return got


# -- gazetteers -------------------------------------------------------------------------------


def test_shipped_gazetteers_load_with_versions_and_hashes():
    gaz = resolve_gazetteers()
    assert [g.name for g in gaz] == ["pycountry", *available_gazetteers()]
    assert available_gazetteers() == ["countries", "people", "curated"]
    for g in gaz:
        assert g.version and len(g.sha256) == 64
    codes = {c.upper() for g in gaz for c in g.categories}
    assert {"RUS", "UKR", "USA", "UNO", "NATO", "EU", "NGO", "IMG"} <= codes


def test_pycountry_names_skip_shared_and_reorder_comma_names():
    names = {p.pattern: p.category for p in country_names().patterns}
    assert names["Republic of Korea"] == "kor"
    assert names["Ukraine"] == "ukr"
    assert not any("," in n for n in names)


def test_summary_records_gazetteer_versions(seed_result):
    versions = seed_result.summary["gazetteer_versions"]
    assert set(versions) == {"pycountry", "countries", "people", "curated"}
    assert "gazetteer_versions" not in seed_result.summary["lexicon_versions"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("categories:\n  xyz: [Somewhere]\n", "line 7: category 'xyz' is not an actor code"),
        ("categories:\n  rus: [Moscow, moscow]\n", "line 7: pattern 'moscow' appears twice"),
        ("categories:\n  rus: [Moscow*!]\n", "not a valid pattern"),
    ],
)
def test_bad_gazetteer_names_file_and_line(tmp_path, body, message):
    path = tmp_path / "mine.yaml"
    head = 'name: mine\nversion: "1"\ndescription: d\nsource: s\nrules: actors\n'
    path.write_text(head + body, encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as err:
        load_gazetteer(path)
    assert "mine.yaml" in str(err.value)


def test_gazetteer_without_actor_rules_is_refused(tmp_path):
    path = tmp_path / "plain.yaml"
    path.write_text(
        'name: plain\nversion: "1"\ndescription: d\nsource: s\ncategories:\n  rus: [Moscow]\n',
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="line 1: a gazetteer must say 'rules: actors'"):
        load_gazetteer(path)


def test_user_gazetteer_extends_and_overrides(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        'name: mine\nversion: "1"\ndescription: d\nsource: s\nrules: actors\n'
        "categories:\n  fra: [Freedonian]\n  none: [Georgia]\n",
        encoding="utf-8",
    )
    text = "Freedonian troops entered Georgia."
    assert mentions(text) == [("Georgia", "GEO")]
    assert mentions(text, [path]) == [("Freedonian", "FRA")]
    res = analysis.analyze("Freedonian troops attacked Russia.", gazetteers=[path])
    assert (res.events["source"].iloc[0], res.events["target"].iloc[0]) == ("FRA", "RUS")


# -- mentions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ukrainian military struck.", [("Ukrainian", "UKR")]),
        ("Moscow and Kyiv traded blame; Kiev said so.",
         [("Moscow", "RUS"), ("Kyiv", "UKR"), ("Kiev", "UKR")]),
        ("The Kremlin, the Pentagon and Washington replied.",
         [("Kremlin", "RUS"), ("Pentagon", "USA"), ("Washington", "USA")]),
        ("A strike hit the Belgorod region of Russia.", [("Belgorod", "RUS"), ("Russia", "RUS")]),
        ("The U.S. and the UN met NATO and the EU.",
         [("U.S.", "USA"), ("UN", "UNO"), ("NATO", "NATO"), ("EU", "EU")]),
        # a compass point abbreviated, as headlines write it, before a name the gazetteers hold
        # ("North Korea", "South Korea"); a name they do not hold stays unnamed ("N. Smith")
        ("US warns N. Korea; S.Korea and N. Smith reply.",
         [("US", "USA"), ("N. Korea", "PRK"), ("S.Korea", "KOR")]),
        ("S. Korea's president met N. Koreans.", [("S. Korea", "KOR"), ("N. Koreans", "PRK")]),
        ("Amnesty International and Hamas replied.", [("Amnesty International", "NGO"),
                                                      ("Hamas", "PSE")]),
        ("The Islamic State claimed it.", [("Islamic State", "IMG")]),
        ("Let us talk about turkey and chad.", []),  # lower case: not names
        ("Netanyahu met Erdogan.", [("Netanyahu", "ISR"), ("Erdogan", "TUR")]),
        # plural demonyms, and "Polish" (a common word in lower case, a name with a capital)
        ("Serbians, Kenyans and Poles marched with Polish flags.",
         [("Serbians", "SRB"), ("Kenyans", "KEN"), ("Poles", "POL"), ("Polish", "POL")]),
        ("Swedes and Danes agreed.", [("Swedes", "SWE"), ("Danes", "DNK")]),
        ("They polish the floors.", []),
        # a region or a people named with "America" names no state; "American" alone still
        # names the United States
        ("Guyana is a small South American country.", [("Guyana", "GUY")]),
        ("Brazil leads Latin America; American diplomats agree.",
         [("Brazil", "BRA"), ("American", "USA")]),
    ],
)  # fmt: skip
def test_mentions(text, expected):
    assert mentions(text) == expected


def test_mention_offsets_point_at_the_words(seed_result):
    text = seed_result.article.text
    ev = seed_result.events[seed_result.events["source"].notna()]
    assert len(ev)
    for row in ev.itertuples():
        assert text[row.source_start : row.source_end] == row.source_text
        if isinstance(row.target, str):
            assert text[row.target_start : row.target_end] == row.target_text


def test_country_name_coverage_beats_pycountry_alone():
    found = actor_eval.name_coverage(FIXTURES / "country_variants.tsv")
    ours, total = found["this package"]
    theirs, _ = found["pycountry.countries.lookup"]
    assert ours > theirs and ours / total >= 0.9


# -- roles ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # active clause: source before the verb, target after it
        ("Russian forces shelled Ukrainian positions overnight.", ("RUS", "UKR")),
        # passive with "by"
        ("Ukrainian positions were shelled by Russian forces.", ("RUS", "UKR")),
        # a nominal event with "by"
        ("A car bombing by the Islamic State killed dozens in Syria.", ("IMG", "SYR")),
        # target in an "on" phrase with a possessive
        ("Moscow launched strikes on Ukraine's power grid.", ("RUS", "UKR")),
        # title with a country
        ("The Ukrainian president condemned Russia.", ("UKR", "RUS")),
        # reported speech: the source is read after the speech verb
        ("Ukrainian officials said Russian troops attacked Kharkiv.", ("RUS", "UKR")),
        # the speaker when the content names no subject
        ("Nigeria says it has killed Boko Haram fighters.", ("NGA", "NGA")),
        # a trailing attribution is not the target
        ("Israel struck Gaza overnight, Egyptian officials said.", ("ISR", "PSE")),
        # an introductory phrase does not hold the subject
        ("After talks in Geneva, Iran threatened Israel.", ("IRN", "ISR")),
        # a government against its own people: same country both sides
        ("Serbian police attacked Serbian protesters.", ("SRB", "SRB")),
        # appositions of one actor
        ("Israeli Prime Minister Benjamin Netanyahu condemned Hamas.", ("ISR", "PSE")),
        # the towns of today's wars that the 2014 derived lists do not hold (curated 1.2.0):
        # a town stands for the country it lies in, as Kharkiv does
        ("Israel launched new strikes on Rafah.", ("ISR", "PSE")),
        ("Russian forces advanced toward Pokrovsk.", ("RUS", "UKR")),
        ("Houthi rebels fired missiles at Ashkelon.", ("YEM", "ISR")),
        # leaders of the 1980s and 1990s the 2014 derived lists leave out (curated 1.4.0): a
        # headline names them by surname, and each stands for the state they led
        ("Kohl holds talks with Gorbachev in Bonn", ("DEU", "RUS")),
        ("Thatcher condemned Mitterrand over the budget.", ("GBR", "FRA")),
        ("Saddam Hussein threatened to attack Kuwait.", ("IRQ", "KWT")),
    ],
)
def test_roles(text, dyad):
    assert strongest(text) == dyad


def test_surnames_that_are_also_given_names_or_words_name_no_leader():
    # "Sharon", "Castro", "Major" and "Brown" are kept only in full ("Ariel Sharon", "Fidel
    # Castro", "John Major", "Gordon Brown"): alone they are a given name, a common surname or a
    # word, and a mention here would tie a sports or business story to Israel, Cuba or Britain
    assert mentions("Sharon Castro, a Major League scout, met Brown at the stadium.") == []
    assert mentions("Fidel Castro received Gordon Brown.") == [
        ("Fidel Castro", "CUB"),
        ("Gordon Brown", "GBR"),
    ]


def agents(text: str) -> set[int]:
    """The sentences where an actor mention stands as the doer of an escalation hit."""
    art = analysis.load_article(text=text, doc_id="t")
    mentions = find_mentions(art, resolve_gazetteers())
    return agent_sentences(art, mentions, compile_matcher((load_lexicon("escalation"),)).find(art))


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # a capital or a leader right before the act does it, also across a day or an auxiliary
        ("Harare expels BBC correspondent", True),
        ("Seoul on Monday arrested the former president.", True),
        ("Mugabe has expelled the correspondent.", True),
        # ... not a place after a preposition ("police in Harare" are the doers), nor a name
        # that modifies a noun ("the Ukraine aid", which is no verb)
        ("Police in Harare expelled the correspondent.", False),
        # ... nor a name a passive acts on
        ("Seoul was attacked by northern troops.", False),
        ("The Ukraine aid arrived on Monday.", False),
    ],
)
def test_a_mention_right_before_its_act_is_its_agent(text, agent):
    assert (0 in agents(text)) is agent


def test_coordinated_actors_with_a_reciprocal_verb_give_both_directions():
    ev = analysis.analyze("Russia and Ukraine exchanged strikes on Tuesday.").events
    assert ev["dyads"].iloc[0] == "RUS>UKR | UKR>RUS"


def test_talks_with_participants_have_no_target():
    ev = analysis.analyze(
        "The peace talks involving officials from the United States begin today."
    ).events
    row = ev[ev["direction"] == "de-escalation"].iloc[0]
    assert (row["source"], row["target"]) == ("USA", None) or pd.isna(row["target"])


def test_events_naming_no_actor_keep_missing_values():
    ev = analysis.analyze("Troops attacked the village at dawn.").events
    assert len(ev) and ev["source"].isna().all() and ev["dyads"].isna().all()


# -- the seed ---------------------------------------------------------------------------------


def test_seed_dyads(seed_result):
    ev = seed_result.events
    pairs = set(zip(ev["source"], ev["target"].fillna("-"), ev["direction"], strict=True))
    assert ("RUS", "UKR", "escalation") in pairs  # Moscow's strikes on Ukraine's grid
    assert ("USA", "-", "de-escalation") in pairs  # the talks, with no target
    belgorod = ev[ev["target_text"] == "Belgorod"]
    assert list(zip(belgorod["source"], belgorod["target"], strict=True)) == [("UKR", "RUS")]
    retaliation = ev[ev["terms"] == "retaliated"].iloc[0]
    assert (retaliation["source_text"], retaliation["target"]) == ("Kyiv", "RUS")
    d = seed_result.dyads.set_index(["source", "target"])
    assert d.loc[("RUS", "UKR"), "escalation_events"] >= 3
    assert d.loc[("UKR", "RUS"), "escalation_events"] >= 3


# -- frames and outputs -----------------------------------------------------------------------


def test_frames_have_actor_columns_even_when_empty():
    res = analysis.analyze("Nothing happened here.")
    assert list(res.events.columns) == EVENT_COLUMNS
    assert {"source", "target", "source_text", "target_start", "dyads"} <= set(EVENT_COLUMNS)
    assert list(res.dyads.columns) == DYAD_COLUMNS and res.dyads.empty


def test_dyads_frame_counts_and_scores(seed_result):
    d = seed_result.dyads
    assert (d["events"] == d["escalation_events"] + d["deescalation_events"]).all()
    usa = d[(d["source"] == "USA") & d["target"].isna()].iloc[0]
    assert usa["deescalation_events"] >= 1 and usa["score"] < 0


def test_matches_with_actors(seed_result):
    m = matches_with_actors(seed_result.matches, seed_result.events)
    strikes = m[m["text"] == "drone and missile strikes"].iloc[0]
    assert (strikes["source"], strikes["target"]) == ("RUS", "UKR")
    assert m[m["lexicon"] == "hedging"]["source"].isna().all()


def test_corpus_returns_dyads_like_analyze(seed_text):
    texts = [("a", seed_text), ("b", "Russia and Ukraine exchanged strikes on Tuesday.")]
    res = analysis.analyze_corpus(texts, progress=False)
    assert list(res.dyads.columns) == DYAD_COLUMNS
    one = analysis.analyze(seed_text, doc_id="a").dyads
    pd.testing.assert_frame_equal(res.dyads[res.dyads["doc_id"] == "a"].reset_index(drop=True),
                                  one)  # fmt: skip
    assert {"source", "target", "dyads"} <= set(res.events.columns)


def test_reciprocity_counts_answered_escalations():
    ev = analysis.analyze(
        "Russia attacked Ukraine. Ukraine attacked Russia. Russia attacked Ukraine. "
        "Russia shelled Ukraine."
    ).events
    rec = dyad_tables.reciprocity(ev).set_index(["source", "target"])
    assert rec.loc[("RUS", "UKR"), "escalations"] == 3
    assert rec.loc[("RUS", "UKR"), "answered"] == 1  # the first attack, answered by Ukraine
    assert rec.loc[("UKR", "RUS"), "reciprocity"] == 1.0


def test_actor_codes_are_the_designed_ones():
    assert set(ACTOR_CODES) == {
        "UNO", "NATO", "EU", "OSCE", "ARL", "AU", "ASEAN", "INTERPOL", "APEC", "IGO", "NGO", "IMG",
    }  # fmt: skip


# -- the evaluation ---------------------------------------------------------------------------


def test_gold_set_is_split_by_article():
    rows = actor_eval.read_rows(FIXTURES / "actors_gold.tsv")
    by_doc = {}
    for r in rows:
        by_doc.setdefault(r.doc, set()).add(r.split)
        assert all(g[0] is None or g[0].isupper() for g in r.gold) and r.reason
    assert all(len(splits) == 1 for splits in by_doc.values())
    assert {s for splits in by_doc.values() for s in splits} == {"dev", "test", "written"}


def test_score_counts_any_gold_dyad():
    rows = [actor_eval.Row("d", "dev", "s", (("RUS", "UKR"), ("UKR", "RUS")), "r")]
    assert actor_eval.score(rows, lambda s: ("UKR", "RUS")) == {
        "source": 1.0, "target": 1.0, "both": 1.0
    }  # fmt: skip
    assert actor_eval.score(rows, lambda s: ("UKR", "UKR"))["both"] == 0.0
    assert actor_eval.score(rows, lambda s: None)["source"] == 0.0


def test_evaluate_command_prints_both_systems(capsys):
    assert actor_eval.main(["--split", "test"]) == 0
    out = capsys.readouterr().out
    assert "analyzer" in out and "naive" in out
