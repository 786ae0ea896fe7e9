#!/usr/bin/env python3
"""Runs Mozilla's compare-locales from the repository's l10n.toml (the
project configuration Pontoon reads too) and fails unless it finds every
shipped locale complete and clean.

Also checks that l10n.toml says what the catalog holds: its locales are
exactly the locale folders of catalog/ other than en-US, and its reference
paths take in every en-US file (a file added to en-US and forgotten here
would be invisible to Pontoon).

Usage: project_config.py COMPARE_LOCALES_BINARY (from the repository root;
`make test-l10n` runs it).
"""

from __future__ import annotations

import fnmatch
import json
import subprocess
import sys
from pathlib import Path

import toml  # type: ignore[import-untyped]

SOURCE = "en-US"
NOT_LOCALES = {SOURCE, "sources"}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    config = toml.loads(Path("l10n.toml").read_text(encoding="utf-8"))
    failures = []
    folders = sorted(p.name for p in Path("catalog").iterdir() if p.is_dir() and p.name not in NOT_LOCALES)
    if sorted(config.get("locales", [])) != folders:
        failures.append(f"l10n.toml lists the locales {config.get('locales')}, catalog/ has {folders}")
    references = [p["reference"] for p in config.get("paths", [])]
    for f in sorted(Path("catalog", SOURCE).glob("*.ftl")):
        if not any(fnmatch.fnmatch(f.as_posix(), r) for r in references):
            failures.append(f"{f} is in no reference path of l10n.toml")
    run = subprocess.run([argv[1], "--json", "-", "l10n.toml", "."], capture_output=True, text=True)
    if run.returncode != 0:
        failures.append(f"compare-locales exited {run.returncode}:\n{run.stderr}")
    else:
        for report in json.loads(run.stdout):
            if report["details"]:
                failures.append(f"compare-locales reports: {json.dumps(report['details'], ensure_ascii=False)}")
            seen = set(report["summary"])
            if seen != set(folders):
                failures.append(f"compare-locales compared {sorted(seen)}, not {folders}")
            for locale, s in report["summary"].items():
                bad = {k: s.get(k, 0) for k in ("errors", "warnings", "missing", "obsolete")}
                if any(bad.values()) or not s.get("changed"):
                    failures.append(f"compare-locales on {locale}: {s}")
                else:
                    print(f"compare-locales l10n.toml: {locale}: {s['changed']} translated, {s.get('unchanged', 0)} unchanged, 0 missing, 0 errors")
    if failures:
        print("FAILED:\n" + "\n".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
