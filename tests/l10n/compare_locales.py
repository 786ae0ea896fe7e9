#!/usr/bin/env python3
"""Shows that `smh-errors check` reports at least every problem that Mozilla's
compare-locales reports, on the same catalogs.

For every full catalog (tests/fixtures/check/<case>/ and the shipped
catalog/), and every locale in it other than the source en-US, this runs

    compare-locales --json - <l10n.toml> <catalog> <locale>

with a generated project config (reference = <catalog>/en-US/*.ftl,
localization = <catalog>/<locale>/*.ftl), and `smh-errors check <catalog>
--format json`, then maps each compare-locales finding to one of our
diagnostics by path, kind (rule) and, where compare-locales gives one, line:

    compare-locales says                         our rule(s)
    ------------------------------------------   -----------------------------
    Unparsed content ... from line A to line B   syntax-error on a line in A..B
    X occurs N times                             duplicate-id naming X
    missingEntity X (message)                    missing-message naming X
    missingEntity -X (term)                      missing-term naming -X
    obsoleteEntity X (message)                   unknown-message naming X
    obsoleteEntity -X (term)                     unused-term naming -X
    Missing attribute: A at line L               missing-attribute on line L
    Obsolete attribute: A at line L              unknown-attribute on line L
    Missing value at line L                      no-value on line L
    Missing term/message reference at line L     dropped-reference on line L,
                                                 or nothing for an identifier
                                                 term the text does not write
    Obsolete term/message reference at L:C       added-reference or
                                                 unknown-reference at L:C
    Attribute "A" is duplicated (for M)          duplicate-attribute in M
    U+FFFD in: M at line L, column C             replacement-char at L:C

An identifier term (`-DryRun = DryRun`: named as its text; catalog/README.md)
may be left out by a translation that describes the parameter in its own
words, as the service's own zh-CN texts do: check warns only when the text
writes the identifier without the term, compare-locales whenever the term is
missing. So a missing identifier term the text does not write maps to nothing.

Anything compare-locales reports that maps to nothing fails the test, as does
a kind of finding this table does not know. It also checks that our check
finds more than compare-locales in total (variables, Markdown, invisible
characters, empty values, identical translations...).

Usage: compare_locales.py SMH_ERRORS_BINARY COMPARE_LOCALES_BINARY
(run from the repository root; `make test-l10n` does it).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

SOURCE = "en-US"


def compare_locales(tool: str, catalog: Path, locale: str) -> list[tuple[str, str, object]]:
    """(file relative to the catalog, kind, value) for each finding."""
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "l10n.toml"
        config.write_text(
            f'basepath = "{catalog.resolve().as_posix()}"\n'
            f'locales = ["{locale}"]\n'
            "[[paths]]\n"
            f'    reference = "{SOURCE}/*.ftl"\n'
            '    l10n = "{l10n_base}/{locale}/*.ftl"\n',
            encoding="utf-8",
        )
        run = subprocess.run(
            [tool, "--json", "-", str(config), str(catalog.resolve()), locale],
            capture_output=True,
            text=True,
        )
    if run.returncode not in (0, 1):
        sys.exit(f"compare-locales failed on {catalog} {locale}:\n{run.stderr}")
    out = []
    for report in json.loads(run.stdout):
        for rel, items in report["details"].items():
            for item in items:
                for kind, value in item.items():
                    out.append((rel, kind, value))
    return out


def ours(binary: str, catalog: Path) -> list[dict]:
    run = subprocess.run([binary, "check", str(catalog), "--format", "json"], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"smh-errors check failed on {catalog}:\n{run.stderr}")
    return json.loads(run.stdout)["diagnostics"]


AT = re.compile(r" at line (\d+), column (\d+) for (\S+)$")
UNPARSED = re.compile(r"from line (\d+) column \d+ to line (\d+) column \d+$")
OCCURS = re.compile(r"^(\S+) occurs \d+ times$")


ENTRY_RE = re.compile(r"^(-?[A-Za-z][A-Za-z0-9_-]*)\s*=\s*(.*)$")


def is_identifier_term(ident: str, value: str) -> bool:
    """smh_errors_check::is_identifier_term: one word of printable ASCII,
    starting with a letter, named as itself with `-` for the characters an
    id cannot hold."""
    if len(ident) != len(value) or not value[:1].isascii() or not value[:1].isalpha():
        return False
    if not all("!" <= c <= "~" for c in value):
        return False
    return all(i == v or (i == "-" and not re.match(r"[A-Za-z0-9_-]", v)) for i, v in zip(ident, value))


def identifier_terms(catalog: Path) -> dict[str, str]:
    """The source locale's identifier terms: name (with `-`) to text."""
    out = {}
    for f in sorted((catalog / SOURCE).glob("*.ftl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            m = ENTRY_RE.match(line)
            if m and m.group(1).startswith("-") and is_identifier_term(m.group(1)[1:], m.group(2).strip()):
                out[m.group(1)] = m.group(2).strip()
    return out


def entry_text(path: Path, entry: str) -> str:
    """The first line of `entry`'s value in the file at `path`."""
    for line in path.read_text(encoding="utf-8").splitlines():
        m = ENTRY_RE.match(line)
        if m and m.group(1) == entry:
            return m.group(2)
    return ""


def named(d: dict, name: str) -> bool:
    return f"`{name}`" in d["message"] or f"`{name}." in d["message"] or f"{{ {name} }}" in d["message"]


def candidates(kind: str, value: str, diags: list[dict]) -> tuple[str, list[dict]]:
    """What this finding is, and which of our diagnostics match it."""
    if kind == "missingEntity":
        rule = "missing-term" if value.startswith("-") else "missing-message"
        return f"missing {value}", [d for d in diags if d["rule"] == rule and named(d, value)]
    if kind == "obsoleteEntity":
        rule = "unused-term" if value.startswith("-") else "unknown-message"
        return f"obsolete {value}", [d for d in diags if d["rule"] == rule and named(d, value)]
    if kind not in ("error", "warning"):
        raise ValueError(f"unknown compare-locales finding kind {kind!r}")
    if m := UNPARSED.search(value):
        a, b = int(m.group(1)), int(m.group(2))
        return "syntax", [d for d in diags if d["rule"] == "syntax-error" and a <= d["line"] <= b]
    if m := OCCURS.match(value):
        return "duplicate", [d for d in diags if d["rule"] == "duplicate-id" and named(d, m.group(1))]
    m = AT.search(value)
    if not m:
        raise ValueError(f"unknown compare-locales message {value!r}")
    line, col, entry = int(m.group(1)), int(m.group(2)), m.group(3)
    text = value[: m.start()]
    at_line = [d for d in diags if d["line"] == line]
    if text.startswith("Missing attribute: "):
        return "missing attribute", [d for d in at_line if d["rule"] == "missing-attribute"]
    if text.startswith("Obsolete attribute: "):
        return "obsolete attribute", [d for d in at_line if d["rule"] == "unknown-attribute"]
    if text == "Missing value":
        return "missing value", [d for d in at_line if d["rule"] == "no-value"]
    if text.startswith(("Missing term reference: ", "Missing message reference: ")):
        ref = text.split(": ", 1)[1]
        return "missing reference", [d for d in at_line if d["rule"] == "dropped-reference" and named(d, ref)]
    if text.startswith(("Obsolete term reference: ", "Obsolete message reference: ")):
        ref = text.split(": ", 1)[1]
        return "obsolete reference", [
            d
            for d in at_line
            if d["col"] == col and d["rule"] in ("added-reference", "unknown-reference") and ref.lstrip("-") in d["message"]
        ]
    if text.startswith("Attribute ") and text.endswith(" is duplicated"):
        # compare-locales reports every copy; we report each copy after the
        # first, naming the message.
        return "duplicate attribute", [d for d in diags if d["rule"] == "duplicate-attribute" and named(d, entry)]
    if text.startswith("\ufffd in: "):
        return "U+FFFD", [d for d in at_line if d["col"] == col and d["rule"] == "replacement-char"]
    raise ValueError(f"unknown compare-locales message {value!r}")


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    binary, tool = argv[1], argv[2]
    catalogs = sorted(p for p in Path("tests/fixtures/check").iterdir() if p.is_dir()) + [Path("catalog")]
    failures = []
    theirs_total = ours_total = 0
    for catalog in catalogs:
        diags = ours(binary, catalog)
        identifiers = identifier_terms(catalog)
        ours_total += len(diags)
        # catalog/sources/ is what the catalog is checked against, not a locale.
        locales = sorted(p.name for p in catalog.iterdir() if p.is_dir() and p.name not in (SOURCE, "sources"))
        for locale in locales:
            for rel, kind, value in compare_locales(tool, catalog, locale):
                theirs_total += 1
                path = (catalog / rel).as_posix()
                here = [d for d in diags if d["path"] == path]
                try:
                    what, found = candidates(kind, value, here)
                except ValueError as e:
                    failures.append(f"{path}: {e}")
                    continue
                m = re.match(r"Missing term reference: (-\S+) at line \d+, column \d+ for (\S+)$", str(value))
                if not found and m and m.group(1) in identifiers:
                    if identifiers[m.group(1)] not in entry_text(catalog / rel, m.group(2)):
                        print(f"ok   {path}: compare-locales {kind}: {value!r} (an identifier the text does not write) -> -")
                        continue
                status = "ok  " if found else "MISS"
                shown = ", ".join(f"{d['line']}:{d['col']} [{d['rule']}]" for d in found) or "-"
                print(f"{status} {path}: compare-locales {kind}: {value!r} ({what}) -> {shown}")
                if not found:
                    failures.append(f"{path}: compare-locales reports {kind} {value!r}; check reports nothing matching")
    print(f"\ncompare-locales: {theirs_total} finding(s); smh-errors check: {ours_total} diagnostic(s)")
    if theirs_total == 0:
        failures.append("compare-locales found nothing at all: the fixtures or the configuration are wrong")
    if ours_total <= theirs_total:
        failures.append("check should find more than compare-locales")
    if failures:
        print("\nFAILED:\n" + "\n".join(failures), file=sys.stderr)
        return 1
    print("check reports every problem compare-locales reports")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
