"""What a fresh process pays to ``import analysis``, and what the report command's process
pays to import papermill, with and without the optional IRI checker the command does without
(``analysis.processes.UNUSED_OPTIONAL_MODULES``).

Run from the repository root (about half a minute with the defaults)::

    .venv/bin/python bench/startup.py [--repeat 7]

Each measurement is a fresh interpreter (``python -c``) that imports papermill and nbformat
and validates an empty notebook, as a report does before its kernel starts; once as a
library user's process (the optional modules importable), once as the command's (marked
absent first). The figures are the wall-clock medians of ``--repeat`` runs of each,
alternated so that a busy moment of the machine falls on both; the saving is paid back once
per ``python -m analysis report`` (one batch of any size), and once per corpus or compare
report.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from analysis.processes import UNUSED_OPTIONAL_MODULES

ROOT = Path(__file__).resolve().parent.parent
WORK = "import papermill, nbformat; nbformat.validate(nbformat.v4.new_notebook())"


def _seconds(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7, help="fresh processes of each kind")
    args = ap.parse_args(argv)
    skip = "import sys\n" + "".join(
        f"sys.modules[{name!r}] = None\n" for name in UNUSED_OPTIONAL_MODULES
    )
    library, command, package, bare = [], [], [], []
    for _ in range(args.repeat):
        library.append(_seconds(WORK))
        command.append(_seconds(skip + WORK))
        package.append(_seconds("import analysis"))
        bare.append(_seconds("pass"))
    lib, cmd = statistics.median(library), statistics.median(command)
    pkg, empty = statistics.median(package), statistics.median(bare)
    print(f"import analysis in a fresh process, median of {args.repeat}: {pkg:.2f} s")
    print(f"  of which the interpreter's own start (python -c pass): {empty:.2f} s")
    print(f"papermill + nbformat in a fresh process, median of {args.repeat}:")
    without = ", ".join(UNUSED_OPTIONAL_MODULES)
    print(f"  as a library user's process: {lib:.2f} s")
    print(f"  as the command's (without {without}): {cmd:.2f} s")
    print(f"  saved per report command: {lib - cmd:.2f} s ({lib / cmd:.1f}x faster start)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
