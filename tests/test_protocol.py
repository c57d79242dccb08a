"""The evaluation protocol: near-duplicate groups, dev/test/final splits, the reading check."""

from __future__ import annotations

import itertools
import json
import random
import re
from pathlib import Path

import pytest
import yaml

from analysis.evaluate import reading
from analysis.evaluate.splits import (
    FINAL,
    SPLITS,
    assign_splits,
    former_held_out,
    near_duplicate_groups,
)


def _jaccard(a: str, b: str) -> float:
    wa, wb = set(a.lower().replace(",", " ").split()), set(b.lower().replace(",", " ").split())
    return len(wa & wb) / len(wa | wb)


def test_reworded_wire_copy_is_one_group():
    a = "Germany accepts 1,500 refugees"
    b = "Germany agreed to accept 1,500 refugees"
    # words {germany, accepts, 1, 500, refugees} and {germany, agreed, to, accept, 1, 500,
    # refugees}: 4 shared of 8, Jaccard 0.5, the threshold
    assert _jaccard(a, b) == 0.5
    c = "Rebels shelled the airport overnight"
    assert near_duplicate_groups([a, b, c]) == [0, 0, 1]


def test_a_chain_of_paraphrases_stays_together():
    # a ~ b (6 shared of 8 words) and b ~ c (5 of 9), but a and c share 4 of 10: one group,
    # by the chain
    a = "troops left the northern town early today"
    b = "troops left the northern city early today"
    c = "troops left the southern city late today"
    assert _jaccard(a, c) < 0.5 <= min(_jaccard(a, b), _jaccard(b, c))
    assert near_duplicate_groups([a, "unrelated words only here", c, b]) == [0, 1, 0, 0]


def test_prefix_filtering_finds_every_pair_a_full_comparison_finds():
    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(12)]
    texts = [" ".join(rng.sample(vocab, rng.randint(2, 6))) for _ in range(120)]
    groups = near_duplicate_groups(texts)
    # the full O(n^2) comparison, with its own union-find
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, j in itertools.combinations(range(len(texts)), 2):
        wi, wj = set(texts[i].split()), set(texts[j].split())
        if len(wi & wj) >= 0.5 * len(wi | wj):
            parent[find(i)] = find(j)
    for i, j in itertools.combinations(range(len(texts)), 2):
        assert (groups[i] == groups[j]) == (find(i) == find(j))


def test_splits_keep_groups_whole_and_do_not_depend_on_order():
    texts = [f"the army shelled town number {n} at dawn" for n in range(40)]
    texts += [f"envoys {n} signed a truce {n} in a hotel {n}" for n in range(40)]
    split = dict(zip(texts, assign_splits(texts), strict=True))
    assert set(split.values()) <= set(SPLITS)
    # the first forty differ in one word of eight (Jaccard 7/9): one group, one split
    assert len({split[t] for t in texts[:40]}) == 1
    shuffled = texts[:]
    random.Random(3).shuffle(shuffled)
    assert dict(zip(shuffled, assign_splits(shuffled), strict=True)) == split


def test_final_holds_only_groups_wholly_in_the_former_held_out_region():
    texts = [f"sentence {n} about nothing in particular {n * 7}" for n in range(200)]
    for text, split in zip(texts, assign_splits(texts), strict=True):
        if split == FINAL:
            assert former_held_out(text)
        else:
            assert split in ("dev", "test")
    # rows sharing a key (a document) share a split, whatever their words
    keys = ["doc-a", "doc-a", "doc-b"]
    out = assign_splits(["one two three", "four five six", "seven eight nine"], keys=keys)
    assert out[0] == out[1]


# -- the reading check -------------------------------------------------------------------------

ARTICLES = {
    "u1": {
        "id": "u1",
        "date": "2020-01-02",
        # sentence 0: "attacked" beside "Troops" (armed) and Syria -> escalation; sentence 1:
        # "may" is a hedge; sentence 2: nothing
        "text": "Troops attacked a village near the border with Syria. "
        "More strikes may follow, officials said. The weather was fine.",
    },
    "u2": {
        "id": "u2",
        "date": "2020-01-03",
        "text": "Russia and Ukraine signed a ceasefire in Minsk. Prices rose.",
    },
}


