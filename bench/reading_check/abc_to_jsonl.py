"""Turn the first stories of an ABC news sample into the JSON lines the reading check reads.

``python bench/reading_check/abc_to_jsonl.py rural.txt abc_rural_2006.jsonl``
``python bench/reading_check/abc_to_jsonl.py science.txt abc_science_2006.jsonl``

The samples are NLTK's ``abc`` corpus (``packages/corpora/abc.zip`` in github.com/nltk/nltk_data
at commit 5db857e): Australian Broadcasting Commission Rural News and Science News of 2006,
``rural.txt`` (UTF-8) and ``science.txt`` (Latin-1: "460 degrees C" is written with byte 0xb0);
the copies used have the sha256 in :data:`SOURCES`, another copy is refused. Each file is a run
of blocks separated by blank lines, one paragraph per line. In ``rural.txt`` a block is a
headline line and its paragraphs, and a long story continues in blocks under sub-headings
("Email questions", "Grain prices"); in ``science.txt`` a block is a whole story whose first
line is its standfirst. Each block becomes a row: ``id`` = ``abc-rural/<n>`` or
``abc-science/<n>`` (its place in the file, from 1), its first line as title and the rest as
paragraphs. Only the first blocks are kept (400 rural, 250 science): enough for a reading, few
enough for one reader to give each its kind from its first line before any output is seen.
"""

from __future__ import annotations

import sys
from pathlib import Path

from copies import is_the_copy, write_jsonl

#: file name -> (sha256 of the copy used, its encoding, id prefix, how many blocks are kept)
SOURCES = {
    "rural.txt": (
        "7e33b719e74851381338c899b4cf1cec2d1fe2abd95ded44d1c7cf2c10ce40e3",
        "utf-8",
        "abc-rural",
        400,
    ),
    "science.txt": (
        "a4c23cb404b3e74550ad5d6f70adb3067889b669613bcfcbdfe7dde6b01f8062",
        "latin-1",
        "abc-science",
        250,
    ),
}


def stories(text: str, prefix: str, limit: int) -> list[dict[str, object]]:
    """The first ``limit`` blocks of an ABC sample with a first line and a body, in file order."""
    rows: list[dict[str, object]] = []
    for n, block in enumerate(text.replace("\r\n", "\n").split("\n\n"), 1):
        lines = [line.strip() for line in block.strip().split("\n") if line.strip()]
        if len(lines) < 2:
            continue
        rows.append({"id": f"{prefix}/{n}", "title": lines[0], "text": "\n\n".join(lines[1:])})
        if len(rows) == limit:
            break
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 2 or Path(argv[0]).name not in SOURCES:
        sys.stderr.write("usage: abc_to_jsonl.py rural.txt|science.txt OUT.jsonl\n")
        return 2
    expected, encoding, prefix, limit = SOURCES[Path(argv[0]).name]
    if not is_the_copy(argv[0], [Path(argv[0])], expected):
        return 1
    write_jsonl(stories(Path(argv[0]).read_text(encoding=encoding), prefix, limit), argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
