"""Time, peak memory and notebook size of an article report, for articles of 0.2, 1 and 5 MB.

Targets (issue 13): a 5 MB article's report in under 3 minutes, peak memory under 1.5 GB,
``report.ipynb`` under 5 MB. Run from the repository root::

    .venv/bin/python bench/report_size.py [--data ../shared/data/bench/wikinews.jsonl]
                                          [--sizes 0.2 1 5]

Each article is Wikinews articles joined with blank lines until it reaches the size (in MB of
UTF-8 text), written to a temporary folder, and reported with
``python -m analysis report ARTICLE --out DIR --no-input`` in a child process. Peak memory is
the largest sum of the resident set sizes of that process and all its descendants (the
kernel), sampled every 0.1 s from ``/proc`` (Linux); the slowest notebook cells come from
papermill's per-cell timings in the executed notebook.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "bench" / "wikinews.jsonl"
TARGETS = {"seconds": 180.0, "peak_mb": 1536.0, "notebook_mb": 5.0}


def build_article(data: Path, megabytes: float) -> str:
    """Wikinews texts joined by blank lines, repeated as needed, cut at a paragraph end."""
    texts = [json.loads(x)["text"].strip() for x in data.read_text("utf-8").splitlines() if x]
    parts: list[str] = []
    size, goal, i = 0, int(megabytes * 2**20), 0
    while size < goal:
        t = texts[i % len(texts)]
        parts.append(t)
        size += len(t.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts) + "\n"


def _tree_rss_mb(root: int) -> float:
    """Resident memory of ``root`` and all its descendants, in MB (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            ppid, pages = int(fields[1]), int(fields[21])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = pages
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total * os.sysconf("SC_PAGE_SIZE") / 2**20


def run(article: Path, out: Path) -> dict[str, float]:
    cmd = [sys.executable, "-m", "analysis", "report", str(article), "--out", str(out)]
    t0 = time.perf_counter()
    proc = subprocess.Popen([*cmd, "--no-input"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, _tree_rss_mb(proc.pid))
        time.sleep(0.1)
    seconds = time.perf_counter() - t0
    err = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"report failed ({proc.returncode}): {err[-2000:]}")
    folder = next(p for p in out.iterdir() if p.is_dir())
    nb_path = folder / "report.ipynb"
    nb = json.loads(nb_path.read_text("utf-8"))
    cells = sorted(
        (
            (c.get("metadata", {}).get("papermill", {}).get("duration") or 0.0, i)
            for i, c in enumerate(nb["cells"])
        ),
        reverse=True,
    )[:3]
    return {
        "seconds": seconds,
        "peak_mb": peak,
        "notebook_mb": nb_path.stat().st_size / 2**20,
        "html_mb": (folder / "report.html").stat().st_size / 2**20,
        "slowest_cells": ", ".join(f"cell {i} {d:.1f} s" for d, i in cells),
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.2, 1.0, 5.0])
    args = ap.parse_args(argv)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()}")
    for mb in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            article = Path(tmp) / f"article_{mb:g}mb.txt"
            article.write_text(build_article(args.data, mb), encoding="utf-8")
            r = run(article, Path(tmp) / "out")
            ok = all(r[k] < v for k, v in TARGETS.items())
            print(
                f"{mb:g} MB: {r['seconds']:.1f} s, peak {r['peak_mb']:.0f} MB (process tree), "
                f"report.ipynb {r['notebook_mb']:.2f} MB, report.html {r['html_mb']:.2f} MB "
                f"[{'targets met' if ok else 'TARGET MISSED'}]; slowest: {r['slowest_cells']}",
                flush=True,
            )


if __name__ == "__main__":
    main()
