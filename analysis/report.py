"""Reports: notebook parameters, provenance, papermill execution, HTML export, batches.

This is the only module that knows papermill and nbconvert (imported when a report runs).
Two halves:

* inside the notebook: :func:`check_parameters` validates the parameters cell,
  :func:`write_outputs` writes ``metrics.json`` and the CSVs byte-for-byte reproducibly, and
  :func:`save_figure` the PNGs;
* outside it: :func:`run_report` executes the shipped ``article_report.ipynb`` for one article
  into a temporary folder and renames it into place only when everything succeeded (so a
  report folder that exists is always complete), and :func:`run_batch` does many articles,
  in parallel, recording each one's status in ``batch.json``.

The notebooks are edited in the repository's ``notebooks/`` folder, which is installed as the
package :mod:`analysis.notebooks` (``pyproject.toml``); they are found with
:mod:`importlib.resources`, so reports run from a checkout and from an installed wheel alike.
Each notebook's ``parameters`` cell is the single statement of its parameters: names, types and
defaults come from :func:`papermill.inspect_notebook`.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import subprocess
import tempfile
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass
from functools import cache
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from .errors import AnalysisError, ParameterError
from .files import (
    atomic_write,
    clean_stale_temporaries,
    dumps_json,
    frame_csv,
    partial_dir,
    replace_dir,
    temp_prefix,
)
from .frames import errors_frame, matches_with_actors
from .kernel import PARENT_ENV
from .processes import die_with_parent
from .version import __version__

__all__ = [
    "ARTICLE_NOTEBOOK",
    "COMPARE_NOTEBOOK",
    "CORPUS_NOTEBOOK",
    "BatchItem",
    "NotebookParameter",
    "check_output_dir",
    "check_parameters",
    "coerce_cli_value",
    "notebook_parameters",
    "provenance",
    "provenance_table",
    "run_batch",
    "run_compare_report",
    "run_corpus_report",
    "run_report",
    "safe_slug",
    "save_figure",
    "write_comparison_outputs",
    "write_outputs",
]

#: The shipped notebooks (``notebooks/`` in the repository, ``analysis/notebooks/`` installed).
NOTEBOOKS: Traversable = resources.files("analysis.notebooks")
ARTICLE_NOTEBOOK: Traversable = NOTEBOOKS / "article_report.ipynb"
CORPUS_NOTEBOOK: Traversable = NOTEBOOKS / "corpus_report.ipynb"
COMPARE_NOTEBOOK: Traversable = NOTEBOOKS / "compare_report.ipynb"

#: A notebook to run or whose parameters to check: a shipped one or a path.
Notebook = str | os.PathLike[str] | Traversable

#: Libraries whose versions can change a number in a report; recorded in every provenance.
TRACKED_LIBRARIES = (
    "vaderSentiment",
    "textblob",
    "trafilatura",
    "py3langid",
    "nltk",
    "pandas",
    "numpy",
    "PyYAML",
    "pycountry",
    "matplotlib",
    "papermill",
    "nbconvert",
)


# --------------------------------------------------------------------------- parameters

#: Python types for the type names papermill infers from the parameters cell's annotations
#: (an int is a valid float, as in Python's typing; a bool is never an int).
PARAMETER_TYPES: dict[str, type | tuple[type, ...]] = {
    "str": str,
    "int": int,
    "float": (float, int),
    "bool": bool,
    "list": list,
    "dict": dict,
}


@dataclass(frozen=True)
class NotebookParameter:
    """One parameter of a notebook's ``parameters`` cell, as papermill infers it."""

    name: str
    type_name: str  # the annotation, e.g. "int"
    type: type | tuple[type, ...]
    default: str  # the default's source text
    help: str  # the comment after it


