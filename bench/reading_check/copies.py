"""What the reading check's source converters share: checking that a source is the copy a
reading was made from, reading the documents of CoNLL-U treebanks, and writing the rows as JSON
lines (``*_to_jsonl.py`` beside this file)."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import nltk.data


def is_the_copy(label: str, paths: Sequence[Path], expected: str) -> bool:
    """Whether the sha256 of ``paths``' bytes, concatenated in the order given, is
    ``expected``; if not, say so on stderr (naming ``label``)."""
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        sys.stderr.write(f"{label}: no file {missing[0]} (is this the source's folder?)\n")
        return False
    h = hashlib.sha256()
    for path in paths:
        h.update(path.read_bytes())
    found = h.hexdigest()
    if found == expected:
        return True
    sys.stderr.write(f"{label}: sha256 {found}, not the copy the reading used: {expected}\n")
    return False


def write_jsonl(rows: Iterable[dict[str, object]], path: str | Path) -> None:
    """One JSON object per line, UTF-8."""
    with Path(path).open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(row) + "\n" for row in rows)


def let_nltk_read(root: str | Path) -> None:
    """Let NLTK's corpus readers open files under ``root`` (they read only where
    ``nltk.data.path`` allows)."""
    allowed = str(Path(root).resolve())
    if allowed not in nltk.data.path:
        nltk.data.path.append(allowed)


def convert_folder(
    argv: Sequence[str],
    usage: str,
    files: Sequence[str],
    expected: str,
    rows: Callable[[str], Iterable[dict[str, object]]],
) -> int:
    """The command line of a converter that reads ``files`` under a source folder:
    ``SOURCE_DIR OUT.jsonl``. Checks the copy (``expected``: the sha256 of the files in that
    order), then writes ``rows(SOURCE_DIR)``; returns the exit status."""
    if len(argv) != 2:
        sys.stderr.write(f"usage: {usage}\n")
        return 2
    if not is_the_copy(argv[0], [Path(argv[0]) / name for name in files], expected):
        return 1
    write_jsonl(rows(argv[0]), argv[1])
    return 0


@dataclass(frozen=True)
class ConlluDocument:
    """One document of a CoNLL-U file: its ``# newdoc id``, its paragraphs (``# newpar``), each
    the list of its sentences' ``# text`` (a document without paragraph marks is one
    paragraph), and its ``# meta::key = value`` lines."""

    id: str
    paragraphs: list[list[str]] = field(default_factory=lambda: [[]])
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def texts(self) -> list[str]:
        """Each paragraph that holds a sentence, its sentences joined by spaces."""
        return [" ".join(p) for p in self.paragraphs if p]


def conllu_documents(folder: str | Path, files: Sequence[str]) -> Iterator[ConlluDocument]:
    """Every document of the CoNLL-U ``files`` under ``folder``, in order (files in the order
    given, documents in file order)."""
    for name in files:
        doc: ConlluDocument | None = None
        for line in (Path(folder) / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("# newdoc id = "):
                if doc is not None:
                    yield doc
                doc = ConlluDocument(line.removeprefix("# newdoc id = ").strip())
            elif doc is None:
                continue
            elif line.startswith("# newpar") and doc.paragraphs[-1]:
                doc.paragraphs.append([])
            elif line.startswith("# text = "):
                doc.paragraphs[-1].append(line.removeprefix("# text = ").strip())
            elif line.startswith("# meta::"):
                key, _, value = line.removeprefix("# meta::").partition(" = ")
                doc.meta[key.strip()] = value.strip()
        if doc is not None:
            yield doc