def test_shares_count_directed_sentences_per_kind():
    kinds = {"u1": "conflict", "u2": "conflict"}
    out = reading.shares(ARTICLES, kinds, set())
    # u1: 3 sentences; "attacked" escalates, and so do the "strikes" of the next sentence
    # (the troops of the sentence before are their evidence); u2: 2 sentences, "signed a
    # ceasefire" de-escalates: 5 sentences, 3 with a direction, 3 hits
    assert out["conflict"] == (5, 3, 3)
    assert reading.shares(ARTICLES, kinds, {"u2"})["conflict"][0] == 3  # excluded


def test_sample_is_ranked_by_a_hash_of_each_sentence():
    kinds = {"u1": "conflict", "u2": "conflict"}
    full = reading.sample(ARTICLES, kinds, set(), seed=7, per_kind=5, half=reading.half_of("u1"))
    full += reading.sample(ARTICLES, kinds, set(), seed=7, per_kind=5, half=reading.half_of("u2"))
    # u1 has two flagged sentences (0: a direction, 1: a direction and a hedge), u2 one
    directed = [e for e in full if e["direction"] != "neutral"]
    assert len(directed) == 3
    # with room for one directed sentence a half, each half keeps its first by rank, and the
    # rank of a sentence depends on itself alone (same seed, same sentence: same place)
    first = reading.sample(ARTICLES, kinds, set(), seed=7, per_kind=1, half=reading.half_of("u1"))
    ranks = {
        (e["article"], e["sentence_id"]): reading.rank(7, e["article"], e["sentence_id"])
        for e in directed
        if reading.half_of(e["article"]) == reading.half_of("u1")
    }
    chosen = [(e["article"], e["sentence_id"]) for e in first if e["direction"] != "neutral"]
    assert chosen == [min(ranks, key=ranks.get)]
    assert reading.rank(7, "u1", 0) == reading.rank(7, "u1", 0) != reading.rank(8, "u1", 0)


def test_sample_then_score_and_a_changed_reading_is_refused():
    kinds = {"u1": "conflict", "u2": "conflict"}
    halves = {a: reading.half_of(a) for a in ARTICLES}
    assert set(halves.values()) <= {"dev", "final"}
    assert reading.half_of("u1") == halves["u1"]  # a hash, not a draw
    entries = []
    for half in ("dev", "final"):
        entries += reading.sample(ARTICLES, kinds, set(), seed=1, per_kind=5, half=half)
    assert entries and all(e["kind"] == "conflict" for e in entries)
    for e in entries:
        if e["direction"] != "neutral":
            e["direction_ok"] = True
        for item in e["matches"] + e["hedges"]:
            item["ok"] = True
    scores = reading.score(entries, ARTICLES)["conflict"]
    n_matches = sum(len(e["matches"]) for e in entries)
    assert scores["matches"] == (n_matches, n_matches)
    # a verdict about output the package no longer gives is refused
    entries[0]["direction"] = "neutral" if entries[0]["direction"] != "neutral" else "escalation"
    with pytest.raises(ValueError, match="reads differently now"):
        reading.score(entries, ARTICLES)


def test_a_tsv_of_sentences_is_read_as_pieces_and_all_of_them_can_be_sampled(tmp_path):
    # the NYT editorials set: one sentence a row, id = <piece>_<sentence>; piece 7's sentences
    # are given out of order and 7_10 must follow 7_9 (numeric, not string, order)
    tsv = tmp_path / "pieces.tsv"
    tsv.write_text(
        "id\tmean_rating\ttext\n"
        "7_10\t0.1\tThe talks collapsed.\n"
        "7_9\t-1.0\tRebels attacked the army base.\n"
        "8_1\t0.0\tThe museum opened.\n",
        encoding="utf-8",
    )
    articles = reading._read_articles(tsv)
    assert articles["7"]["text"] == "Rebels attacked the army base. The talks collapsed."
    assert set(articles) == {"7", "8"}
    # "all" takes the pieces of both halves: the attack (an armed actor beside it) is sampled
    entries = reading.sample(
        articles, {"7": "conflict", "8": "general"}, set(), seed=1, per_kind=5, half="all"
    )
    found = {(e["article"], e["sentence_id"]): e["direction"] for e in entries}
    assert found[("7", 0)] == "escalation"
    assert not any(article == "8" for article, _ in found)  # "The museum opened." flags nothing


