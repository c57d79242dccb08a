"""Turn the news sentences of the English Parallel Universal Dependencies treebank (PUD, CoNLL
2017 shared task) into the JSON lines the reading check reads.

``python bench/reading_check/pud_to_jsonl.py UD_ENGLISH_PUD_DIR pud_news_2016.jsonl``

The source is ``en_pud-ud-test.conllu`` of github.com/UniversalDependencies/UD_English-PUD at
commit f16eba4 (CC BY-SA 3.0; so is the JSON lines file made from it): 1,000 sentences drawn
by DFKI, "usually only a few sentences from each document, selected randomly, not necessarily
adjacent", from the news (sentence ids starting ``n``) and from Wikipedia (``w``). Its news is
of 2016 and about then (the US election, Brexit, the Syrian war, sport, science, business), of
outlets that no reading had read before; 250 of its sentences were written in German, French,
Italian or Spanish (the id's second and third digits: 02 to 05) and translated into English by
professional translators. The sha256 of the file is :data:`SHA256`; another copy is refused.

One row per news document (``# newdoc id = n...``), in file order: ``id`` = ``pud/<newdoc
id>``, date ``2016``, the document's sentences (their ``# text``) in order, one paragraph
each, since they are not adjacent in the original; its title is its first sentence's first 80
characters. The Wikipedia documents are left out.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from copies import conllu_documents, convert_folder

#: sha256 of ``en_pud-ud-test.conllu`` at UD_English-PUD f16eba4
SHA256 = "c80584f2bc2b31d5bada78a1136f9feec7ac49e5e18898db02dea434b5b8f0aa"
FILES = ["en_pud-ud-test.conllu"]


def rows(folder: str) -> Iterator[dict[str, object]]:
    """The rows of the news documents (see the module's docstring)."""
    for doc in conllu_documents(folder, FILES):
        # PUD marks no paragraphs: a document's sentences are its one paragraph
        sentences = [text for paragraph in doc.paragraphs for text in paragraph]
        if doc.id.startswith("n") and sentences:
            yield {
                "id": f"pud/{doc.id}",
                "title": sentences[0][:80],
                "date": "2016",
                "text": "\n\n".join(sentences),
            }


if __name__ == "__main__":
    sys.exit(
        convert_folder(
            sys.argv[1:], "pud_to_jsonl.py UD_ENGLISH_PUD_DIR OUT.jsonl", FILES, SHA256, rows
        )
    )
