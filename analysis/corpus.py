"""Many documents: readers that stream, and three engines that give identical results.

``analyze_corpus`` runs the per-document analysis of :mod:`analysis.core` over a corpus:

* ``engine="pandas"``: in this process, chunk by chunk;
* ``engine="processes"``: all cores, chunks of documents sent to worker processes (the
  lexicons once per worker, not once per chunk), a bounded number in flight (memory stays
  flat), results in input order; in a corpus of known size chunks are sized by text and
  shrink towards the end, so that the workers finish together;
* ``engine="dask"``: the same per-partition function through ``dask.dataframe.map_partitions``,
  on a ``dask.distributed`` client if one is given or active (a cluster), else local processes;
  the corpus goes to Dask a window of partitions at a time, the next window computing while
  the last is collected.

Every engine calls :func:`analyze_partition` on a chunk of ``(doc_id, text)`` rows, and its
frames have fixed columns and dtypes, so results are identical whatever runs them and however
the corpus is cut into chunks. A document that cannot be analysed (empty, not text) is recorded
in ``errors`` and the run goes on. With ``out=DIR`` the frames are streamed to Parquet part
files instead of being collected, so memory does not grow with the corpus
(``bench/memory.py``; ``bench/throughput.py`` measures the engines).
"""

from __future__ import annotations

import itertools
import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .core import analyze_records
from .display import corpus_html
from .document import DocumentRecords
from .errors import AnalysisError, ArticleError, ParameterError
from .files import atomic_write, dumps_json, frame_csv, write_parquet
from .frames import dyads_frame, errors_frame, frames_from_records, summary_frame
from .gazetteer import is_gazetteer, resolve_gazetteers
from .html import HTML_SUFFIXES, PAGE_METADATA
from .intervals import INTERVAL_SUFFIX, N_RESAMPLES, Columns, Resampler, Statistic, seed_of
from .language import is_non_english
from .lexicon import Lexicon, resolve_lexicons, versions
from .measures import MEASURES
from .norms import Norms, resolve_norms
from .processes import die_with_parent
from .text import Source, article_from_source, read_source

__all__ = [
    "DOCUMENT_SUFFIXES",
    "ENGINES",
    "CorpusResult",
    "analyze_corpus",
    "analyze_partition",
    "document_table",
    "documents_bootstrap",
    "iter_documents",
    "read_metadata",
    "write_errors",
]

ENGINES = ("pandas", "processes", "dask")
#: Documents per chunk: big enough that pandas and inter-process costs are amortised
#: (bench/throughput.py), small enough that a chunk of news fits easily in memory.
CHUNK_SIZE = 200
TABLES = ("sentences", "matches", "events", "dyads", "terms", "summary", "errors")
#: The files a corpus folder is made of: plain-text articles and saved web pages.
DOCUMENT_SUFFIXES = frozenset({".txt"}) | HTML_SUFFIXES


