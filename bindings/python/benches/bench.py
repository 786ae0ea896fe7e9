"""Benchmarks of the smh_errors Python package against the floor and the
peers a Python user would pick instead (DESIGN.md, "Speed"), all on the same
zh-CN texts (catalog/zh-CN/errors.ftl):

* floor: a dict lookup inside a Python function;
* ``smh_errors.message(code, "zh-CN")`` (and a few other calls, for scale);
* ``fluent.runtime``: ``FluentLocalization.format_value``;
* ``fluent-compiler``: ``FluentBundle.format``;
* stdlib ``gettext``: ``GNUTranslations.gettext`` on a ``.mo`` that
  ``msgfmt`` builds from a ``.po`` of the same texts (msgid = the code);
* ``import`` time of each, in a fresh interpreter, best of N.

Before timing, every peer's text is checked equal to ``smh_errors.message``
for every code. Run: ``make -C bindings/python bench`` (or
``python benches/bench.py [--quick]`` in the package's venv).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from pathlib import Path
from typing import Callable

import smh_errors

REPO = Path(__file__).resolve().parents[3]
FTL_DIR = REPO / "catalog"
CODE = "AuthFailure.SignatureFailure"
LOCALE = "zh-CN"


def fluent_id(code: str) -> str:
    """The Fluent message id of a code (dots become hyphens; DESIGN.md)."""
    return code.replace(".", "-")


def po_quote(s: str) -> str:
    """A .po string literal."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def build_mo(texts: dict[str, str], work: Path) -> Path:
    """A .mo (via msgfmt) of ``texts`` (msgid = code), in zh_CN/LC_MESSAGES."""
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        raise SystemExit("bench: msgfmt not found (apt-get install gettext)")
    d = work / "zh_CN" / "LC_MESSAGES"
    d.mkdir(parents=True, exist_ok=True)
    po = d / "smh_errors.po"
    header = [
        "Project-Id-Version: smh-errors\\n",
        "Language: zh_CN\\n",
        "MIME-Version: 1.0\\n",
        "Content-Type: text/plain; charset=UTF-8\\n",
        "Content-Transfer-Encoding: 8bit\\n",
    ]
    lines = ['msgid ""', 'msgstr ""', *[f'"{h}"' for h in header], ""]
    for code, text in texts.items():
        lines += [f"msgid {po_quote(code)}", f"msgstr {po_quote(text)}", ""]
    po.write_text("\n".join(lines), encoding="utf-8")
    mo = d / "smh_errors.mo"
    subprocess.run([msgfmt, "--check-format", "-o", str(mo), str(po)], check=True)
    return mo


def ns_per_call(fn: Callable[[], object], number: int, repeat: int) -> tuple[float, float]:
    """(best, median) ns per call of ``fn`` over ``repeat`` runs of ``number`` calls, in the thread's CPU
    time (``time.thread_time``): on a shared machine, time spent waiting for a core is not counted."""
    runs = timeit.repeat(fn, number=number, repeat=repeat, timer=time.thread_time)
    per = [r / number * 1e9 for r in runs]
    return min(per), statistics.median(per)


