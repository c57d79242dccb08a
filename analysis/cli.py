"""Command line: ``python -m analysis {analyze,report,corpus,compare,norms,lexicons} ...``.

Exit codes: 0 success; 2 the user's error (a bad file, lexicon or option), reported as one
sentence on stderr without a traceback; 1 an internal error, with a hint to report it; 3 a
batch or corpus run finished, but some documents failed (how many, and the ``errors.csv``
that lists them, are printed); 130 or 143 interrupted (SIGINT or SIGTERM), after removing any
half-written report.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import AnalysisError, NonEnglishWarning, ParameterError
from .processes import skip_unused_optional_modules

if TYPE_CHECKING:
    from .comparison import Comparison

EXIT_OK, EXIT_INTERNAL, EXIT_USER, EXIT_SOME_FAILED = 0, 1, 2, 3
BUG_HINT = (
    "this is a bug in conflict-news-analysis; please report it with the command and input "
    "that caused it (see SECURITY.md, 'Reporting problems')."
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own exit code is 2 as well
        self.print_usage(sys.stderr)
        raise ParameterError(f"{self.prog}: {message}.")


def _lexicon_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--lexicon",
        action="append",
        metavar="NAME|PATH",
        help="a shipped lexicon name or a YAML file; repeat for several (default: all shipped)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    a = sub.add_parser("analyze", help="analyse one article; print its summary or sentences")
    a.add_argument("file", type=Path)
    a.add_argument(
        "--format",
        choices=("json", "csv"),
        default="json",
        help="json: the document summary; csv: the sentence table",
    )
    a.add_argument(
        "--norms", type=Path, help="a reference table (python -m analysis norms) for percentiles"
    )
    _lexicon_option(a)

    r = sub.add_parser("report", help="HTML + data reports for articles (papermill)")
    r.add_argument("articles", nargs="+", type=Path, metavar="ARTICLE")
    r.add_argument("--out", type=Path, required=True, help="folder for the reports")
    r.add_argument("--jobs", type=int, default=1, help="reports to run at once (default 1)")
    r.add_argument("--no-input", action="store_true", help="hide code cells in the HTML")
    r.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="a notebook parameter (YAML value)",
    )
    r.add_argument("--parameters-file", type=Path, help="YAML file of notebook parameters")
    _lexicon_option(r)

    c = sub.add_parser(
        "corpus", help="a corpus report: folder of .txt/.html, or CSV, JSONL or Parquet"
    )
    c.add_argument("source", type=Path, metavar="SOURCE")
    c.add_argument("--out", type=Path, required=True, help="folder for the report")
    c.add_argument("--group-by", default="", metavar="COLUMN", help="metadata column to compare")
    c.add_argument("--engine", choices=("pandas", "processes", "dask"), default="processes")
    c.add_argument("--text-column", default="text")
    c.add_argument("--id-column", default="doc_id")
    c.add_argument(
        "--html-column", default="", metavar="COLUMN", help="a table column of saved web pages"
    )
    c.add_argument(
        "--include-non-english",
        action="store_true",
        help="keep articles not in English in the comparisons and rankings",
    )
    c.add_argument("--no-input", action="store_true", help="hide code cells in the HTML")
    c.add_argument(
        "--norms", type=Path, help="a reference table (python -m analysis norms) for percentiles"
    )
    _lexicon_option(c)

    k = sub.add_parser(
        "compare", help="compare two articles or corpora: differences with intervals, keyness"
    )
    k.add_argument("a", type=Path, metavar="A", help="an article, or a corpus (folder or table)")
    k.add_argument("b", type=Path, metavar="B", help="an article, or a corpus (folder or table)")
    k.add_argument("--labels", nargs=2, metavar=("LABEL_A", "LABEL_B"), help="names of A and B")
    k.add_argument(
        "--format",
        choices=("text", "json", "csv"),
        default="text",
        help="text: tables; json: figures and top key terms; csv: the figures table",
    )
    k.add_argument(
        "--features",
        choices=("words", "all-words", "terms"),
        default="words",
        help="keyness of words but function words (default), all words, or lexicon terms",
    )
    k.add_argument("--top", type=int, default=20, help="key terms to show (default 20)")
    k.add_argument("--out", type=Path, help="write an HTML report (papermill) to this folder")
    k.add_argument("--no-input", action="store_true", help="hide code cells in the HTML")
    k.add_argument("--text-column", default="text")
    k.add_argument("--id-column", default="doc_id")
    _lexicon_option(k)

    n = sub.add_parser(
        "norms", help="build a reference table (percentiles) from a corpus of news articles"
    )
    n.add_argument(
        "source", type=Path, metavar="SOURCE", help="folder of .txt, CSV, JSONL or Parquet"
    )
    n.add_argument("--out", type=Path, required=True, help="the JSON table to write")
    n.add_argument("--name", required=True, help="a short name for the reference")
    n.add_argument("--description", default="", help="one line: what the articles are")
    n.add_argument("--source-note", default="", help="where the articles come from (URL)")
    n.add_argument("--licence", default="", help="the articles' licence")
    n.add_argument("--attribution", default="", help="whom to credit")
    n.add_argument(
        "--check-article",
        type=Path,
        help="an article whose figures are recorded, to tell later whether the analysis changed",
    )
    n.add_argument("--engine", choices=("pandas", "processes"), default="pandas")
    n.add_argument("--text-column", default="text")
    n.add_argument("--id-column", default="doc_id")
    _lexicon_option(n)

    sub.add_parser("lexicons", help="list the shipped lexicons with version and sha256")
    return parser


def _cmd_analyze(args: argparse.Namespace) -> int:
    from .core import analyze, non_english_message
    from .files import dumps_json, frame_csv
    from .language import is_non_english
    from .text import load_article

    with warnings.catch_warnings():  # said once, below, as a note
        warnings.simplefilter("ignore", NonEnglishWarning)
        res = analyze(load_article(args.file), lexicons=args.lexicon, norms=args.norms)
    summary = res.summary
    if summary["encoding"] == "cp1252":
        sys.stderr.write(f"note: '{args.file}' is not UTF-8; it was read as cp1252 (Windows).\n")
    if is_non_english(summary["language"]):
        sys.stderr.write(f"note: {non_english_message(summary, repr(str(args.file)))}\n")
    sys.stdout.write(dumps_json(summary) if args.format == "json" else frame_csv(res.sentences))
    return EXIT_OK


def _report_parameters(args: argparse.Namespace) -> dict:
    import yaml

    from .report import check_parameters, coerce_cli_value

    params: dict = {}
    if args.parameters_file is not None:
        where = f"parameters file '{args.parameters_file}'"
        try:
            loaded = yaml.safe_load(args.parameters_file.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ParameterError(f"{where} cannot be read ({exc.strerror}).") from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f", line {mark.line + 1}" if mark is not None else ""
            raise ParameterError(f"{where}{line} is not valid YAML.") from None
        if not isinstance(loaded, dict):
            raise ParameterError(f"{where} must be a mapping of parameter names to values.")
        params.update(loaded)
    for name, raw in args.parameter:
        params[name] = coerce_cli_value(name, raw)
    if args.lexicon:
        params["lexicons"] = list(args.lexicon)
    for fixed in ("article_path", "output_dir"):
        if fixed in params:
            raise ParameterError(f"'{fixed}' is set by the command (ARTICLE / --out), not by -p.")
    return check_parameters(params)


def _cmd_report(args: argparse.Namespace) -> int:
    from .lexicon import resolve_lexicons
    from .report import run_batch

    params = _report_parameters(args)
    if args.jobs < 1:
        raise ParameterError(f"--jobs must be at least 1, not {args.jobs}.")
    resolve_lexicons(params.get("lexicons"))  # a bad lexicon fails before anything is written
    out = _check_out_dir(args.out, args.articles)
    items = run_batch(args.articles, out, parameters=params, jobs=args.jobs, no_input=args.no_input)
    failed = [i for i in items if i.status != "ok"]
    for item in items:
        if item.status == "ok":
            sys.stderr.write(f"ok      {item.article} -> {out / str(item.report)}\n")
            _language_note(out / str(item.report) / "metrics.json", item.article)
        else:
            sys.stderr.write(f"FAILED  {item.article}: {item.error}\n")
    sys.stderr.write(
        f"{len(items) - len(failed)} of {len(items)} reports written; "
        f"statuses in {out / 'batch.json'}\n"
    )
    if not failed:
        return EXIT_OK
    sys.stderr.write(f"{len(failed)} of {len(items)} failed; listed in {out / 'errors.csv'}\n")
    if len(failed) < len(items):
        return EXIT_SOME_FAILED
    return EXIT_USER if all(i.user_error for i in failed) else EXIT_INTERNAL


def _language_note(metrics: Path, article: str) -> None:
    """A note on stderr when a written report's article is not in English."""
    import json

    from .core import non_english_message
    from .language import is_non_english

    try:
        summary = json.loads(metrics.read_text(encoding="utf-8"))["summary"]
    except (OSError, ValueError, KeyError):
        return
    if is_non_english(summary.get("language", "en")):
        sys.stderr.write(f"note: {non_english_message(summary, repr(article))}\n")


