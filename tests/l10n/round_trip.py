#!/usr/bin/env python3
"""Shows that Weblate and Pontoon leave the catalog's files as they are, and
that `smh-errors check` warns (rule `layout`) exactly where they would not.

Weblate reads and writes Fluent through translate-toolkit's Fluent store
(`translate.storage.fluent.FluentFile`); Pontoon through `fluent.syntax`'s
parser and serializer. Each of them parses a file and writes it back, so
a file that does not come back byte for byte makes every platform commit
carry a layout change nobody made.

1. Every .ftl under catalog/ and tests/fixtures/ comes back byte for byte
   from both. Exempt: files with a syntax error or a duplicate entry
   (neither tool can write them back; `check` must report an error for
   each), tests/fixtures/check/layout/, which exists to be rewritten, and
   the comments fixture's empty `#` comment (REWRITTEN_ON_PURPOSE).
2. For every file both tools read (those of the repository, a list of
   hand-made layouts and a few hundred generated from a fixed seed),
   `check` reports a `layout` warning if and only if either tool would
   rewrite the file.

Usage: round_trip.py SMH_ERRORS_BINARY (from the repository root; `make
test-l10n` runs it in build/venv-l10n, from tests/l10n/requirements.txt).
"""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from fluent.syntax import FluentParser, FluentSerializer, ast
from translate.storage.fluent import FluentFile

# One diagnostic of `smh-errors check --format json`.
Diag = dict[str, Any]

LAYOUT_FIXTURE = Path("tests/fixtures/check/layout")
# Files that show a layout a platform rewrites on purpose: the empty `#`
# comment of the comments fixture (an empty comment is no comment; Weblate
# drops it), and check's layout rule says so.
REWRITTEN_ON_PURPOSE = [LAYOUT_FIXTURE, Path("tests/fixtures/check/comments/en-US/errors.ftl")]

# Layouts written by hand: each a whole file. Some are what both tools
# write, some what one or both rewrite.
HAND_MADE = [
    "",
    "a = x\n",
    "a = x",
    "a = x\r\nb = y\r\n",
    "a = x   \n",
    "\na = x\n",
    "a = x\n\n\n",
    "a = x\n\nb = y\n",
    "### R\n\n## G\n\nm = x\n",
    "### R\n\n\n## G\n\nm = x\n",
    "### R\n",
    "### R\n\n",
    "### R\n# c\na = x\n",
    "### R\n\n# c\na = x\n",
    "## G\na = x\n",
    "## G\n\na = x\n## H\n\nb = y\n",
    "## G\n\na = x\n\n## H\n\nb = y\n",
    "## G\n\na = x\n\n##\n\nb = y\n",
    "## G\n\n# c\n\n## G\n\na = x\n",
    "a = x\n\n## G\n\n## H\n\nb = y\n",
    "a = x\n    .doc-url = u\n",
    "a = x\n  .doc-url = u\n",
    "a = x\n    .b = y\n    .c = z\n",
    "a = x\n    .b =\n        multi\n        line\n",
    "a = {$x}\n",
    "a = { $x }\n",
    "a =\n    x\n",
    "a =\n    x\n    y\n",
    "a = x\n    y\n",
    "a =\n        deep\n        deep2\n",
    "a =\n    first\n        indented\n",
    "a = x\n\n    y\n",
    "a =\n    x\n    \n    y\n",
    "a = [x]\n",
    "a = .x\n",
    "a = *x\n",
    "a = *x\n    y\n",
    "a = [x\n    y\n",
    'a = { "[" }x]\n',
    "a = x\n    .b = [y]\n",
    "a = { $n ->\n    [one] x\n   *[other] y\n}\n",
    "a =\n    { $n ->\n        [one] x\n       *[other] y\n    }\n",
    "a =\n    { $n ->\n        [one] *x\n       *[other] y\n    }\n",
    "# c\na = x\n",
    "# c\n\na = x\n",
    "a = x\n# c\nb = y\n",
    "a = x\n\n# c\n\nb = y\n",
    "#\na = x\n",
    "#\n# c\na = x\n",
    "# c\n#\na = x\n",
    "# c  \na = x\n",
    "#   \na = x\n",
    "#  two spaces\na = x\n",
    "### R\n\n## G\n\n# G\na = x\n",
    "### R\n\n\n## G\n\n# R\na = x\n",
    "## G\n\n# G\n# more\na = x\n",
    "-t = T\n    .gender = m\na = { -t }\n",
    '-t =\n    { $n ->\n        [one] x\n       *[other] y\n    }\n',
    'a = { "" }\n',
    'a = { "\\u0041" }\n',
    "a = { 1.50 }\n",
    'a = {{ "x" }}\n',
    'a = { -t(case: "x") }\n',
    "a = x { NUMBER($n, minimumFractionDigits: 2) }\n",
    "\n\n### R\n",
]

# Entries the generator draws from; `@` becomes a number, so ids differ.
POOL = [
    "### Resource comment.",
    "### Two\n### lines.",
    "## Group",
    "##",
    "# Standalone comment.",
    "# Attached.\nmsg@ = Text.",
    "msg@ = Text with { $var }.",
    "msg@ = { -term } text.",
    "msg@ = Text.\n    .doc-url = https://example.com/@",
    "-term@ = Term",
    "-term@ = Term\n    .gender = f",
    "msg@ =\n    Multi\n    line",
    "msg@ = { $n ->\n        [one] One\n       *[other] Many\n    }",
    "msg@ = [x] bracket",
    "msg@ = .dot",
    "msg@ = *star",
    'msg@ = { "" }',
    "#\nmsg@ = lone hash",
    "#   \nmsg@ = spaces",
    "msg@ = x\n\n    y",
]