def test_a_tsv_without_id_and_text_columns_is_refused_with_its_name(tmp_path):
    # the pentacode file has no header: its first sentence would be read as column names
    tsv = tmp_path / "gold.tsv"
    tsv.write_text("Rebels attacked the base.\t4\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold\.tsv: a TSV of sentences needs a header"):
        reading._read_articles(tsv)
    tsv.write_text("id\ttext\nx_y\tRebels attacked the base.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="'x_y' is not <piece>_<number>"):
        reading._read_articles(tsv)


def _judged_sample() -> list[dict]:
    kinds = {"u1": "conflict", "u2": "conflict"}
    entries = reading.sample(ARTICLES, kinds, set(), seed=1, per_kind=5, half="all")
    for e in entries:
        if e["direction"] != "neutral":
            e["direction_ok"] = True
        for item in e["matches"] + e["hedges"]:
            item["ok"] = True
    return entries


def test_a_set_drawn_again_keeps_the_verdicts_of_what_reads_the_same():
    judged = _judged_sample()
    fresh = reading.sample(
        ARTICLES, {"u1": "conflict", "u2": "conflict"}, set(), seed=1, per_kind=5, half="all"
    )
    assert all(e["direction_ok"] is None for e in fresh)  # a fresh draw is unjudged
    assert reading.carry_verdicts(fresh, [judged]) == (len(judged), 0, 0)
    assert fresh == judged


def test_a_sentence_that_reads_differently_takes_its_verdicts_item_by_item():
    # the current round judged "signed a ceasefire" in Minsk when the package read it with a
    # second hit it no longer gives, and an older round judged the same sentence's direction
    # wrong: the entry now reads differently, so nothing is copied whole; the hit judged
    # before keeps its verdict, the direction takes the newest verdict given to it (the
    # current round's), and a hedge no round judged is left to judge
    judged = _judged_sample()
    ceasefire = next(e for e in judged if e["article"] == "u2")
    current = [dict(e) for e in judged]
    i = current.index(ceasefire)
    current[i] = {
        **ceasefire,
        "matches": [
            *ceasefire["matches"],
            {"text": "Minsk", "category": "x", "direction": "y", "ok": False},
        ],
    }
    older = [{**ceasefire, "direction_ok": False}]
    fresh = reading.sample(
        ARTICLES, {"u1": "conflict", "u2": "conflict"}, set(), seed=1, per_kind=5, half="all"
    )
    again = next(e for e in fresh if e["article"] == "u2")
    again["hedges"].append({"text": "may", "category": "epistemic", "ok": None})
    copied, changed, still_open = reading.carry_verdicts(fresh, [current, older])
    assert (copied, changed, still_open) == (len(judged) - 1, 1, 1)
    assert again["direction_ok"] is True
    assert [m["ok"] for m in again["matches"]] == [True] * len(ceasefire["matches"])
    assert again["hedges"][-1]["ok"] is None


def _articles_and_kinds(data_folder: Path, kinds_folder: Path) -> tuple[Path, Path]:
    """ARTICLES as ``articles.jsonl`` in ``data_folder``, and ``kinds.yaml`` in ``kinds_folder``
    making both articles conflict news."""
    data = data_folder / "articles.jsonl"
    data.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES.values()), encoding="utf-8")
    kinds = kinds_folder / "kinds.yaml"
    kinds.write_text("conflict: [u1, u2]\n", encoding="utf-8")
    return data, kinds