def _cmd_corpus(args: argparse.Namespace) -> int:
    from .report import run_corpus_report

    params = {
        "group_by": args.group_by,
        "engine": args.engine,
        "text_column": args.text_column,
        "id_column": args.id_column,
        "html_column": args.html_column,
        "include_non_english": args.include_non_english,
    }
    if args.norms is not None:
        from .norms import Norms

        Norms.load(args.norms)  # a bad table fails before anything is written
        params["norms"] = str(args.norms.resolve())
    if args.lexicon:
        from .lexicon import resolve_lexicons

        params["lexicons"] = list(args.lexicon)
        resolve_lexicons(params["lexicons"])  # fail before anything is written
    _check_out_dir(args.out, [args.source])
    folder = run_corpus_report(
        args.source, args.out, parameters=params, no_input=args.no_input, progress=None
    )
    return _corpus_outcome(args, folder)


def _corpus_outcome(args: argparse.Namespace, folder: Path) -> int:
    """Say what the corpus run did (documents, failures, languages); return the exit code."""
    import pandas as pd

    from .language import is_non_english, language_name

    try:
        summary = pd.read_csv(folder / "summary.csv", dtype=str, keep_default_na=False)
    except pd.errors.EmptyDataError:  # no document analysed: no columns at all
        summary = pd.DataFrame()
    errors = pd.read_csv(folder / "errors.csv", dtype=str)
    analysed, failed = len(summary), len(errors)
    sys.stderr.write(f"ok      {args.source} -> {folder}\n")
    if "language" in summary.columns:
        other = summary.loc[summary["language"].map(is_non_english), "language"]
        if len(other):
            counts = ", ".join(
                f"{language_name(code)} {n}"
                for code, n in other.value_counts().sort_index().items()
            )
            kept = "kept in" if args.include_non_english else "left out of"
            sys.stderr.write(
                f"note: {len(other)} of {analysed} documents are not in English ({counts}); "
                f"they are {kept} the aggregates and listed in the report.\n"
            )
    if failed:
        sys.stderr.write(
            f"{failed} of {analysed + failed} documents failed; listed in {folder / 'errors.csv'}\n"
        )
        return EXIT_SOME_FAILED
    return EXIT_OK