def pontoon(src: bytes) -> bytes | None:
    """What Pontoon writes back (fluent.syntax), or None when it sees junk."""
    res = FluentParser().parse(src.decode("utf-8"))
    if any(isinstance(e, ast.Junk) for e in res.body):
        return None
    return FluentSerializer().serialize(res).encode("utf-8")


def weblate(src: bytes) -> bytes | None:
    """What Weblate writes back (translate-toolkit), or None when it refuses the file."""
    try:
        store = FluentFile(io.BytesIO(src))
        out = io.BytesIO()
        store.serialize(out)
    except Exception:  # noqa: BLE001 - any refusal counts as "cannot write it back"
        return None
    return out.getvalue()


def generated(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    files = []
    for n in range(count):
        parts = []
        for k in range(rng.randint(1, 6)):
            e = rng.choice(POOL).replace("@", f"{n}x{k}")
            if rng.random() < 0.15:
                e = e.replace("{ $var }", "{$var}")
            if rng.random() < 0.15:
                e = e.replace("\n    ", "\n" + " " * rng.choice([2, 6, 8]))
            if rng.random() < 0.1:
                e += " " * rng.randint(1, 3)
            parts.append(e)
            parts.append("\n" * rng.choice([1, 1, 1, 2, 2, 3]))
        text = "".join(parts)
        if rng.random() < 0.1:
            text = text.rstrip("\n")
        if rng.random() < 0.05:
            text = text.replace("\n", "\r\n")
        files.append(text)
    return files


def check(binary: str, dirs: list[Path]) -> list[Diag]:
    run = subprocess.run(
        [binary, "check", *map(str, dirs), "--format", "json"], capture_output=True, text=True, encoding="utf-8"
    )
    if run.returncode not in (0, 1):
        sys.exit(f"smh-errors check failed:\n{run.stderr}")
    diags: list[Diag] = json.loads(run.stdout)["diagnostics"]
    return diags


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary = argv[1]
    failures: list[str] = []
    repo_files = sorted(Path("catalog").rglob("*.ftl")) + sorted(Path("tests/fixtures").rglob("*.ftl"))
    dirs = [Path("catalog")] + sorted({p.parent.parent for p in repo_files if p.parts[0] == "tests"})
    diags = check(binary, dirs)

    with tempfile.TemporaryDirectory() as tmp:
        overlay = Path(tmp) / "ja-JP"
        overlay.mkdir()
        cases = HAND_MADE + generated(seed=28, count=400)
        case_files = []
        for i, text in enumerate(cases):
            p = overlay / f"case-{i:03}.ftl"
            p.write_bytes(text.encode("utf-8"))
            case_files.append(p)
        diags += check(binary, [Path(tmp)])

        by_path: dict[str, list[Diag]] = {}
        for d in diags:
            by_path.setdefault(d["path"], []).append(d)

        agreed = rewritten = unread = 0
        for path in repo_files + case_files:
            src = path.read_bytes()
            mine = by_path.get(path.as_posix(), [])
            layout = [d for d in mine if d["rule"] == "layout"]
            errors = [d for d in mine if d["severity"] == "error"]
            fs, tt = pontoon(src), weblate(src)
            in_repo = path in repo_files
            if fs is None or tt is None:
                unread += 1
                if in_repo and not errors:
                    failures.append(f"{path}: a platform cannot read it back, but check reports no error")
                continue
            would = fs != src or tt != src
            rewritten += would
            if in_repo and would and not any(path.is_relative_to(p) for p in REWRITTEN_ON_PURPOSE):
                who = " and ".join(n for n, o in (("Weblate", tt), ("Pontoon", fs)) if o != src)
                failures.append(f"{path}: {who} would rewrite it (check says: {[d['message'] for d in layout]})")
            if bool(layout) != would:
                failures.append(
                    f"{path} {src!r}: check {'warns' if layout else 'is silent'} "
                    f"but Pontoon writes {fs!r} and Weblate {tt!r}; check: {[d['message'] for d in layout]}"
                )
            else:
                agreed += 1
        if in_repo_layout := [p for p in repo_files if p.is_relative_to(LAYOUT_FIXTURE)]:
            if not any(weblate(p.read_bytes()) != p.read_bytes() for p in in_repo_layout):
                failures.append(f"{LAYOUT_FIXTURE}: no file of it is rewritten; it shows nothing")

    total = len(repo_files) + len(cases)
    print(
        f"{len(repo_files)} repository files and {len(cases)} made-up layouts: {unread} unreadable to a platform "
        f"(syntax errors, duplicates), {rewritten} rewritten by one, {agreed} where check agrees with both tools"
    )
    if agreed + unread != total:
        print(f"\nFAILED ({len(failures)}):\n" + "\n".join(failures[:40]), file=sys.stderr)
        return 1
    if failures:
        print(f"\nFAILED ({len(failures)}):\n" + "\n".join(failures[:40]), file=sys.stderr)
        return 1
    if rewritten < 50:
        print("FAILED: too few layouts were rewritten to show anything", file=sys.stderr)
        return 1
    print("every repository file comes back byte for byte from Weblate and Pontoon; check's layout rule agrees with both")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
