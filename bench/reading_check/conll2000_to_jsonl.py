"""Turn a part of the CoNLL-2000 chunking data (Wall Street Journal, 1989) into the JSON lines
the reading check reads.

``python bench/reading_check/conll2000_to_jsonl.py conll2000/ wsj20_1989.jsonl`` (the test part)
``python bench/reading_check/conll2000_to_jsonl.py conll2000/ wsj15_18_1989.jsonl train``

The source is NLTK's ``conll2000`` corpus (``packages/corpora/conll2000.zip`` in
github.com/nltk/nltk_data at commit 5db857e): its ``test.txt``, section 20 of the Penn
Treebank's Wall Street Journal (2,012 sentences), or its ``train.txt``, sections 15 to 18 (8,936
sentences) (Tjong Kim Sang and Buchholz 2000), stories of 1989, one token a line with its
part-of-speech and chunk tags. Those stories were never read by the reading check before their
own readings (the Penn Treebank sample it read, ``wsj_1989.jsonl``, is section 00 and 01's
``wsj_0001`` to ``wsj_0199``). The files mark sentences but not stories, so each sentence becomes
a row of its own, as the RTE passages were: ``id`` = ``wsj20/<n>`` or ``wsj15-18/<n>`` (1-based,
in file order), date ``1989``, its first 80 characters as its title, and its tokens put back into
text with NLTK's Treebank detokenizer (read with NLTK's own reader, tags dropped). Each part's
file has the sha256 :data:`PARTS` gives; another copy is refused.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterator

from copies import convert_folder, let_nltk_read
from nltk.corpus.reader import ConllChunkCorpusReader
from nltk.tokenize.treebank import TreebankWordDetokenizer

#: each part: its file, the prefix of its rows' ids and the file's sha256
PARTS = {
    "test": (
        "test.txt",
        "wsj20",
        "73b7b1e565fa75a1e22fe52ecdf41b6624d6f59dacb591d44252bf4d692b1628",
    ),
    "train": (
        "train.txt",
        "wsj15-18",
        "82033cd7a72b209923a98007793e8f9de3abc1c8b79d646c50648eb949b87cea",
    ),
}
USAGE = "conll2000_to_jsonl.py CONLL2000_DIR OUT.jsonl [test|train]"


def rows(folder: str, part: str = "test") -> Iterator[dict[str, object]]:
    """The sentences of ``part``'s file under ``folder``, one row each (see the module's
    docstring)."""
    name, prefix, _ = PARTS[part]
    let_nltk_read(folder)
    reader = ConllChunkCorpusReader(folder, [name], ("NP", "VP", "PP"))
    detok = TreebankWordDetokenizer()
    for n, words in enumerate(reader.sents(name), 1):
        text = detok.detokenize(list(words))
        yield {"id": f"{prefix}/{n}", "title": text[:80], "date": "1989", "text": text}


def main(argv: list[str]) -> int:
    part = argv[2] if len(argv) == 3 else "test"
    if len(argv) not in (2, 3) or part not in PARTS:
        sys.stderr.write(f"usage: {USAGE}\n")
        return 2
    name, _, sha256 = PARTS[part]
    return convert_folder(argv[:2], USAGE, [name], sha256, functools.partial(rows, part=part))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