def _path_of(notebook: Notebook) -> AbstractContextManager[Path]:
    """A context giving ``notebook`` as a file on disk (a shipped notebook already is one,
    unless the package is imported from a zip file)."""
    if isinstance(notebook, str | os.PathLike):
        notebook = Path(notebook)
    return resources.as_file(notebook)


def notebook_parameters(notebook: Notebook = ARTICLE_NOTEBOOK) -> dict[str, NotebookParameter]:
    """The parameters of ``notebook``'s ``parameters`` cell, in order (cached per file version).

    Raises :class:`TypeError` if a parameter has no annotation among :data:`PARAMETER_TYPES`:
    a report notebook declares the type of every parameter.
    """
    with _path_of(notebook) as path:
        return _inspect(str(path), path.stat().st_mtime_ns)


@cache
def _inspect(path: str, _mtime_ns: int) -> dict[str, NotebookParameter]:
    from papermill import inspect_notebook

    params = {}
    for name, p in inspect_notebook(path).items():
        type_name = p["inferred_type_name"]
        if type_name not in PARAMETER_TYPES:
            raise TypeError(
                f"parameter {name!r} of {path} is annotated {type_name!r}; "
                f"annotate it with one of {', '.join(PARAMETER_TYPES)}."
            )
        params[name] = NotebookParameter(
            name, type_name, PARAMETER_TYPES[type_name], p["default"], p["help"]
        )
    return params


def _value_problem(name: str, value: Any) -> str | None:
    """What is wrong with a parameter's value beyond its type (by name, whatever the notebook),
    as the end of a sentence; None if nothing."""
    if name in ("top_n", "smoothing", "max_rows") and value < 1:
        return f"must be at least 1, not {value}"
    if name == "lexicons" and not all(isinstance(x, str) for x in value):
        return "must be a list of names or YAML paths"
    if name == "engine":
        from .corpus import ENGINES

        if value not in ENGINES:
            return f"must be one of {', '.join(ENGINES)}, not {value!r}"
    if name == "features":
        from .comparison import FEATURES

        if value not in FEATURES:
            return f"must be one of {', '.join(FEATURES)}, not {value!r}"
    return None


def check_parameters(
    params: Mapping[str, Any], *, notebook: Notebook = ARTICLE_NOTEBOOK
) -> dict[str, Any]:
    """Validate parameters for ``notebook``; raise :class:`ParameterError` naming the bad one.

    Names and types come from the notebook's parameters cell (``bool`` is not an ``int``);
    ``top_n`` and ``smoothing`` must be at least 1, ``lexicons`` a list of strings and
    ``engine`` one of the corpus engines.
    """
    spec = notebook_parameters(notebook)
    unknown = sorted(set(params) - set(spec))
    if unknown:
        raise ParameterError(
            f"unknown report parameter {unknown[0]!r}; known: {', '.join(sorted(spec))}."
        )
    for name, value in params.items():
        want = spec[name]
        if (isinstance(value, bool) and want.type is not bool) or not isinstance(value, want.type):
            raise ParameterError(
                f"report parameter {name!r} must be {want.type_name}, not "
                f"{type(value).__name__} ({value!r})."
            )
    for name, value in params.items():
        problem = _value_problem(name, value)
        if problem is not None:
            raise ParameterError(f"report parameter {name!r} {problem}.")
    return dict(params)


def coerce_cli_value(name: str, raw: str, *, notebook: Notebook = ARTICLE_NOTEBOOK) -> Any:
    """Turn a ``-p NAME VALUE`` string into the parameter's type: a ``str`` parameter takes
    the text as it is, the others read it as YAML (``5``, ``[a, b]``, ``true``)."""
    import yaml

    param = notebook_parameters(notebook).get(name)
    if param is not None and param.type is str:
        return raw
    try:
        value = yaml.safe_load(raw)
    except yaml.YAMLError:
        raise ParameterError(f"cannot read the value of parameter {name!r}: {raw!r}.") from None
    if param is not None and param.type_name == "float" and type(value) is int:
        value = float(value)
    return value


