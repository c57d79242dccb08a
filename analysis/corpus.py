"""Many documents: readers that stream, and three engines that give identical results.

``analyze_corpus`` runs the per-document analysis of :mod:`analysis.core` over a corpus:

* ``engine="pandas"``: in this process, chunk by chunk;
* ``engine="processes"``: all cores, chunks of documents sent to worker processes, a bounded
  number in flight (memory stays flat), results in input order;
* ``engine="dask"``: the same per-partition function through ``dask.dataframe.map_partitions``,
  on a ``dask.distributed`` client if one is given or active (a cluster), else local processes.

Every engine calls :func:`analyze_partition` on a chunk of ``(doc_id, text)`` rows, so the
results are identical whatever runs them. A document that cannot be analysed (empty, not
text) is recorded in ``errors`` and the run goes on. With ``out=DIR`` the frames are streamed
to Parquet part files instead of being collected, so memory does not grow with the corpus.
"""

from __future__ import annotations

import itertools
import json
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .core import DocumentRecords, analyze_records, frames_from_records
from .errors import AnalysisError, ArticleError, ParameterError
from .lexicon import Lexicon, resolve_lexicons
from .text import decode_bytes, load_article

__all__ = ["ENGINES", "CorpusResult", "analyze_corpus", "analyze_partition", "iter_documents"]

ENGINES = ("pandas", "processes", "dask")
#: Documents per chunk: big enough that pandas and inter-process costs are amortised
#: (bench/throughput.py), small enough that a chunk of news fits easily in memory.
CHUNK_SIZE = 200
ERROR_COLUMNS = ["doc_id", "message"]
TABLES = ("sentences", "matches", "terms", "summary", "errors")


@dataclass
class CorpusResult:
    """The frames of a corpus; each has a ``doc_id`` column (``summary``: one row per doc)."""

    sentences: pd.DataFrame
    matches: pd.DataFrame
    terms: pd.DataFrame
    summary: pd.DataFrame
    errors: pd.DataFrame
    lexicon_versions: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------- readers


def iter_documents(
    source: Any, *, text_column: str = "text", id_column: str = "doc_id"
) -> Iterator[tuple[str, Any]]:
    """Stream ``(doc_id, text)`` pairs from any supported source, in order.

    ``source``: a DataFrame; an iterable of texts or ``(id, text)`` pairs; a folder of ``.txt``
    files (sorted by name); or a ``.csv``, ``.jsonl``/``.ndjson`` or ``.parquet`` file with a
    ``text`` column and optionally a ``doc_id`` column (else ids are ``doc-<row>``). Files are
    read in chunks, never whole. A ``.txt`` that cannot be decoded yields an
    :class:`ArticleError` in place of its text, to be recorded, not raised.
    """
    if isinstance(source, pd.DataFrame):
        yield from _frame_rows(source, text_column, id_column, 0)
        return
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.exists():
            raise ArticleError(f"corpus source '{path}' does not exist; check the path.")
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() == ".txt")
            if not files:
                raise ArticleError(f"corpus folder '{path}' has no .txt files.")
            for p in files:
                yield p.stem, _read_txt(p)
            return
        yield from _read_table(path, text_column, id_column)
        return
    if isinstance(source, str | bytes):
        raise ParameterError("analyze_corpus needs many documents; use analyze() for one text.")
    for i, item in enumerate(source):
        if isinstance(item, tuple | list) and len(item) == 2:
            yield str(item[0]), item[1]
        else:
            yield f"doc-{i}", item


def _read_txt(path: Path) -> Any:
    try:
        return decode_bytes(path.read_bytes(), where=f"'{path}'")[0]
    except ArticleError as exc:
        return exc
    except OSError as exc:
        return ArticleError(f"'{path}' cannot be read ({exc.strerror}).")


