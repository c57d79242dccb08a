"""Sentence segmentation (placeholder being replaced by the news segmenter)."""

from __future__ import annotations

import re

_END_RE = re.compile(r"[^\n.!?]*(?:[.!?]+|$)")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of sentences, stripped of surrounding whitespace."""
    out = []
    for m in _END_RE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