# --------------------------------------------------------------------------- provenance


def _checkout() -> Path | None:
    """The repository the package is imported from; None when it is installed (from a wheel,
    the folder above the package is ``site-packages``)."""
    root = Path(__file__).resolve().parent.parent
    return root if (root / ".git").exists() and (root / "pyproject.toml").is_file() else None


@cache
def git_commit() -> str | None:
    """The project's git commit (with ``-dirty`` if it has local changes), when known."""
    root = _checkout()
    if root is None:
        return None
    try:
        sha = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return f"{sha}-dirty" if dirty else sha or None


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def provenance(parameters: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """What produced a result: package version and commit, Python, libraries, parameters."""
    return {
        "package": "conflict-news-analysis",
        "package_version": __version__,
        "git_commit": git_commit(),
        "python": platform.python_version(),
        "libraries": {name: _version(name) for name in TRACKED_LIBRARIES},
        "parameters": dict(parameters or {}),
    }


def provenance_table(prov: Mapping[str, Any]) -> Any:
    """Provenance flattened to a two-column frame (``item``, ``value``) for display."""
    import pandas as pd

    rows = []

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, Mapping) and value:
            for k in sorted(value):
                walk(f"{prefix}.{k}" if prefix else str(k), value[k])
        else:
            rows.append(
                (
                    prefix,
                    json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value,
                )
            )

    walk("", prov)
    return pd.DataFrame(rows, columns=["item", "value"])


# --------------------------------------------------------------------------- output files


def write_outputs(
    result: Any, output_dir: str | os.PathLike[str], *, parameters: Mapping[str, Any]
) -> dict[str, Path]:
    """Write ``metrics.json``, ``sentences.csv``, ``matches.csv``, ``events.csv``,
    ``dyads.csv`` and ``terms.csv`` (matches and events with their actors' columns).

    ``metrics.json`` holds the summary and the provenance, with no timestamps or absolute
    paths, so the same input and versions give identical bytes.
    """
    out = Path(output_dir)
    recorded = {k: v for k, v in parameters.items() if k not in ("output_dir", "article_path")}
    recorded["article"] = Path(str(parameters.get("article_path", result.article.doc_id))).name
    metrics = {"summary": result.summary, "provenance": provenance(recorded)}
    files = {
        "metrics.json": dumps_json(metrics),
        "sentences.csv": frame_csv(result.sentences),
        "matches.csv": frame_csv(matches_with_actors(result.matches, result.events)),
        "events.csv": frame_csv(result.events),
        "dyads.csv": frame_csv(result.dyads),
        "terms.csv": frame_csv(result.terms),
    }
    return _write_files(out, files)


def _write_files(out: Path, files: Mapping[str, str | bytes]) -> dict[str, Path]:
    """Write each ``name -> data`` atomically into ``out``; the paths written, by name."""
    for name, data in files.items():
        atomic_write(out / name, data)
    return {name: out / name for name in files}


def write_comparison_outputs(
    comparison: Any, output_dir: str | os.PathLike[str], *, parameters: Mapping[str, Any]
) -> dict[str, Path]:
    """Write ``comparison.json`` (figures, top key terms, provenance), ``measures.csv`` and
    ``keyness.csv``; the same inputs and versions give the same bytes."""
    out = Path(output_dir)
    recorded = {k: v for k, v in parameters.items() if k not in ("output_dir", "a_path", "b_path")}
    for side in ("a", "b"):
        recorded[side] = Path(str(parameters.get(f"{side}_path", ""))).name
    top = int(parameters.get("top_n", 20))
    prov = provenance(recorded)
    prov["lexicons"] = dict(comparison.lexicon_versions)
    data = {"comparison": comparison.to_dict(top=top), "provenance": prov}
    files = {
        "comparison.json": dumps_json(data),
        "measures.csv": frame_csv(comparison.measures),
        "keyness.csv": frame_csv(comparison.keyness),
    }
    return _write_files(out, files)