def _frame_rows(
    df: pd.DataFrame, text_column: str, id_column: str, offset: int
) -> Iterator[tuple[str, Any]]:
    if text_column not in df.columns:
        raise ParameterError(
            f"the corpus has no {text_column!r} column (columns: {', '.join(map(str, df.columns))}"
            "); pass text_column=... to name the text column."
        )
    texts = df[text_column].tolist()
    if id_column in df.columns:
        ids = [str(x) for x in df[id_column].tolist()]
    else:
        ids = [f"doc-{offset + i}" for i in range(len(texts))]
    yield from zip(ids, texts, strict=True)


def _read_table(path: Path, text_column: str, id_column: str) -> Iterator[tuple[str, Any]]:
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
            f"corpus source '{path}' is not a folder of .txt files or a .csv, .jsonl or .parquet "
            "file."
        )
    for chunk in chunks:
        yield from _frame_rows(chunk, text_column, id_column, offset)
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


def _analyze_one(doc_id: str, text: Any, lexicons: Sequence[Lexicon]) -> DocumentRecords | str:
    if isinstance(text, ArticleError):
        return str(text)
    if not isinstance(text, str):
        return f"document {doc_id!r} has no text (got {type(text).__name__})."
    try:
        return analyze_records(load_article(text=text, doc_id=doc_id), lexicons)
    except AnalysisError as exc:
        return str(exc)


def analyze_partition(
    rows: Sequence[tuple[str, Any]], lexicons: Sequence[Lexicon]
) -> dict[str, pd.DataFrame]:
    """The analysis of one chunk of ``(doc_id, text)`` rows: a frame per table in ``TABLES``.

    This is the one function every engine runs, so results do not depend on the engine.
    """
    records, errors = [], []
    for doc_id, text in rows:
        out = _analyze_one(doc_id, text, lexicons)
        if isinstance(out, str):
            errors.append((doc_id, out))
        else:
            records.append(out)
    sentences, matches, terms = frames_from_records(records)
    return {
        "sentences": sentences,
        "matches": matches,
        "terms": terms,
        "summary": summary_frame([r.summary for r in records]),
        "errors": pd.DataFrame(errors, columns=ERROR_COLUMNS),
    }


