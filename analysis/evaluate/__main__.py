"""``python -m analysis.evaluate MEASURE PATH [options]``."""

from __future__ import annotations

import importlib
import sys

MEASURES = ("sentiment", "hedging", "escalation", "actors", "reading")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in MEASURES:
        sys.stderr.write(
            f"usage: python -m analysis.evaluate {{{','.join(MEASURES)}}} PATH [options]\n"
        )
        return 2
    module = importlib.import_module(f"analysis.evaluate.{argv[0]}")
    return int(module.main(argv[1:]) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