def save_figure(fig: Any, output_dir: str | os.PathLike[str] | None, name: str) -> Path | None:
    """Save ``fig`` as ``figures/<name>.png`` under ``output_dir`` (nothing if it is empty)."""
    if not output_dir:
        return None
    path = Path(output_dir) / "figures" / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    import io

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, metadata={"Software": None})
    atomic_write(path, buf.getvalue())
    return path


# --------------------------------------------------------------------------- execution


#: What a folder name may not hold: anything but letters and digits of any script, ``.``, ``_``
#: and ``-`` (so no path separator, no control or format character, no ``:*?"<>|``), and no
#: run of dots (``..``).
_SLUG_RE = re.compile(r"(?:[^\w.-]|\.{2,})+")


def safe_slug(doc_id: str, *, max_len: int = 80) -> str:
    """A folder name from an article id that cannot leave its parent (no ``/``, no ``..``).

    Letters and digits of every script are kept, so ``Київ_удари`` stays readable (NFC
    normalised); runs of anything else become ``-``; leading and trailing ``.``, ``-``, ``_``
    are dropped (no hidden folders, no ``..``). At most ``max_len`` characters (160 bytes of
    UTF-8 for Cyrillic, far under the 255 a file name may have).
    """
    name = unicodedata.normalize("NFC", doc_id)
    slug = re.sub("-{2,}", "-", _SLUG_RE.sub("-", name)).strip(".-_")[:max_len].strip(".-_")
    return slug or "article"


@cache
def _html_exporter_class() -> type:
    """nbconvert's HTML exporter, rendering Markdown with raw HTML escaped.

    Notebook code displays untrusted strings as Markdown (a title, a file name, a sentence of
    the article); nbconvert would pass any ``<script>`` or ``<img onerror=...>`` in them through
    as live HTML. Our notebooks' own Markdown cells use no raw HTML, so escaping it costs
    nothing; Markdown formatting still renders, and ``javascript:`` links become dead links.
    """
    from jinja2 import pass_context
    from nbconvert import HTMLExporter
    from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath

    class SafeMarkdownHTMLExporter(HTMLExporter):
        @pass_context
        def markdown2html(self, context: Any, source: str) -> str:
            cell = context.get("cell", {})
            renderer = IPythonRenderer(
                escape=True,
                allow_harmful_protocols=False,
                attachments=cell.get("attachments", {}),
                embed_images=self.embed_images,
                path=context.get("resources", {}).get("metadata", {}).get("path", ""),
                anchor_link_text=self.anchor_link_text,
                exclude_anchor_links=self.exclude_anchor_links,
                **self.lexer_options,
            )
            return MarkdownWithMath(renderer=renderer).render(source)

    return SafeMarkdownHTMLExporter


def _export_html(nb_path: Path, html_path: Path, *, no_input: bool) -> None:
    import nbformat

    nb = nbformat.read(nb_path, as_version=4)
    exporter = _html_exporter_class()(template_name="lab")
    exporter.exclude_input = no_input
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nb)
    atomic_write(html_path, body)


def _user_error_from(exc: Exception) -> AnalysisError | None:
    """The package's own user error raised inside the notebook, if that is what failed."""
    ename = getattr(exc, "ename", "")
    if ename in {"ArticleError", "LexiconError", "ParameterError", "AnalysisError"}:
        return AnalysisError(str(getattr(exc, "evalue", exc)))
    return None


