"""No orphans (issue 13, item 7): workers and kernels end when the process that started them
dies, however it dies. Each test kills a run with SIGKILL (nothing in it can clean up) and
checks that every process it had started is gone within seconds.

Linux only: the process tree is read from ``/proc``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from .conftest import ROOT, SEED

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")

#: How long the children of a killed run may take to go (the watchdog polls every second).
GRACE_SECONDS = 10.0


def _stat(pid: int) -> tuple[int, str] | None:
    """``(parent pid, state)`` of a live process, None if it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[1]), fields[0]


def _alive(pid: int) -> bool:
    st = _stat(pid)
    return st is not None and st[1] not in ("Z", "X")  # a zombie has ended (only unreaped)


def _descendants(root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            st = _stat(int(entry))
            if st is not None:
                children.setdefault(st[0], []).append(int(entry))
    found, stack = set(), [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found.add(child)
            stack.append(child)
    return found


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _wait_for(predicate, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def _kill_and_check(proc: subprocess.Popen, started: set[int]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    left = lambda: {p for p in started if _alive(p)}  # noqa: E731
    assert _wait_for(lambda: not left(), GRACE_SECONDS), {p: _cmdline(p) for p in left()}


def test_a_worker_dies_with_its_parent():
    # parent -> child (calls die_with_parent, then sleeps); SIGKILL the parent.
    script = textwrap.dedent(
        """
        import os, subprocess, sys, time
        code = ("import os, sys, time; from analysis.processes import die_with_parent; "
                "die_with_parent(int(sys.argv[1])); time.sleep(120)")
        subprocess.Popen([sys.executable, "-c", code, str(os.getpid())])
        time.sleep(120)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    assert _wait_for(lambda: len(_descendants(proc.pid)) >= 1, 30)
    time.sleep(1.0)  # the child has called die_with_parent
    _kill_and_check(proc, _descendants(proc.pid))


@pytest.mark.slow
def test_killing_a_report_batch_with_two_jobs_leaves_no_worker_or_kernel(tmp_path):
    # Four copies of the seed article, two reports at a time: the run is killed once both
    # workers have started their kernels.
    articles = []
    for i in range(4):
        path = tmp_path / f"article-{i}.txt"
        path.write_bytes(SEED.read_bytes())
        articles.append(str(path))
    cmd = [sys.executable, "-m", "analysis", "report", *articles]
    cmd += ["--out", str(tmp_path / "out"), "--jobs", "2"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.DEVNULL)

    def kernels() -> set[int]:
        return {p for p in _descendants(proc.pid) if "analysis.kernel" in _cmdline(p)}

    try:
        assert _wait_for(lambda: len(kernels()) >= 2, 120), "the kernels never started"
        started = _descendants(proc.pid)
        assert len(started) >= 4  # two workers, two kernels
    except BaseException:
        proc.kill()
        raise
    _kill_and_check(proc, started)


@pytest.mark.slow
def test_killing_a_corpus_run_with_processes_leaves_no_worker(tmp_path):
    script = textwrap.dedent(
        """
        import analysis
        texts = ["Troops attacked the town and shelled the plant. Talks may resume."] * 200_000
        analysis.analyze_corpus(texts, engine="processes", jobs=2, chunk_size=50)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    try:
        assert _wait_for(lambda: len(_descendants(proc.pid)) >= 2, 60), "no workers started"
        time.sleep(1.0)  # the workers have run their initializer
        started = _descendants(proc.pid)
    except BaseException:
        proc.kill()
        raise
    _kill_and_check(proc, started)