def _check_out_dir(out_arg: Path, inputs: Sequence[Path]) -> Path:
    """Refuse an output folder inside an input folder or one we cannot write to."""
    from .report import check_output_dir

    return check_output_dir(out_arg, inputs, label="--out")


def _cmd_compare(args: argparse.Namespace) -> int:
    if args.top < 1:
        raise ParameterError(f"--top must be at least 1, not {args.top}.")
    if args.out is not None:
        from .report import run_compare_report

        params: dict = {"features": args.features, "top_n": args.top}
        if args.labels:
            params["label_a"], params["label_b"] = args.labels
        if args.lexicon:
            params["lexicons"] = list(args.lexicon)
        params["text_column"], params["id_column"] = args.text_column, args.id_column
        _check_out_dir(args.out, [args.a, args.b])
        folder = run_compare_report(
            args.a, args.b, args.out, parameters=params, no_input=args.no_input
        )
        sys.stderr.write(f"ok      {args.a} vs {args.b} -> {folder}\n")
        return EXIT_OK
    from .comparison import analyze_path, compare
    from .files import dumps_json, frame_csv

    sides = [
        analyze_path(
            path, lexicons=args.lexicon, text_column=args.text_column, id_column=args.id_column
        )
        for path in (args.a, args.b)
    ]
    labels = args.labels or [_side_label(p) for p in (args.a, args.b)]
    result = compare(*sides, labels=labels, features=args.features)
    if args.format == "json":
        sys.stdout.write(dumps_json(result.to_dict(top=args.top)))
    elif args.format == "csv":
        sys.stdout.write(frame_csv(result.measures))
    else:
        sys.stdout.write(_comparison_text(result, args.top))
    return EXIT_OK


def _side_label(path: Path) -> str:
    return path.stem or str(path)


