"""Turn NLTK's Penn Treebank sample (Wall Street Journal, 1989) into the JSON lines the reading
check reads.

``python bench/reading_check/treebank_to_jsonl.py treebank/raw/ wsj_1989.jsonl``

The source is NLTK's ``treebank`` corpus (``packages/corpora/treebank.zip`` in
github.com/nltk/nltk_data at commit 5db857e), its ``raw`` folder: the 199 Wall Street Journal
files ``wsj_0001`` to ``wsj_0199`` of the Penn Treebank's ~5% sample (LDC 1995, made available
by NLTK under fair use for non-commercial illustration), stories of 1989 on business, markets,
politics and, now and then, the world. The sha256 of the 199 files read in name order is
:data:`SHA256`; another copy is refused.

One row per file, in name order: ``id`` = ``wsj/<file>``, date ``1989``, the file's paragraphs
(blank-line separated) with their lines joined. One file is a column of unrelated briefs, the
"World-Wide" column ``wsj_0174`` (the Contras' truce, East Germany, Namibia, Lebanon, Nixon in
Beijing, ...): each of its paragraphs is a story of its own and becomes a row,
``wsj/wsj_0174/<n>`` (1-based), so that each can be given its own kind. The files carry no
headlines; a row's title is its first paragraph's first 80 characters. The files are ASCII
but for two Mac Roman apostrophes (byte 0xD5) in ``wsj_0142``, so they are read as Mac Roman.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

from copies import convert_folder

#: sha256 of the 199 files' bytes, read in name order
SHA256 = "4b68ff9f462aa5fc785c7528658cc2d897ca8fa1fa1b58148831b28d1360ba8f"
FILES = [f"wsj_{n:04d}" for n in range(1, 200)]
#: files whose paragraphs are separate stories (the "World-Wide" news column)
DIGESTS = frozenset({"wsj_0174"})


def paragraphs(raw: str) -> list[str]:
    """The paragraphs of a raw treebank file, lines joined, without its ``.START`` mark."""
    body = raw.replace(".START", "", 1)
    paras = (re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", body))
    return [p for p in paras if p]


def rows(folder: str) -> Iterator[dict[str, object]]:
    """The rows of the files under ``folder`` (see the module's docstring)."""
    for name in FILES:
        paras = paragraphs((Path(folder) / name).read_text(encoding="mac_roman"))
        stories = (
            [(f"wsj/{name}/{i}", [p]) for i, p in enumerate(paras, 1)]
            if name in DIGESTS
            else [(f"wsj/{name}", paras)]
        )
        for story_id, story in stories:
            yield {
                "id": story_id,
                "title": story[0][:80],
                "date": "1989",
                "text": "\n\n".join(story),
            }


if __name__ == "__main__":
    sys.exit(
        convert_folder(
            sys.argv[1:], "treebank_to_jsonl.py TREEBANK_RAW_DIR OUT.jsonl", FILES, SHA256, rows
        )
    )
