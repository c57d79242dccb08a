"""Turn the press samples of the Brown corpus into the JSON lines the reading check reads.

``python bench/reading_check/brown_to_jsonl.py brown/ news brown_news_1961.jsonl``
``python bench/reading_check/brown_to_jsonl.py brown/ editorial brown_editorial_1961.jsonl``
``python bench/reading_check/brown_to_jsonl.py brown/ reviews brown_reviews_1961.jsonl``

The source is NLTK's ``brown`` corpus (``packages/corpora/brown.zip`` in
github.com/nltk/nltk_data at commit 5db857e): the Brown University Standard Corpus of
Present-Day American English (Francis and Kucera, 1961 texts). Its category "news" (files
``ca01`` to ``ca44``) holds 44 samples of about 2,000 words of American press reportage of 1961
and its category "editorial" (``cb01`` to ``cb27``) 27 samples of the same papers' editorials,
columns and letters, each from one paper and often several pieces long; its category "reviews"
(``cc01`` to ``cc17``) 17 samples of the same press's reviews of books, plays, music, dance and
records. The files are read
with NLTK's own reader (tags dropped) and each sentence is put back into text with NLTK's
Treebank detokenizer; each sample becomes a row (``id`` = ``brown/<file>``, no title: the
sample has none) with its paragraphs kept. The sha256 of each category's files together (their
bytes in name order) is in :data:`SOURCES`; another copy is refused.
"""

from __future__ import annotations

import sys
from pathlib import Path

from copies import is_the_copy, let_nltk_read, write_jsonl
from nltk.corpus.reader import CategorizedTaggedCorpusReader
from nltk.tokenize.treebank import TreebankWordDetokenizer

#: category -> (its files, sha256 of their bytes in name order)
SOURCES = {
    "news": (
        [f"ca{n:02d}" for n in range(1, 45)],
        "00f27c40b9f4f613a8e605ae3d7df37d5d33c482d907f76e3e74e7e97ed56f6e",
    ),
    "editorial": (
        [f"cb{n:02d}" for n in range(1, 28)],
        "02ee504707354a0d104abe5546735758ce6a412e3ea1070fd326895a3681239a",
    ),
    "reviews": (
        [f"cc{n:02d}" for n in range(1, 18)],
        "a8f4fca98bf42e8a953807c4a2b49f90d758a7d1ad1dfc5a6f19ffa306dbf9ee",
    ),
}


def samples(root: str, files: list[str]) -> list[dict[str, object]]:
    """The samples ``files``, in file order, as rows of plain text."""
    let_nltk_read(root)
    reader = CategorizedTaggedCorpusReader(root, files, cat_file="cats.txt")
    detok = TreebankWordDetokenizer()
    rows: list[dict[str, object]] = []
    for fileid in files:
        paragraphs = [
            " ".join(detok.detokenize(list(sent)) for sent in para) for para in reader.paras(fileid)
        ]
        rows.append({"id": f"brown/{fileid}", "title": "", "text": "\n\n".join(paragraphs)})
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[1] not in SOURCES:
        sys.stderr.write("usage: brown_to_jsonl.py BROWN_DIR news|editorial|reviews OUT.jsonl\n")
        return 2
    files, expected = SOURCES[argv[1]]
    if not is_the_copy(f"{argv[0]} ({argv[1]})", [Path(argv[0]) / f for f in files], expected):
        return 1
    write_jsonl(samples(argv[0], files), argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
