"""Run every benchmark module that exists: extraction throughput, metrics speed."""

from __future__ import annotations

import importlib
import sys

MODULES = ("extract", "metrics")


def main(argv: list[str]) -> int:
    wanted = argv or list(MODULES)
    for name in wanted:
        try:
            mod = importlib.import_module(f"talentflow.bench.{name}")
        except ModuleNotFoundError:
            print(f"[bench] {name}: not available", file=sys.stderr)
            continue
        print(f"== bench: {name}", flush=True)
        mod.main()
    return 0


raise SystemExit(main(sys.argv[1:]))
