"""The bad-input matrix: every case through the library *and* the command line.

For what cannot be analysed, the contract is: the library raises the package's own error
(``ArticleError``, ``LexiconError``, ``ParameterError``) with one sentence naming the file and
what to do; the CLI prints that sentence, exits 2, shows no traceback, and leaves no partial
output behind. What can be analysed (odd encodings, punctuation, numbers, other languages,
huge lines and files) is analysed, in time linear in its size.

Deeper checks of single layers live beside them (``test_text.py``: decoding;
``test_lexicon.py``: every YAML error; ``test_report.py``: reports); this file checks that
each case comes out right at both ends.
"""

from __future__ import annotations

import base64
import json
import os
import random
import re
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis import annotate, files, report
from analysis.cli import main
from analysis.errors import ArticleError, LexiconError, ParameterError
from analysis.text import MAX_SENTENCE_CHARS

from .conftest import ROOT, SEED

# --------------------------------------------------------------------------- helpers


def cli(capsys, *argv) -> tuple[int, str, str]:
    """Run ``analysis.cli.main`` in-process; return (exit code, stdout, stderr)."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def assert_user_error(code: int, err: str, *fragments: str) -> None:
    """Exit 2 and one ``error: ...`` sentence on stderr holding every fragment."""
    assert code == 2, err
    lines = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(lines) == 1, err
    assert lines[0].endswith((".", ")")), lines[0]
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


def one_sentence(message: str, *fragments: str) -> None:
    assert "\n" not in message and message.endswith("."), message
    for fragment in fragments:
        assert fragment in message, (fragment, message)


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


# --------------------------------------------------------------------------- articles we refuse


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _random_bytes(*, nul: bool) -> bytes:
    rng = random.Random(7)
    low = 0 if nul else 1
    return bytes(rng.randrange(low, 256) for _ in range(4096))


UNREADABLE = {
    "missing": (lambda d: d / "missing.txt", "does not exist"),
    "directory": (lambda d: _dir(d / "folder"), "is a directory"),
    "empty": (lambda d: _write(d / "empty.txt", b""), "is empty"),
    "whitespace": (lambda d: _write(d / "blank.txt", b" \r\n\t\n\xc2\xa0\n"), "whitespace only"),
    "nul-bytes": (lambda d: _write(d / "nul.txt", b"Talks\x00resumed\x00"), "binary"),
    "random-bytes": (lambda d: _write(d / "random.txt", _random_bytes(nul=True)), "binary"),
    "random-no-nul": (lambda d: _write(d / "noise.txt", _random_bytes(nul=False)), "binary"),
    "utf16-bad": (lambda d: _write(d / "bad16.txt", b"\xff\xfeT\x00\x00\xd8"), "UTF-8"),
}


def _dir(path: Path) -> Path:
    path.mkdir()
    (path / "article.txt").write_text("Talks resumed.", encoding="utf-8")
    return path


@pytest.mark.parametrize("case", list(UNREADABLE))
def test_unreadable_article_library(tmp_path, case):
    make, fragment = UNREADABLE[case]
    path = make(tmp_path)
    with pytest.raises(ArticleError) as info:
        analysis.load_article(path)
    one_sentence(str(info.value), str(path), fragment)


@pytest.mark.parametrize("case", list(UNREADABLE))
def test_unreadable_article_cli(tmp_path, capsys, case):
    make, fragment = UNREADABLE[case]
    path = make(tmp_path)
    code, out, err = cli(capsys, "analyze", path)
    assert_user_error(code, err, str(path), fragment)
    assert out == ""
    # The same article in a report batch: recorded as failed, exit 2, no report folder at all.
    out_dir = tmp_path / "reports"
    code, _, err = cli(capsys, "report", path, "--out", out_dir)
    assert code == 2 and f"FAILED  {path}" in err and fragment in err
    assert files_under(out_dir) == ["batch.json", "errors.csv"]  # no report folder at all
    batch = json.loads((out_dir / "batch.json").read_text(encoding="utf-8"))["articles"]
    assert [(a["status"], a["user_error"]) for a in batch] == [("failed", True)]


# --------------------------------------------------------------------------- articles we read

ENGLISH = "The talks may resume in Geneva, and the envoys said that the truce was holding.\n"
CP1252 = b"Kyiv\x92s envoys may sign the ceasefire \x96 the caf\xe9 talks in the city were on."
FRENCH = (
    "Les négociations de paix pourraient reprendre à Genève, selon les responsables. "
    "Les frappes ont continué pendant la nuit et les deux camps ont rejeté le cessez-le-feu.\n"
    "Die Gespräche wurden nach den Angriffen unterbrochen, sagte ein Sprecher.\n"
)

READABLE_LANGUAGE = {
    "cp1252": "en",
    "utf16-le-bom": "en",
    "utf16-be-bom": "en",
    "punctuation": "und",
    "numbers": "und",
    "non-english": "fr",
}

READABLE = {
    # invalid UTF-8, valid cp1252: read, and the encoding is recorded (and noted by the CLI)
    "cp1252": (CP1252, "cp1252", "Kyiv’s envoys may sign the ceasefire – the café"),
    "utf16-le-bom": (ENGLISH.encode("utf-16"), "utf-16", "The talks may"),  # LE, with BOM
    "utf16-be-bom": (b"\xfe\xff" + ENGLISH.encode("utf-16-be"), "utf-16", "The talks may"),
    "punctuation": (b"!!! ... ??? ,,, ;; -- () \xe2\x80\x94 \xe2\x80\xa6 !?\n.\n", "utf-8", "!!!"),
    "numbers": (b"1 2 3 4.5 1,000 2023\n42 -7 3.14159 1e9 0x1F\n", "utf-8", "1 2 3"),
    "non-english": (FRENCH.encode("utf-8"), "utf-8", "Les négociations"),
}


@pytest.mark.parametrize("case", list(READABLE))
def test_readable_odd_article_library(tmp_path, case):
    data, encoding, start = READABLE[case]
    path = _write(tmp_path / f"{case}.txt", data)
    art = analysis.load_article(path)
    assert art.encoding == encoding
    assert art.text.startswith(start)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res = analysis.analyze(art)
    named = [w for w in caught if issubclass(w.category, analysis.NonEnglishWarning)]
    assert len(named) == (case == "non-english")  # only a confident non-English call warns
    summary = res.summary
    assert summary["encoding"] == encoding
    assert summary["n_sentences"] == len(res.sentences) >= 1
    json.dumps(summary, allow_nan=False)  # plain JSON: no NaN from 0 tokens or 0 matches
    # The language is identified (analysis.language): English sentences are "en"; text with no
    # words is undetermined ("und", confidence under 0.5); French (with a German line) "fr".
    assert summary["language"] == READABLE_LANGUAGE[case]
    assert 0.0 <= summary["language_confidence"] <= 1.0
    if case == "punctuation":
        assert summary["n_tokens"] == 0 and summary["hedge_density"] == 0.0


@pytest.mark.parametrize("case", list(READABLE))
def test_readable_odd_article_cli(tmp_path, capsys, case):
    data, encoding, _ = READABLE[case]
    path = _write(tmp_path / f"{case}.txt", data)
    code, out, err = cli(capsys, "analyze", path)
    assert code == 0, err
    summary = json.loads(out)
    assert summary["encoding"] == encoding
    if encoding == "cp1252":
        assert f"note: '{path}' is not UTF-8; it was read as cp1252" in err
    if case == "non-english":
        assert f"note: '{path}' looks like French (fr, confidence 1.00), not English" in err
    else:
        assert "not English" not in err
    if case == "utf16-le-bom":
        assert err == ""
    code, out, _ = cli(capsys, "analyze", path, "--format", "csv")
    assert code == 0 and out.startswith("doc_id,sentence_id,")


# --------------------------------------------------------------------------- size

# Words without a single sentence mark: the worst case for anything done per sentence.
_RUN_ON = (
    "officials said the strikes may not continue but talks could resume about the ceasefire "
    "reportedly good and not bad "
)


def test_one_megabyte_line_without_newline(tmp_path, capsys):
    # Before MAX_SENTENCE_CHARS this was one 1 MB "sentence": VADER is quadratic in a
    # sentence's length (0.1 MB took 10 s, 0.46 MB 150 s, 1 MB would take ~12 min), and
    # annotate.highlight was quadratic in the cues of a paragraph (0.23 MB: 14 s).
    small, big = _RUN_ON * 950, _RUN_ON * 9500  # ~0.1 MB and ~1 MB, no "\n", no "."
    assert "\n" not in big and len(big) > 2**20
    path = tmp_path / "one-line.txt"
    path.write_text(big, encoding="utf-8")

    # Library: the line is cut into sentences at spaces, losing nothing.
    sents = analysis.load_article(path).sentences
    assert len(sents) > len(big) / MAX_SENTENCE_CHARS
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sents)
    assert "".join(s.text + " " for s in sents) == big
    t0 = time.perf_counter()
    res_small = analysis.analyze(small)
    t_small = time.perf_counter() - t0

    # CLI: the whole 1 MB analysed in about 10x the time of 0.1 MB (quadratic: 100x).
    t0 = time.perf_counter()
    code, out, err = cli(capsys, "analyze", path)
    t_big = time.perf_counter() - t0
    assert code == 0, err
    summary = json.loads(out)
    assert summary["n_sentences"] == len(sents)
    assert summary["hedge_cues"] / 9500 == pytest.approx(
        res_small.summary["hedge_cues"] / 950, rel=0.01
    )
    assert t_big < 30 * max(t_small, 0.05), (t_big, t_small)

    # The annotated article of a 1 MB paragraph with a cue every 20 characters: linear.
    cues = pd.DataFrame(
        {
            "start": range(0, len(big) - 20, 20),
            "end": range(9, len(big) - 11, 20),
            "lexicon": "escalation",
            "category": "attack",
            "weight": 1.0,
            "negated": False,
            "direction": "escalation",
        }
    )
    para = analysis.load_article(path).paragraphs
    t0 = time.perf_counter()
    page = annotate.annotate_article(big, para, cues)
    assert time.perf_counter() - t0 < 15  # quadratic: 50,000 cues x 100,000 pieces
    assert page.count('<span class="cn-esc" title="escalation: attack') == len(cues)


def _fifty_mb_article(path: Path, megabytes: int) -> int:
    """An article of ``megabytes`` MB: a news paragraph, then a ~99 KB line of base64 (an
    embedded image, as scraped pages carry), repeated. Returns the number of blocks.

    Most bytes are the data lines, so everything that scans bytes (decoding, hashing,
    newline normalisation, paragraph and sentence splitting, the long-sentence cut, the
    matcher, token counts, the frames) meets 50 MB, while the part that costs per *word*
    (VADER and TextBlob, ~5 µs per byte of prose) meets ~0.5 MB of prose: 50 MB of prose would
    take four minutes, too long for the suite; its per-word cost is linear (test above).
    """
    blob = base64.b64encode(random.Random(0).randbytes(74_000)).decode("ascii")
    block = (
        "Officials said the strikes continued overnight. Talks may resume in Geneva, envoys "
        "said, after the ceasefire collapsed.\n" + blob + "\n"
    )
    n = round(megabytes * 2**20 / len(block))
    with path.open("w", encoding="utf-8") as fh:
        for _ in range(n):
            fh.write(block)
    return n


@pytest.mark.slow
def test_fifty_megabyte_article_linear_time_bounded_memory(tmp_path):
    small, big = tmp_path / "five.txt", tmp_path / "fifty.txt"
    n_small, n_big = _fifty_mb_article(small, 5), _fifty_mb_article(big, 50)
    assert big.stat().st_size >= 50 * 2**20

    # Library, 5 MB.
    t0 = time.perf_counter()
    res = analysis.analyze(analysis.load_article(small))
    t_small = time.perf_counter() - t0
    per_block, rest = divmod(res.summary["n_sentences"], n_small)
    assert rest == 0 and len(res.matches) % n_small == 0

    # CLI, 50 MB, in its own process so that its peak memory can be measured.
    with (tmp_path / "out.json").open("wb") as out, (tmp_path / "err.txt").open("wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "analysis", "analyze", str(big)],
            stdout=out,
            stderr=err,
            cwd=ROOT,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        t_big = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = (tmp_path / "err.txt").read_text(encoding="utf-8")
    assert proc.returncode == 0 and "Traceback" not in stderr, stderr
    summary = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert summary["n_sentences"] == per_block * n_big
    assert summary["hedge_cues"] == res.summary["hedge_cues"] // n_small * n_big
    # Linear: 10x the input in ~10x the time (plus the interpreter's start); quadratic: 100x.
    assert t_big < 25 * t_small + 10, (t_big, t_small)
    # Bounded: the frames hold every sentence, so memory grows with the input, but by a small
    # factor (measured: ~460 MB at 50 MB); not the many GB of a per-character structure.
    peak_mb = usage.ru_maxrss / 1024  # Linux reports KiB
    assert peak_mb < 1200, peak_mb


# --------------------------------------------------------------------------- lexicons

LEXICON_HEADER = 'name: mine\nversion: "1"\ndescription: A test.\nsource: The tests.\n'
CATEGORIES = LEXICON_HEADER + "categories:\n"  # the next line is line 6
#: case -> (YAML, the line the message must name (a regex), what it must say)
BAD_LEXICONS = {
    "syntax-error": (CATEGORIES + "  attack: strike: shell\n", "6", "invalid YAML"),
    # PyYAML notices an unclosed bracket where the file ends (line 7); naming the line that
    # opened it (6) would be kinder, and either is accepted here.
    "unclosed-bracket": (CATEGORIES + "  attack: [strike, shell\n", "[67]", "invalid YAML"),
    "unknown-key": (
        LEXICON_HEADER + "colour: red\ncategories:\n  attack: [strike]\n",
        "5",
        "unknown key 'colour'",
    ),
    "unknown-category-key": (
        CATEGORIES + "  attack:\n    weigth: 2\n    patterns: [strike]\n",
        "7",
        "did you mean 'weight'",
    ),
    "empty-category": (CATEGORIES + "  attack: []\n", "6", "empty pattern list"),
    "empty-category-null": (CATEGORIES + "  attack:\n", "6", "'attack' is empty"),
    "no-categories": (LEXICON_HEADER + "categories: {}\n", "5", "'categories' is empty"),
    "bad-glob": (CATEGORIES + "  attack: ['*strike']\n", "6", "'*strike'"),
    "bad-glob-double": (CATEGORIES + "  attack: ['strike**']\n", "6", "'**'"),
    "bad-glob-punctuation": (CATEGORIES + "  attack: ['u.s. strike*']\n", "6", "'.'"),
    "non-string-number": (CATEGORIES + "  attack: [strike, 12]\n", "6", "must be a string"),
    "non-string-bool": (CATEGORIES + "  attack: [strike, yes]\n", "6", "not a boolean"),
    "non-string-list": (CATEGORIES + "  attack: [strike, [a, b]]\n", "6", "not a list"),
}


@pytest.mark.parametrize("case", list(BAD_LEXICONS))
def test_malformed_lexicon_library(tmp_path, case):
    text, line, fragment = BAD_LEXICONS[case]
    path = tmp_path / f"{case}.yaml"
    path.write_text(text, encoding="utf-8")
    for call in (
        lambda: analysis.load_lexicon(path),
        lambda: analysis.analyze("Troops attacked the town.", lexicons=[str(path)]),
    ):
        with pytest.raises(LexiconError) as info:
            call()
        message = str(info.value)
        assert re.search(rf", line {line}: ", message), message
        one_sentence(message, str(path), fragment)


@pytest.mark.parametrize("case", list(BAD_LEXICONS))
def test_malformed_lexicon_cli(tmp_path, capsys, case):
    text, line, fragment = BAD_LEXICONS[case]
    path = tmp_path / f"{case}.yaml"
    path.write_text(text, encoding="utf-8")
    code, out, err = cli(capsys, "analyze", SEED, "--lexicon", path)
    assert_user_error(code, err, str(path), fragment)
    assert re.search(rf", line {line}: ", err), err
    assert out == ""
    # report and corpus: refused before any output exists
    out_dir = tmp_path / "reports"
    code, _, err = cli(capsys, "report", SEED, "--out", out_dir, "--lexicon", path)
    assert_user_error(code, err, str(path), fragment)
    code, _, err = cli(capsys, "corpus", SEED.parent, "--out", out_dir, "--lexicon", path)
    assert_user_error(code, err, str(path), fragment)
    assert not out_dir.exists()


@pytest.mark.parametrize("name", ["no-such-lexicon", "Hedging", "escalation.yml", "../x.yaml"])
def test_unknown_lexicon(tmp_path, capsys, name):
    with pytest.raises(LexiconError) as info:
        analysis.analyze("Talks may resume.", lexicons=[name])
    one_sentence(str(info.value), name)
    code, out, err = cli(capsys, "analyze", SEED, "--lexicon", name)
    assert_user_error(code, err, name)
    assert out == ""
    code, _, err = cli(capsys, "report", SEED, "--out", tmp_path / "r", "--lexicon", name)
    assert_user_error(code, err, name)
    assert not (tmp_path / "r").exists()


# --------------------------------------------------------------------------- parameters

BAD_PARAMETERS = [
    (["-p", "top_n", "many"], "'top_n' must be int, not str"),
    (["-p", "top_n", "2.5"], "'top_n' must be int, not float"),
    (["-p", "top_n", "[3]"], "'top_n' must be int, not list"),
    (["-p", "smoothing", "true"], "'smoothing' must be int, not bool"),
    (["-p", "smoothing", "0"], "'smoothing' must be at least 1"),
    (["-p", "top_n", "-3"], "'top_n' must be at least 1"),
    (["-p", "lexicons", "5"], "'lexicons' must be list, not int"),
    (["-p", "lexicons", "[1, 2]"], "'lexicons' must be a list of names"),
    (["-p", "lexicons", "hedging"], "'lexicons' must be list, not str"),
    (["-p", "top_n", "[1"], "cannot read the value of parameter 'top_n'"),
    (["-p", "colour", "red"], "unknown report parameter 'colour'"),
    (["-p", "article_path", "x.txt"], "'article_path' is set by the command"),
    (["-p", "output_dir", "/tmp"], "'output_dir' is set by the command"),
    (["--parameters-file", "{tmp}/list.yaml"], "must be a mapping"),
    (["--parameters-file", "{tmp}/broken.yaml"], "line 2 is not valid YAML"),
    (["--parameters-file", "{tmp}/typed.yaml"], "'top_n' must be int, not str"),
    (["--parameters-file", "{tmp}/missing.yaml"], "cannot be read"),
    (["--jobs", "0"], "--jobs must be at least 1"),
]


@pytest.mark.parametrize(("args", "fragment"), BAD_PARAMETERS)
def test_wrong_report_parameters_cli(tmp_path, capsys, args, fragment):
    (tmp_path / "list.yaml").write_text("- top_n\n- 5\n", encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("top_n: 5\n: : :\n", encoding="utf-8")
    (tmp_path / "typed.yaml").write_text('top_n: "5"\n', encoding="utf-8")
    out_dir = tmp_path / "reports"
    argv = [a.format(tmp=tmp_path) for a in args]
    code, _, err = cli(capsys, "report", SEED, "--out", out_dir, *argv)
    assert_user_error(code, err, fragment)
    assert not out_dir.exists()  # refused before any output


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"top_n": "5"}, "'top_n' must be int, not str"),
        ({"smoothing": True}, "'smoothing' must be int, not bool"),
        ({"smoothing": 2.0}, "'smoothing' must be int, not float"),
        ({"title": 7}, "'title' must be str, not int"),
        ({"lexicons": "hedging"}, "'lexicons' must be list, not str"),
        ({"lexicons": [None]}, "'lexicons' must be a list of names"),
        ({"nonsense": 1}, "unknown report parameter 'nonsense'"),
    ],
)
def test_wrong_report_parameters_library(tmp_path, params, fragment):
    out_dir = tmp_path / "reports"
    for run in (report.run_report, report.run_batch):
        with pytest.raises(ParameterError) as info:
            run(SEED if run is report.run_report else [SEED], out_dir, parameters=params)
        one_sentence(str(info.value), fragment)
    assert not out_dir.exists()


# --------------------------------------------------------------------------- output folders


def _unwritable_cases(tmp_path: Path) -> list[tuple[Path, str]]:
    # The tests run as root, whom file modes do not stop (chmod 0500 still lets root write),
    # so "unwritable" is made of paths nobody can create: a folder under a regular file, a
    # name that is already a file, and a new folder in /proc (the kernel's virtual file
    # system, where nobody may create anything). The chmod case runs for other users.
    regular = tmp_path / "notes.txt"
    regular.write_text("not a folder", encoding="utf-8")
    cases = [(regular / "reports", "Not a directory"), (regular, "is a file, not a folder")]
    if Path("/proc/self").is_dir():
        cases.append((Path("/proc/cn-analysis-reports"), "cannot write to"))
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        cases.append((locked / "reports", "Permission denied"))
    return cases


def test_unwritable_output_folder(tmp_path, capsys):
    for out_dir, fragment in _unwritable_cases(tmp_path):
        with pytest.raises(ParameterError) as info:
            report.run_batch([SEED], out_dir)
        one_sentence(str(info.value), str(out_dir), fragment, "choose a folder")
        with pytest.raises(ParameterError):
            report.run_report(SEED, out_dir)
        with pytest.raises(ParameterError):
            report.run_corpus_report(SEED.parent, out_dir)
        code, _, err = cli(capsys, "report", SEED, "--out", out_dir)
        assert_user_error(code, err, f"--out '{out_dir}'", fragment)
        code, _, err = cli(capsys, "corpus", SEED.parent, "--out", out_dir)
        assert_user_error(code, err, f"--out '{out_dir}'", fragment)
    assert files_under(tmp_path) == ["notes.txt"] + (["locked"] if os.geteuid() else [])


def test_output_folder_inside_the_input_folder(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Troops shelled the town. Talks may resume.", encoding="utf-8")
    before = files_under(corpus)
    for out_dir in (corpus / "reports", corpus, corpus / "deep" / "er"):
        with pytest.raises(ParameterError) as info:
            report.run_corpus_report(corpus, out_dir)
        one_sentence(str(info.value), str(out_dir), "inside the input folder", "outside it")
        with pytest.raises(ParameterError):
            report.run_batch([corpus], out_dir)
        code, _, err = cli(capsys, "corpus", corpus, "--out", out_dir)
        assert_user_error(code, err, f"--out '{out_dir}'", "inside the input folder")
        code, _, err = cli(capsys, "report", corpus, "--out", out_dir)
        assert_user_error(code, err, "inside the input folder")
    assert files_under(corpus) == before  # nothing was written into the input


# --------------------------------------------------------------------------- security pass


def _source_files() -> list[Path]:
    return sorted((ROOT / "analysis").rglob("*.py"))


def test_no_eval_exec_or_unsafe_yaml_in_the_package():
    dangerous = re.compile(
        r"(?<![.\w])(?:eval|exec|compile|__import__)\s*\("  # code from strings
        r"|\byaml\.(?:load|load_all|unsafe_load|full_load)\s*\("  # YAML that builds objects
        r"|\byaml\.(?:Unsafe|Full)?Loader\b"  # ... or is given such a loader
        r"|\bpickle\.loads?\s*\("  # objects from bytes
        r"|\bshell\s*=\s*True|\bos\.system\s*\(|\bos\.popen\s*\("  # strings run by a shell
    )
    hits = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for path in _source_files()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if dangerous.search(line.split("#", 1)[0])
    ]
    assert hits == []
    yaml_calls = {
        m.group()
        for path in _source_files()
        for m in re.finditer(r"\byaml\.\w+", path.read_text(encoding="utf-8"))
    }
    allowed = {
        "yaml.org",  # the tag prefix "tag:yaml.org,2002:", a string
        "yaml.safe_load",
        "yaml.safe_dump",
        "yaml.compose",  # nodes only, never objects; lexicon.py gives it the safe loader
        "yaml.YAMLError",
        "yaml.MarkedYAMLError",
        "yaml.SafeLoader",
        "yaml.SafeDumper",  # represents plain data as nodes (Lexicon.from_mapping); builds nothing
        "yaml.constructor",
        "yaml.nodes",
    }
    assert yaml_calls <= allowed, yaml_calls - allowed


def test_yaml_tags_that_build_objects_are_refused(tmp_path, capsys):
    # A lexicon or parameters file with a Python tag must not construct (or run) anything.
    payload = f"!!python/object/apply:os.system ['touch {tmp_path / 'pwned'}']"
    lexicon = tmp_path / "evil.yaml"
    lexicon.write_text(LEXICON_HEADER + f"categories:\n  attack: [{payload}]\n", encoding="utf-8")
    params = tmp_path / "evil-params.yaml"
    params.write_text(f"title: {payload}\n", encoding="utf-8")
    with pytest.raises(LexiconError):
        analysis.load_lexicon(lexicon)
    code, _, err = cli(capsys, "analyze", SEED, "--lexicon", lexicon)
    assert code == 2
    code, _, err = cli(capsys, "report", SEED, "--out", tmp_path / "r", "--parameters-file", params)
    assert code == 2 and "not valid YAML" in err
    assert not (tmp_path / "pwned").exists()


def test_report_html_escapes_markdown_built_from_untrusted_text():
    # The notebook shows a title, a file name and sentences of the article through Markdown;
    # the HTML export must render any HTML in them as text and neutralise script links.
    from nbformat.v4 import new_code_cell, new_notebook, new_output

    hostile = [
        "## <img src=x onerror=alert(1)>",
        "The balance turns at sentence 3: _Troops <script>alert(2)</script> shelled it._",
        "[click](javascript:alert(3)) ![i](JaVaScRiPt:alert(4))",
        '<a href="javascript:alert(5)">x</a> <iframe src="https://example.org"></iframe>',
    ]
    cell = new_code_cell("pass")
    cell.outputs = [new_output("display_data", data={"text/markdown": md}) for md in hostile]
    nb = new_notebook(cells=[cell])
    body, _ = report._html_exporter_class()(template_name="lab").from_notebook_node(nb)
    assert "<script>alert(2)" not in body and "&lt;script&gt;alert(2)" in body
    assert "<img src=x" not in body and "&lt;img src=x onerror=alert(1)&gt;" in body
    assert not re.search(r"<(?:a|img)\b[^>]*(?:href|src)=\"\s*javascript:", body, re.IGNORECASE)
    assert '<a href="javascript' not in body and "<iframe" not in body
    assert "<em>Troops" in body  # Markdown formatting still renders


def test_report_files_respect_the_umask(tmp_path):
    # mkdtemp/mkstemp create 0700/0600; reports are shared with colleagues and web servers.
    files.atomic_write(tmp_path / "x.json", "{}")
    mask = os.umask(0o022)
    os.umask(mask)
    assert (tmp_path / "x.json").stat().st_mode & 0o777 == 0o666 & ~mask


HOSTILE_STRINGS = [
    '"; import os; os.system("touch pwned") #',
    '\\"; __import__("os").system("touch pwned") #',
    "'''\nimport os\n'''",
    "line one\nline two\r\n\x00\x1b[31m",
    "{article_path} %s {0} $HOME `id` $(id)",
    "<script>alert(1)</script> ’“”… Київ الهدنة",
]


@pytest.mark.parametrize("value", HOSTILE_STRINGS)
def test_papermill_parameters_are_data(value):
    # What papermill injects into the notebook must be plain assignments of exactly the
    # values given: no string can close its quotes and become code.
    import ast

    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    params = report.check_parameters(
        {"article_path": value, "title": value, "lexicons": [value, "hedging"], "top_n": 3}
    )
    nb = load_notebook_node(str(ROOT / "notebooks" / "article_report.ipynb"))
    nb = parameterize_notebook(nb, params)
    (cell,) = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assigned = {}
    for stmt in ast.parse(cell.source).body:
        assert isinstance(stmt, ast.Assign) and len(stmt.targets) == 1, ast.dump(stmt)
        assigned[stmt.targets[0].id] = ast.literal_eval(stmt.value)  # literals only
    assert assigned == params


def test_report_folders_cannot_escape_the_output_folder(tmp_path):
    # Article paths become folder names through safe_slug (tests/test_report.py checks the
    # slugs themselves); a batch of hostile names gives distinct folders directly under --out.
    names = [
        "../../etc/passwd",
        "/etc/passwd",
        "..",
        ".hidden.txt",
        "a/../../b.txt",
        "<img src=x>.txt",
        "passwd",
        "~/.ssh/id_rsa",
        "C:\\Windows\\win.ini",
        "",
    ]
    slugs = report._unique_slugs(names)
    assert len(set(slugs)) == len(slugs)
    out = tmp_path / "out"
    for slug in slugs:
        assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", slug), slug
        assert (out / slug).resolve().parent == out.resolve()
