"""Turn the first items of the AG News test set into the JSON lines the reading check reads.

``python bench/reading_check/agnews_to_jsonl.py test.csv agnews_2004.jsonl``

The AG News topic classification set (Zhang, Zhao and LeCun 2015), built from AG's corpus of news
articles gathered from more than 2,000 news sources by the ComeToMyHead search engine in 2004 and
2005 (provided by the academic community for research, non-commercial use). Its test part is
7,600 items, 1,900 of each class (1 World, 2 Sports, 3 Business, 4 Sci/Tech), a title and a short
description each (a lead of one to three sentences, often opened by its agency: "AP - ",
"Reuters - "). The copy used is ``ag_news_csv/test.csv`` in
github.com/madhubandru/Text-Classification-on-News-Articles-using-BERT-Framework at commit
082f2db (a header line ``label,title,description`` before the 7,600 rows), sha256 in
:data:`SHA256`; another copy is refused. No outlet or item of it was read by the reading check
before its own first reading. The first :data:`KEEP` items become rows: ``id`` =
``agnews/<n>`` (its place in the file, from 1), the title, the class as ``topic``, date
``2004``, and the description as the text, with AG's escapes put back (``#36;`` is "$",
``#39;`` an apostrophe, a backslash a line break, here a space). The class is not a kind: a
reader gives each item its kind (``agnews_kinds.yaml``); Sports items are left out there.
"""

from __future__ import annotations

import csv
import html
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from copies import is_the_copy, write_jsonl

SHA256 = "72b844642f92fb74fe397f0d1dd8a46d4cfd6fff60bc5c1a214fe40c44708fd7"
#: how many items, from the first, become rows: enough for a reading, few enough for readers to
#: give each its kind before any output is seen
KEEP = 2000
CLASSES = {"1": "World", "2": "Sports", "3": "Business", "4": "Sci/Tech"}


def clean(text: str) -> str:
    """AG's escapes put back and runs of spaces made one: ``#36;`` is "$" (``&`` entities and
    ``quot;``, ``amp;`` alike), `` #39;s`` a possessive, a backslash a line break (a space), and
    the ``quot;`` of a quotation its opening and closing marks, as they alternate."""
    text = re.sub(r" ?#39;(?=[st]\b)", "'", text)
    text = re.sub(r"#(\d+);", lambda m: html.unescape(f"&#{m.group(1)};"), text)
    text = re.sub(r"\b(amp|lt|gt);", lambda m: html.unescape(f"&{m.group(1)};"), text)
    text = html.unescape(text.replace("\\", " "))
    pieces = re.split(r"\s*quot;\s*", text)
    text = pieces[0]
    for n, piece in enumerate(pieces[1:]):
        text += f' "{piece}' if n % 2 == 0 else f'" {piece}'
    return re.sub(r"\s+", " ", text).strip()


def rows(path: Path) -> Iterator[dict[str, object]]:
    """The first :data:`KEEP` items of the test set as rows."""
    with path.open(encoding="utf-8", newline="") as fh:
        for n, item in enumerate(csv.DictReader(fh), 1):
            if n > KEEP:
                break
            yield {
                "id": f"agnews/{n}",
                "title": clean(item["title"]),
                "topic": CLASSES[item["label"]],
                "date": "2004",
                "text": clean(item["description"]),
            }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write("usage: agnews_to_jsonl.py test.csv OUT.jsonl\n")
        return 2
    if not is_the_copy(argv[0], [Path(argv[0])], SHA256):
        return 1
    write_jsonl(rows(Path(argv[0])), argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
