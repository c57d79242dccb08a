"""Turn the Wikinews articles and interviews of the Georgetown University Multilayer corpus
(GUM, in its Universal Dependencies edition) into the JSON lines the reading check reads.

``python bench/reading_check/gum_to_jsonl.py GUM_SOURCES_DIR wikinews_gum_2006_2023.jsonl``

The source is the 43 files ``GUM_news_*.conllu`` and ``GUM_interview_*.conllu`` of the folder
``not-to-release/sources`` of github.com/UniversalDependencies/UD_English-GUM at commit afb41ee
(the texts are Wikinews', CC BY 2.5, and so is the JSON lines file made from them; GUM's
annotations are not kept). They are 24 news articles and 19 interviews of English Wikinews,
written between 2006 and 2023: a stampede at the Hajj, a crane collapse in Mecca, artillery
between the Koreas, asylum seekers, an election in Hong Kong, Scientology, Internet Explorer,
and interviews with Shimon Peres, Noam Chomsky, candidates and scientists. None is among the
Wikinews articles of 2019 to 2021 the project's development data holds, and no reading had read
them. The sha256 of the files read in name order is :data:`SHA256`; another copy is refused.

One row per document (``# newdoc id = GUM_<genre>_<name>``), in name order: ``id`` =
``gum/<genre>_<name>``, ``title`` and ``date`` (``YYYY-MM-DD``) the document's
``# meta::title`` and ``# meta::dateCreated``, ``text`` its paragraphs (``# newpar``), each the
sentences' ``# text`` joined by spaces. The title is the text's first paragraph as well, as
Wikinews prints it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from copies import conllu_documents, convert_folder

GENRES = ("interview", "news")
#: the documents read: GUM's 19 Wikinews interviews and 24 Wikinews articles, by name
NAMES = {
    "interview": (
        "ants brotherhood chomsky cocktail cyclone daly dungeon gaming herrick hill libertarian"
        " licen mcguire mckenzie messina onion peres shalev stardust"
    ).split(),
    "news": (
        "afghan asylum clock crane defector election expo flag hackers homeopathic ie9 imprisoned"
        " iodine korea lanterns nasa questionnaire sensitive soccer stampede taxes warhol warming"
        " worship"
    ).split(),
}
FILES = [f"GUM_{genre}_{name}.conllu" for genre in GENRES for name in NAMES[genre]]
#: sha256 of :data:`FILES`, read in that order, at UD_English-GUM afb41ee
SHA256 = "609840d3b67e4e73190a86de5fc168633c713f23a6079bfe36941638d2238025"


def rows(folder: str) -> Iterator[dict[str, object]]:
    """The rows of the articles and interviews (see the module's docstring)."""
    for doc in conllu_documents(folder, FILES):
        if doc.texts:
            yield {
                "id": "gum/" + doc.id.removeprefix("GUM_"),
                "title": doc.meta["title"],
                "date": doc.meta["dateCreated"],
                "text": "\n\n".join(doc.texts),
            }


if __name__ == "__main__":
    sys.exit(
        convert_folder(
            sys.argv[1:], "gum_to_jsonl.py GUM_SOURCES_DIR OUT.jsonl", FILES, SHA256, rows
        )
    )
