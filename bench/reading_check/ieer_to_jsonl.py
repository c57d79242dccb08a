"""Turn the NIST 1999 IE-ER newswire sample into the JSON lines the reading check reads.

``python bench/reading_check/ieer_to_jsonl.py ieer/ ieer_1998.jsonl``

The sample is NLTK's ``ieer`` corpus (``packages/corpora/ieer.zip`` in github.com/nltk/nltk_data
at commit 5db857e): the development test newswire of the NIST 1999 Information Extraction:
Entity Recognition evaluation, six files of New York Times and Associated Press stories of
14-15 March and 3-29 April 1998 (94 stories), marked up with named entities. sha256 of the
files used:

==================  ================
``APW_19980314``    7331850b...07a95e92f4a59101e6de8699a216ccbf207c2583f
``APW_19980424``    5c1b2cc8...4f163de4a917a5570ea5fdc4be9ddad25ad32392b3c8329b19ca5b87
``APW_19980429``    339fec18...c814f12dbea8460b8b3e693979d4b9c6cef0eb36bbf97d21027e68d5
``NYT_19980315``    a4891b07...8f11dea4ea592fc2adb456531518cae8e992a5b5e62745637d30fe1a
``NYT_19980403``    d4cf4708...27a9360490a2c11684f393c416588f8c9675f1cfdd7b4cdb40f8ceea
``NYT_19980407``    b018302c...75c630202486b2149ba121ac488bfa6a7d92b8ea802b88301c66fca7
==================  ================

One row per story, in file order: ``id`` = ``ieer/<DOCNO>``, the headline as title, the date,
and the text with the entity mark-up (and the WorldSources copyright notice of the AP's
"MALAYSIA" digests) removed, its line breaks joined and its indented paragraphs kept as
paragraphs. A story the wire sent again, updated (half or more of the shorter version's words
shared; the AP files repeat several, some under a new headline), is kept once, in its longest
version: 86 of the 94 stories. (Between different stories the share is at most 0.41.)
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

_DOC = re.compile(r"<DOC>(.*?)</DOC>", re.S)
_MARKUP = re.compile(r"<[be]_(?:enamex|timex|numex)[^>]*>")
_PARAGRAPH = re.compile(r"\n(?=\s{3,}\S)")
_NOTICE = re.compile(r"COPYRIGHT \d+ BY WORLDSOURCES.*?ATTRIBUTION TO WORLDSOURCES, INC\.", re.S)


def _field(tag: str, doc: str) -> str:
    found = re.search(rf"<{tag}>(.*?)</{tag}>", doc, re.S)
    return html.unescape(_MARKUP.sub("", found.group(1))).strip() if found else ""


def _repeats(a: str, b: str) -> bool:
    words_a, words_b = set(a.lower().split()), set(b.lower().split())
    return len(words_a & words_b) >= 0.5 * min(len(words_a), len(words_b))


def stories(texts: list[str]) -> list[dict[str, object]]:
    """The stories of the IE-ER files' texts; a story the wire repeated, in its longest version."""
    rows: list[dict[str, object]] = []
    for text in texts:
        for doc in _DOC.findall(text):
            title = re.sub(r"\s+", " ", _field("HEADLINE", doc))
            body = _NOTICE.sub("", _field("TEXT", doc))
            paragraphs = (re.sub(r"\s+", " ", p).strip() for p in _PARAGRAPH.split(body))
            row = {
                "id": f"ieer/{_field('DOCNO', doc)}",
                "title": title,
                "date": _field("DATE_TIME", doc),
                "text": "\n\n".join(p for p in paragraphs if p),
            }
            body = str(row["text"])
            kept = [i for i, earlier in enumerate(rows) if _repeats(str(earlier["text"]), body)]
            if not kept:
                rows.append(row)
            elif len(body) > len(str(rows[kept[0]]["text"])):
                rows[kept[0]] = row
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write("usage: ieer_to_jsonl.py IEER_DIR OUT.jsonl\n")
        return 2
    files = sorted(p for p in Path(argv[0]).iterdir() if p.name[:4] in ("APW_", "NYT_"))
    rows = stories([p.read_text(encoding="latin-1") for p in files])
    with Path(argv[1]).open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(row) + "\n" for row in rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