def test_redraw_writes_the_set_again_and_refuses_a_missing_round(tmp_path, capsys):
    data, kinds = _articles_and_kinds(tmp_path, tmp_path)
    current = tmp_path / "verdicts.yaml"
    current.write_text(yaml.safe_dump(_judged_sample(), sort_keys=False), encoding="utf-8")
    out = tmp_path / "again.yaml"
    argv = ["redraw", str(current), str(data), "--kinds", str(kinds), "--seed", "1"]
    argv += ["--per-kind", "5", "--half", "all", "--out", str(out)]
    assert reading.main(argv) == 0
    assert yaml.safe_load(out.read_text(encoding="utf-8")) == _judged_sample()
    assert "0 to judge" in capsys.readouterr().out
    missing = tmp_path / "nowhere.yaml"
    assert reading.main(["redraw", str(missing), *argv[2:]]) == 2
    assert "nowhere.yaml" in capsys.readouterr().err
    # a file that is not a verdict file is named, not a traceback
    broken = tmp_path / "broken.yaml"
    broken.write_text("- article: [unclosed\n", encoding="utf-8")
    assert reading.main(["redraw", str(broken), *argv[2:]]) == 2
    assert "broken.yaml: not a YAML verdict file" in capsys.readouterr().err
    broken.write_text("article: u1\n", encoding="utf-8")
    assert reading.main(["score", str(broken), "--data", str(data)]) == 2
    assert "broken.yaml: a verdict file is a list of entries" in capsys.readouterr().err


def _one_set(tmp_path, entries: list[dict]) -> Path:
    """A readings.txt of one set: ARTICLES under DATA/, ``entries`` as its verdict file."""
    (tmp_path / "shared").mkdir(parents=True)
    _, kinds = _articles_and_kinds(tmp_path / "shared", tmp_path)
    (tmp_path / "verdicts.yaml").write_text(yaml.safe_dump(entries), encoding="utf-8")
    readings = tmp_path / "readings.txt"
    readings.write_text(
        "# a comment\n\n"
        f"verdicts.yaml DATA/articles.jsonl --kinds {kinds} --seed 1 --per-kind 5 --half all\n",
        encoding="utf-8",
    )
    return readings


