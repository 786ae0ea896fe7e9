"""The differential run (tests/differential/README.md): every question of the
Rust core's file, answered again through this package and compared field by
field. `make -C bindings/python test-unit` writes the file first and names
it in SMH_ERRORS_DIFFERENTIAL."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import smh_errors
from conftest import REPO

FILE = Path(os.environ.get("SMH_ERRORS_DIFFERENTIAL") or REPO / "target" / "differential" / "cases.jsonl")
LOOKUP_FIELDS = ("message", "locale", "resolution", "matched", "kind", "doc_url")


def _text(case: dict[str, Any], key: str) -> str | None:
    v = case[key]
    return None if v is None else bytes.fromhex(v).decode("utf-8")


def _bytes_as_str(v: str) -> str:
    """A question's bytes as a Python str: bytes that are not UTF-8 as lone
    surrogates (surrogateescape), which the package reads as U+FFFD."""
    return bytes.fromhex(v).decode("utf-8", "surrogateescape")


def _compare_entry(d: list[str], e: smh_errors.Entry, case: dict[str, Any], prefix: str) -> None:
    for f in LOOKUP_FIELDS:
        want = _text(case, prefix + f)
        if getattr(e, f) != want:
            d.append(f"{f}: got {getattr(e, f)!r}, want {want!r}")
    if e.retryable is not case[prefix + "retryable"]:
        d.append(f"retryable: got {e.retryable!r}, want {case[prefix + 'retryable']!r}")


def test_differential() -> None:
    assert FILE.is_file(), f"{FILE}: `make -C bindings/python test-unit` writes it"
    mismatches: list[str] = []
    total = bad = 0
    with FILE.open(encoding="ascii") as f:
        for line in f:
            case = json.loads(line)
            total += 1
            d: list[str] = []
            if case["op"] == "lookup":
                code, locale = _bytes_as_str(case["in_code"]), _bytes_as_str(case["in_locale"])
                question = f"lookup {code!r} in {locale!r}"
                # A question that is not UTF-8 is answered as the text a str
                # can hold: the core's answer for it is under text_*.
                prefix = "text_" if "text_message" in case else ""
                e = smh_errors.lookup(code, locale)
                _compare_entry(d, e, case, prefix)
                m = smh_errors.message(code, locale)
                if m != _text(case, prefix + "message"):
                    d.append(f"message(): got {m!r}")
            elif case["op"] == "response":
                body, locale = bytes.fromhex(case["in_body"]), _bytes_as_str(case["in_locale"])
                question = f"response {body!r} in {locale!r}"
                want = _text(case, "outcome")
                try:
                    err = smh_errors.parse_response(body)
                    outcome = "success" if err is None else "error"
                except smh_errors.ResponseParseError as pe:
                    outcome, err = "invalid", None
                    if pe.kind != _text(case, "error_kind"):
                        d.append(f"error_kind: got {pe.kind!r}, want {_text(case, 'error_kind')!r}")
                if outcome != want:
                    d.append(f"outcome: got {outcome!r}, want {want!r}")
                elif err is not None:
                    for name, got in (("code", err.code), ("server_message", err.message), ("request_id", err.request_id)):
                        if got != _text(case, name):
                            d.append(f"{name}: got {got!r}, want {_text(case, name)!r}")
                    _compare_entry(d, err.lookup(locale), case, "")
                    if err.localized(locale) != _text(case, "message"):
                        d.append(f"localized(): got {err.localized(locale)!r}")
                    if err.retryable is not case["retryable"]:
                        d.append(f"retryable: got {err.retryable!r}")
                # A success's request id is not part of the Python API.
            else:
                raise AssertionError(f"line {total}: unknown op {case['op']!r}")
            if d:
                bad += 1
                if len(mismatches) < 20:
                    mismatches.append(f"case {case['n']}, {question}:\n    " + "\n    ".join(d))
    assert total >= 1000, f"only {total} cases in {FILE}"
    assert not bad, f"{bad} of {total} cases differ from the Rust core; the first:\n  " + "\n  ".join(mismatches)
