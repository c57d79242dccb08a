"""The command line: output formats, exit codes, one-sentence errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from analysis.cli import main


def test_analyze_prints_the_summary_as_json(seed_path, capsys):
    assert main(["analyze", str(seed_path)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["doc_id"] == "russia_ukraine_2023-10-24"
    assert summary["n_sentences"] == 17


def test_analyze_prints_sentences_as_csv(seed_path, capsys):
    assert main(["analyze", str(seed_path), "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("doc_id,sentence_id,paragraph_id,start,end,text,n_tokens")
    assert len(lines) == 1 + 17  # header + one row per sentence (no newlines inside them)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["analyze", "{tmp}/missing.txt"], "does not exist"),
        (["analyze", "{tmp}"], "is a directory"),
        (["analyze", "{tmp}/empty.txt"], "is empty"),
        (["analyze", "{tmp}/binary.bin"], "binary"),
        (["analyze", "{seed}", "--format", "xml"], "invalid choice"),
        (["analyze", "{seed}", "--lexicon", "no-such-lexicon"], "no-such-lexicon"),
        (["frobnicate"], "invalid choice"),
        (["report", "{seed}"], "--out"),
        (["report", "{seed}", "--out", "{tmp}/r", "-p", "top_n", "many"], "top_n"),
        (["report", "{seed}", "--out", "{tmp}/r", "-p", "nonsense", "1"], "nonsense"),
        (["report", "{seed}", "--out", "{tmp}/r", "--jobs", "0"], "jobs"),
    ],
)
def test_user_errors_exit_2_with_one_sentence(tmp_path, seed_path, capsys, args, fragment):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(b"\x00\x01\x02" * 100)
    argv = [a.format(tmp=tmp_path, seed=seed_path) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert fragment in err
    assert "Traceback" not in err
    assert not (tmp_path / "r").exists() or not any((tmp_path / "r").iterdir())


def test_subprocess_exit_code_and_no_traceback(tmp_path):
    # End to end through the interpreter: what a shell script sees.
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "analyze", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.startswith("error: ") and "does not exist" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_lexicons_command_lists_shipped_lexicons(capsys):
    assert main(["lexicons"]) == 0
    names = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert names == ["escalation", "hedging"]


def test_the_command_does_without_the_slow_optional_iri_checker():
    # jsonschema (under nbformat, under papermill) imports rfc3987_syntax where installed: 1.4 s
    # of Earley parsers for the "iri" formats, which no notebook schema uses. The command marks
    # it absent before papermill comes in, and nbformat still validates a notebook; a process
    # that only imports the package is left as it is.
    code = (
        "import contextlib, io, sys\n"
        "import analysis.report\n"
        "print('rfc3987_syntax' in sys.modules)\n"
        "from analysis.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['lexicons']) == 0\n"
        "import nbformat\n"
        "nbformat.validate(nbformat.v4.new_notebook())\n"
        "print(sys.modules['rfc3987_syntax'] is None)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (proc.returncode, proc.stdout) == (0, "False\nTrue\n"), proc.stderr


def test_unused_optional_modules_are_marked_absent_unless_already_imported():
    # marked None, an import of them fails as if they were not installed; a module a process
    # has already imported stays as it is
    from analysis.processes import UNUSED_OPTIONAL_MODULES, skip_unused_optional_modules

    modules: dict[str, object] = {}
    skip_unused_optional_modules(modules)
    assert modules == dict.fromkeys(UNUSED_OPTIONAL_MODULES)
    imported = object()
    modules = dict.fromkeys(UNUSED_OPTIONAL_MODULES, imported)
    skip_unused_optional_modules(modules)
    assert all(m is imported for m in modules.values())


def test_the_command_and_the_report_kernel_do_without_unused_optional_modules(monkeypatch):
    # both processes the package starts for itself skip them first thing: the command before
    # it reads its arguments, the kernel before ipykernel (and a report notebook's papermill)
    # can import them. ipykernel itself stands in as a stub: imported into this process, its
    # shell would make tqdm.auto in later tests think it runs in a notebook
    import types

    from analysis import cli, kernel

    kernelapp = types.ModuleType("ipykernel.kernelapp")
    package = types.ModuleType("ipykernel")
    package.kernelapp = kernelapp  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ipykernel", package)
    monkeypatch.setitem(sys.modules, "ipykernel.kernelapp", kernelapp)

    calls: list[str] = []
    monkeypatch.setattr(cli, "skip_unused_optional_modules", lambda: calls.append("skip"))
    assert cli.main(["no-such-command"]) == 2
    assert calls == ["skip"]
    calls.clear()
    monkeypatch.delenv(kernel.PARENT_ENV, raising=False)
    monkeypatch.setattr(kernel, "skip_unused_optional_modules", lambda: calls.append("skip"))
    kernelapp.launch_new_instance = lambda: calls.append("launch")  # type: ignore[attr-defined]
    kernel.main()
    assert calls == ["skip", "launch"]


# What an interrupt can leave behind: a task still waiting (a kernel being started) and a
# coroutine created but never awaited; both are only collected when the interpreter exits.
_LEFT_PENDING = """
import asyncio, sys
from analysis.cli import _quiet_after_interrupt

async def kernel_start():
    await asyncio.sleep(3600)

loop = asyncio.new_event_loop()
task = loop.create_task(kernel_start())
loop.run_until_complete(asyncio.sleep(0))  # the task has started and now waits
never = kernel_start()  # created, never awaited
if sys.argv[1] == "quiet":
    _quiet_after_interrupt()
sys.stderr.write("interrupted\\n")
"""


@pytest.mark.parametrize("mode", ["quiet", "loud"])
def test_an_interrupted_run_ends_on_its_one_line(mode):
    # After Ctrl-C the CLI's last word is "interrupted"; Python's teardown notices for what the
    # interrupt left pending would otherwise follow it (the "loud" run shows they exist).
    done = subprocess.run(
        [sys.executable, "-c", _LEFT_PENDING, mode], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    if mode == "quiet":
        assert done.stderr == "interrupted\n"
    else:
        assert "Task was destroyed but it is pending" in done.stderr
        assert "was never awaited" in done.stderr