class _Table:
    """A frame attribute of :class:`CorpusResult`: in memory, or read from its Parquet parts
    on first use."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, result: CorpusResult | None, owner: type | None = None) -> pd.DataFrame:
        if result is None:
            return self  # type: ignore[return-value]
        return result._table(self.name)


class CorpusResult:
    """The frames of a corpus, each with a ``doc_id`` column (``summary``: one row per
    document; ``errors``: the documents that could not be analysed, and why).

    In memory (the default) the frames are attributes. Streamed to disk (``out=DIR``) they
    stay there, one folder of Parquet parts per table (``paths``), and each attribute reads
    its table on first use: memory stays flat however large the corpus, until you ask.
    """

    def __init__(
        self,
        frames: dict[str, pd.DataFrame] | None = None,
        *,
        paths: dict[str, list[Path]] | None = None,
        lexicon_versions: dict[str, Any] | None = None,
        gazetteer_versions: dict[str, Any] | None = None,
    ) -> None:
        self._frames: dict[str, pd.DataFrame] = dict(frames or {})
        #: Written Parquet parts per table (empty when the result is in memory).
        self.paths: dict[str, list[Path]] = paths or {}
        self.lexicon_versions: dict[str, Any] = lexicon_versions or {}
        #: The actor gazetteers' versions and sha256 (:mod:`analysis.gazetteer`).
        self.gazetteer_versions: dict[str, Any] = gazetteer_versions or {}

    def _table(self, name: str) -> pd.DataFrame:
        frame = self._frames.get(name)
        if frame is None:
            parts = self.paths.get(name, [])
            if parts:
                frame = pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True)
            else:
                frame = analyze_partition([], ())[name]  # empty, with the right columns
            self._frames[name] = frame
        return frame

    sentences = _Table()
    matches = _Table()
    events = _Table()
    dyads = _Table()
    terms = _Table()
    summary = _Table()
    errors = _Table()

    @property
    def non_english(self) -> pd.DataFrame:
        """The documents identified as not English: ``doc_id, language, language_confidence``
        (see :mod:`analysis.language`)."""
        summary = self.summary
        if "language" not in summary.columns:
            return pd.DataFrame(columns=["doc_id", "language", "language_confidence"])
        mask = summary["language"].map(is_non_english).astype(bool)
        cols = ["doc_id", "language", "language_confidence"]
        return summary.loc[mask, cols].reset_index(drop=True)

    def for_aggregates(self, *, include_non_english: bool = False) -> CorpusResult:
        """The frames that corpus aggregates (means, comparisons, rankings, keyness) should use.

        By default the documents identified as not English (:attr:`non_english`) are left
        out: the lexicons and sentiment engines only know English, so their numbers would
        only add noise. ``include_non_english=True`` keeps every document.
        """
        if include_non_english:
            return self
        drop = set(self.non_english["doc_id"].astype("str"))
        if not drop:
            return self
        return self._filtered(lambda ids: ~ids.isin(drop), all_errors=True)

    def __repr__(self) -> str:
        where = self._where()
        if self.paths and "summary" not in self._frames:
            return f"CorpusResult({where})"
        return (
            f"CorpusResult({len(self.summary)} documents analysed, {len(self.errors)} failed; "
            f"{where})"
        )

    def _where(self) -> str:
        return f"on disk in {len(self.paths)} tables" if self.paths else "in memory"

    def _repr_html_(self) -> str:
        """Jupyter's view: counts, the mean article's headline figures with 95% intervals
        (resampling articles), top terms (every text from the articles escaped)."""
        summary = self.summary
        stats, resampler = documents_bootstrap(summary)
        figures = resampler.figures(stats, {"documents": Columns.from_frame(summary)})
        return corpus_html(
            n_documents=len(summary),
            n_failed=len(self.errors),
            where=self._where(),
            means={s.key: figures[s.key] for s in stats},
            intervals={s.key: figures[s.key + INTERVAL_SUFFIX] for s in stats},
            terms=self.terms,
        )

    def subset(self, doc_ids: Iterable[str]) -> CorpusResult:
        """The result for some of the documents only (in memory), in the corpus's order."""
        wanted = {str(d) for d in doc_ids}
        return self._filtered(lambda ids: ids.isin(wanted))

    def _filtered(
        self, keep: Callable[[pd.Series], pd.Series], *, all_errors: bool = False
    ) -> CorpusResult:
        """The result for the documents whose ``doc_id`` (as str) ``keep`` marks, in memory;
        ``all_errors``: the errors table whole."""
        frames = {}
        for t in TABLES:
            frame = self._table(t)
            if not (all_errors and t == "errors"):
                frame = frame[keep(frame["doc_id"].astype("str"))].reset_index(drop=True)
            frames[t] = frame
        return CorpusResult(
            frames,
            lexicon_versions=dict(self.lexicon_versions),
            gazetteer_versions=dict(self.gazetteer_versions),
        )


def documents_bootstrap(
    summary: pd.DataFrame, *, n_resamples: int = N_RESAMPLES
) -> tuple[list[Statistic], Resampler]:
    """The measures' figures over documents (one unit per row of a corpus ``summary``) and
    their resampler, seeded by the documents' input hashes: the same documents give the
    same intervals, in whatever order they come."""
    stats = [
        Statistic(s.key, "documents", s.key)
        for m in MEASURES
        for s in m.statistics
        if s.key in summary.columns
    ]
    seed = seed_of(*sorted(summary["input_sha256"].astype("str"))) if len(summary) else 0
    return stats, Resampler(str(seed), n_resamples=n_resamples)


# --------------------------------------------------------------------------- readers


