"""Atomicity: a batch of reports stopped mid-way leaves only complete reports, and a rerun
completes it.

Each test starts ``python -m analysis report A B --out DIR`` in a subprocess, waits until the
first report is done (``batch.json`` says so) and the second is being built (its hidden
``.partial`` folder exists, its kernel running), then stops the process:

* SIGINT (Ctrl-C) and SIGTERM (``kill``, a scheduler's timeout): the run removes the report in
  progress and exits 130 / 143 with one line, no traceback and no kernel left running;
* SIGKILL (out of memory, ``kill -9``): nothing can run, so the half-built folder stays; it is
  hidden, and the next run into the folder removes it before starting.

In every case a report folder that exists has every file, and a rerun reports every article.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from .conftest import REPORT_FILES, ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc"),
]

FIGURES = {"sentiment.png", "hedging.png", "escalation.png"}
ARTICLE = (
    "Troops shelled the town on Monday and launched new attacks, officials said.\n"
    "Envoys may sign a ceasefire soon; talks reportedly resumed in Geneva.\n"
)


@pytest.fixture
def articles(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    paths = []
    for name in ("a", "b"):  # the second is the one stopped half-way
        path = folder / f"{name}.txt"
        path.write_text(ARTICLE.replace("Monday", name.upper()), encoding="utf-8")
        paths.append(path)
    return paths


def _start(articles: list[Path], out: Path) -> subprocess.Popen:
    # Ctrl-C as at a terminal: a shell that runs these tests as a background job (``make test
    # &``, a CI runner) starts them with SIGINT ignored, and a child inherits an ignored signal
    # (Python then installs no KeyboardInterrupt). A handler here is reset to the default in
    # the child, so the report command sees SIGINT as a user's Ctrl-C.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "analysis", "report", *map(str, articles), "--out", str(out)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    finally:
        signal.signal(signal.SIGINT, previous)


def _statuses(out: Path) -> list[str]:
    try:
        batch = json.loads((out / "batch.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):  # not written yet (it is replaced atomically, never torn)
        return []
    return [a["status"] for a in batch["articles"]]


def _wait_mid_batch(proc: subprocess.Popen, out: Path, timeout: float = 120) -> None:
    """Until the first report is complete and the second is half-built."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the batch ended early ({proc.returncode}): {proc.stderr.read()}")
        if "ok" in _statuses(out) and list(out.glob(".*.partial")):
            return
        time.sleep(0.05)
    proc.kill()
    pytest.fail("the batch did not reach its second report in time")


def _descendants(pid: int) -> set[int]:
    """The process tree under ``pid`` (the kernels), from /proc."""
    found: set[int] = set()
    todo = [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                kids = {int(k) for k in (task / "children").read_text().split()}
            except OSError:
                continue
            todo.extend(kids - found)
            found |= kids
    return found


def _wait_gone(pids: set[int], timeout: float = 20) -> set[int]:
    """Wait for ``pids`` to exit; return those still running after ``timeout``."""
    deadline = time.monotonic() + timeout
    alive = set(pids)
    while alive and time.monotonic() < deadline:
        alive = {p for p in alive if Path(f"/proc/{p}").exists() and not _zombie(p)}
        time.sleep(0.1)
    return alive


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return False


def _assert_reports_complete(out: Path, *, hidden_ok: bool = False) -> list[str]:
    """Every report folder in ``out`` is whole (and nothing else is there, unless
    ``hidden_ok``: then hidden temporaries are skipped); return the reports' names."""
    names = []
    for entry in sorted(out.iterdir()):
        if entry.name == "batch.json" or (hidden_ok and entry.name.startswith(".")):
            continue
        assert entry.is_dir() and not entry.name.startswith("."), f"left behind: {entry.name}"
        assert {p.name for p in entry.iterdir()} == REPORT_FILES, entry.name
        assert {p.name for p in (entry / "figures").iterdir()} >= FIGURES, entry.name
        metrics = json.loads((entry / "metrics.json").read_text(encoding="utf-8"))
        assert metrics["summary"]["n_sentences"] == 2
        assert (entry / "report.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
        names.append(entry.name)
    return names


@pytest.mark.parametrize(
    ("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["SIGINT", "SIGTERM"]
)
def test_interrupted_batch_leaves_only_complete_reports(tmp_path, articles, sig, code):
    out = tmp_path / "reports"
    proc = _start(articles, out)
    _wait_mid_batch(proc, out)
    kernels = _descendants(proc.pid)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    assert "Traceback" not in err and err.rstrip().endswith("interrupted"), err
    # The report in progress was removed, the finished one kept whole.
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]
    assert "a" in _assert_reports_complete(out)
    assert _statuses(out)[0] == "ok"
    assert not _wait_gone(kernels), "a kernel outlived the interrupted run"


def test_killed_batch_is_completed_by_a_rerun(tmp_path, articles):
    out = tmp_path / "reports"
    proc = _start(articles, out)
    _wait_mid_batch(proc, out)
    kernels = _descendants(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    # SIGKILL: no clean-up could run. The half-built report is a hidden ".partial" folder;
    # the complete ones are whole.
    leftovers = [p.name for p in out.iterdir() if p.name.startswith(".")]
    assert leftovers and all(name.endswith(".partial") for name in leftovers)
    sockets = list(Path(tempfile.gettempdir()).glob(f"cn-kernel-{proc.pid}-*"))
    assert sockets  # the kernel's private socket folder, left behind too
    assert "a" in _assert_reports_complete(out, hidden_ok=True)
    # The orphaned kernel notices its parent is gone and exits (ipykernel polls for that);
    # wait, so that it cannot write into the folder while the rerun cleans up.
    assert not _wait_gone(kernels), "an orphaned kernel did not exit"

    rerun = _start(articles, out)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert "Traceback" not in err
    assert _assert_reports_complete(out) == ["a", "b"]  # no leftovers either
    assert not any(p.exists() for p in sockets)
    batch = json.loads((out / "batch.json").read_text(encoding="utf-8"))["articles"]
    assert [(Path(a["article"]).name, a["status"]) for a in batch] == [
        ("a.txt", "ok"),
        ("b.txt", "ok"),
    ]