def run_report(
    article_path: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    parameters: Mapping[str, Any] | None = None,
    no_input: bool = False,
    notebook: Notebook = ARTICLE_NOTEBOOK,
    slug: str | None = None,
    progress: bool | None = False,
) -> Path:
    """Execute the article notebook (or another ``notebook`` with its parameters) for one
    article; return its report folder. ``progress``: a bar of the notebook's cells on the
    terminal (``None``: only if stderr is one).

    The folder ``out_dir/<slug>`` receives ``report.ipynb``, ``report.html``,
    ``metrics.json``, ``sentences.csv``, ``matches.csv``, ``terms.csv`` and ``figures/``. It is
    built in a temporary sibling folder and renamed into place only when complete.
    Raises :class:`AnalysisError` for the user's errors (bad article, lexicon or parameter).
    """
    from .lexicon import resolve_lexicons
    from .text import load_article

    params = {"lexicons": ["hedging", "escalation"], **dict(parameters or {})}
    params["article_path"] = str(article_path)
    check_parameters(params, notebook=notebook)
    article = load_article(article_path)  # fail fast, before a kernel starts
    resolve_lexicons(params["lexicons"])
    check_output_dir(out_dir, [article_path])
    params.setdefault("title", _seed_title(Path(article_path)))
    slug = slug or safe_slug(article.doc_id)
    return _run_notebook(notebook, params, Path(out_dir), slug, no_input, progress)


def run_corpus_report(
    source: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    parameters: Mapping[str, Any] | None = None,
    no_input: bool = False,
    progress: bool | None = False,
) -> Path:
    """Execute ``corpus_report.ipynb`` on a corpus; the report goes to ``out_dir/corpus-<name>``.

    The folder holds ``report.ipynb``, ``report.html``, ``summary.csv``, ``terms.csv``,
    ``errors.csv`` (the documents that could not be analysed: ``doc_id, path, error``),
    ``data/`` (every table as Parquet parts: sentences, matches, events, terms, summary,
    errors) and ``figures/``; it is renamed into place only when complete.
    """
    from .lexicon import resolve_lexicons

    params = {"lexicons": ["hedging", "escalation"], **dict(parameters or {})}
    params["corpus_path"] = str(source)
    check_parameters(params, notebook=CORPUS_NOTEBOOK)
    if not Path(source).exists():
        raise ParameterError(f"corpus source '{source}' does not exist; check the path.")
    resolve_lexicons(params["lexicons"])
    check_output_dir(out_dir, [source])
    slug = "corpus-" + safe_slug(Path(source).stem or "corpus")
    return _run_notebook(CORPUS_NOTEBOOK, params, Path(out_dir), slug, no_input, progress)


def run_compare_report(
    a: str | os.PathLike[str],
    b: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    parameters: Mapping[str, Any] | None = None,
    no_input: bool = False,
) -> Path:
    """Execute ``compare_report.ipynb`` on two articles or corpora; the report goes to
    ``out_dir/compare-<a>-vs-<b>``.

    The folder holds ``report.ipynb``, ``report.html``, ``comparison.json``,
    ``measures.csv``, ``keyness.csv`` and ``figures/``; it is renamed into place only when
    complete.
    """
    from .lexicon import resolve_lexicons

    params = {"lexicons": ["hedging", "escalation"], **dict(parameters or {})}
    params["a_path"], params["b_path"] = str(a), str(b)
    check_parameters(params, notebook=COMPARE_NOTEBOOK)
    for side in (a, b):
        if not Path(side).exists():
            raise ParameterError(f"'{side}' does not exist; check the path.")
    resolve_lexicons(params["lexicons"])
    check_output_dir(out_dir, [a, b])
    slug = safe_slug(f"compare-{Path(a).stem}-vs-{Path(b).stem}", max_len=120)
    return _run_notebook(COMPARE_NOTEBOOK, params, Path(out_dir), slug, no_input)


def _seed_title(article_path: Path) -> str:
    """The article's title from a ``metadata.yaml`` beside it (as in ``seeds/``), or ""."""
    import yaml

    meta = article_path.parent / "metadata.yaml"
    try:
        entries = yaml.safe_load(meta.read_text(encoding="utf-8")) if meta.is_file() else None
    except (OSError, yaml.YAMLError):
        return ""
    entry = entries.get(article_path.name) if isinstance(entries, dict) else None
    title = entry.get("title") if isinstance(entry, dict) else None
    return title if isinstance(title, str) else ""


