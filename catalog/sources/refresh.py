#!/usr/bin/env python3
"""Compares the official SDK's list of SMH error codes with the registry.

    python3 catalog/sources/refresh.py            # newest SDK from PyPI, in a throwaway venv
    python3 catalog/sources/refresh.py --version 3.1.176
    python3 catalog/sources/refresh.py --write    # also rewrite sdk-errorcodes.tsv
    python3 catalog/sources/refresh.py --offline  # the committed list only (no network)

It prints what the SDK added or dropped against the committed list
(catalog/sources/sdk-errorcodes.tsv) and against the registry
(catalog/codes.toml), or "no difference", and exits 1 when there is a
difference, so that a new service code is found by one command. The registry
must be exactly the codes of the service's page (service-error-codes.md) and
the SDK's list. `make sources` runs the online form; `make test` the offline one.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import tomllib

HERE = Path(__file__).resolve().parent
CATALOG = HERE.parent
SDK_TSV = HERE / "sdk-errorcodes.tsv"
PAGE = HERE / "service-error-codes.md"
REGISTRY = CATALOG / "codes.toml"
PACKAGE = "tencentcloud-sdk-python-smh"
MODULE_PATH = "tencentcloud/smh/v20210712/errorcodes.py"

# `# comment` on one line, then `CONSTANT = 'Code'`: the SDK's generated layout.
SDK_ENTRY = re.compile(r"^# (.*)\n([A-Z0-9_]+) = '([^'\n]+)'", re.M)


def parse_sdk_module(text: str) -> dict[str, tuple[str, str]]:
    """code -> (constant, comment) from the text of the SDK's errorcodes.py."""
    out: dict[str, tuple[str, str]] = {}
    for comment, constant, code in SDK_ENTRY.findall(text):
        out[code] = (constant, comment.strip())
    # Every assignment must have been read with its comment: a layout change in
    # the SDK must fail loudly rather than drop codes.
    assignments = re.findall(r"^[A-Z0-9_]+ = '", text, re.M)
    if len(assignments) != len(out):
        sys.exit(f"refresh: read {len(out)} codes but the module assigns {len(assignments)}: its layout changed")
    return out


def read_committed() -> tuple[str, dict[str, tuple[str, str]]]:
    """The committed list: (provenance line, code -> (constant, comment))."""
    lines = SDK_TSV.read_text(encoding="utf-8").splitlines()
    provenance = lines[0].lstrip("# ").strip()
    if lines[1].split("\t") != ["code", "constant", "comment"]:
        sys.exit(f"{SDK_TSV}: unexpected header {lines[1]!r}")
    out = {}
    for n, line in enumerate(lines[2:], start=3):
        cols = line.split("\t")
        if len(cols) != 3:
            sys.exit(f"{SDK_TSV}:{n}: expected 3 tab-separated columns")
        out[cols[0]] = (cols[1], cols[2])
    return provenance, out


def page_codes() -> set[str]:
    """The codes in the two tables of the service's page."""
    codes = set()
    for line in PAGE.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\|\s*([A-Za-z][A-Za-z0-9.]*)\s*\|", line)
        if m and m.group(1) != "错误码":
            codes.add(m.group(1))
    return codes


def registry_codes() -> set[str]:
    with REGISTRY.open("rb") as f:
        return set(tomllib.load(f)["codes"])


def diff(title: str, old: set[str], new: set[str]) -> list[str]:
    out = []
    for code in sorted(new - old):
        out.append(f"{title}: added   {code}")
    for code in sorted(old - new):
        out.append(f"{title}: dropped {code}")
    return out


def fetch(version: str | None) -> tuple[str, str]:
    """Installs the SDK into a throwaway venv: (its version, errorcodes.py text)."""
    spec = f"{PACKAGE}=={version}" if version else PACKAGE
    with tempfile.TemporaryDirectory(prefix="smh-sdk-") as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        py = venv / "bin" / "python"
        subprocess.run(
            [str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps", "--upgrade", spec],
            check=True,
        )
        show = subprocess.run(
            [str(py), "-c", f"import importlib.metadata as m; print(m.version({PACKAGE!r}))"],
            check=True,
            capture_output=True,
            text=True,
        )
        found = sorted(venv.glob(f"lib/python*/site-packages/{MODULE_PATH}"))
        if not found:
            sys.exit(f"refresh: {PACKAGE} {show.stdout.strip()} has no {MODULE_PATH}")
        return show.stdout.strip(), found[0].read_text(encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--offline", action="store_true", help="compare the committed list only (no network)")
    ap.add_argument("--version", help=f"a given {PACKAGE} version instead of the newest")
    ap.add_argument("--write", action="store_true", help="rewrite sdk-errorcodes.tsv from the fetched SDK")
    args = ap.parse_args()

    provenance, committed = read_committed()
    registry, page = registry_codes(), page_codes()
    report = []
    if args.offline:
        print(f"committed SDK list: {provenance} ({len(committed)} codes)")
        sdk = committed
    else:
        version, text = fetch(args.version)
        sdk = parse_sdk_module(text)
        print(f"{PACKAGE} {version}: {len(sdk)} codes (committed: {provenance})")
        report += diff("SDK vs committed list", set(committed), set(sdk))
        for code in sorted(set(sdk) & set(committed)):
            if sdk[code][1] != committed[code][1]:
                report.append(f"SDK vs committed list: comment of {code} changed: {sdk[code][1]}")
        if args.write:
            with SDK_TSV.open("w", encoding="utf-8") as f:
                f.write(f"# {PACKAGE} {version}: {MODULE_PATH}\ncode\tconstant\tcomment\n")
                for code in sorted(sdk):
                    f.write(f"{code}\t{sdk[code][0]}\t{sdk[code][1]}\n")
            print(f"wrote {SDK_TSV.relative_to(CATALOG.parent)}")
    report += diff("page + SDK vs registry", registry, page | set(sdk))
    for line in report:
        print(line)
    if report:
        print(f"{len(report)} difference(s): update catalog/codes.toml, every locale and catalog/sources/")
        return 1
    print(f"no difference: the registry's {len(registry)} codes are the page's {len(page)} and the SDK's {len(sdk)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