def test_a_readings_line_says_where_a_set_is_and_how_it_was_drawn(tmp_path):
    readings = _one_set(tmp_path, _judged_sample())
    (r,) = reading.read_readings(readings, tmp_path / "shared")
    # the verdict file is named within the readings file's folder, DATA/ is the data root
    assert r.verdicts == tmp_path / "verdicts.yaml"
    assert r.data == tmp_path / "shared" / "articles.jsonl"
    assert (r.how.seed, r.how.per_kind, r.how.half, r.how.unread) == (1, 5, "all", [])
    # the older rounds beside it, newest first by number (10 before 9, not as text)
    for n in (1, 9, 10):
        (tmp_path / f"verdicts_round{n}.yaml").write_text("[]\n", encoding="utf-8")
    assert [p.name for p in r.earlier()] == [f"verdicts_round{n}.yaml" for n in (10, 9, 1)]
    # a line that does not say how its set was drawn is named, not a traceback
    readings.write_text("verdicts.yaml DATA/articles.jsonl --seed one\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"readings.txt, line 1: .*verdicts.yaml was drawn"):
        reading.read_readings(readings, tmp_path)
    # as is a line that names no data, and a file with no set is named
    readings.write_text("# a comment\nverdicts.yaml\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"readings.txt, line 2: a line is VERDICTS DATA"):
        reading.read_readings(readings, tmp_path)
    readings.write_text("# only a comment\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"readings.txt: no sets"):
        reading.read_readings(readings, tmp_path)


def test_stale_names_a_set_whose_verdict_file_the_package_no_longer_draws(tmp_path, capsys):
    # the file as the package draws it: nothing to do
    judged = _judged_sample()
    readings = _one_set(tmp_path, judged)
    argv = ["stale", str(readings), "--data-root", str(tmp_path / "shared"), "--jobs", "1"]
    assert reading.main(argv) == 0
    assert "every one of the 1 sets is as the package draws it now" in capsys.readouterr().out
    # a file that lacks one of the sentences the sample now holds (a change moved it in) and
    # reads another differently (its direction is not what the package says now)
    _left_out, second, *rest = judged
    second = {**second, "direction": "de-escalation"}
    assert reading.staleness([second, *rest], judged) == (1, 0, 1)
    _one_set(tmp_path / "again", [second, *rest])
    readings = tmp_path / "again" / "readings.txt"
    argv = ["stale", str(readings), "--data-root", str(tmp_path / "again" / "shared")]
    assert reading.main([*argv, "--jobs", "1"]) == 1
    out = capsys.readouterr().out
    assert re.search(r"verdicts\.yaml +3 +1 +0 +1\n", out)
    assert "1 of 1 sets to draw again" in out
    assert "reading redraw " + str(tmp_path / "again" / "verdicts.yaml") in out
    # a set that is not there is named
    assert reading.main([*argv, "--only", "nowhere.yaml"]) == 2
    assert "nowhere.yaml: no such set" in capsys.readouterr().err


def test_every_set_of_the_reading_check_names_files_that_are_there(monkeypatch):
    # the project's own readings.txt: each verdict file, kinds file and unread file it names
    # exists (the data under DATA/ is the shared folder, not in the repository); its paths are
    # from the repository's root
    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    sets = reading.read_readings(Path("bench/reading_check/readings.txt"), Path("DATA"))
    assert len(sets) == len({r.verdicts for r in sets}) > 50
    for r in sets:
        named = [r.verdicts, r.how.kinds, *r.how.unread, *r.earlier()]
        named += [] if str(r.data).startswith("DATA") else [r.data]
        assert all(p.is_file() for p in named), r.verdicts


def test_unread_leaves_out_every_sentence_an_earlier_verdict_file_holds(tmp_path, capsys):
    data, kinds = _articles_and_kinds(tmp_path, tmp_path)
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    argv = [str(data), "--kinds", str(kinds), "--seed", "1", "--half", "all"]
    # the first sample has room for one directed sentence: the first by rank of u1's two
    # (sentences 0 and 1) and u2's one (sentence 0)
    assert reading.main(["sample", *argv, "--per-kind", "1", "--out", str(first)]) == 0
    (read,) = [e for e in yaml.safe_load(first.read_text(encoding="utf-8"))]
    assert read["direction"] != "neutral"
    # the second, with room for every sentence, holds the other two and not the one read
    argv += ["--per-kind", "5", "--unread", str(first), "--out", str(second)]
    assert reading.main(["sample", *argv]) == 0
    text = second.read_text(encoding="utf-8")
    left = {(e["article"], e["sentence_id"]) for e in yaml.safe_load(text)}
    assert left == {("u1", 0), ("u1", 1), ("u2", 0)} - {(read["article"], read["sentence_id"])}
    assert "# Unread: none of the 1 sentences of first.yaml." in text


def test_todo_lists_only_what_is_left_to_judge(tmp_path, capsys):
    # a fully judged file leaves nothing; one hit's verdict taken back leaves exactly that
    # item, in the one entry that holds it, shown with "?"
    judged = _judged_sample()
    path = tmp_path / "verdicts.yaml"
    path.write_text(yaml.safe_dump(judged, sort_keys=False), encoding="utf-8")
    assert reading.main(["todo", str(path)]) == 0
    assert f"0 items to judge in 0 of {len(judged)} entries" in capsys.readouterr().out
    n, entry = next((n, e) for n, e in enumerate(judged) if e["matches"])
    entry["matches"][0]["ok"] = None
    path.write_text(yaml.safe_dump(judged, sort_keys=False), encoding="utf-8")
    assert reading.main(["todo", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"#{n} [conflict]" in out and entry["sentence"] in out
    assert f"{entry['matches'][0]['text']}/{entry['matches'][0]['category']}=?" in out
    assert f"1 items to judge in 1 of {len(judged)} entries" in out
    assert [reading.left_to_judge(e) for e in judged].count(1) == 1


def test_several_verdict_files_are_scored_together(tmp_path, capsys):
    # u1 and u2 are sampled, judged and written as two sets, each with its own data file:
    # scored together they give the sum of their counts, as one set holding both would
    judged = _judged_sample()
    paths = []
    for article in ("u1", "u2"):
        data = tmp_path / f"{article}.jsonl"
        data.write_text(json.dumps(ARTICLES[article]) + "\n", encoding="utf-8")
        verdicts = tmp_path / f"{article}.yaml"
        mine = [e for e in judged if e["article"] == article]
        verdicts.write_text(yaml.safe_dump(mine, sort_keys=False), encoding="utf-8")
        paths.append((verdicts, data))
    whole = reading.score(judged, ARTICLES)
    apart = [
        reading.score([e for e in judged if e["article"] == a], {a: ARTICLES[a]})
        for a in ("u1", "u2")
    ]
    assert reading.pooled(apart) == whole
    argv = ["score", *(str(v) for v, _ in paths), "--data", *(str(d) for _, d in paths)]
    assert reading.main(argv) == 0
    right, judged_n = whole["conflict"]["matches"]
    out = capsys.readouterr().out
    assert "95% interval" in out
    # every hit was judged right: the line shows n of n, a precision of 1.000 and an interval
    # that ends at 1 and starts below it (n of n right is no certainty)
    assert right == judged_n > 0
    assert re.search(rf"conflict\s+matches\s+{right}\s+{right}\s+1\.000\s+\[0\.\d\d, 1\.00\]", out)
    # three data files for two verdict files pair nothing: one clear sentence, exit 2
    assert reading.main([*argv, str(paths[0][1])]) == 2
    assert "2 verdict files and 3 data files" in capsys.readouterr().err


def _entry(sentence_id: int, direction: str, hits: list[bool | None]) -> dict:
    return {
        "article": "a1",
        "date": "",
        "kind": "conflict",
        "sentence_id": sentence_id,
        "sentence": f"Sentence {sentence_id}.",
        "direction": direction,
        "direction_ok": True,
        "matches": [
            {"text": f"w{n}", "category": "c", "direction": direction, "ok": ok}
            for n, ok in enumerate(hits)
        ],
        "hedges": [],
    }


def test_two_readers_agreement_is_counted_item_by_item(tmp_path, capsys):
    # six hits in two sentences; the first reader says right, right, wrong | right, wrong,
    # right (4 of 6), the second right, wrong, wrong | right, wrong, right (3 of 6): they agree
    # on 5 of 6 items (0.833). Chance agreement for kappa is (4/6)(3/6) + (2/6)(3/6) = 0.5, so
    # kappa = (5/6 - 1/2) / (1 - 1/2) = 2/3. Krippendorff's alpha pools the 12 values (7 right,
    # 5 wrong) and weighs the one disagreeing item's 2 ordered pairs against 2 * 7 * 5 = 70
    # expected: 1 - 11 * 2 / 70 = 0.686.
    first = [
        _entry(0, "escalation", [True, True, False]),
        _entry(1, "escalation", [True, False, True]),
    ]
    second = [
        _entry(0, "escalation", [True, False, False]),
        _entry(1, "escalation", [True, False, True]),
    ]
    found = reading.agreement([(first, second)])
    hits = found[("conflict", "matches")]
    assert hits["items"] == 6
    assert hits["agree"] == pytest.approx(5 / 6)
    assert hits["kappa"] == pytest.approx(2 / 3)
    assert hits["alpha"] == pytest.approx(1 - 22 / 70)
    assert (hits["first"], hits["second"]) == pytest.approx((4 / 6, 3 / 6))
    # both directions were judged right by both: full agreement on 2 items
    assert found[("all", "directions")]["items"] == 2
    assert found[("all", "directions")]["agree"] == 1.0
    # samples are pooled item by item: the same pair of files given twice counts twice, as two
    # samples holding the same sentence ids are two sets of items, not one
    twice = reading.agreement([(first, second), (first, second)])[("conflict", "matches")]
    assert twice["items"] == 12 and twice["kappa"] == pytest.approx(2 / 3)
    # an item one reader left unjudged is left out of both
    second[1]["matches"][2]["ok"] = None
    assert reading.agreement([(first, second)])[("conflict", "matches")]["items"] == 5
    # the command prints the same figures
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(yaml.safe_dump(first, sort_keys=False), encoding="utf-8")
    second[1]["matches"][2]["ok"] = True
    b.write_text(yaml.safe_dump(second, sort_keys=False), encoding="utf-8")
    assert reading.main(["agree", str(a), "--second", str(b)]) == 0
    assert re.search(
        r"conflict\s+matches\s+6\s+0\.833\s+0\.67\s+0\.69\s+0\.667\s+0\.500",
        capsys.readouterr().out,
    )
    # two files that judge different output are not two readings of one sample
    second[0]["direction"] = "de-escalation"
    b.write_text(yaml.safe_dump(second, sort_keys=False), encoding="utf-8")
    assert reading.main(["agree", str(a), "--second", str(b)]) == 2
    assert "a1, sentence 0: the two files judge different output" in capsys.readouterr().err
    # the second reader's files pair with the first's in order: one short is an error
    assert reading.main(["agree", str(a), str(a), "--second", str(b)]) == 2
    assert "2 verdict files and 1 --second files" in capsys.readouterr().err


def _judged(text: str, verdict: dict[str, bool], directions: bool = False) -> list[dict]:
    """The conflict sample of one article ``r1`` of ``text``, every hit judged by its text in
    ``verdict`` (and, with ``directions``, each sentence's direction as its first hit)."""
    entries = reading.sample(
        {"r1": {"id": "r1", "text": text}},
        {"r1": "conflict"},
        set(),
        seed=1,
        per_kind=5,
        half="all",
    )
    for e in entries:
        for item in e["matches"]:
            item["ok"] = verdict[item["text"]]
        if directions:
            e["direction_ok"] = verdict[e["matches"][0]["text"]]
    return entries


def test_directions_that_only_background_references_give_are_counted_apart():
    # "the 2014 protests" names a past event as a date (rule background): its sentence's
    # direction rests on that reference alone, judged wrong; the attack's sentence, whose hit
    # no rule shaped, is judged right and stays out of that row
    article = {
        "id": "r1",
        "text": "The last election in Hong Kong was held before the 2014 protests. "
        "Troops attacked a village near the border with Syria.",
    }
    entries = _judged(article["text"], {"protests": False, "attacked": True}, directions=True)
    assert reading.rule_scores(entries, {"r1": article}) == {
        "conflict": {"background": (0, 1), reading.BACKGROUND_DIRECTIONS: (0, 1), "none": (1, 1)}
    }


def test_hits_are_counted_by_the_rule_that_shaped_them(tmp_path, capsys):
    # "sanctions" after "called for" is a demand the rule frames made; "attacked" (troops,
    # Syria) is a hit as the lexicon found it. Judged: the demand wrong, the attack right, so
    # by rule frames 0 of 1 and none 1 of 1, while score pools them, 1 of 2
    article = {
        "id": "r1",
        "text": "The EU called for sanctions against Russian generals. "
        "Troops attacked a village near the border with Syria.",
    }
    entries = _judged(article["text"], {"sanctions": False, "attacked": True})
    assert reading.rule_scores(entries, {"r1": article}) == {
        "conflict": {"frames": (0, 1), "none": (1, 1)}
    }
    assert reading.score(entries, {"r1": article})["conflict"]["matches"] == (1, 2)
    data, verdicts = tmp_path / "r1.jsonl", tmp_path / "r1.yaml"
    data.write_text(json.dumps(article) + "\n", encoding="utf-8")
    verdicts.write_text(yaml.safe_dump(entries, sort_keys=False), encoding="utf-8")
    assert reading.main(["score", str(verdicts), "--data", str(data), "--by-rule"]) == 0
    lines = capsys.readouterr().out.split("\n")
    assert any(line.split() == ["conflict", "frames", "0", "1", "0.000"] for line in lines)
