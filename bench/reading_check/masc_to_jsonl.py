"""Turn the newspaper texts of MASC into the JSON lines the reading check reads.

``python bench/reading_check/masc_to_jsonl.py masc_tagged/ masc_news_2000.jsonl``

The source is NLTK's ``masc_tagged`` corpus (``packages/corpora/masc_tagged.zip`` in
github.com/nltk/nltk_data at commit 5db857e): the Manually Annotated Sub-Corpus of the American
National Corpus, one sentence per line, words tagged ``word_TAG``. Of its 52 texts in the category
"newspaper", the 36 from the Wall Street Journal (``wsj_*``, the Penn Treebank's) are left out;
the other 16 are used: New York Times and Associated Press stories of April 2000 on a
congressman's visit to Iraq under sanctions, two Agence France-Presse items on Dubai, nine New
York Times News Service wire stories of 31 July 2002 (sport, business, food, science, the atomic
bomb), with their wire headers as sent, and ``20020731-nyt``, one day's New York Times stories and
editorials in one file. The sha256 of the 16 files together (their bytes in the order of
:data:`FILES`) is :data:`SHA256`; another copy is refused.

Files are read with NLTK's own reader (tags dropped) and each sentence is put back into text
with NLTK's Treebank detokenizer. MASC tags every double quotation mark alike, so within a
paragraph they are taken to open and close in turn. ``20020731-nyt`` is cut into its stories at
each paragraph that opens with four or more words in capitals (its headlines: the subheads
inside one story have three or fewer); that run of capitals, which ends with the dateline,
becomes the story's title. Every other file is one row with no title (its header lines are part
of its text). Ids are ``masc/<file>``, and ``masc/20020731-nyt/<n>`` for the day's stories.
"""

from __future__ import annotations

import sys

from copies import convert_folder, let_nltk_read
from nltk.corpus.reader import CategorizedTaggedCorpusReader
from nltk.tokenize.treebank import TreebankWordDetokenizer

#: the newspaper texts read, in row order (MASC's ``written/`` folder)
FILES = [
    "20000410_nyt-NEW",
    "20000415_apw_eng-NEW",
    "20000419_apw_eng-NEW",
    "20000424_nyt-NEW",
    "A1.E1-NEW",
    "A1.E2-NEW",
    *(f"NYTnewswire{n}" for n in range(1, 10)),
    "20020731-nyt",
]
#: their paths under the corpus folder
FILEIDS = [f"written/{name}.txt" for name in FILES]
SHA256 = "d915cbb4ad41b082b614f8403c26cb5dadf51f00161908ed8e26724af775e2b8"

#: the file holding a day's stories, cut at its headlines
DAY = "20020731-nyt"
_HEADLINE_WORDS = 4


def _quotes(words: list[str]) -> list[str]:
    """``words`` with each plain double quote made an opening or a closing one, in turn."""
    out, is_open = [], False
    for word in words:
        if word == '"':
            word = "''" if is_open else "``"
            is_open = not is_open
        out.append(word)
    return out


def _headline(words: list[str]) -> int:
    """How many words open a paragraph with no lower-case letter, if four or more of them
    have letters (a headline and its dateline); else 0."""
    n = next((i for i, word in enumerate(words) if any(c.islower() for c in word)), len(words))
    lettered = sum(any(c.isalpha() for c in word) for word in words[:n])
    return n if lettered >= _HEADLINE_WORDS else 0


def rows(root: str) -> list[dict[str, object]]:
    """The newspaper texts of MASC under ``root``, as rows of plain text."""
    let_nltk_read(root)
    reader = CategorizedTaggedCorpusReader(root, FILEIDS, cat_file="categories.txt", sep="_")
    detok = TreebankWordDetokenizer()
    out: list[dict[str, object]] = []
    for name, fileid in zip(FILES, FILEIDS, strict=True):
        stories: list[tuple[str, list[str]]] = []
        for para in reader.paras(fileid):
            words = iter(_quotes([word for sent in para for word in sent]))
            sents = [[next(words) for _ in sent] for sent in para]
            cut = _headline(sents[0]) if name == DAY else 0
            if cut or not stories:
                stories.append((detok.detokenize(sents[0][:cut]), []))
                sents[0] = sents[0][cut:]
            stories[-1][1].append(" ".join(detok.detokenize(s) for s in sents if s))
        for n, (title, paragraphs) in enumerate(stories, start=1):
            row_id = f"masc/{name}/{n}" if name == DAY else f"masc/{name}"
            out.append({"id": row_id, "title": title, "text": "\n\n".join(paragraphs)})
    return out


def main(argv: list[str]) -> int:
    return convert_folder(argv, "masc_to_jsonl.py MASC_TAGGED_DIR OUT.jsonl", FILEIDS, SHA256, rows)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
