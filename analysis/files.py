"""Writing files: whole or not at all, deterministic, readable by colleagues.

Every file the package writes goes through here:

* :func:`atomic_write` (bytes or text) and :func:`write_parquet` (a frame) write to a
  temporary file beside the target and rename it into place, so a reader sees the old file or
  the new one, never half of one; :func:`partial_dir` and :func:`replace_dir` do the same for
  whole folders;
* :func:`dumps_json` and :func:`frame_csv` give the same bytes for the same data;
* temporary files and folders are named ``.<name>.<pid>.<random>.tmp`` (or ``.partial``) and
  get the permissions the umask allows (``mkstemp``'s 0600 would hide reports from colleagues);
  :func:`clean_stale_temporaries` removes those left by processes that died.

This module imports nothing from the package, so every layer may use it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

__all__ = [
    "FLOAT_FORMAT",
    "TEMP_RE",
    "atomic_path",
    "atomic_write",
    "clean_stale_temporaries",
    "current_umask",
    "dumps_json",
    "frame_csv",
    "partial_dir",
    "replace_dir",
    "stable_float",
    "temp_prefix",
    "write_parquet",
]

#: Floats in CSV files: fixed precision, so that the same numbers give the same bytes.
FLOAT_FORMAT = "%.6f"


@cache
def current_umask() -> int:
    """The process's umask (reading it means setting it, so this is done once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def temp_prefix(name: str) -> str:
    """``.<name>.<pid>.``: temporary files and folders say which process owns them, so a later
    run can remove those of a process that died (see :func:`clean_stale_temporaries`)."""
    return f".{name}.{os.getpid()}."


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary file beside ``path`` to write; renamed to ``path`` when the block succeeds.

    The file exists (empty, with umask permissions) when the block starts; if the block
    raises, it is removed and ``path`` is untouched.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path.name), suffix=".tmp", dir=path.parent)
    try:
        try:
            os.fchmod(fd, 0o666 & ~current_umask())
        finally:
            os.close(fd)
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` via a temporary file and a rename."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def write_parquet(df: Any, path: str | os.PathLike[str]) -> None:
    """Write a frame to a Parquet file (without its index) via a temporary file and a rename."""
    with atomic_path(path) as tmp:
        df.to_parquet(tmp, index=False)


def dumps_json(obj: Any) -> str:
    """Deterministic JSON: sorted keys, 2-space indent, UTF-8, a final newline, no NaN."""
    return json.dumps(obj, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def frame_csv(df: Any) -> str:
    """Deterministic CSV text of a frame: fixed float format, ``\\n`` line endings."""
    return df.to_csv(index=False, float_format=FLOAT_FORMAT, lineterminator="\n")


# --------------------------------------------------------------------------- folders


def partial_dir(final: str | os.PathLike[str]) -> Path:
    """Create the hidden temporary sibling folder in which ``final`` is built."""
    final = Path(final)
    prefix = temp_prefix(final.name)
    tmp = Path(tempfile.mkdtemp(prefix=prefix, suffix=".partial", dir=final.parent))
    tmp.chmod(0o777 & ~current_umask())  # mkdtemp's 0700 would hide the folder from colleagues
    return tmp


def replace_dir(tmp: str | os.PathLike[str], final: str | os.PathLike[str]) -> None:
    """Move the finished folder ``tmp`` to ``final``, replacing an older one if any."""
    final = Path(final)
    if final.exists():
        old = final.with_name(f"{temp_prefix(final.name)}old.partial")
        os.replace(final, old)
        os.replace(tmp, final)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, final)


# --------------------------------------------------------------------------- clean-up


#: The names :func:`temp_prefix` gives, with :func:`atomic_path`'s or :func:`partial_dir`'s end.
TEMP_RE = re.compile(r"\.(?P<name>.+)\.(?P<pid>[0-9]+)\.[^.]*\.(?:partial|tmp)")


def clean_stale_temporaries(
    folder: str | os.PathLike[str], *, pattern: re.Pattern[str] = TEMP_RE
) -> list[Path]:
    """Remove the temporary files and folders left in ``folder`` by dead processes.

    A run stopped by SIGKILL, a crash or a power cut cannot clean up after itself; its
    ``.<name>.<pid>.<random>.partial`` folders (and ``.tmp`` files) stay behind. Those whose
    process no longer exists are removed; those of a live process (another run writing to the
    same folder) and those of other users are left alone. ``pattern`` must have a ``pid``
    group. Returns what was removed.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    uid = os.geteuid()
    for entry in entries:
        m = pattern.fullmatch(entry.name)
        if m is None or _pid_alive(int(m["pid"])):
            continue
        try:
            if entry.stat(follow_symlinks=False).st_uid != uid:
                continue
        except OSError:
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. EPERM: it exists but belongs to someone else
        return True
    return True


def stable_float(x: float) -> float:
    """``x`` rounded to six decimals (far below any meaningful difference), ``-0.0`` as
    ``0.0``: summaries serialise to the same JSON bytes on every machine."""
    return round(float(x), 6) + 0.0
