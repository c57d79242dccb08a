"""Turn the weblog posts of the English Web Treebank (Universal Dependencies, dev and test
parts) into the JSON lines the reading check reads.

``python bench/reading_check/ewt_to_jsonl.py UD_ENGLISH_EWT_DIR weblogs_2003_2006.jsonl``

The source is ``en_ewt-ud-dev.conllu`` and ``en_ewt-ud-test.conllu`` of
github.com/UniversalDependencies/UD_English-EWT at commit 15d613d (CC BY-SA 4.0; so is the
JSON lines file made from it), built over the LDC's English Web Treebank (LDC2012T13). Of its
kinds of web text (weblogs, newsgroups, emails, reviews, answers) only the 28 weblog posts are
read: political and business blogs of 2003 to 2006 (Juan Cole's digests of the Iraq war's news,
posts on Israel, Iran, Guantanamo and the "war on terror", Google's business), whole posts with
their paragraphs, written by bloggers who quote and comment on the news: the genre next to news
that a researcher gathering conflict coverage from the web meets. No reading had read them. The
sha256 of the two files read in that order is :data:`SHA256`; another copy is refused. (The
treebank's train part is not in the snapshot this was made from.)

One row per weblog post (``# newdoc id = weblog-...``), in file order, dev then test: ``id`` =
``ewt/<blog>_<time>`` (the newdoc id without its ``weblog-`` prefix and ``_ENG_`` tail),
``date`` the post's (``YYYY-MM-DD``, from its id), the post's paragraphs (``# newpar``), each
the sentences' ``# text`` joined by spaces; its title is its first sentence's first 80
characters.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from copies import conllu_documents, convert_folder

#: sha256 of ``en_ewt-ud-dev.conllu`` then ``en_ewt-ud-test.conllu`` at UD_English-EWT 15d613d
SHA256 = "2ea183f11e39e9844901c53f743406de0b694afe3ff331c3c5d28dc9584c8b73"
FILES = ["en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu"]
#: a weblog's newdoc id: ``weblog-<site>_<blog>_<YYYYMMDDhhmmss>_ENG_...``
_WEBLOG = re.compile(r"weblog-(?P<name>.+?_(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)\d{4,6})_ENG_.*")


def rows(folder: str) -> Iterator[dict[str, object]]:
    """The rows of the weblog posts (see the module's docstring)."""
    for doc in conllu_documents(folder, FILES):
        post = _WEBLOG.fullmatch(doc.id)
        if post is None or not doc.texts:
            continue
        yield {
            "id": f"ewt/{post['name']}",
            "title": doc.paragraphs[0][0][:80],
            "date": f"{post['y']}-{post['m']}-{post['d']}",
            "text": "\n\n".join(doc.texts),
        }


if __name__ == "__main__":
    sys.exit(
        convert_folder(
            sys.argv[1:], "ewt_to_jsonl.py UD_ENGLISH_EWT_DIR OUT.jsonl", FILES, SHA256, rows
        )
    )