def check_output_dir(
    out_dir: str | os.PathLike[str],
    inputs: Sequence[str | os.PathLike[str]] = (),
    *,
    label: str = "output folder",
) -> Path:
    """Create ``out_dir`` if needed and return it resolved, or raise :class:`ParameterError`.

    Refused: a folder inside (or equal to) an input folder, where reports would mix with the
    articles they come from; a path that is a file; a folder that cannot be created or written
    (checked by writing and removing a probe file, which also works for root, whom file modes
    do not stop).
    """
    out = Path(out_dir).resolve()
    for src in inputs:
        folder = Path(src).resolve()
        if folder.is_dir() and (out == folder or folder in out.parents):
            raise ParameterError(
                f"{label} '{out_dir}' is inside the input folder '{src}'; "
                "choose an output folder outside it."
            )
    if out.exists() and not out.is_dir():
        raise ParameterError(f"{label} '{out_dir}' is a file, not a folder; choose a folder.")
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=temp_prefix("write-test"), suffix=".tmp", dir=out)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise ParameterError(
            f"cannot write to {label} '{out_dir}' ({exc.strerror}); "
            "choose a folder you can write to."
        ) from None
    return out


_KERNEL_DIR_RE = re.compile(r"cn-kernel-(?P<pid>[0-9]+)-[^.]*")


