#!/usr/bin/env python3
"""Reads `smh-errors export --format tmx|xliff --locale zh-CN` with other
tools' readers than ours: translate-toolkit's TMX store (what Weblate and
Pootle use to read a translation memory) and lxml for the XLIFF.

TMX: every unit has an en-US and a zh-CN side, there is one per message and
term the two locales share (compared with what fluent.syntax finds in
catalog/), and the product names are there (the terms).

XLIFF 2: the root is XLIFF 2.0's, every unit has a segment with a source,
every inline code points at data of its own unit, a target's codes are its
source's (or new ids), and each unit's id is an en-US message, term or
attribute.

With the class path of tests/l10n/okapi (the Okapi Framework's XLIFF 2
library), also: Okapi validates the XLIFF (schemas and the specification's
processing requirements) and writes it back as a CAT tool built on it
would, and `smh-errors import` of Okapi's file gives catalog/zh-CN/ back
byte for byte.

Usage: exchange.py SMH_ERRORS_BINARY [OKAPI_CLASSPATH] (from the repository
root; `make test-l10n` runs it in build/venv-l10n).
"""

from __future__ import annotations

import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

from fluent.syntax import FluentParser, ast
from lxml import etree  # type: ignore[import-untyped]
from translate.storage.tmx import tmxfile

XLIFF = "{urn:oasis:names:tc:xliff:document:2.0}"


def export(binary: str, fmt: str) -> bytes:
    run = subprocess.run([binary, "export", "--format", fmt, "--locale", "zh-CN"], capture_output=True)
    if run.returncode != 0:
        sys.exit(f"export --format {fmt} failed: {run.stderr.decode()}")
    return run.stdout


def entries(locale: str) -> dict[str, ast.Message | ast.Term]:
    out: dict[str, ast.Message | ast.Term] = {}
    for f in sorted(Path("catalog", locale).glob("*.ftl")):
        for e in FluentParser().parse(f.read_text(encoding="utf-8")).body:
            if isinstance(e, ast.Message):
                out[e.id.name] = e
            elif isinstance(e, ast.Term):
                out["-" + e.id.name] = e
    return out


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    failures: list[str] = []
    en, zh = entries("en-US"), entries("zh-CN")

    tm = tmxfile(export(argv[1], "tmx"), "en-US", "zh-CN")
    units = tm.getunits()
    shared = [k for k, e in en.items() if e.value is not None and k in zh]
    if len(units) != len(shared):
        failures.append(f"TMX: {len(units)} units, but en-US and zh-CN share {len(shared)} messages and terms")
    pairs = {(u.source, u.target) for u in units}
    for pair in [("Tencent Cloud", "腾讯云"), ("SMH", "SMH")]:
        if pair not in pairs:
            failures.append(f"TMX: no unit {pair}")
    if any(not u.source or not u.target for u in units):
        failures.append("TMX: a unit lacks a side")
    print(f"TMX: {len(units)} units read by translate-toolkit, the terms among them")

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(export(argv[1], "xliff"), parser)
    if root.tag != XLIFF + "xliff" or root.get("version") != "2.0" or root.get("trgLang") != "zh-CN":
        failures.append(f"XLIFF: root {root.tag} {root.attrib}")
    known = set()
    for k, e in en.items():
        if e.value is not None:
            known.add(k)
        known.update(f"{k}.{a.id.name}" for a in e.attributes)
    count = 0
    for unit in root.iter(XLIFF + "unit"):
        count += 1
        uid = unit.get("id")
        if uid not in known:
            failures.append(f"XLIFF: unit {uid} is no en-US message, term or attribute")
        data = {d.get("id") for d in unit.iter(XLIFF + "data")}
        seg = unit.find(XLIFF + "segment")
        if seg is None or seg.find(XLIFF + "source") is None:
            failures.append(f"XLIFF: unit {uid} has no segment with a source")
            continue
        source_ids = {p.get("id") for p in seg.find(XLIFF + "source").iter(XLIFF + "ph")}
        for p in unit.iter(XLIFF + "ph"):
            if p.get("dataRef") not in data:
                failures.append(f"XLIFF: unit {uid}: <ph id={p.get('id')}> points at no data")
        target = seg.find(XLIFF + "target")
        if target is not None:
            for p in target.iter(XLIFF + "ph"):
                if p.get("id") not in source_ids and not p.get("id", "").startswith("t"):
                    failures.append(f"XLIFF: unit {uid}: target code {p.get('id')} is not the source's")
    if count != len(known):
        failures.append(f"XLIFF: {count} units for {len(known)} en-US values and attributes")
    print(f"XLIFF: {count} units read by lxml, every inline code with its data")

    if len(argv) == 3:
        failures += okapi(argv[1], argv[2])

    if failures:
        print("FAILED:\n" + "\n".join(failures), file=sys.stderr)
        return 1
    return 0


def okapi(binary: str, classpath: str) -> list[str]:
    """Okapi reads and rewrites the zh-CN XLIFF; importing its file gives zh-CN back."""
    with tempfile.TemporaryDirectory() as tmp:
        ours, theirs, overlay = Path(tmp, "zh-CN.xlf"), Path(tmp, "zh-CN.okapi.xlf"), Path(tmp, "overlay")
        ours.write_bytes(export(binary, "xliff"))
        run = subprocess.run(
            ["java", "-cp", classpath, "invalid.example.smherrors.l10n.OkapiCheck", str(ours), str(theirs)],
            capture_output=True,
            text=True,
        )
        print(run.stdout.strip())
        if run.returncode != 0:
            return [f"Okapi: {run.stdout}{run.stderr}"]
        if theirs.read_bytes() == ours.read_bytes():
            return ["Okapi wrote the file back unchanged: the rewrite shows nothing"]
        imp = subprocess.run([binary, "import", str(theirs), str(overlay)], capture_output=True, text=True)
        if imp.returncode != 0:
            return [f"import of Okapi's XLIFF failed: {imp.stderr}"]
        shipped = sorted(Path("catalog/zh-CN").glob("*.ftl"))
        got = sorted(p.name for p in (overlay / "zh-CN").iterdir())
        if got != [p.name for p in shipped]:
            return [f"import of Okapi's XLIFF wrote {got}"]
        bad = [p.name for p in shipped if not filecmp.cmp(p, overlay / "zh-CN" / p.name, shallow=False)]
        if bad:
            return [f"import of Okapi's XLIFF differs from catalog/zh-CN in {bad}"]
        print("Okapi's rewrite of the XLIFF imports as catalog/zh-CN, byte for byte")
    return []


if __name__ == "__main__":
    sys.exit(main(sys.argv))
