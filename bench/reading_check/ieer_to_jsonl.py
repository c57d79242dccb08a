"""Turn the NIST 1999 IE-ER newswire sample into the JSON lines the reading check reads.

``python bench/reading_check/ieer_to_jsonl.py ieer/ ieer_1998.jsonl``

The sample is NLTK's ``ieer`` corpus (``packages/corpora/ieer.zip`` in github.com/nltk/nltk_data
at commit 5db857e): the development test newswire of the NIST 1999 Information Extraction:
Entity Recognition evaluation, six files of New York Times and Associated Press stories of
14-15 March and 3-29 April 1998 (94 stories), marked up with named entities; the sha256 of
each file used is in :data:`SHA256`, and another copy is refused.

One row per story, in file order: ``id`` = ``ieer/<DOCNO>``, the headline as title, the date,
and the text with the entity mark-up (and the WorldSources copyright notice of the AP's
"MALAYSIA" digests) removed, its line breaks joined and its indented paragraphs kept as
paragraphs. A story the wire sent again, updated (half or more of the shorter version's words
shared; the AP files repeat several, some under a new headline), is kept once, in its longest
version: 86 of the 94 stories. (Between different stories the share is at most 0.41.)
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from copies import is_the_copy, write_jsonl

#: file -> sha256 of the copy the reading was made from
SHA256 = {
    "APW_19980314": "7331850bc5b3fd8aa8c74a607a95e92f4a59101e6de8699a216ccbf207c2583f",
    "APW_19980424": "5c1b2cc84f163de4a917a5570ea5fdc4be9ddad25ad32392b3c8329b19ca5b87",
    "APW_19980429": "339fec18c814f12dbea8460b8b3e693979d4b9c6cef0eb36bbf97d21027e68d5",
    "NYT_19980315": "a4891b078f11dea4ea592fc2adb456531518cae8e992a5b5e62745637d30fe1a",
    "NYT_19980403": "d4cf470827a9360490a2c11684f393c416588f8c9675f1cfdd7b4cdb40f8ceea",
    "NYT_19980407": "b018302c75c630202486b2149ba121ac488bfa6a7d92b8ea802b88301c66fca7",
}

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
            raw = _NOTICE.sub("", _field("TEXT", doc))
            paragraphs = (re.sub(r"\s+", " ", p).strip() for p in _PARAGRAPH.split(raw))
            body = "\n\n".join(p for p in paragraphs if p)
            row = {
                "id": f"ieer/{_field('DOCNO', doc)}",
                "title": re.sub(r"\s+", " ", _field("HEADLINE", doc)),
                "date": _field("DATE_TIME", doc),
                "text": body,
            }
            kept = next((i for i, r in enumerate(rows) if _repeats(str(r["text"]), body)), None)
            if kept is None:
                rows.append(row)
            elif len(body) > len(str(rows[kept]["text"])):
                rows[kept] = row
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write("usage: ieer_to_jsonl.py IEER_DIR OUT.jsonl\n")
        return 2
    files = [Path(argv[0]) / name for name in sorted(SHA256)]
    if not all(is_the_copy(str(p), [p], SHA256[p.name]) for p in files):
        return 1
    write_jsonl(stories([p.read_text(encoding="latin-1") for p in files]), argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