def iter_documents(
    source: Any,
    *,
    text_column: str = "text",
    id_column: str = "doc_id",
    html_column: str | None = None,
) -> Iterator[tuple[str, Any]]:
    """Stream ``(doc_id, document)`` pairs from any supported source, in order.

    ``source``: a DataFrame; an iterable of texts or ``(id, text)`` pairs; a folder of ``.txt``
    articles and saved web pages (``.html``, ``.htm``; sorted by name); or a ``.csv``,
    ``.jsonl``/``.ndjson`` or ``.parquet`` file with a ``text`` column (or, with
    ``html_column``, a column of web pages) and optionally a ``doc_id`` column (else ids are
    ``doc-<row>``). Files are read in chunks, never whole.

    A document is a :class:`~analysis.text.Source` (its text, how it was decoded, where it
    came from, metadata such as a table's ``date`` and ``title`` columns or a date in a file
    name), a plain string from memory, or an :class:`ArticleError` for a file that cannot be
    read, to be recorded, not raised. Web pages are extracted by the worker that analyses them.
    """
    if isinstance(source, pd.DataFrame):
        yield from _frame_rows(source, text_column, id_column, 0, html_column, None)
        return
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.exists():
            raise ArticleError(f"corpus source '{path}' does not exist; check the path.")
        if path.is_dir():
            files = _folder_files(path)
            if not files:
                raise ArticleError(
                    f"corpus folder '{path}' has no .txt or .html files; put the articles there "
                    "or pass a .csv, .jsonl or .parquet file."
                )
            for p in files:
                yield p.stem, _read_file(p)
            return
        yield from _read_table(path, text_column, id_column, html_column)
        return
    if isinstance(source, str | bytes):
        raise ParameterError("analyze_corpus needs many documents; use analyze() for one text.")
    for i, item in enumerate(source):
        if isinstance(item, tuple | list) and len(item) == 2:
            yield str(item[0]), item[1]
        else:
            yield f"doc-{i}", item


def _folder_files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES and p.is_file()
    )


def _read_file(path: Path) -> Source | ArticleError:
    try:
        return read_source(path)
    except ArticleError as exc:
        exc.path = str(path)  # type: ignore[attr-defined]  # for the errors table
        return exc


def _frame_rows(
    df: pd.DataFrame,
    text_column: str,
    id_column: str,
    offset: int,
    html_column: str | None,
    table: Path | None,
) -> Iterator[tuple[str, Any]]:
    column = html_column or text_column
    if column not in df.columns:
        option = "html_column" if html_column else "text_column"
        raise ParameterError(
            f"the corpus has no {column!r} column (columns: {', '.join(map(str, df.columns))}"
            f"); pass {option}=... to name the {'web page' if html_column else 'text'} column."
        )
    texts = df[column].tolist()
    if id_column in df.columns:
        ids = [str(x) for x in df[id_column].tolist()]
    else:
        ids = [f"doc-{offset + i}" for i in range(len(texts))]
    meta_columns = [c for c in PAGE_METADATA if c in df.columns and c not in (column, id_column)]
    metas = df[meta_columns].to_dict("records") if meta_columns else [{}] * len(texts)
    html = True if html_column else None
    for i, (doc_id, text, meta) in enumerate(zip(ids, texts, metas, strict=True)):
        if table is None and html is None and not meta:
            yield doc_id, text  # in memory, nothing to add: the text itself
            continue
        if not isinstance(text, str):
            yield doc_id, text  # reported by the worker: "has no text (got ...)"
            continue
        yield (
            doc_id,
            Source(
                text=text,
                encoding="text" if table is None else "utf-8",
                path=None if table is None else f"{table}, row {offset + i + 1}",
                html=html,
                metadata={k: _metadata_value(v) for k, v in meta.items()},
            ),
        )


def _metadata_value(value: Any) -> Any:
    if value is None or (isinstance(value, float) and value != value):  # NaN
        return None
    if hasattr(value, "isoformat"):  # a date or timestamp column
        return value.isoformat()[:10] if getattr(value, "hour", 0) == 0 else value.isoformat()
    return value if isinstance(value, str | int | float | bool) else str(value)


def _read_table(
    path: Path, text_column: str, id_column: str, html_column: str | None
) -> Iterator[tuple[str, Any]]:
    suffix = path.suffix.lower()
    offset = 0
    if suffix == ".csv":
        chunks: Iterable[pd.DataFrame] = pd.read_csv(
            path, chunksize=CHUNK_SIZE, dtype=str, keep_default_na=False
        )
    elif suffix in (".jsonl", ".ndjson"):
        chunks = _jsonl_chunks(path)
    elif suffix == ".parquet":
        import pyarrow.parquet as pq

        chunks = (b.to_pandas() for b in pq.ParquetFile(path).iter_batches(CHUNK_SIZE))
    else:
        raise ParameterError(
            f"corpus source '{path}' is not a folder of .txt or .html files or a .csv, .jsonl "
            "or .parquet file."
        )
    for chunk in chunks:
        yield from _frame_rows(chunk, text_column, id_column, offset, html_column, path)
        offset += len(chunk)


