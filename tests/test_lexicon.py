"""Tests for analysis.lexicon: loading, validation (file + line in every message), resolving."""

from __future__ import annotations

import hashlib
import pickle
import re
from pathlib import Path

import pytest
import yaml

import analysis
from analysis.errors import LexiconError
from analysis.lexicon import (
    LEXICON_DIR,
    Lexicon,
    available_lexicons,
    load_lexicon,
    parse_lexicon,
    resolve_lexicons,
    split_pattern,
)

FIXTURES = Path(__file__).parent / "fixtures" / "lexicons"
CONFLICT = FIXTURES / "conflict.yaml"
HEDGES = FIXTURES / "hedges.yaml"

HEADER = """\
name: test
version: "1.0"
description: A test lexicon.
source: The tests.
"""  # four lines, so "categories:" written after it is on line 5


def write(tmp_path: Path, text: str, name: str = "bad.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- loading a valid file ---------------------------------------------------------------------


def test_user_yaml_path_loads_with_metadata_categories_and_patterns() -> None:
    lex = load_lexicon(CONFLICT)
    assert (lex.name, lex.version) == ("conflict", "0.1.0")
    assert lex.source.startswith("Written for the tests")
    assert lex.rules is None
    assert list(lex.categories) == ["attack", "violation", "halt", "agreement", "mention"]
    attack = lex.categories["attack"]
    assert (attack.direction, attack.weight, attack.description) == (
        "escalation",
        8.0,
        "Armed attacks.",
    )
    kinds = {p.pattern: p.kind for p in attack.patterns}
    assert kinds == {
        "strikes": "word",
        "drone and missile strikes": "phrase",
        "retaliat*": "glob",
        "war": "word",
        "shell?d": "glob",
    }
    # every pattern carries its category, lexicon and direction
    assert {(p.category, p.lexicon, p.direction) for p in attack.patterns} == {
        ("attack", "conflict", "escalation")
    }
    assert lex.categories["mention"].direction is None


def test_weights_default_to_category_then_one_and_can_be_overridden() -> None:
    lex = load_lexicon(CONFLICT)
    weights = {p.pattern: p.weight for p in lex.patterns}
    assert weights["war"] == 8.0  # category weight
    assert weights["shell?d"] == 9.0  # per-pattern override
    assert weights["peace talks"] == 9.0
    assert weights["talks"] == 2.0
    assert weights["truce"] == 1.0  # category 'mention' has no weight: default 1.0


def test_a_pattern_list_gives_each_form_the_entry_settings(tmp_path: Path) -> None:
    # the forms of one word as one entry: each is a pattern of its own, with the entry's
    # weight and context, in the order written
    path = write(
        tmp_path,
        CAT + "  a:\n    weight: 3\n    patterns:\n"
        "      - {pattern: [visit, visits, visited], weight: 2, needs: [b]}\n"
        "      - talks\n"
        "  b: [embassy]\n",
        "forms.yaml",
    )
    lex = load_lexicon(path)
    got = [(p.pattern, p.weight, p.needs) for p in lex.categories["a"].patterns]
    assert got == [
        ("visit", 2.0, ("b",)),
        ("visits", 2.0, ("b",)),
        ("visited", 2.0, ("b",)),
        ("talks", 3.0, ()),
    ]


def test_negated_only_is_an_entry_setting_off_by_default(tmp_path: Path) -> None:
    # the flag belongs to the entry that sets it (plain or verb-object), not its category
    path = write(
        tmp_path,
        CAT + "  a:\n    patterns:\n"
        "      - {pattern: [allow, allows], negated_only: true}\n"
        "      - {verbs: [accept], objects: [offer], negated_only: true}\n"
        "      - talks\n",
        "negated.yaml",
    )
    got = [(p.pattern, p.negated_only) for p in load_lexicon(path).categories["a"].patterns]
    assert got == [("allow", True), ("allows", True), ("accept ... offer", True), ("talks", False)]


def test_verb_object_entry_is_parsed_with_display_form_window_and_order() -> None:
    lex = load_lexicon(CONFLICT)
    (vo,) = [p for p in lex.categories["agreement"].patterns if p.kind == "verb_object"]
    assert vo.pattern == "sign*|declare*|agree* to ... ceasefire|truce"
    assert vo.verbs == ("sign*", "declare*", "agree* to")
    assert vo.objects == ("ceasefire", "truce")
    assert (vo.window, vo.order, vo.weight) == (4, "any", 9.0)
    (halt,) = lex.categories["halt"].patterns
    assert (halt.window, halt.order) == (2, "verb-first")  # order defaults to verb-first


def test_shorthand_list_category_and_rules_are_accepted() -> None:
    lex = load_lexicon(str(HEDGES))  # a str path works as well as a Path
    assert lex.rules == "hedging"
    assert [p.pattern for p in lex.categories["epistemic"].patterns] == [
        "may",
        "could",
        "likely",
        "expected to",
        "can't rule out",
    ]
    assert lex.categories["epistemic"].weight == 1.0


def test_sha256_is_the_hash_of_the_file_bytes_and_path_is_recorded() -> None:
    lex = load_lexicon(CONFLICT)
    assert lex.sha256 == hashlib.sha256(CONFLICT.read_bytes()).hexdigest()
    assert lex.path == str(CONFLICT.resolve())


def test_changed_file_is_reloaded(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "categories:\n  a: [one]\n", "mine.yaml")
    first = load_lexicon(path)
    path.write_text(HEADER + "categories:\n  a: [one, two]\n", encoding="utf-8")
    second = load_lexicon(path)
    assert [p.pattern for p in second.patterns] == ["one", "two"]
    assert first.sha256 != second.sha256


def test_passing_a_lexicon_returns_it_unchanged() -> None:
    lex = load_lexicon(CONFLICT)
    assert load_lexicon(lex) is lex


def test_parse_lexicon_from_text_hashes_its_utf8_bytes() -> None:
    text = HEADER + "categories:\n  a: [naïve]\n"
    lex = parse_lexicon(text)
    assert lex.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert lex.path is None


def test_curly_apostrophe_and_case_are_normalised_in_split_pattern() -> None:
    assert split_pattern("Can’t  RULE out") == ("can't", "rule", "out")


# -- shipped lexicons -------------------------------------------------------------------------


def test_available_lexicons_lists_the_shipped_yaml_files_sorted() -> None:
    expected = sorted(p.stem for p in LEXICON_DIR.glob("*.yaml"))
    assert available_lexicons() == expected


@pytest.mark.parametrize("name", available_lexicons())
def test_each_shipped_lexicon_loads_by_name(name: str) -> None:
    lex = load_lexicon(name)
    assert lex.name == name
    assert lex.patterns  # validated, non-empty


@pytest.mark.parametrize(
    "path",
    sorted(LEXICON_DIR.glob("*.yaml")) + sorted((LEXICON_DIR.parent / "gazetteers").glob("*.yaml")),
    ids=lambda p: p.name,
)
def test_shipped_yaml_reads_the_same_without_libyaml(path: Path) -> None:
    # PyYAML's C loader is optional (it needs libyaml at build time); the pure-Python one is
    # stricter: an unquoted '?' inside [...] or {...} ("normali?ation") is a syntax error there.
    # Every shipped file must read, and read the same, with both.
    text = path.read_text(encoding="utf-8")
    pure = yaml.load(text, Loader=yaml.SafeLoader)
    fast = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert pure == fast


def test_unknown_name_lists_the_available_ones() -> None:
    with pytest.raises(LexiconError) as err:
        load_lexicon("no_such_lexicon")
    msg = str(err.value)
    assert "unknown lexicon 'no_such_lexicon'" in msg
    for name in available_lexicons():
        assert name in msg


def test_missing_file_is_reported(tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    with pytest.raises(LexiconError, match=r"lexicon file '.*missing\.yaml' does not exist"):
        load_lexicon(missing)


# -- resolve_lexicons -------------------------------------------------------------------------


def test_resolve_none_gives_all_shipped_lexicons() -> None:
    assert [lx.name for lx in resolve_lexicons(None)] == available_lexicons()


def test_resolve_accepts_a_path_a_lexicon_and_lists_of_them() -> None:
    hedges = load_lexicon(HEDGES)
    assert [lx.name for lx in resolve_lexicons(str(CONFLICT))] == ["conflict"]
    assert resolve_lexicons(hedges) == (hedges,)
    both = resolve_lexicons([CONFLICT, hedges])
    assert [lx.name for lx in both] == ["conflict", "hedges"]  # order as given


def test_resolve_rejects_two_lexicons_with_the_same_name(tmp_path: Path) -> None:
    copy = write(tmp_path, CONFLICT.read_text(encoding="utf-8"), "copy.yaml")
    with pytest.raises(LexiconError, match="two lexicons are named 'conflict'"):
        resolve_lexicons([CONFLICT, copy])


def test_resolve_rejects_other_types() -> None:
    with pytest.raises(LexiconError, match="not int"):
        resolve_lexicons(3)


# -- malformed files: each message names the file and the line --------------------------------

CAT = HEADER + "categories:\n"  # category entries start on line 6

MALFORMED = [
    # (id, yaml text, line, fragment of the message)
    ("yaml-syntax", CAT + "  a: b: c\n", 6, "invalid YAML (mapping values are not allowed"),
    ("empty-file", "", 1, "the file is empty"),
    ("not-a-mapping", "- one\n- two\n", 1, "the lexicon must be a mapping"),
    (
        "missing-key",
        'name: test\nversion: "1"\ndescription: d\ncategories:\n  a: [x]\n',
        1,
        "the required key 'source' is missing",
    ),
    ("unknown-top-key", HEADER + "catgories:\n  a: [x]\n", 5, "did you mean 'categories'"),
    ("duplicate-key", HEADER + "name: other\ncategories:\n  a: [x]\n", 5, "the key 'name' twice"),
    (
        "bad-name",
        HEADER.replace("name: test", "name: My Lexicon") + "categories:\n  a: [x]\n",
        1,
        "name 'My Lexicon' must use only",
    ),
    ("empty-categories", HEADER + "categories: {}\n", 5, "'categories' is empty"),
    (
        "unknown-category-key",
        CAT + "  a:\n    weigth: 2\n    patterns: [x]\n",
        7,
        "unknown key 'weigth' in category 'a' (did you mean 'weight'?)",
    ),
    ("empty-category", CAT + "  a:\n  b: [x]\n", 6, "category 'a' is empty"),
    ("no-patterns-key", CAT + "  a:\n    weight: 2\n", 6, "category 'a' has no 'patterns' list"),
    (
        "empty-pattern-list",
        CAT + "  threat:\n    patterns: []\n",
        7,
        "category 'threat' has an empty pattern list",
    ),
    (
        "number-pattern",
        CAT + "  a:\n    patterns:\n      - war\n      - 42\n",
        9,
        "must be a string, not a number ('42'); quote it",
    ),
    (
        "null-pattern",
        CAT + "  a:\n    patterns:\n      - war\n      -\n",
        9,
        "must be a string, not empty (null)",
    ),
    ("bool-pattern", CAT + "  a: [war, no]\n", 6, "not a boolean ('no')"),
    (
        "bool-object",
        CAT + "  a:\n    patterns:\n      - {verbs: [take], objects: [action, no]}\n",
        8,
        "an object in category 'a' must be a string, not a boolean ('no'); quote it",
    ),
    ("lone-star", CAT + "  a:\n    patterns:\n      - '*'\n", 8, "starts with '*'"),
    (
        "leading-double-star",
        CAT + "  a:\n    patterns:\n      - '**war'\n",
        8,
        "pattern '**war' in category 'a' is not a valid pattern (",
    ),
    (
        "empty-string",
        CAT + "  a:\n    patterns:\n      - ''\n",
        8,
        "pattern '' in category 'a' is not a valid pattern (it is empty)",
    ),
    ("period", CAT + "  a:\n    patterns:\n      - u.s.\n", 8, "'.' is not allowed"),
    ("dangling-hyphen", CAT + "  a:\n    patterns:\n      - anti-\n", 8, "hyphen or apostrophe"),
    (
        "weight-not-number",
        CAT + "  a:\n    weight: high\n    patterns: [x]\n",
        7,
        "the weight of category 'a' must be a number",
    ),
    (
        "weight-too-big",
        CAT + "  a:\n    patterns:\n      - {pattern: war, weight: 11}\n",
        8,
        "is 11, outside 0..10",
    ),
    ("weight-negative", CAT + "  a:\n    weight: -1\n    patterns: [x]\n", 7, "outside 0..10"),
    (
        "negated-only-not-boolean",
        CAT + "  a:\n    patterns:\n      - {pattern: allow, negated_only: often}\n",
        8,
        "'negated_only' of pattern 'allow' must be true or false",
    ),
    (
        "bad-direction",
        CAT + "  a:\n    direction: up\n    patterns: [x]\n",
        7,
        "has direction 'up'",
    ),
    (
        "duplicate-across-categories",
        CAT + "  a: [war, peace]\n  b:\n    patterns:\n      - War\n",
        9,
        "'War' appears in category 'a' and category 'b' (first at line 6)",
    ),
    (
        "duplicate-within-category",
        CAT + "  a:\n    patterns:\n      - peace talks\n      - peace  talks\n",
        9,
        "appears twice in category 'a' (first at line 8)",
    ),
    (
        "vo-missing-objects",
        CAT + "  a:\n    patterns:\n      - {verbs: [sign*]}\n",
        8,
        "has no 'objects' list",
    ),
    (
        "vo-window-zero",
        CAT + "  a:\n    patterns:\n      - {verbs: [sign*], objects: [truce], window: 0}\n",
        8,
        "is 0, outside 1..16",
    ),
    (
        "vo-bad-order",
        CAT + "  a:\n    patterns:\n      - {verbs: [sign*], objects: [truce], order: backwards}\n",
        8,
        "use 'verb-first' or 'any'",
    ),
    (
        "vo-bad-verb",
        CAT + "  a:\n    patterns:\n      - verbs: [sign*, '*ed']\n        objects: [truce]\n",
        8,
        "verb '*ed' in category 'a' is not a valid pattern",
    ),
    (
        "pattern-mapping-unknown-key",
        CAT + "  a:\n    patterns:\n      - {pattern: war, wieght: 2}\n",
        8,
        "unknown key 'wieght'",
    ),
    (
        "pattern-forms-empty",
        CAT + "  a:\n    patterns:\n      - {pattern: [], weight: 2}\n",
        8,
        "has an empty 'pattern' list",
    ),
    (
        "pattern-forms-twice",
        CAT + "  a:\n    patterns:\n      - war\n      - {pattern: [wars, war], weight: 2}\n",
        9,
        "pattern 'war' appears twice in category 'a' (first at line 8)",
    ),
]


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [case[1:] for case in MALFORMED],
    ids=[case[0] for case in MALFORMED],
)
def test_malformed_file_names_file_and_line(
    tmp_path: Path, text: str, line: int, fragment: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(LexiconError) as err:
        load_lexicon(path)
    msg = str(err.value)
    assert msg.startswith(f"lexicon file '{path}', line {line}: "), msg
    assert fragment in msg
    assert msg.endswith(".")
    assert "\n" not in msg


def test_non_utf8_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes((HEADER + "categories:\n  a: [caf\xe9]\n").encode("latin-1"))
    with pytest.raises(LexiconError, match=r"line 6: the file is not UTF-8 text"):
        load_lexicon(path)


def test_shipped_file_whose_name_differs_is_rejected(tmp_path: Path, monkeypatch) -> None:
    import analysis.lexicon as lexicon_module

    write(tmp_path, HEADER + "categories:\n  a: [x]\n", "other.yaml")
    monkeypatch.setattr(lexicon_module, "LEXICON_DIR", tmp_path)
    assert available_lexicons() == ["other"]
    with pytest.raises(LexiconError, match=re.escape("name 'test' differs from the file name")):
        load_lexicon("other")


def test_lexicon_pickles_for_worker_processes() -> None:
    lex = load_lexicon(CONFLICT)
    copy = pickle.loads(pickle.dumps(lex))
    assert copy == lex and copy.sha256 == lex.sha256
    with pytest.raises(TypeError):
        copy.categories.pop("attack")  # type: ignore[attr-defined]


def test_lexicon_is_frozen() -> None:
    lex = load_lexicon(CONFLICT)
    assert isinstance(lex, Lexicon)
    with pytest.raises(AttributeError):
        lex.name = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        lex.categories["new"] = lex.categories["attack"]  # type: ignore[index]


def test_unknown_rules_name_is_a_clear_error_when_analysing(tmp_path):
    # "hedgign" is a typo of a rule set; silently skipping it would drop every context rule.
    import analysis

    path = tmp_path / "typo.yaml"
    path.write_text(
        'name: typo\nversion: "1"\ndescription: d\nsource: s\nrules: hedgign\n'
        "categories:\n  epistemic:\n    patterns: [may]\n",
        encoding="utf-8",
    )
    with pytest.raises(analysis.LexiconError, match="unknown rules 'hedgign'"):
        analysis.analyze("Talks may resume.", lexicons=[path])


# -- lexicons built in memory --------------------------------------------------------------


def _mapping(**categories):
    return {
        "name": "energy",
        "version": "0.1",
        "description": "Mentions of the energy system.",
        "source": "Written for the tests.",
        "categories": categories,
    }


def test_from_mapping_builds_the_same_lexicon_as_yaml(tmp_path):
    cats = {"grid": {"patterns": ["power infrastructure", "electricity"]}, "season": ("winter",)}
    mem = Lexicon.from_mapping(_mapping(**cats))
    path = tmp_path / "energy.yaml"
    path.write_text(yaml.safe_dump(_mapping(**{**cats, "season": ["winter"]})), encoding="utf-8")
    disk = load_lexicon(path)
    assert [(p.pattern, p.kind, p.category) for p in mem.patterns] == [
        (p.pattern, p.kind, p.category) for p in disk.patterns
    ]
    assert len(mem.sha256) == 64  # recorded in reports like a file's hash
    assert Lexicon.from_mapping(_mapping(**cats)).sha256 == mem.sha256  # deterministic
    assert Lexicon.from_mapping(_mapping(grid=["electricity"])).sha256 != mem.sha256
    # usable wherever a lexicon is: "electricity" and "winter" are one hit each
    terms = analysis.analyze("The electricity failed in winter.", lexicons=[mem]).terms
    assert terms["term"].tolist() == ["electricity", "winter"]


@pytest.mark.parametrize(
    ("categories", "message"),
    [
        ({"grid": {"patterns": ["power", 5]}}, "at categories > grid > patterns[1]: a pattern"),
        ({"grid": {"weight": "2", "patterns": ["x"]}}, "at categories > grid > weight: the weight"),
        ({"grid": ["*x"]}, "at categories > grid[0]: pattern '*x' in category 'grid' is not"),
        (
            {"grid": ["war"], "more": ["War"]},
            "at categories > more[0]: pattern 'War' appears in category 'grid' and category "
            "'more' (first at categories > grid[0])",
        ),
        ({"grid": {"patterns": {1, 2}}}, "holds a value that is not plain data"),
    ],
)
def test_from_mapping_validates_like_a_file_and_says_where(categories, message):
    with pytest.raises(LexiconError, match=re.escape(message)):
        Lexicon.from_mapping(_mapping(**categories))


def test_from_mapping_needs_a_mapping_with_every_required_key():
    with pytest.raises(LexiconError, match="must be a mapping, not list"):
        Lexicon.from_mapping(["war"])  # type: ignore[arg-type]
    incomplete = _mapping(grid=["war"])
    del incomplete["source"]
    with pytest.raises(LexiconError, match="at the top level: the required key 'source'"):
        Lexicon.from_mapping(incomplete)
