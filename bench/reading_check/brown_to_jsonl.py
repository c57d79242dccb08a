"""Turn the press reportage of the Brown corpus into the JSON lines the reading check reads.

``python bench/reading_check/brown_to_jsonl.py brown/ brown_news_1961.jsonl``

The source is NLTK's ``brown`` corpus (``packages/corpora/brown.zip`` in
github.com/nltk/nltk_data at commit 5db857e): the Brown University Standard Corpus of
Present-Day American English (Francis and Kucera, 1961 texts), whose category "news" (files
``ca01`` to ``ca44``) holds 44 samples of about 2,000 words of American press reportage of 1961,
each from one newspaper and often several stories long. The files are read with NLTK's own
reader (tags dropped) and each sentence is put back into text with NLTK's Treebank
detokenizer; each sample becomes a row (``id`` = ``brown/<file>``, no title: the sample has none)
with its paragraphs kept. sha256 of ``ca01`` ... ``ca44`` together (the files' bytes in name
order): :data:`SHA256`; another copy is refused.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import nltk.data
from nltk.corpus.reader import CategorizedTaggedCorpusReader
from nltk.tokenize.treebank import TreebankWordDetokenizer

SHA256 = "00f27c40b9f4f613a8e605ae3d7df37d5d33c482d907f76e3e74e7e97ed56f6e"
FILES = [f"ca{n:02d}" for n in range(1, 45)]


def samples(root: str) -> list[dict[str, object]]:
    """The 44 news samples, in file order, as rows of plain text."""
    nltk.data.path.append(str(Path(root).resolve()))  # NLTK reads only where it is told to
    reader = CategorizedTaggedCorpusReader(root, FILES, cat_file="cats.txt")
    detok = TreebankWordDetokenizer()
    rows: list[dict[str, object]] = []
    for fileid in FILES:
        paragraphs = [
            " ".join(detok.detokenize(list(sent)) for sent in para) for para in reader.paras(fileid)
        ]
        rows.append({"id": f"brown/{fileid}", "title": "", "text": "\n\n".join(paragraphs)})
    return rows


def digest(root: Path) -> str:
    """sha256 of the 44 news files' bytes, concatenated in name order."""
    h = hashlib.sha256()
    for name in FILES:
        h.update((root / name).read_bytes())
    return h.hexdigest()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write("usage: brown_to_jsonl.py BROWN_DIR OUT.jsonl\n")
        return 2
    found = digest(Path(argv[0]))
    if found != SHA256:
        sys.stderr.write(f"{argv[0]}: sha256 {found}, not the copy the reading used: {SHA256}\n")
        return 1
    with Path(argv[1]).open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(row) + "\n" for row in samples(argv[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
