"""The kernel that runs report notebooks: ipykernel, made to die with its parent first.

``python -m analysis.kernel -f CONNECTION_FILE`` is what :mod:`analysis.report` starts instead
of ``python -m ipykernel_launcher``: it asks to end when the process named by ``CN_PARENT_PID``
dies (:func:`analysis.processes.die_with_parent`) and marks the optional modules no report uses
absent (as the report command does), then runs ipykernel as usual. Doing this in the kernel
itself, rather than in a ``preexec_fn`` between fork and exec, keeps the parent's fork free of
Python code: a Ctrl-C that lands during a fork with a ``preexec_fn`` prints "Exception ignored
in ..." from the at-fork hooks.
"""

from __future__ import annotations

import os

from .processes import die_with_parent, skip_unused_optional_modules

#: The environment variable that names the process the kernel dies with.
PARENT_ENV = "CN_PARENT_PID"


def main() -> None:
    """Die with the parent named in the environment (if any), do without the optional modules
    no report uses (:func:`analysis.processes.skip_unused_optional_modules`), then run the
    kernel."""
    parent = os.environ.get(PARENT_ENV, "")
    if parent.isdigit():
        die_with_parent(int(parent))
    skip_unused_optional_modules()
    # imported here: ipykernel's shell makes tqdm.auto (papermill's bar) think it runs in a
    # notebook, so the report command, which imports this module for PARENT_ENV, must not
    from ipykernel import kernelapp

    kernelapp.launch_new_instance()


if __name__ == "__main__":
    main()
