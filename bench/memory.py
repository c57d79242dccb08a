"""Peak memory of ``analyze_corpus(..., out=DIR)`` at 1x and 10x a corpus: it must stay flat.

Run from the repository root (about a minute with the defaults)::

    .venv/bin/python bench/memory.py [--data ../shared/data/bench/wikinews.jsonl]
                                     [--times 1 10] [--engine pandas|processes]

Each size runs in a fresh child process (``python bench/memory.py --child ...``), so each peak
is that run's own: the child streams the JSONL file (read where it lies, never copied) N times
over, with distinct ids, through ``analyze_corpus(..., out=<temporary folder>)``, and reports
its peak resident set size (``resource.getrusage(RUSAGE_SELF).ru_maxrss``; with
``--engine processes`` also the largest worker's, ``RUSAGE_CHILDREN``). Target: the peak at
10x under 1.3x the peak at 1x.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = Path("..") / "shared" / "data" / "bench" / "wikinews.jsonl"  # from ROOT
TARGET = 1.3


def _resolve(path: Path) -> Path:
    """A relative path is taken from the current directory, else from the repository root."""
    if path.is_absolute() or path.exists():
        return path
    return ROOT / path


def _peak_mb(who: int) -> float:
    kb = resource.getrusage(who).ru_maxrss  # kilobytes on Linux (bytes on macOS)
    return kb / 1024 if sys.platform != "darwin" else kb / 2**20


def _documents(path: Path, times: int) -> Iterator[tuple[str, str]]:
    """The corpus ``times`` over, read line by line each time (nothing kept in memory)."""
    for k in range(times):
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if line.strip():
                    yield f"{k}-{i}", json.loads(line)["text"]


def child(path: Path, times: int, engine: str) -> None:
    sys.path.insert(0, str(ROOT))
    from analysis.corpus import analyze_corpus

    with tempfile.TemporaryDirectory(prefix="cn-memory-") as out:
        t0 = time.perf_counter()
        written = analyze_corpus(
            _documents(path, times), engine=engine, jobs=2, out=out, progress=False
        )
        seconds = time.perf_counter() - t0
        size = sum(p.stat().st_size for paths in written.paths.values() for p in paths)
        n_docs = sum(1 for _ in _documents(path, times))
    print(
        json.dumps(
            {
                "peak_mb": _peak_mb(resource.RUSAGE_SELF),
                "worker_peak_mb": _peak_mb(resource.RUSAGE_CHILDREN),
                "seconds": seconds,
                "documents": n_docs,
                "parquet_mb": size / 1e6,
            }
        )
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL with a text field")
    parser.add_argument("--times", type=int, nargs=2, default=[1, 10], metavar=("SMALL", "BIG"))
    parser.add_argument("--engine", choices=["pandas", "processes"], default="pandas")
    parser.add_argument("--child", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    path = _resolve(args.data)
    if not path.exists():
        print(f"no benchmark data at {path}", file=sys.stderr)
        return 1
    if args.child:
        child(path, args.child, args.engine)
        return 0

    mb = path.stat().st_size / 1e6
    print(f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, {sys.platform}")
    print(f"data: {args.data} ({mb:.2f} MB of JSONL); engine={args.engine}; out=DIR (streaming)")
    peaks = []
    for times in args.times:
        cmd = [sys.executable, __file__, "--data", str(path), "--engine", args.engine]
        run = subprocess.run(
            [*cmd, "--child", str(times)], capture_output=True, text=True, check=False
        )
        if run.returncode != 0:
            print(run.stderr, file=sys.stderr)
            return run.returncode
        res = json.loads(run.stdout.strip().splitlines()[-1])
        peaks.append(res["peak_mb"])
        workers = (
            f", largest worker {res['worker_peak_mb']:.0f} MB" if args.engine != "pandas" else ""
        )
        print(
            f"  {times:>3}x: {res['documents']:>6} documents, {mb * times:7.1f} MB in, "
            f"peak RSS {res['peak_mb']:6.1f} MB{workers} ({res['seconds']:.1f} s, "
            f"{res['parquet_mb']:.1f} MB of Parquet written)"
        )
    growth = peaks[1] / peaks[0]
    verdict = "target met" if growth < TARGET else "TARGET NOT MET"
    shown = math.ceil(growth * 1000) / 1000  # rounded up: never flattering
    print(
        f"peak RSS at {args.times[1]}x / at {args.times[0]}x: {shown:.3f}x "
        f"(target < {TARGET}x: {verdict})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
