"""Turn one file of the Reuters-21578 collection into the JSON lines the reading check reads.

``python bench/reading_check/reuters_to_jsonl.py reut2-000.sgm reuters21578_000.jsonl``

Reuters-21578, Distribution 1.0 (D. D. Lewis; newswire of 1987, copyright Reuters Ltd., free
distribution for research purposes only). ``reuters21578_000.jsonl`` in this folder was made
from ``reut2-000.sgm`` (sha256 fbbc4be9...2082d8c; the copy in github.com/shaefeli/NLP_training
at commit a417604): one row per article with a body (925 of 1,000), ``id`` =
``reuters-21578/<NEWID>``, the title, date and TOPICS as given, and the body with its line
breaks joined and its indented paragraphs kept as paragraphs (the closing "Reuter" dropped).
``reuters21578_001.jsonl`` was made the same way from ``reut2-001.sgm`` (930 of 1,000 articles;
sha256 dc6b9efb...d42fad1; the copy in github.com/UlisesRodriguezPerez/Tarea_Programada_3_RIT
at commit c497012). Copies of these files on GitHub are students' and some are edited: another
copy of reut2-001.sgm differs from this one in two places ("4.50 mln stg" / "450 mln stg", "The
U.S. economy" / "U.S. economy"), another of reut2-000.sgm in one ("Test Viacom's").
The other files were made the same way from the copies in github.com/loki86/ksr_zadanie1V2
at commit d16457f, the only ones found, so none was checked against a second copy:

==========================  ======================  ========  ======================
file in this folder         made from               articles  sha256 of the source
==========================  ======================  ========  ======================
``reuters21578_002.jsonl``  ``reut2-002.sgm``       906       99f18068...5f3e6628
``reuters21578_003.jsonl``  ``reut2-003-full.sgm``  926       24c0aec3...f088d5bd
``reuters21578_004.jsonl``  ``reut2-004.sgm``       897       726342c1...0c62eb6ff0
``reuters21578_005.jsonl``  ``reut2-005.sgm``       924       d09de619...9b91522e7
``reuters21578_006.jsonl``  ``reut2-006.sgm``       921       b5535c0d...6630fb361d
``reuters21578_007.jsonl``  ``reut2-007.sgm``       890       aa706007...6d2c2062
``reuters21578_008.jsonl``  ``reut2-008.sgm``       917       a3994583...28035a336cb
``reuters21578_009.jsonl``  ``reut2-009.sgm``       904       29995f60...aaea39c7d
``reuters21578_010.jsonl``  ``reut2-010.sgm``       911       996df600...ac82960fa3
``reuters21578_011.jsonl``  ``reut2-011.sgm``       912       d3a27820...1a25a1c56a53ca
``reuters21578_012.jsonl``  ``reut2-012.sgm``       930       da31035d...6d544e81c5604ab
``reuters21578_013.jsonl``  ``reut2-013.sgm``       637       8f7700bc...9b2b1cf0b8be
``reuters21578_014.jsonl``  ``reut2-014.sgm``       656       ef936bd3...9c8737ceda83ab
``reuters21578_015.jsonl``  ``reut2-015.sgm``       924       6d3bcec7...2ab836f74026
``reuters21578_016.jsonl``  ``reut2-016.sgm``       947       be2f03a1...c8cfbda8812
``reuters21578_017.jsonl``  ``reut2-017.sgm``       940       f370e610...72a6060b73b5
``reuters21578_018.jsonl``  ``reut2-018.sgm``       907       a5f971bf...0590897f209a
``reuters21578_019.jsonl``  ``reut2-019.sgm``       902       d3b07097...5339dffb
``reuters21578_020.jsonl``  ``reut2-020.sgm``       777       f6ad1b72...af05d8e860d
``reuters21578_021.jsonl``  ``reut2-021.sgm``       460       3f5196d3...f45ea17f4594fa0e2b3630b18
==========================  ======================  ========  ======================

(articles with a body, of 1,000 in each source file but the last, ``reut2-021.sgm``, which
holds 578; the repository also has a ``reut2-021-moj.sgm``, not used). That repository's
``reut2-003.sgm`` and ``reut2-003-Kopia.sgm`` hold only 157 and 111 of the articles, and its
``reut2-003-full.sgm``
differs from the distribution in at least one tag ("<PLACES>uk</D></PLACES>" in the first
article).
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from copies import write_jsonl

_DOC = re.compile(r"<REUTERS([^>]*)>(.*?)</REUTERS>", re.S)
_PARAGRAPH = re.compile(r"\n(?=\s{3,}\S)")


def _field(tag: str, doc: str) -> str | None:
    found = re.search(rf"<{tag}>(.*?)</{tag}>", doc, re.S)
    return html.unescape(found.group(1)) if found else None


def articles(sgm: str) -> list[dict[str, object]]:
    """The articles of one ``reut2-*.sgm`` text that have a body, in file order."""
    rows: list[dict[str, object]] = []
    for attrs, doc in _DOC.findall(sgm):
        body = _field("BODY", doc)
        if body is None:
            continue
        newid = re.search(r'NEWID="(\d+)"', attrs)
        assert newid, attrs
        body = re.sub(r"\s*\bReuter\s*$", "", body.replace("\x03", "").strip())
        paragraphs = (re.sub(r"\s+", " ", p).strip() for p in _PARAGRAPH.split(body))
        rows.append(
            {
                "id": f"reuters-21578/{newid.group(1)}",
                "title": _field("TITLE", doc) or "",
                "date": (_field("DATE", doc) or "").strip(),
                "topics": re.findall(r"<D>(.*?)</D>", _field("TOPICS", doc) or ""),
                "text": "\n\n".join(p for p in paragraphs if p),
            }
        )
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write("usage: reuters_to_jsonl.py REUT2-NNN.sgm OUT.jsonl\n")
        return 2
    write_jsonl(articles(Path(argv[0]).read_text(encoding="latin-1")), argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