def _run_notebook(
    notebook: Notebook,
    params: dict[str, Any],
    out_dir: Path,
    slug: str,
    no_input: bool,
    progress: bool | None = False,
) -> Path:
    """Execute ``notebook`` into a temporary folder, export HTML, then rename into place.

    The notebook is told the temporary folder (``output_dir``), and so it appears in the
    executed notebook (the injected parameters, papermill's metadata); it is replaced there by
    the final folder before the HTML is made, so no output names a path that will not exist.
    """
    out_root = out_dir.resolve()
    final = out_root / slug
    if final.parent != out_root:  # defence in depth: safe_slug already forbids this
        raise ParameterError(f"report folder {final} would be outside {out_root}.")
    out_root.mkdir(parents=True, exist_ok=True)
    clean_stale_temporaries(out_root)
    tmp = partial_dir(final)
    try:
        params["output_dir"] = str(tmp)
        with _path_of(notebook) as path:
            _execute(path, tmp / "report.ipynb", params, progress, slug)
        _replace_in_notebook(tmp / "report.ipynb", str(tmp), str(final))
        _export_html(tmp / "report.ipynb", tmp / "report.html", no_input=no_input)
        replace_dir(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return final


def _replace_in_notebook(path: Path, old: str, new: str) -> None:
    """Replace the string ``old`` by ``new`` everywhere in the notebook at ``path``, also where
    papermill wrote it as an escaped string literal (non-ASCII as ``\\uXXXX``)."""
    import nbformat

    def escaped(text: str) -> str:  # papermill's translate_escaped_str, without the quotes
        return text.encode("unicode_escape").decode("utf-8").replace('"', r"\"")

    pairs = [(old, new), (escaped(old), escaped(new))]

    def swap(value: Any) -> Any:
        if isinstance(value, str):
            for a, b in pairs:
                value = value.replace(a, b)
            return value
        if isinstance(value, list):
            return [swap(v) for v in value]
        if isinstance(value, dict):
            return type(value)({k: swap(v) for k, v in value.items()})
        return value

    nb = nbformat.read(path, as_version=4)
    nbformat.write(nbformat.from_dict(swap(nb)), path)


def _execute(
    notebook: Path,
    output: Path,
    params: dict[str, Any],
    progress: bool | None = False,
    name: str = "",
) -> None:
    import papermill
    from traitlets.config import Config

    # The kernel talks to us over local IPC sockets in a private (0700) temporary folder rather
    # than unencrypted TCP ports (ipykernel warns about those, rightly). The folder is short:
    # a socket path may not exceed 107 bytes. Its name carries our pid, so that the folders of
    # runs killed outright (SIGKILL) can be removed by the next run.
    clean_stale_temporaries(tempfile.gettempdir(), pattern=_KERNEL_DIR_RE)
    sockets = tempfile.mkdtemp(prefix=f"cn-kernel-{os.getpid()}-")
    config = Config()
    config.KernelManager.transport = "ipc"
    config.KernelManager.ip = os.path.join(sockets, "k")
    try:
        papermill.execute_notebook(
            str(notebook),
            str(output),
            parameters=params,
            kernel_name="python3",  # names the language for papermill; the kernel: see below
            cwd=os.getcwd(),
            # a bar of cells on the terminal: long reports show how far they are
            progress_bar=(
                False
                if progress is False
                else {"disable": None if progress is None else False, "desc": name or "report"}
            ),
            log_output=False,
            config=config,
            kernel_manager_class=_kernel_manager(),
        )
    except papermill.PapermillExecutionError as exc:
        user = _user_error_from(exc)
        if user is not None:
            raise user from None
        raise RuntimeError(
            f"the report notebook failed in cell {exc.exec_count}: {exc.ename}: {exc.evalue}"
        ) from None
    finally:
        shutil.rmtree(sockets, ignore_errors=True)


@cache
def _kernel_manager() -> type:
    """A kernel manager that runs the kernel in this interpreter, quietly.

    The kernel is always ``sys.executable -m ipykernel_launcher`` (ipykernel's own kernel
    spec), so it imports the same ``analysis`` and libraries as the command that started it.
    Kernel specs installed on the machine are not consulted: a ``python3`` spec in
    ``~/.local/share/jupyter/kernels`` (``ipykernel install --user`` from another
    environment) would otherwise win over this environment's and run another Python.

    The kernel's own log lines (warnings, and a traceback when a run is interrupted while a
    cell replies) would otherwise reach the user's terminal; cell output and errors travel
    over the kernel protocol and are unaffected.
    """
    from ipykernel.kernelspec import RESOURCES, get_kernel_dict
    from jupyter_client.kernelspec import KernelSpec
    from jupyter_client.manager import AsyncKernelManager

    class ReportKernelManager(AsyncKernelManager):
        @property
        def kernel_spec(self) -> KernelSpec:
            if self._kernel_spec is None:
                spec = get_kernel_dict()
                # ipykernel's own command, through analysis.kernel: the kernel dies with this
                # process, however it dies (analysis.processes)
                argv = list(spec["argv"])
                argv[argv.index("ipykernel_launcher")] = "analysis.kernel"
                spec["argv"] = argv
                self._kernel_spec = KernelSpec(resource_dir=RESOURCES, **spec)
            return self._kernel_spec

        async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: Any) -> None:
            kw.setdefault("stdout", subprocess.DEVNULL)
            kw.setdefault("stderr", subprocess.DEVNULL)
            kw["env"] = {**(kw.get("env") or os.environ), PARENT_ENV: str(os.getpid())}
            await super()._async_launch_kernel(kernel_cmd, **kw)

    return ReportKernelManager


@dataclass
class BatchItem:
    """The outcome of one article in a batch (one entry of ``batch.json``)."""

    article: str
    status: str  # "ok" | "failed"
    report: str | None = None
    error: str | None = None
    user_error: bool = False


def _report_one(args: tuple[str, str, dict[str, Any], bool, str, bool | None]) -> BatchItem:
    path, out, params, no_input, slug, progress = args
    try:
        folder = run_report(
            path, out, parameters=params, no_input=no_input, slug=slug, progress=progress
        )
    except AnalysisError as exc:
        return BatchItem(article=path, status="failed", error=str(exc), user_error=True)
    except Exception as exc:  # one article's failure must not stop the batch
        return BatchItem(article=path, status="failed", error=f"{type(exc).__name__}: {exc}")
    return BatchItem(article=path, status="ok", report=str(Path(folder).name))


