"""Turn the first stories of the ABC Rural News sample into the JSON lines the reading check reads.

``python bench/reading_check/abc_to_jsonl.py rural.txt abc_rural_2006.jsonl``

The sample is NLTK's ``abc`` corpus (``packages/corpora/abc.zip`` in github.com/nltk/nltk_data
at commit 5db857e): Australian Broadcasting Commission Rural News of 2006, ``rural.txt`` (UTF-8;
the copy used has the sha256 in :data:`SHA256`, another copy is refused). The file is a run of
blocks separated by blank lines, each a headline line and its paragraphs, one paragraph per
line; a long story continues in blocks under sub-headings ("Email questions", "Grain prices").
Each block becomes a row: ``id`` = ``abc-rural/<n>`` (its place in the file, from 1), its first
line as title and the rest as paragraphs. Only the first :data:`BLOCKS` blocks are kept: enough
for a reading, few enough for one reader to give each its kind from its headline before any
output is seen.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

SHA256 = "7e33b719e74851381338c899b4cf1cec2d1fe2abd95ded44d1c7cf2c10ce40e3"
#: How many blocks, from the start of the file, the reading uses.
BLOCKS = 400


def stories(text: str, limit: int = BLOCKS) -> list[dict[str, object]]:
    """The first ``limit`` blocks of ``rural.txt`` with a headline and a body, in file order."""
    rows: list[dict[str, object]] = []
    for n, block in enumerate(text.replace("\r\n", "\n").split("\n\n"), 1):
        lines = [line.strip() for line in block.strip().split("\n") if line.strip()]
        if len(lines) < 2:
            continue
        rows.append({"id": f"abc-rural/{n}", "title": lines[0], "text": "\n\n".join(lines[1:])})
        if len(rows) == limit:
            break
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write("usage: abc_to_jsonl.py RURAL.TXT OUT.jsonl\n")
        return 2
    data = Path(argv[0]).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256:
        sys.stderr.write(f"{argv[0]}: sha256 {digest}, not the copy the reading used ({SHA256})\n")
        return 1
    rows = stories(data.decode("utf-8"))
    with Path(argv[1]).open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(row) + "\n" for row in rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