def summary_frame(summaries: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """One row per document; nested values flattened to ``key.subkey`` columns.

    Lexicon versions are the same for every row, so they are left out (see
    ``CorpusResult.lexicon_versions``).
    """
    flat = []
    for s in summaries:
        row: dict[str, Any] = {}
        for key, value in s.items():
            if key == "lexicon_versions":
                continue
            _flatten(row, key, value)
        flat.append(row)
    return pd.DataFrame(flat)


def _flatten(row: dict[str, Any], key: str, value: Any) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _flatten(row, f"{key}.{k}", v)
    else:
        row[key] = value


def _chunks(it: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(it)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _worker(args: tuple[list[tuple[str, Any]], tuple[Lexicon, ...]]) -> dict[str, pd.DataFrame]:
    rows, lexicons = args
    return analyze_partition(rows, lexicons)


def _run_local(
    chunks: Iterable[list[tuple[str, Any]]], lexicons: tuple[Lexicon, ...], jobs: int
) -> Iterator[tuple[int, dict[str, pd.DataFrame]]]:
    """Yield ``(n_docs, frames)`` per chunk, in input order; ``jobs`` > 1 uses processes."""
    if jobs <= 1:
        for chunk in chunks:
            yield len(chunk), analyze_partition(chunk, lexicons)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        window: deque[tuple[int, Future[dict[str, pd.DataFrame]]]] = deque()
        for chunk in chunks:
            window.append((len(chunk), pool.submit(_worker, (chunk, lexicons))))
            if len(window) >= 2 * jobs:  # bounded: memory stays flat on any corpus size
                n, fut = window.popleft()
                yield n, fut.result()
        while window:
            n, fut = window.popleft()
            yield n, fut.result()


def _run_dask(
    docs: Iterable[tuple[str, Any]],
    lexicons: tuple[Lexicon, ...],
    jobs: int,
    chunk_size: int,
    client: Any,
) -> Iterator[tuple[int, dict[str, pd.DataFrame]]]:
    try:
        import dask
        import dask.dataframe as dd
    except ImportError:
        raise ParameterError(
            "engine='dask' needs dask: pip install -e '.[dask]' (make setup installs it)."
        ) from None
    rows = list(docs)
    if not rows:
        return
    frame = pd.DataFrame(
        {"doc_id": [r[0] for r in rows], "text": pd.Series([r[1] for r in rows], dtype=object)}
    )
    nparts = max(1, -(-len(frame) // chunk_size))
    with dask.config.set({"dataframe.convert-string": False}):  # keep texts as given
        ddf = dd.from_pandas(frame, npartitions=nparts, sort=False)

    def per_partition(part: pd.DataFrame) -> pd.Series:
        out = analyze_partition(list(zip(part["doc_id"], part["text"], strict=True)), lexicons)
        return pd.Series([(len(part), out)], dtype=object)

    parts = ddf.map_partitions(per_partition, meta=(None, object))
    if client is not None:
        results = client.compute(parts).result()
    else:
        from dask.distributed import default_client

        try:
            results = default_client().compute(parts).result()
        except ValueError:  # no client: local processes
            (results,) = dask.compute(parts, scheduler="processes", num_workers=jobs)
    yield from results.tolist()


# --------------------------------------------------------------------------- the API


def analyze_corpus(
    source: Any,
    *,
    engine: str = "pandas",
    jobs: int | None = None,
    lexicons: Any = None,
    text_column: str = "text",
    id_column: str = "doc_id",
    out: str | os.PathLike[str] | None = None,
    chunk_size: int = CHUNK_SIZE,
    client: Any = None,
    progress: bool | None = None,
) -> CorpusResult | dict[str, list[Path]]:
    """Analyse every document of ``source``; the same frames as :func:`analysis.analyze`.

    ``engine``: ``"pandas"`` (one process), ``"processes"`` (``jobs`` workers, default all
    cores) or ``"dask"`` (``client`` or the active ``dask.distributed`` client, else ``jobs``
    local processes). Bad documents go to ``errors`` (``doc_id, message``). With ``out=DIR``
    each chunk's frames are written to ``DIR/<table>/part-NNNNN.parquet`` as they come, and a
    dict of the written paths per table is returned instead of frames. ``progress``: a tqdm
    bar (``None``: only on a terminal).
    """
    if engine not in ENGINES:
        raise ParameterError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}.")
    if jobs is not None and (not isinstance(jobs, int) or jobs < 1):
        raise ParameterError(f"jobs must be a positive int, not {jobs!r}.")
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise ParameterError(f"chunk_size must be a positive int, not {chunk_size!r}.")
    lexs = resolve_lexicons(lexicons)
    workers = jobs or os.cpu_count() or 1
    docs = iter_documents(source, text_column=text_column, id_column=id_column)

    from tqdm.auto import tqdm

    total = len(source) if isinstance(source, pd.DataFrame | list | tuple) else None
    bar = tqdm(
        total=total,
        unit="doc",
        desc="analysing",
        disable=None if progress is None else not progress,
    )
    if engine == "dask":
        results = _run_dask(docs, lexs, workers, chunk_size, client)
    else:
        results = _run_local(_chunks(docs, chunk_size), lexs, 1 if engine == "pandas" else workers)
    versions = {lx.name: {"version": lx.version, "sha256": lx.sha256} for lx in lexs}
    try:
        if out is not None:
            return _stream_to_parquet(results, Path(out), bar, versions)
        collected: dict[str, list[pd.DataFrame]] = {t: [] for t in TABLES}
        for n, frames in results:
            for t in TABLES:
                collected[t].append(frames[t])
            bar.update(n)
    finally:
        bar.close()
    empty = analyze_partition([], lexs)
    return CorpusResult(
        **{t: _concat(collected[t] or [empty[t]]) for t in TABLES},
        lexicon_versions=versions,
    )


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    non_empty = [f for f in frames if len(f)] or frames[:1]
    return pd.concat(non_empty, ignore_index=True)


def _stream_to_parquet(
    results: Iterable[tuple[int, dict[str, pd.DataFrame]]],
    out: Path,
    bar: Any,
    versions: dict[str, Any],
) -> dict[str, list[Path]]:
    from .report import atomic_write, dumps_json

    written: dict[str, list[Path]] = {t: [] for t in TABLES}
    for i, (n, frames) in enumerate(results):
        for t in TABLES:
            if len(frames[t]) == 0:
                continue
            path = out / t / f"part-{i:05d}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.tmp")
            frames[t].to_parquet(tmp, index=False)
            os.replace(tmp, path)
            written[t].append(path)
        bar.update(n)
    atomic_write(out / "lexicons.json", dumps_json(versions))
    return written


# --------------------------------------------------------------------------- corpus views


def read_metadata(
    source: Any, *, text_column: str = "text", id_column: str = "doc_id"
) -> pd.DataFrame:
    """Every column but the text, one row per document, keyed by ``doc_id``.

    For a table file these are its other columns (``date``, ``source``, ``title``…); for a
    folder of ``.txt`` files, the entries of a ``metadata.yaml`` beside them keyed by file name
    (as in ``seeds/``), if there is one. Ids follow :func:`iter_documents`.
    """
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

            cols = [c for c in pq.ParquetFile(path).schema_arrow.names if c != text_column]
            frames = [pd.read_parquet(path, columns=cols)]
        else:
            return pd.DataFrame(columns=["doc_id"])
    else:
        return pd.DataFrame(columns=["doc_id"])
    parts, offset = [], 0
    for chunk in frames:
        meta = chunk.drop(columns=[text_column], errors="ignore").copy()
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

    rows = [{"doc_id": p.stem, "file": p.name} for p in sorted(folder.glob("*.txt"))]
    meta_file = folder / "metadata.yaml"
    if meta_file.is_file():
        entries = yaml.safe_load(meta_file.read_text(encoding="utf-8")) or {}
        if isinstance(entries, dict):
            for row in rows:
                extra = entries.get(row["file"])
                if isinstance(extra, dict):
                    row.update({k: v for k, v in extra.items() if k not in ("doc_id", "file")})
    return pd.DataFrame(rows)


def direction_keyness(matches: pd.DataFrame) -> pd.DataFrame:
    """Terms of escalation vs de-escalation matches with their keyness across the corpus.

    Columns: ``term, direction, count, documents, g2`` where ``g2`` is Dunning's (1993)
    log-likelihood of the term's count in its direction against the other direction (the
    keyness statistic of quanteda's ``textstat_keyness(measure = "lr")``), signed so that
    positive values are key for escalation and negative for de-escalation.
    """
    import math

    sub = matches[matches["direction"].isin(["escalation", "de-escalation"])].copy()
    cols = ["term", "direction", "count", "documents", "g2"]
    if sub.empty:
        return pd.DataFrame(columns=cols)
    sub["term"] = sub["text"].str.lower().str.split().str.join(" ")
    grouped = (
        sub.groupby(["term", "direction"])
        .agg(count=("term", "size"), documents=("doc_id", "nunique"))
        .reset_index()
    )
    totals = sub["direction"].value_counts()
    n_esc, n_de = int(totals.get("escalation", 0)), int(totals.get("de-escalation", 0))
    esc_counts = sub[sub["direction"] == "escalation"]["term"].value_counts()
    de_counts = sub[sub["direction"] == "de-escalation"]["term"].value_counts()

    def g2(term: str) -> float:
        a, b = int(esc_counts.get(term, 0)), int(de_counts.get(term, 0))
        n = n_esc + n_de
        e1, e2 = n_esc * (a + b) / n, n_de * (a + b) / n
        ll = 2 * sum(o * math.log(o / e) for o, e in ((a, e1), (b, e2)) if o > 0 and e > 0)
        return ll if a / max(n_esc, 1) >= b / max(n_de, 1) else -ll

    grouped["g2"] = [round(g2(t), 4) for t in grouped["term"]]
    order = grouped.assign(key=-grouped["g2"].abs()).sort_values(["key", "term", "direction"])
    return order.reset_index(drop=True)[cols]
