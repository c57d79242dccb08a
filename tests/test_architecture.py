"""The package's import graph, read from the source: data flows one way, with no cycles.

Every ``import`` and ``from ... import`` of a package module is counted, wherever it stands
(module level, inside a function, under ``TYPE_CHECKING``): a function-level import of a layer
above is still a backwards dependency. Each module belongs to one layer of :data:`LAYERS`
(text -> matches -> events -> sentences -> summary -> frames -> plots/HTML -> reports); a module
may import its own layer or layers below it, never one above, and the graph has no cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "analysis"

#: The layers, lowest first. A new module must be placed here (the test fails until it is).
LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors", "files", "version", "language", "processes"),  # no package imports
    ("segment",),  # sentence boundaries
    ("html",),  # web pages: main text and metadata (trafilatura)
    ("text",),  # Article: paragraphs, sentences, clauses, tokens, negation scope
    ("lexicon",),  # dictionaries as data
    ("matching",),  # all lexicons at once -> matches
    ("events", "gazetteer", "actors"),  # matches -> clause-level events, with their actors
    ("intervals",),  # the bootstrap: statistics of units and their seeded resamples
    ("document",),  # what a measure reads: Document, the Measure interface
    ("sentiment", "hedging", "escalation"),  # the measures
    ("measures",),  # the registry
    ("norms",),  # reference norms: percentiles against a reference corpus
    ("frames",),  # every DataFrame
    ("readings", "display"),  # plain-English readings; HTML views for Jupyter
    ("core",),  # analyze(): the pipeline for one article
    ("corpus", "dyads"),  # many articles; dyad tables
    ("comparison",),  # differences with intervals, keyness
    ("plots", "annotate", "actorplots"),  # figures and HTML
    ("report", "kernel"),  # papermill, provenance, batches; the report kernel
    ("cli", "__main__", "evaluate", "__init__"),  # entry points and the public facade
)
RANK = {name: i for i, layer in enumerate(LAYERS) for name in layer}


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE).with_suffix("")
    parts = rel.parts
    if parts[0] == "evaluate":  # the evaluation scripts are one entry-point layer
        return "evaluate"
    return parts[0] if len(parts) == 1 else ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Package modules ``path`` imports (first component below ``analysis``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    depth = len(path.relative_to(PACKAGE).parts)  # 1 for analysis/x.py, 2 for evaluate/x.py
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "analysis" and len(parts) > 1:
                    found.add(parts[1])
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                parts = (node.module or "").split(".")
                if parts[0] != "analysis":
                    continue
                below = parts[1:]
            else:
                # relative: level 1 is the module's own package
                up = depth - node.level  # how deep below analysis/ the base package is
                if up < 0:
                    continue
                base = list(path.relative_to(PACKAGE).parts[:up])
                below = base + (node.module.split(".") if node.module else [])
            if below:
                found.add(below[0])
            else:  # "from . import plots": the names are modules (or the package root)
                found.update(a.name for a in node.names if (PACKAGE / f"{a.name}.py").exists())
                if any(not (PACKAGE / f"{a.name}.py").exists() for a in node.names):
                    found.add("__init__")
    return found


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = _module_name(path)
        graph.setdefault(name, set()).update(_imports(path) - {name})
    return graph


GRAPH = _graph()


def test_every_module_has_a_layer():
    unplaced = sorted(set(GRAPH) - set(RANK))
    assert not unplaced, f"place these modules in LAYERS: {unplaced}"


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_no_module_imports_a_layer_above_it(module):
    above = sorted(m for m in GRAPH[module] if RANK.get(m, -1) > RANK[module])
    assert not above, f"{module} (layer {RANK[module]}) imports {above} from a layer above"


def test_the_import_graph_has_no_cycle():
    state: dict[str, int] = {}  # 1 visiting, 2 done
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(GRAPH.get(node, ())):
            if state.get(nxt) == 1:
                cycle = [*path[path.index(nxt) :], nxt]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for node in sorted(GRAPH):
        if node not in state:
            visit(node)


def test_the_checker_sees_function_level_and_relative_imports(tmp_path):
    # The graph must not miss what it claims to check: a function-level relative import.
    assert "report" in GRAPH["cli"]  # cli imports report inside its command functions
    assert "text" in GRAPH["evaluate"]  # "from ..text import ..." in evaluate/sentiment.py
    assert "core" in GRAPH["__init__"]