def _errors_csv(failed: Sequence[Mapping[str, Any]]) -> str:
    """``errors.csv`` of a batch: one row per failed article (``doc_id, path, error``, as in a
    corpus run's)."""
    return frame_csv(
        errors_frame([(Path(a["article"]).stem, a["article"], a["error"]) for a in failed])
    )


def _unique_slugs(paths: Sequence[str]) -> list[str]:
    seen: dict[str, int] = {}
    slugs = []
    for p in paths:
        base = safe_slug(Path(p).stem)
        seen[base] = seen.get(base, 0) + 1
        slugs.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return slugs


def run_batch(
    articles: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    parameters: Mapping[str, Any] | None = None,
    jobs: int = 1,
    no_input: bool = False,
    progress: bool | None = None,
    on_done: Callable[[BatchItem], None] | None = None,
) -> list[BatchItem]:
    """Report on every article; failures are recorded, never fatal. Writes ``batch.json``.

    ``jobs`` > 1 runs that many reports at once (each in its own process and kernel; the
    processes end if this one dies, :mod:`analysis.processes`). ``batch.json`` is rewritten
    (atomically) after each article, so it is always current; when some articles failed,
    ``errors.csv`` beside it lists them (``doc_id, path, error``). ``progress``: bars on the
    terminal (``None``: only if stderr is one), of the articles and, one at a time, of each
    report's cells.
    """
    from tqdm import tqdm  # the terminal bar (tqdm.auto warns in a kernel without ipywidgets)

    from .lexicon import resolve_lexicons

    if jobs < 1:
        raise ParameterError(f"--jobs must be at least 1, not {jobs}.")
    # What is wrong for every article fails here, before anything is written.
    resolve_lexicons(check_parameters(dict(parameters or {})).get("lexicons"))
    paths = [str(a) for a in articles]
    out = check_output_dir(out_dir, paths)
    clean_stale_temporaries(out)
    one_at_a_time = jobs == 1 or len(paths) == 1
    cells = progress if one_at_a_time else False
    tasks = [
        (p, str(out), dict(parameters or {}), no_input, s, cells)
        for p, s in zip(paths, _unique_slugs(paths), strict=True)
    ]
    items: dict[int, BatchItem] = {}

    def record(i: int, item: BatchItem) -> None:
        items[i] = item
        done = [asdict(items[k]) for k in sorted(items)]
        pending = [
            {"article": paths[k], "status": "pending"} for k in range(len(paths)) if k not in items
        ]
        atomic_write(out / "batch.json", dumps_json({"articles": done + pending}))
        failed = [a for a in done if a["status"] != "ok"]
        if failed:
            atomic_write(out / "errors.csv", _errors_csv(failed))
        if on_done is not None:
            on_done(item)

    disable = None if progress is None else not progress  # None: only on a terminal
    bar = tqdm(total=len(tasks), desc="reports", unit="article", disable=disable)
    try:
        if one_at_a_time:
            for i, task in enumerate(tasks):
                record(i, _report_one(task))
                bar.update()
        else:
            with ProcessPoolExecutor(
                max_workers=jobs, initializer=die_with_parent, initargs=(os.getpid(),)
            ) as pool:
                futures = {pool.submit(_report_one, t): i for i, t in enumerate(tasks)}
                try:
                    for fut in as_completed(futures):
                        record(futures[fut], fut.result())
                        bar.update()
                except BaseException:  # interrupted: start nothing new, let running ones end
                    pool.shutdown(wait=True, cancel_futures=True)
                    raise
    finally:
        bar.close()
    return [items[i] for i in range(len(tasks))]
