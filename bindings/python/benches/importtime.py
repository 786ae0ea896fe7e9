"""How long ``import smh_errors`` takes, against ``import gettext``, in one run.

    python benches/importtime.py [--runs 10] [--check]

Each of ``--runs`` rounds starts a fresh interpreter per module with
``python -X importtime -c 'import M'`` (bytecode caches written by a first,
untimed run) and reads the cumulative time of ``M``'s own line: everything
that importing ``M`` loaded beyond what the interpreter had already loaded
at start-up. The best of the runs is printed, in microseconds, with the
ratio. ``--check`` exits 1 when ``smh_errors`` is slower than ``gettext``.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys

LINE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|\s*(\S+)\s*$")


def import_us(module: str) -> int:
    """The cumulative microseconds of importing ``module`` in a fresh interpreter."""
    env = {k: v for k, v in os.environ.items() if k not in ("SMH_ERRORS_CATALOG_DIR", "PYTHONDONTWRITEBYTECODE")}
    r = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    for line in r.stderr.splitlines():
        m = LINE.match(line)
        if m and m.group(3) == module:
            return int(m.group(2))
    raise SystemExit(f"no importtime line for {module}:\n{r.stderr}")


def main() -> int:
    """Measures both imports, interleaved, and prints the best of each."""
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=10)
    p.add_argument("--check", action="store_true")
    args = p.parse_args()
    modules = ("smh_errors", "gettext")
    for m in modules:  # write the bytecode caches, untimed
        import_us(m)
    best = {m: min(import_us(m) for _ in range(1)) for m in modules}
    for _ in range(args.runs - 1):
        for m in modules:
            best[m] = min(best[m], import_us(m))
    print(f"python {sys.version.split()[0]}, best of {args.runs} runs of `python -X importtime -c 'import M'`:")
    for m in modules:
        print(f"  import {m:<11} {best[m]:>6} us  {best[m] / best['gettext']:.2f}x gettext")
    if args.check and best["smh_errors"] > best["gettext"]:
        print("import smh_errors is slower than import gettext", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
