"""Turn the test part of the CoNLL-2000 chunking data (Wall Street Journal, 1989) into the JSON
lines the reading check reads.

``python bench/reading_check/conll2000_to_jsonl.py conll2000/ wsj20_1989.jsonl``

The source is NLTK's ``conll2000`` corpus (``packages/corpora/conll2000.zip`` in
github.com/nltk/nltk_data at commit 5db857e), its ``test.txt``: section 20 of the Penn
Treebank's Wall Street Journal (Tjong Kim Sang and Buchholz 2000), 2,012 sentences of stories of
1989, one token a line with its part-of-speech and chunk tags. Those stories were never read
by the reading check (the Penn Treebank sample it read, ``wsj_1989.jsonl``, is section 00 and
01's ``wsj_0001`` to ``wsj_0199``). The file marks sentences but not stories, so each sentence
becomes a row of its own, as the RTE passages were: ``id`` = ``wsj20/<n>`` (1-based, in file
order), date ``1989``, its first 80 characters as its title, and its tokens put back into text
with NLTK's Treebank detokenizer (read with NLTK's own reader, tags dropped). The sha256 of
``test.txt`` is :data:`SHA256`; another copy is refused.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from copies import convert_folder, let_nltk_read
from nltk.corpus.reader import ConllChunkCorpusReader
from nltk.tokenize.treebank import TreebankWordDetokenizer

#: sha256 of ``test.txt``
SHA256 = "73b7b1e565fa75a1e22fe52ecdf41b6624d6f59dacb591d44252bf4d692b1628"
FILES = ["test.txt"]


def rows(folder: str) -> Iterator[dict[str, object]]:
    """The sentences of ``test.txt`` under ``folder``, one row each (see the module's
    docstring)."""
    let_nltk_read(folder)
    reader = ConllChunkCorpusReader(folder, FILES, ("NP", "VP", "PP"))
    detok = TreebankWordDetokenizer()
    for n, words in enumerate(reader.sents("test.txt"), 1):
        text = detok.detokenize(list(words))
        yield {"id": f"wsj20/{n}", "title": text[:80], "date": "1989", "text": text}


if __name__ == "__main__":
    sys.exit(
        convert_folder(
            sys.argv[1:], "conll2000_to_jsonl.py CONLL2000_DIR OUT.jsonl", FILES, SHA256, rows
        )
    )
