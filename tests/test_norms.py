"""Reference norms: percentiles against a reference corpus, the shipped table, your own."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import analysis
from analysis.cli import main
from analysis.lexicon import load_lexicon
from analysis.norms import MAX_STORED_VALUES, Norms, normed_figures, resolve_norms, shipped_norms

from .conftest import SEED

#: Five short articles written for these tests: the fixture corpus the table builder runs on.
FIXTURE = {
    "raid": "Troops raided the village at dawn. Two people were killed, officials said.",
    "talks": "Envoys may meet again next week. Both sides welcomed the ceasefire.",
    "budget": "The council approved the budget. Taxes will rise slightly next year.",
    "protest": "Thousands protested in the capital. Police reportedly fired tear gas.",
    "storm": "A storm damaged roofs across the region. Nobody was hurt, according to police.",
}


def _norms(values: dict[str, list[float]], **kw) -> Norms:
    return Norms(
        name=kw.get("name", "t"),
        description="test",
        n_documents=max(len(v) for v in values.values()),
        values={k: tuple(sorted(v)) for k, v in values.items()},
        lexicon_versions=kw.get("lexicon_versions", {}),
    )


def test_mid_rank_percentiles_by_hand():
    ref = _norms({"sentiment": [1.0, 2.0, 2.0, 3.0]})
    # below + half of the ties, over 4 reference articles
    assert ref.percentile("sentiment", 0.0) == 0.0
    assert ref.percentile("sentiment", 1.0) == 12.5  # (0 + 1/2) / 4
    assert ref.percentile("sentiment", 2.0) == 50.0  # (1 + 2/2) / 4
    assert ref.percentile("sentiment", 2.5) == 75.0  # 3 / 4
    assert ref.percentile("sentiment", 9.0) == 100.0
    assert ref.percentile("sentiment", None) is None
    assert ref.percentile("hedge_density", 1.0) is None  # not in this reference


@given(
    st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=60),
    st.floats(-1e6, 1e6),
    st.floats(-1e6, 1e6),
)
def test_percentiles_are_monotone_in_the_measure(ref_values, x, y):
    ref = _norms({"hedge_density": ref_values})
    lo, hi = sorted((x, y))
    p_lo, p_hi = ref.percentile("hedge_density", lo), ref.percentile("hedge_density", hi)
    assert 0.0 <= p_lo <= p_hi <= 100.0


def test_the_seed_article_is_placed_against_the_shipped_reference(seed_result):
    s = seed_result.summary
    assert set(s["percentiles"]) == {key for key, _ in normed_figures()}
    assert all(0.0 <= p <= 100.0 for p in s["percentiles"].values())
    assert s["percentiles_reference"] == {"name": "wikinews-2019-2021", "n_documents": 295}
    # Monotone along the reference: a higher hedge density is never at a lower percentile.
    ref = shipped_norms()
    grid = [0.0, 0.5, 1.0, 1.37, 2.0, 2.67, 4.0, 10.0]
    ranks = [ref.percentile("hedge_density", x) for x in grid]
    assert ranks == sorted(ranks) and ranks[0] < 10 < 90 < ranks[-1]


def test_shipped_table_provenance_and_licence():
    data = json.loads(
        (SEED.parent.parent / "analysis" / "reference" / "wikinews.json").read_text("utf-8")
    )
    assert data["format"] == 1 and data["n_documents"] == 295
    prov = data["provenance"]
    assert "CC BY 2.5" in prov["licence"] and "Wikinews" in prov["attribution"]
    assert "wikinews.org" in prov["source"] and prov["articles_failed"] == 0
    assert set(data["values"]) == {key for key, _ in normed_figures()}
    for key, values in data["values"].items():
        assert len(values) == 295 and values == sorted(values), key
    # only derived numbers ship: no text, no titles, no ids
    assert set(data) == {
        "format",
        "name",
        "description",
        "n_documents",
        "lexicon_versions",
        "provenance",
        "values",
    }


def test_shipped_table_was_built_by_todays_analysis(seed_result):
    """Fails when a lexicon, a rule, the segmenter or a library changed what is measured
    since the reference was built: rebuild it with ``make norms`` (needs ../shared/data)."""
    ref = shipped_norms()
    for name, recorded in ref.lexicon_versions.items():
        lex = load_lexicon(name)
        assert (lex.version, lex.sha256) == (recorded["version"], recorded["sha256"]), (
            f"lexicon {name} changed since the reference was built: run make norms"
        )
    check = ref.provenance["check"]
    assert check["input_sha256"] == seed_result.summary["input_sha256"]
    today = {k: seed_result.summary[k] for k in check["figures"]}
    assert today == check["figures"], "the analysis changed since the reference: make norms"


def test_the_table_builder_on_a_fixture_corpus(tmp_path, capsys):
    # The command that built the shipped table (make norms), on five articles written here:
    # its table holds exactly each article's figures, sorted, with the lexicons and the
    # provenance asked for, in the shipped table's format.
    src = tmp_path / "fixture.jsonl"
    src.write_text(
        "".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in FIXTURE.items()),
        encoding="utf-8",
    )
    out = tmp_path / "norms.json"
    code = main(
        [
            "norms",
            str(src),
            "--id-column",
            "id",
            "--out",
            str(out),
            "--name",
            "fixture",
            "--description",
            "five test articles",
            "--licence",
            "CC0",
            "--source-note",
            "tests/test_norms.py",
            "--attribution",
            "the tests",
            "--check-article",
            str(SEED),
        ]
    )
    assert code == 0, capsys.readouterr().err
    built = Norms.load(out)
    summaries = [analysis.analyze(text, doc_id=k).summary for k, text in FIXTURE.items()]
    for key, _ in normed_figures():
        assert built.values[key] == tuple(sorted(s[key] for s in summaries)), key
    assert built.n_documents == 5 and built.name == "fixture"
    assert built.lexicon_versions == summaries[0]["lexicon_versions"]
    assert built.provenance["licence"] == "CC0"
    shipped = json.loads(
        (SEED.parent.parent / "analysis" / "reference" / "wikinews.json").read_text("utf-8")
    )
    fixture_table = json.loads(out.read_text("utf-8"))
    assert set(fixture_table) == set(shipped)
    assert set(fixture_table["provenance"]) == set(shipped["provenance"])
    assert (
        fixture_table["provenance"]["check"]["figures"] == shipped["provenance"]["check"]["figures"]
    )
    # Same corpus, same bytes.
    first = out.read_bytes()
    assert main(["norms", str(src), "--id-column", "id", "--out", str(out), "--name", "fixture",
                 "--description", "five test articles", "--licence", "CC0", "--source-note",
                 "tests/test_norms.py", "--attribution", "the tests", "--check-article",
                 str(SEED)]) == 0  # fmt: skip
    assert out.read_bytes() == first


def test_your_own_reference(tmp_path, capsys):
    corpus = analysis.analyze_corpus(list(FIXTURE.items()), progress=False)
    mine = Norms.from_corpus(corpus, name="mine", description="five articles")
    assert mine.n_documents == 5 and mine.lexicon_versions == corpus.lexicon_versions
    res = analysis.analyze(FIXTURE["raid"], norms=mine)
    assert res.summary["percentiles_reference"] == {"name": "mine", "n_documents": 5}
    # the article is one of the five: its sentiment is the k-th of them, ties counting half
    values = mine.values["sentiment"]
    x = res.summary["sentiment"]
    expected = 100 * (sum(v < x for v in values) + sum(v == x for v in values) / 2) / 5
    assert res.summary["percentiles"]["sentiment"] == pytest.approx(expected)
    # saved and loaded, as a path
    path = mine.save(tmp_path / "mine.json")
    again = analysis.analyze(FIXTURE["raid"], norms=path)
    assert again.summary["percentiles"] == res.summary["percentiles"]
    # and the command line
    assert main(["analyze", str(SEED), "--norms", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["percentiles_reference"]["name"] == "mine"
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    out = tmp_path / "reports"
    assert main(["corpus", str(SEED.parent), "--out", str(out), "--norms", str(bad)]) == 2
    assert "not a reference table" in capsys.readouterr().err and not out.exists()
    # a corpus run takes it too, in every engine
    for engine in ("pandas", "processes"):
        run = analysis.analyze_corpus(
            list(FIXTURE.items())[:2], norms=mine, engine=engine, jobs=2, progress=False
        )
        assert (run.summary["percentiles_reference.name"] == "mine").all()
        assert run.summary.loc[0, "percentiles.sentiment"] == pytest.approx(expected)


def test_figures_measured_with_other_lexicons_get_no_percentile():
    res = analysis.analyze(FIXTURE["talks"], lexicons=["hedging"])
    pct = res.summary["percentiles"]
    assert pct["sentiment"] is not None  # sentiment does not depend on the lexicons
    assert pct["hedge_density"] is None  # the reference counted hedges with both lexicons


def test_large_references_store_quantiles():
    n = 3 * MAX_STORED_VALUES
    mine = Norms.from_summaries(
        [{"sentiment": i / n} for i in range(n)], name="big", lexicon_versions={}
    )
    assert mine.n_documents == n and len(mine.values["sentiment"]) == MAX_STORED_VALUES
    assert mine.percentile("sentiment", 0.5) == pytest.approx(50.0, abs=0.1)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [("not json", "is not JSON"), ('{"format": 99}', "not a reference table"), ("[]", "format")],
)
def test_bad_reference_tables(tmp_path, content, fragment):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(analysis.ParameterError, match=fragment):
        resolve_norms(path)
    with pytest.raises(analysis.ParameterError, match="cannot be read"):
        resolve_norms(tmp_path / "missing.json")
    with pytest.raises(analysis.ParameterError, match="Norms object"):
        resolve_norms(42)  # type: ignore[arg-type]
