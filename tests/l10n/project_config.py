#!/usr/bin/env python3
"""Runs Mozilla's compare-locales from the repository's l10n.toml (the
project configuration Pontoon reads too) and fails unless it finds every
shipped locale complete and clean.

The one finding allowed is the one the catalog's convention makes:
compare-locales warns when a translation leaves out an identifier term
(`-DryRun = DryRun`) that en-US uses, and a translation may, when its text
does not write the identifier (tests/l10n/compare_locales.py explains it
and says so for every finding).

Also checks that l10n.toml says what the catalog holds: its locales are
exactly the locale folders of catalog/ other than en-US, and its reference
paths take in every en-US file (a file added to en-US and forgotten here
would be invisible to Pontoon).

Usage: project_config.py COMPARE_LOCALES_BINARY (from the repository root;
`make test-l10n` runs it).
"""

from __future__ import annotations

import fnmatch
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Callable, cast

import toml  # type: ignore[import-untyped]

SOURCE = "en-US"
NOT_LOCALES = {SOURCE, "sources"}


def identifier_rule() -> tuple[dict[str, str], Callable[[Path, str], str]]:
    """compare_locales.py's reading of identifier terms (loaded by path: the
    PyPI package of the same name is in the venv)."""
    spec = importlib.util.spec_from_file_location("smh_compare_locales", Path(__file__).with_name("compare_locales.py"))
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    terms: dict[str, str] = mod.identifier_terms(Path("catalog"))
    return terms, cast(Callable[[Path, str], str], mod.entry_text)


MISSING_TERM = re.compile(r"Missing term reference: (-\S+) at line \d+, column \d+ for (\S+)$")


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
        identifiers, entry_text = identifier_rule()
        allowed: dict[str, int] = {}
        for report in json.loads(run.stdout):
            for rel, items in report["details"].items():
                for item in items:
                    for kind, value in item.items():
                        m = MISSING_TERM.match(str(value)) if kind == "warning" else None
                        locale = rel.split("/")[1] if rel.startswith("catalog/") else ""
                        if (
                            m
                            and m.group(1) in identifiers
                            and identifiers[m.group(1)] not in entry_text(Path(rel), m.group(2))
                        ):
                            allowed[locale] = allowed.get(locale, 0) + 1
                            continue
                        failures.append(f"compare-locales reports in {rel}: {kind} {value!r}")
            seen = set(report["summary"])
            if seen != set(folders):
                failures.append(f"compare-locales compared {sorted(seen)}, not {folders}")
            for locale, s in report["summary"].items():
                bad = {k: s.get(k, 0) for k in ("errors", "missing", "obsolete")}
                bad["warnings beyond identifier terms"] = s.get("warnings", 0) - allowed.get(locale, 0)
                if any(bad.values()) or not s.get("changed"):
                    failures.append(f"compare-locales on {locale}: {s}")
                else:
                    print(
                        f"compare-locales l10n.toml: {locale}: {s['changed']} translated, {s.get('unchanged', 0)} "
                        f"unchanged, 0 missing, 0 errors, {allowed.get(locale, 0)} identifier term(s) left out"
                    )
    if failures:
        print("FAILED:\n" + "\n".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
