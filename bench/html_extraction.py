"""Main-text extraction from news pages: which library, measured (README, "Inputs").

Saved news pages are built from the Wikinews benchmark articles (their text is the truth) in
two page shapes, each with the boilerplate of a real news site around the article: a
``<head>`` with scripts, styles and metadata, a navigation menu, a cookie banner, a "related
stories" box, a newsletter box, share buttons and a footer. ``semantic`` pages put the story
in ``<article>`` with ``<h1>``; ``div-soup`` pages use only ``<div class=...>`` and put the
metadata in visible bylines, as older CMSs do. For every candidate it prints:

* **recall**: the share of the article's paragraphs found whole in the extracted text;
* **lines**: the share of the article's paragraphs that are a line of their own in the
  extracted text (the package's paragraphs are lines, and sentences never cross them);
* **leak**: the share of pages whose extracted text holds any boilerplate string;
* **metadata**: title, date, author and site name found (where the extractor gives them);
* **time** per page, and the size of the installed package folders it needs.

Run from the repository root (the candidates besides trafilatura are not pinned; install them
in a scratch environment: ``pip install readability-lxml justext``)::

    python bench/html_extraction.py [--data ../shared/data/bench/wikinews.jsonl] [--pages 100]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from collections.abc import Callable
from importlib import util
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BOILERPLATE = [
    "Subscribe to our newsletter",
    "We use cookies to improve your experience",
    "Related stories",
    "Share on Facebook",
    "All rights reserved",
    "Home World Politics Business",
    "window.dataLayer",
    "font-family",
    "Most read today",
]
AUTHOR = "Jane Reporter"
SITE = "The Daily Example"


def _page(doc: dict[str, Any], shape: str) -> str:
    title = html.escape(doc["title"])
    date = doc.get("date") or "2020-01-01"
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in doc["text"].split("\n") if p.strip())
    related = "".join(f'<li><a href="/story/{i}">Related headline {i}</a></li>' for i in range(6))
    head = (
        f"<head><meta charset='utf-8'><title>{title} | {SITE}</title>"
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:site_name" content="{SITE}">'
        f'<meta property="article:published_time" content="{date}T08:00:00Z">'
        f'<meta name="author" content="{AUTHOR}">'
        f'<link rel="canonical" href="https://example.org/news/{doc["id"]}">'
        "<style>body { font-family: sans-serif; }</style>"
        "<script>window.dataLayer = window.dataLayer || []; function gtag(){}</script></head>"
    )
    nav = "<a href='/'>Home</a> <a href='/w'>World</a> <a href='/p'>Politics</a> <a>Business</a>"
    cookie = "We use cookies to improve your experience. <button>Accept</button>"
    aside = f"<h3>Related stories</h3><ul>{related}</ul><h3>Most read today</h3>"
    share = "<a>Share on Facebook</a> <a>Share on X</a>"
    news = "Subscribe to our newsletter <input type='email'><button>Sign up</button>"
    foot = f"© 2024 {SITE}. All rights reserved. <a>Privacy</a> <a>Terms</a>"
    if shape == "semantic":
        body = (
            f"<body><div class='cookie'>{cookie}</div><header><nav>{nav}</nav></header><main>"
            f"<article><h1>{title}</h1><p class='byline'>By {AUTHOR}, {date}</p>"
            f"<div class='share'>{share}</div>{paras}</article>"
            f"<aside>{aside}</aside><div class='newsletter'>{news}</div></main>"
            f"<footer>{foot}</footer></body>"
        )
    else:
        body = (
            f"<body><div id='cookie-banner'>{cookie}</div><div class='top-menu'>{nav}</div>"
            f"<div class='wrapper'><div class='col-left'><div class='headline'>{title}</div>"
            f"<div class='byline'>By {AUTHOR} | {date}</div><div class='social'>{share}</div>"
            f"<div class='story-body'>{paras}</div></div><div class='col-right'>{aside}</div>"
            f"</div><div class='promo'>{news}</div><div class='bottom'>{foot}</div></body>"
        )
    return f"<!DOCTYPE html><html lang='en'>{head}{body}</html>"


def _candidates() -> dict[str, tuple[list[str], Callable[[str], dict[str, Any]]]]:
    def trafilatura_(fast: bool, precision: bool = False) -> Callable[[str], dict[str, Any]]:
        def run(page: str) -> dict[str, Any]:
            import trafilatura

            doc = trafilatura.bare_extraction(
                page,
                fast=fast,
                favor_precision=precision,
                with_metadata=True,
                include_comments=False,
                include_tables=False,
            )
            if doc is None:
                return {"text": ""}
            return {
                "text": doc.text or "",
                "title": doc.title,
                "date": doc.date,
                "author": doc.author,
                "site": doc.sitename,
            }

        return run

    def readability(page: str) -> dict[str, Any]:
        import lxml.html
        from readability import Document

        d = Document(page)
        tree = lxml.html.fromstring(d.summary())
        text = "\n".join(t.strip() for t in tree.itertext() if t.strip())
        return {"text": text, "title": d.short_title()}

    def justext_(page: str) -> dict[str, Any]:
        import justext

        parts = justext.justext(page.encode("utf-8"), justext.get_stoplist("English"))
        return {"text": "\n".join(p.text for p in parts if not p.is_boilerplate)}

    def lxml_all_text(page: str) -> dict[str, Any]:
        import lxml.html

        tree = lxml.html.fromstring(page)
        return {"text": tree.text_content()}

    # the package as checked out, imported once (not inside the timed function)
    sys.path.insert(0, str(ROOT))
    from analysis.errors import ArticleError
    from analysis.html import extract_page

    def package(page: str) -> dict[str, Any]:
        try:
            text, meta = extract_page(page, where="page")
        except ArticleError:
            return {"text": ""}
        if meta["title"]:  # the package drops the headline from the text; count it as found
            text = meta["title"] + "\n" + text
        return {"text": text, **meta}

    return {
        "analysis.html (chosen: precise, else default)": (
            ["trafilatura", "htmldate", "courlan", "justext", "lxml"],
            package,
        ),
        "trafilatura": (
            ["trafilatura", "htmldate", "courlan", "justext", "lxml"],
            trafilatura_(False),
        ),
        "trafilatura fast": (["trafilatura", "htmldate", "courlan", "lxml"], trafilatura_(True)),
        "trafilatura favor_precision": (
            ["trafilatura", "htmldate", "courlan", "justext", "lxml"],
            trafilatura_(False, True),
        ),
        "readability-lxml": (["readability", "lxml"], readability),
        "jusText": (["justext", "lxml"], justext_),
        "all text (lxml, baseline)": (["lxml"], lxml_all_text),
    }


def _mb(modules: list[str]) -> float:
    total = 0
    for m in modules:
        spec = util.find_spec(m)
        if spec is not None and spec.submodule_search_locations:
            folder = Path(next(iter(spec.submodule_search_locations)))
            total += sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    return total / 2**20


def _short(text: str) -> list[str]:
    """The first two sentences of the first paragraph with words, as two paragraphs."""
    para = next(p for p in text.split("\n") if len(p.split()) > 8)
    sentences = [s.strip() + "." for s in para.split(". ") if s.strip()][:2]
    return [s[:120] for s in sentences]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/bench/wikinews.jsonl")
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--short", action="store_true", help="only the first paragraph (short pages)")
    args = ap.parse_args(argv)
    docs = [json.loads(x) for x in args.data.read_text(encoding="utf-8").splitlines() if x.strip()]
    docs = docs[: args.pages]
    if args.short:  # pages with two short paragraphs (under 250 characters of text)
        docs = [{**d, "text": "\n".join(_short(d["text"]))} for d in docs]
    pages = [(d, shape, _page(d, shape)) for d in docs for shape in ("semantic", "div-soup")]
    print(
        f"{len(pages)} pages ({len(docs)} articles x 2 shapes), "
        f"mean {sum(len(p) for *_, p in pages) / len(pages) / 1024:.1f} KB"
    )
    for name, (modules, run) in _candidates().items():
        if util.find_spec(modules[0]) is None:
            print(f"{name}: not installed")
            continue
        run(pages[0][2])  # imports and caches
        found = total = leaks = lines = 0
        meta = {"title": 0, "date": 0, "author": 0, "site": 0}
        by_shape = {"semantic": [0, 0], "div-soup": [0, 0]}
        t0 = time.perf_counter()
        outs = [run(page) for *_, page in pages]
        per_page = (time.perf_counter() - t0) / len(pages)
        for (doc, shape, _), out in zip(pages, outs, strict=True):
            raw = out.get("text") or ""
            text = _norm(raw)
            own_lines = {_norm(x) for x in raw.split("\n")}
            paras = [_norm(p) for p in doc["text"].split("\n") if p.strip()]
            hit = sum(p in text for p in paras)
            lines += sum(p in own_lines for p in paras)
            found += hit
            total += len(paras)
            by_shape[shape][0] += hit
            by_shape[shape][1] += len(paras)
            leaks += any(b in text for b in BOILERPLATE)
            meta["title"] += out.get("title") == doc["title"]
            meta["date"] += bool(out.get("date")) and str(out["date"]).startswith(
                doc.get("date") or "2020-01-01"
            )
            meta["author"] += out.get("author") == AUTHOR
            meta["site"] += out.get("site") == SITE
        n = len(pages)
        print(
            f"{name}: recall {found / total:.3f} (semantic "
            f"{by_shape['semantic'][0] / by_shape['semantic'][1]:.3f}, div-soup "
            f"{by_shape['div-soup'][0] / by_shape['div-soup'][1]:.3f}); as lines "
            f"{lines / total:.3f}; pages leaking "
            f"boilerplate {leaks / n:.3f}; metadata found: "
            + ", ".join(f"{k} {v / n:.2f}" for k, v in meta.items())
            + f"; {1000 * per_page:.1f} ms/page; packages {_mb(modules):.1f} MB"
        )


if __name__ == "__main__":
    main()