def _jsonl_chunks(path: Path) -> Iterator[pd.DataFrame]:
    with path.open(encoding="utf-8") as fh:
        while True:
            lines = list(itertools.islice(fh, CHUNK_SIZE))
            if not lines:
                return
            rows = []
            for n, line in enumerate(lines, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError:
                        raise ParameterError(
                            f"corpus file '{path}' has a line that is not JSON (line {n} of a "
                            "chunk); each line must be one JSON object."
                        ) from None
            yield pd.DataFrame(rows)


# --------------------------------------------------------------------------- the work


def _analyze_one(
    doc_id: str, doc: Any, lexicons: Sequence[Lexicon], norms: Norms | None
) -> DocumentRecords | tuple[str | None, str]:
    """The records of one document, or ``(path, error)`` when it cannot be analysed."""
    if isinstance(doc, ArticleError):
        return getattr(doc, "path", None), str(doc)
    path = doc.path if isinstance(doc, Source) else None
    if isinstance(doc, str):
        doc = Source(text=doc)
    if not isinstance(doc, Source):
        return None, f"document {doc_id!r} has no text (got {type(doc).__name__})."
    where = f"'{path}'" if path else f"article '{doc_id}'"
    try:
        return analyze_records(
            article_from_source(doc, doc_id=doc_id, where=where), lexicons, norms
        )
    except AnalysisError as exc:
        return path, str(exc)
    except Exception as exc:  # one document's failure (a library's bug) must not stop the run
        return path, f"{where} could not be analysed ({type(exc).__name__}: {exc})."


def analyze_partition(
    rows: Sequence[tuple[str, Any]], lexicons: Sequence[Lexicon], norms: Norms | None = None
) -> dict[str, pd.DataFrame]:
    """The analysis of one chunk of ``(doc_id, text)`` rows: a frame per table in ``TABLES``
    (``norms``: the reference for the percentiles; None: the shipped one).

    This is the one function every engine runs, so results do not depend on the engine; and
    every frame has a fixed set of columns and dtypes, so they do not depend on how the corpus
    was cut into chunks either.
    """
    records, errors = [], []
    for doc_id, doc in rows:
        out = _analyze_one(doc_id, doc, lexicons, norms)
        if isinstance(out, tuple):
            errors.append((doc_id, *out))
        else:
            records.append(out)
    sentences, matches, events, terms = frames_from_records(records)
    return {
        "sentences": sentences,
        "matches": matches,
        "events": events,
        "dyads": dyads_frame(events),
        "terms": terms,
        "summary": summary_frame([r.summary for r in records]),
        "errors": errors_frame(errors),
    }


def _chunks(it: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(it)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


#: Least text in a chunk handed to a worker once the corpus nears its end: each chunk costs
#: ~10 ms of pandas work whatever its size, and 40,000 characters of news take ~50 ms.
MIN_CHUNK_CHARS = 40_000


def _guided_chunks(it: Iterable[Any], total: int, workers: int) -> Iterator[list[Any]]:
    """Chunks for ``workers`` parallel workers when the number of documents is known, sized
    by text so that the workers finish together (guided self-scheduling): each chunk holds
    about ``1 / (2 * workers)`` of the text still to come (documents left times the mean
    length so far), at least :data:`MIN_CHUNK_CHARS` characters and at most
    :data:`CHUNK_SIZE` documents. Counting documents alone is not enough: news articles vary
    tenfold in length, and a last chunk of long ones keeps one worker busy while the others
    wait."""
    it = iter(it)
    left, seen_docs, seen_chars = total, 0, 0
    while True:
        if seen_docs:
            budget = max(MIN_CHUNK_CHARS, left * seen_chars / seen_docs / (2 * workers))
            size = CHUNK_SIZE
        else:  # nothing to go by yet: the first chunk is sized by documents
            budget, size = float("inf"), max(1, min(CHUNK_SIZE, -(-left // (2 * workers))))
        chunk: list[Any] = []
        chars = 0
        for row in it:
            chunk.append(row)
            chars += _length(row[1])
            if len(chunk) >= size or chars >= budget:
                break
        if not chunk:
            return
        left -= len(chunk)
        seen_docs += len(chunk)
        seen_chars += chars
        yield chunk


def _length(doc: Any) -> int:
    text = doc.text if isinstance(doc, Source) else doc
    return len(text) if isinstance(text, str) else 0


def _warm(lexicons: tuple[Lexicon, ...], norms: Norms | None = None) -> None:
    """Run the pipeline once on a short text: the sentiment engines, the language model and
    the one matcher of ``lexicons`` (each cached per process) are loaded before the first
    chunk, by the same calls that later use them."""
    analyze_records(article_from_source(Source(_WARM_TEXT), doc_id="warm"), lexicons, norms)


_WARM_TEXT = "Warm up."


_WORKER_LEXICONS: tuple[Lexicon, ...] = ()
_WORKER_NORMS: Norms | None = None


def _init_worker(lexicons: tuple[Lexicon, ...], parent: int, norms: Norms | None = None) -> None:
    """Worker start: the worker ends if its parent dies (:mod:`analysis.processes`); the
    lexicons (and reference) arrive once per worker, not once per chunk."""
    global _WORKER_LEXICONS, _WORKER_NORMS
    die_with_parent(parent)
    _WORKER_LEXICONS = lexicons
    _WORKER_NORMS = norms
    _warm(lexicons, norms)


def _work(rows: list[tuple[str, Any]]) -> dict[str, pd.DataFrame]:
    return analyze_partition(rows, _WORKER_LEXICONS, _WORKER_NORMS)


def _run_local(
    chunks: Iterable[list[tuple[str, Any]]],
    lexicons: tuple[Lexicon, ...],
    jobs: int,
    norms: Norms | None = None,
) -> Iterator[tuple[int, dict[str, pd.DataFrame]]]:
    """Yield ``(n_docs, frames)`` per chunk, in input order; ``jobs`` > 1 uses processes."""
    if jobs <= 1:
        for chunk in chunks:
            yield len(chunk), analyze_partition(chunk, lexicons, norms)
        return
    # Warm this process first: where workers are forked (Linux) they start warm, for free.
    _warm(lexicons, norms)
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_init_worker, initargs=(lexicons, os.getpid(), norms)
    ) as pool:
        window: deque[tuple[int, Future[dict[str, pd.DataFrame]]]] = deque()
        for chunk in chunks:
            window.append((len(chunk), pool.submit(_work, chunk)))
            if len(window) >= 2 * jobs:  # bounded: memory stays flat on any corpus size
                n, fut = window.popleft()
                yield n, fut.result()
        while window:
            n, fut = window.popleft()
            yield n, fut.result()


@dataclass(frozen=True)
class _LexiconSet:
    """The lexicons as one argument of a Dask task, with a cheap Dask token (by name, version
    and sha256) instead of Dask hashing every pattern of every lexicon for every window."""

    lexicons: tuple[Lexicon, ...]

    def __dask_tokenize__(self) -> Any:
        if all(lx.sha256 for lx in self.lexicons):
            return ("analysis-lexicons", [(lx.name, lx.version, lx.sha256) for lx in self.lexicons])
        return ("analysis-lexicons", id(self))


def _dask_partition(
    part: pd.DataFrame, lexicons: _LexiconSet, norms: Norms | None = None
) -> pd.Series:
    """What ``map_partitions`` runs: :func:`analyze_partition` on the partition's rows,
    returned as a one-element object Series holding ``(n_docs, frames)``."""
    rows = list(zip(part["doc_id"].tolist(), part["text"].tolist(), strict=True))
    frames = analyze_partition(rows, lexicons.lexicons, norms)
    return pd.Series([(len(rows), frames)], dtype=object)


def _chunk_frame(rows: list[tuple[str, Any]]) -> pd.DataFrame:
    """A chunk of ``(doc_id, text)`` rows as a Dask partition (object columns)."""
    return pd.DataFrame(
        {
            "doc_id": pd.Series([r[0] for r in rows], dtype=object),
            "text": pd.Series([r[1] for r in rows], dtype=object),
        }
    )


def _dask_client(client: Any) -> Any:
    """``client``, else the active ``dask.distributed`` client, else None (local processes)."""
    try:
        import dask
        import dask.dataframe  # noqa: F401
    except ImportError:
        raise ParameterError(
            "engine='dask' needs dask: pip install -e '.[dask]' (make setup installs it)."
        ) from None
    if client is not None:
        return client
    try:
        from distributed import default_client

        return default_client()
    except (ImportError, ValueError):  # no distributed, or no client
        return None


def _run_dask(
    chunks: Iterable[list[tuple[str, Any]]],
    lexicons: tuple[Lexicon, ...],
    jobs: int,
    client: Any,
    norms: Norms | None = None,
) -> Iterator[tuple[int, dict[str, pd.DataFrame]]]:
    """Yield ``(n_docs, frames)`` per chunk, in input order, computed by Dask.

    The corpus goes to Dask a window of ``2 * jobs`` chunks at a time (as many partitions),
    with the next window computing while this one is collected: the workers stay busy and
    memory stays flat. ``client``: a ``dask.distributed`` client with ``jobs`` worker threads,
    or None for ``jobs`` local processes.
    """
    import dask
    import dask.dataframe as dd

    per_window = 2 * jobs

    shipment = _LexiconSet(lexicons)
    pool = runner = None
    if client is None:  # local processes; two windows computing at once keep them busy
        _warm(lexicons, norms)
        pool = ProcessPoolExecutor(
            max_workers=jobs, initializer=die_with_parent, initargs=(os.getpid(),)
        )
        runner = ThreadPoolExecutor(max_workers=2)

    def submit(window: list[list[tuple[str, Any]]]) -> Any:
        # One partition per chunk, exactly: the chunks are sized so that workers finish
        # together. Texts stay Python objects (no conversion to Arrow strings): a document
        # that is not a string must reach analyze_partition as it is, to be reported.
        with dask.config.set({"dataframe.convert-string": False}):
            ddf = dd.from_map(_chunk_frame, window, meta=_chunk_frame([]), enforce_metadata=False)
            parts = ddf.map_partitions(_dask_partition, shipment, norms, meta=(None, object))
            delayed = parts.to_delayed()
        if client is not None:
            return client.compute(delayed)  # futures, one per partition
        assert runner is not None
        return runner.submit(dask.compute, *delayed, scheduler="processes", pool=pool, chunksize=1)

    def collect(pending: Any) -> Iterator[tuple[int, dict[str, pd.DataFrame]]]:
        results = client.gather(pending) if client is not None else pending.result()
        for series in results:
            yield from series.tolist()

    try:
        queue: deque[Any] = deque()
        for window in _chunks(chunks, per_window):
            queue.append(submit(window))
            if len(queue) >= 2:
                yield from collect(queue.popleft())
        while queue:
            yield from collect(queue.popleft())
    finally:
        if runner is not None:
            runner.shutdown(cancel_futures=True)
        if pool is not None:
            pool.shutdown(cancel_futures=True)


# --------------------------------------------------------------------------- the API


def analyze_corpus(
    source: Any,
    *,
    engine: str = "pandas",
    jobs: int | None = None,
    lexicons: Any = None,
    gazetteers: Any = None,
    text_column: str = "text",
    id_column: str = "doc_id",
    html_column: str | None = None,
    out: str | os.PathLike[str] | None = None,
    chunk_size: int | None = None,
    client: Any = None,
    progress: bool | None = None,
    norms: Norms | str | os.PathLike[str] | None = None,
) -> CorpusResult:
    """Analyse every document of ``source``; the same frames as :func:`analysis.analyze`.

    ``engine``: ``"pandas"`` (one process), ``"processes"`` (``jobs`` workers, default all
    cores) or ``"dask"`` (``client`` or the active ``dask.distributed`` client, else ``jobs``
    local processes). The three give identical frames, rows in input order, and a document's
    rows never depend on the other documents. Bad documents go to ``errors`` (``doc_id, path,
    error``) and the run goes on.

    ``source``: see :func:`iter_documents` (folders of ``.txt`` and ``.html`` files, tables,
    frames, iterables). ``html_column``: the column of a table holding web pages, whose main
    text and page metadata are extracted (:mod:`analysis.html`); otherwise ``text_column``
    holds the text (a value that looks like a page is extracted too). A table's ``title``,
    ``date``, ``author``, ``site`` and ``url`` columns become the documents' metadata, and so
    does a date in a file name (``2019-10-15_title.txt``). Every document's language is in
    ``summary`` (``language``, ``language_confidence``); :meth:`CorpusResult.for_aggregates`
    leaves the non-English ones out. With ``out=DIR`` each chunk's frames are written to
    ``DIR/<table>/part-NNNNN.parquet`` as they come (memory stays flat however large the
    corpus); the result then lists them in ``paths`` and reads a table only when asked.
    ``chunk_size``: documents per chunk (default: 200 in one process; with workers and a corpus
    of known size, chunks sized by text that shrink towards the end, so all finish together).
    ``progress``: a tqdm bar (``None``: only on a terminal). ``gazetteers``: your own actor
    gazetteers, on top of the shipped ones (as in :func:`analysis.analyze`); ``dyads`` has one
    row per document and source -> target pair.
    ``norms``: the reference for each document's percentiles (None: the shipped one; a
    :class:`~analysis.norms.Norms` or a saved table's path).
    """
    if engine not in ENGINES:
        raise ParameterError(
            f"engine must be one of {', '.join(map(repr, ENGINES))}, not {engine!r}."
        )
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
        raise ParameterError(f"jobs must be a positive whole number of processes, not {jobs!r}.")
    if chunk_size is not None and (
        isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1
    ):
        raise ParameterError(f"chunk_size must be a positive int, not {chunk_size!r}.")
    column = html_column or text_column
    if isinstance(source, pd.DataFrame) and column not in source.columns:
        option = "html_column" if html_column else "text_column"
        raise ParameterError(
            f"the corpus has no {column!r} column (columns: "
            f"{', '.join(map(str, source.columns))}); pass {option}=... to name it."
        )
    lexs = resolve_lexicons(lexicons) + resolve_gazetteers(gazetteers)
    reference = resolve_norms(norms)
    workers = 1 if engine == "pandas" else jobs or os.cpu_count() or 1
    if engine == "dask":
        client = _dask_client(client)
        if client is not None:  # its threads are the parallel slots
            info = client.scheduler_info().get("workers", {})
            workers = max(1, sum(w.get("nthreads", 1) for w in info.values()))
    total = _count(source)
    docs = iter_documents(
        source, text_column=text_column, id_column=id_column, html_column=html_column
    )
    if chunk_size is not None:
        chunks = _chunks(docs, chunk_size)
    elif workers > 1 and total is not None:
        chunks = _guided_chunks(docs, total, workers)
    else:
        chunks = _chunks(docs, CHUNK_SIZE if workers == 1 else CHUNK_SIZE // 2)

    from tqdm import tqdm  # the terminal bar (tqdm.auto warns in a kernel without ipywidgets)

    bar = tqdm(
        total=total,
        unit="doc",
        desc="analysing",
        disable=None if progress is None else not progress,
    )
    if engine == "dask":
        results = _run_dask(chunks, lexs, workers, client, reference)
    else:
        results = _run_local(chunks, lexs, workers, reference)
    lexicon_versions = versions(lx for lx in lexs if not is_gazetteer(lx))
    gaz = versions(lx for lx in lexs if is_gazetteer(lx))
    try:
        if out is not None:
            paths = _stream_to_parquet(results, Path(out), bar, lexicon_versions)
            atomic_write(Path(out) / "gazetteers.json", dumps_json(gaz))
            return CorpusResult(
                paths=paths, lexicon_versions=lexicon_versions, gazetteer_versions=gaz
            )
        collected: dict[str, list[pd.DataFrame]] = {t: [] for t in TABLES}
        for n, frames in results:
            for t in TABLES:
                collected[t].append(frames[t])
            bar.update(n)
    finally:
        bar.close()
    if not collected["summary"]:  # no document at all: the empty frames, columns and dtypes
        collected = {t: [frame] for t, frame in analyze_partition([], lexs, reference).items()}
    return CorpusResult(
        {t: _concat(collected[t]) for t in TABLES},
        lexicon_versions=lexicon_versions,
        gazetteer_versions=gaz,
    )


def _count(source: Any) -> int | None:
    """Number of documents when it is known without reading them (for the progress bar)."""
    if isinstance(source, pd.DataFrame | list | tuple):
        return len(source)
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            if path.is_dir():
                return len(_folder_files(path))
            if path.suffix.lower() == ".parquet":
                import pyarrow.parquet as pq

                return int(pq.ParquetFile(path).metadata.num_rows)
        except (OSError, ValueError):
            return None
    return None


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    non_empty = [f for f in frames if len(f)] or frames[:1]
    return pd.concat(non_empty, ignore_index=True)


def _stream_to_parquet(
    results: Iterable[tuple[int, dict[str, pd.DataFrame]]],
    out: Path,
    bar: Any,
    versions: dict[str, Any],
) -> dict[str, list[Path]]:
    written: dict[str, list[Path]] = {t: [] for t in TABLES}
    for i, (n, frames) in enumerate(results):
        for t in TABLES:
            if len(frames[t]) == 0:
                continue
            path = out / t / f"part-{i:05d}.parquet"
            write_parquet(frames[t], path)
            written[t].append(path)
        bar.update(n)
    atomic_write(out / "lexicons.json", dumps_json(versions))
    return written


# --------------------------------------------------------------------------- corpus views


def read_metadata(
    source: Any,
    *,
    text_column: str = "text",
    id_column: str = "doc_id",
    html_column: str | None = None,
) -> pd.DataFrame:
    """Every column but the text, one row per document, keyed by ``doc_id``.

    For a table file these are its other columns (``date``, ``source``, ``title``…); for a
    folder of articles, the entries of a ``metadata.yaml`` beside them keyed by file name
    (as in ``seeds/``), if there is one. Ids follow :func:`iter_documents`.
    """
    drop = [c for c in (text_column, html_column) if c]
    if isinstance(source, pd.DataFrame):
        frames: Iterable[pd.DataFrame] = [source]
    elif isinstance(source, str | os.PathLike) and Path(source).is_dir():
        return _folder_metadata(Path(source))
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        suffix = path.suffix.lower()
        if suffix == ".csv":
            frames = pd.read_csv(path, chunksize=CHUNK_SIZE, dtype=str, keep_default_na=False)
        elif suffix in (".jsonl", ".ndjson"):
            frames = _jsonl_chunks(path)
        elif suffix == ".parquet":
            import pyarrow.parquet as pq

            cols = [c for c in pq.ParquetFile(path).schema_arrow.names if c not in drop]
            frames = [pd.read_parquet(path, columns=cols)]
        else:
            return pd.DataFrame(columns=["doc_id"])
    else:
        return pd.DataFrame(columns=["doc_id"])
    parts, offset = [], 0
    for chunk in frames:
        meta = chunk.drop(columns=drop, errors="ignore").copy()
        if id_column in meta.columns:
            meta["doc_id"] = meta.pop(id_column).astype(str)
        else:
            meta["doc_id"] = [f"doc-{offset + i}" for i in range(len(meta))]
        offset += len(chunk)
        parts.append(meta)
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["doc_id"])
    return out[["doc_id", *[c for c in out.columns if c != "doc_id"]]]


def _folder_metadata(folder: Path) -> pd.DataFrame:
    import yaml

    rows = [{"doc_id": p.stem, "file": p.name} for p in _folder_files(folder)]
    meta_file = folder / "metadata.yaml"
    if meta_file.is_file():
        entries = yaml.safe_load(meta_file.read_text(encoding="utf-8")) or {}
        if isinstance(entries, dict):
            for row in rows:
                extra = entries.get(row["file"])
                if isinstance(extra, dict):
                    row.update({k: v for k, v in extra.items() if k not in ("doc_id", "file")})
    return pd.DataFrame(rows)


def document_table(summary: pd.DataFrame, metadata: pd.DataFrame) -> pd.DataFrame:
    """One row per analysed document: its summary joined with :func:`read_metadata`'s columns.

    Where both have a column (``title``, ``date``…), the summary's value is kept (it already
    holds a table's own column, a page's metadata or a file name's date) and the metadata
    file's fills what the summary lacks. ``date`` is then a datetime column (missing where no
    date is known), so the corpus can be drawn over time.
    """
    table = summary
    if len(metadata.columns) > 1:
        meta = metadata.drop_duplicates("doc_id").set_index("doc_id")
        table = summary.set_index("doc_id", drop=False)
        for col in meta.columns:
            extra = meta[col].reindex(table.index)
            if col in table.columns:
                table[col] = table[col].where(table[col].notna(), extra)
            else:
                table[col] = extra
        table = table.reset_index(drop=True)
    if "date" in table.columns:
        table = table.assign(date=pd.to_datetime(table["date"], errors="coerce", utc=True))
        table["date"] = table["date"].dt.tz_localize(None)
    return table


def write_errors(errors: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write the documents that failed (``doc_id, path, error``) as CSV; return its path."""
    path = Path(path)
    atomic_write(path, frame_csv(errors))
    return path