def import_ms(module: str, runs: int) -> float:
    """Best wall time (ms) of ``import module`` in a fresh interpreter, with
    bytecode caches written first (as after ``pip install``)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    subprocess.run([sys.executable, "-c", f"import {module}"], check=True, env=env)
    best = min(float(subprocess.check_output([sys.executable, "-c", code], env=env)) for _ in range(runs))
    return best * 1e3


def main() -> int:
    """Runs every benchmark and prints a Markdown table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="a few iterations only (a smoke test, not a measurement)")
    args = ap.parse_args()
    number, repeat, import_runs = (2_000, 2, 2) if args.quick else (1_000_000, 7, 20)

    import gettext

    from fluent.runtime import FluentLocalization, FluentResourceLoader
    from fluent_compiler.bundle import FluentBundle as CompiledBundle

    codes = [c.value for c in smh_errors.codes()]
    texts = {c: smh_errors.message(c, LOCALE) for c in codes}

    # Peers, built once, on the same zh-CN file.
    l10n = FluentLocalization([LOCALE], ["errors.ftl"], FluentResourceLoader(str(FTL_DIR / "{locale}")))
    compiled = CompiledBundle.from_files(LOCALE, [str(FTL_DIR / LOCALE / "errors.ftl")], use_isolating=False)
    with tempfile.TemporaryDirectory() as tmp:
        build_mo(texts, Path(tmp))
        gt = gettext.translation("smh_errors", localedir=tmp, languages=["zh_CN"])
    table = {LOCALE: dict(texts)}

    # Same texts everywhere, for every code.
    bad = []
    for c in codes:
        fid = fluent_id(c)
        got = {
            "fluent.runtime": l10n.format_value(fid),
            "fluent-compiler": compiled.format(fid)[0],
            "gettext": gt.gettext(c),
        }
        bad += [f"{peer} {c}: {t!r} != {texts[c]!r}" for peer, t in got.items() if t != texts[c]]
    if bad:
        print("\n".join(bad), file=sys.stderr)
        return 1

    def floor(code: str, locale: str) -> str:
        return table[locale][code]

    message = smh_errors.message
    lookup = smh_errors.lookup
    parse = smh_errors.parse_response
    fid = fluent_id(CODE)
    fmt_value = l10n.format_value
    fmt_compiled = compiled.format
    gt_gettext = gt.gettext
    seed = (REPO / "examples" / "signature-failure.json").read_bytes()
    posix = "zh_CN.UTF-8"
    member = smh_errors.ErrorCode.AuthFailure_SignatureFailure

    cases: list[tuple[str, str, Callable[[], object]]] = [
        ("floor", "dict lookup in a function: `table[locale][code]`", lambda: floor(CODE, LOCALE)),
        ("smh_errors.message", '`message(code, "zh-CN")`', lambda: message(CODE, LOCALE)),
        ("smh_errors.message (POSIX)", '`message(code, "zh_CN.UTF-8")`', lambda: message(CODE, posix)),
        ("smh_errors.message (ErrorCode)", '`message(ErrorCode.AuthFailure_SignatureFailure, "zh-CN")`',
         lambda: message(member, LOCALE)),
        ("fluent-compiler", "`bundle.format(id)[0]`", lambda: fmt_compiled(fid)[0]),
        ("gettext", "`GNUTranslations.gettext(code)` on the .mo", lambda: gt_gettext(CODE)),
        ("fluent.runtime", "`FluentLocalization.format_value(id)`", lambda: fmt_value(fid)),
        ("smh_errors.lookup", '`lookup(code, "zh-CN")` (the kept Entry)', lambda: lookup(CODE, LOCALE)),
        ("smh_errors.parse_response", "`parse_response(seed body bytes)` (an SmhError)", lambda: parse(seed)),
    ]
    results = {}
    for name, _, fn in cases:
        n = number // 10 if name in ("fluent.runtime", "smh_errors.parse_response") else number
        results[name] = ns_per_call(fn, n, repeat)
    floor_ns = results["floor"][0]
    fr_ns = results["fluent.runtime"][0]

    imports = {
        m: import_ms(m, import_runs)
        for m in ("smh_errors", "gettext", "fluent.runtime", "fluent_compiler.bundle")
    }

    print(f"Python {platform.python_version()} ({platform.python_implementation()}), {platform.machine()}, "
          f"smh_errors {smh_errors.__version__}; code `{CODE}`, locale `{LOCALE}`; "
          f"best of {repeat} runs of {number:,} calls (fluent.runtime and parse_response: {number // 10:,})\n")
    print("| what | call | best ns/call | median ns/call | × floor | fluent.runtime ÷ this |")
    print("|---|---|---:|---:|---:|---:|")
    for name, call, _ in cases:
        best, med = results[name]
        print(f"| {name} | {call} | {best:.1f} | {med:.1f} | {best / floor_ns:.2f} | {fr_ns / best:.1f} |")
    print()
    print(f"| import (fresh interpreter, best of {import_runs}) | ms |")
    print("|---|---:|")
    for m, ms in imports.items():
        print(f"| `import {m}` | {ms:.2f} |")

    ratio = results["smh_errors.message"][0] / floor_ns
    speedup = fr_ns / results["smh_errors.message"][0]
    ok = ratio <= 1.3 and speedup >= 10 and imports["smh_errors"] < 10
    print(f"\nmessage() / floor = {ratio:.2f} (target <= 1.3); fluent.runtime / message() = {speedup:.1f} "
          f"(target >= 10); import smh_errors = {imports['smh_errors']:.2f} ms (target < 10): "
          f"{'all targets met' if ok else 'TARGET MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