def _comparison_text(result: Comparison, top: int) -> str:
    """The comparison as plain-text tables: the figures, then each side's key terms."""
    shown = result.measures[["measure", "a", "b", "difference", "ci_low", "ci_high", "reading"]]
    key = result.keyness
    lines = [
        f"A = {result.a}, B = {result.b}; difference = A - B with its 95% bootstrap interval",
        shown.to_string(index=False, float_format=lambda x: f"{x:+.3f}"),
        "",
    ]
    for label, side in (("A", key[key["g2"] > 0]), ("B", key[key["g2"] < 0])):
        head = side.head(top)[["term", "count_a", "count_b", "g2", "p"]]
        lines.append(f"key {result.features} of {label} (G2 log-likelihood, p):")
        lines.append(
            head.to_string(index=False, float_format=lambda x: f"{x:.3g}") if len(head) else "-"
        )
        lines.append("")
    return "\n".join(lines)


def _cmd_norms(args: argparse.Namespace) -> int:
    from .corpus import analyze_corpus
    from .norms import Norms, normed_figures
    from .report import provenance

    result = analyze_corpus(
        args.source,
        engine=args.engine,
        lexicons=args.lexicon,
        text_column=args.text_column,
        id_column=args.id_column,
        progress=False,
    )
    if len(result.summary) == 0:
        raise ParameterError(f"no document of '{args.source}' could be analysed.")
    built = provenance()
    built.pop("parameters", None)
    record = {
        "source": args.source_note,
        "licence": args.licence,
        "attribution": args.attribution,
        "articles_failed": len(result.errors),
        "built_with": built,
    }
    if args.check_article is not None:
        from .core import analyze
        from .text import load_article

        check = analyze(load_article(args.check_article), lexicons=args.lexicon)
        record["check"] = {
            "article": args.check_article.name,
            "input_sha256": check.summary["input_sha256"],
            "figures": {k: check.summary[k] for k, _ in normed_figures() if k in check.summary},
        }
    norms = Norms.from_corpus(
        result, name=args.name, description=args.description, provenance=record
    )
    norms.save(args.out)
    sys.stderr.write(
        f"ok      {norms.n_documents} articles ({len(result.errors)} failed) -> {args.out}\n"
    )
    return EXIT_OK


def _cmd_lexicons(_args: argparse.Namespace) -> int:
    from .lexicon import available_lexicons, load_lexicon

    for name in available_lexicons():
        lex = load_lexicon(name)
        cats = ", ".join(lex.categories)
        sys.stdout.write(f"{lex.name}\t{lex.version}\t{lex.sha256[:12]}\t{cats}\n")
    return EXIT_OK


COMMANDS = {
    "analyze": _cmd_analyze,
    "report": _cmd_report,
    "corpus": _cmd_corpus,
    "compare": _cmd_compare,
    "norms": _cmd_norms,
    "lexicons": _cmd_lexicons,
}


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that the same clean-up runs (no half-written report)."""


def _on_sigterm(_signum: int, _frame: object) -> None:
    raise _Terminated


def _quiet_after_interrupt() -> None:
    """Silence what an interrupted run leaves for the interpreter's exit. Ctrl-C or SIGTERM
    stops the run wherever it is; while a notebook kernel is being started, that leaves an
    asyncio task and a coroutine that are only collected at exit, and Python would print their
    teardown notices ("Task was destroyed but it is pending!", "coroutine ... was never
    awaited") after the one line "interrupted". They tell the user nothing (the report in
    progress has been removed by then), so they are turned off for the rest of the process."""
    logging.getLogger("asyncio").disabled = True
    warnings.filterwarnings("ignore", "coroutine .* was never awaited", RuntimeWarning)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    skip_unused_optional_modules()  # the command's process: see analysis.processes
    try:  # only the main thread may set handlers; elsewhere SIGTERM keeps its default
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
        restore = True
    except ValueError:
        previous, restore = None, False
    try:
        args = build_parser().parse_args(argv)
        return COMMANDS[args.command](args)
    except AnalysisError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return EXIT_USER
    except KeyboardInterrupt as exc:
        _quiet_after_interrupt()
        sys.stderr.write("interrupted\n")
        return 128 + int(signal.SIGTERM if isinstance(exc, _Terminated) else signal.SIGINT)
    except Exception as exc:  # anything else is our bug: say so, keep the trace short
        sys.stderr.write(f"internal error: {type(exc).__name__}: {exc}\n{BUG_HINT}\n")
        return EXIT_INTERNAL
    finally:
        if restore:
            signal.signal(signal.SIGTERM, previous)
