"""Child processes that end when the process that started them dies, however it dies.

A batch of reports or a corpus run starts worker processes (and each report a kernel). If the
run is killed outright (``kill -9``, the out-of-memory killer, a closed terminal), nothing in
it can clean up, and its children would live on, reparented, holding memory. So every worker
calls :func:`die_with_parent` as it starts (the executor's ``initializer``), and so does every
report kernel (:mod:`analysis.kernel`):

* on Linux, ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` asks the kernel to kill the child the moment
  its parent dies (``man 2 prctl``); if the parent died before the call, the child exits at
  once;
* elsewhere, a daemon thread checks once a second whether the parent is still there (the same
  watchdog ipykernel runs for its own parent), and exits the process when it is not.

The same processes, the report command's and each report kernel's, also do without optional
modules they never use (:func:`skip_unused_optional_modules`); a library user's own process is
left as it is.

This module imports nothing from the package, so every layer may use it.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Callable

__all__ = [
    "POLL_SECONDS",
    "UNUSED_OPTIONAL_MODULES",
    "die_with_parent",
    "skip_unused_optional_modules",
]

#: Optional modules the package's own processes do without. jsonschema (under nbformat, under
#: papermill, which the report command and every report notebook import) imports
#: ``rfc3987_syntax`` where it is installed (jupyterlab's jupyter-events brings it) to check the
#: ``iri`` formats, which no notebook schema uses; that module builds its Earley parsers at
#: import, 1.4 s of every report command and about as much of every report kernel
#: (python-jsonschema/jsonschema#1428; ``python bench/startup.py``). Marked absent, it is never
#: imported and jsonschema leaves those two formats unchecked.
UNUSED_OPTIONAL_MODULES = ("rfc3987_syntax",)

#: How often the watchdog (non-Linux) checks on the parent.
POLL_SECONDS = 1.0
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _prctl() -> Callable[..., int] | None:
    """libc's ``prctl``, or None off Linux (looked up once per child, when it starts)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


def die_with_parent(parent_pid: int | None = None) -> None:
    """End this process when its parent dies (call it first thing in a child process).

    ``parent_pid``: the pid of the process that started this one (``os.getpid()`` taken in
    the parent); if the parent is already gone when this runs, the process exits at once.
    """
    prctl = _prctl()
    if prctl is not None and prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0:
        if parent_pid is not None and os.getppid() != parent_pid:
            os._exit(1)  # the parent died before the request took effect
        return
    parent = parent_pid if parent_pid is not None else os.getppid()
    threading.Thread(target=_watch, args=(parent,), name="die-with-parent", daemon=True).start()


def skip_unused_optional_modules(modules: dict[str, object] | None = None) -> None:
    """Mark :data:`UNUSED_OPTIONAL_MODULES` absent in ``modules`` (default ``sys.modules``),
    unless already imported: an ``import`` of them then fails as if they were not installed."""
    modules = sys.modules if modules is None else modules
    for name in UNUSED_OPTIONAL_MODULES:
        modules.setdefault(name, None)


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(POLL_SECONDS)
    os._exit(1)
