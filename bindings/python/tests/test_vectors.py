"""Every case of tests/vectors/*.json, each field compared, all failures
reported together (file, index, name)."""

from __future__ import annotations

import json
from typing import Any

import smh_errors
from conftest import VECTORS, body_bytes, load_vectors

KNOWN = {"lookup.json", "negotiate.json", "responses.json"}

LOOKUP_FIELDS = ("message", "locale", "resolution", "matched", "kind", "retryable", "status", "doc_url")


def test_no_unknown_vector_files() -> None:
    found = {p.name for p in VECTORS.glob("*.json")}
    assert found == KNOWN, f"vector files this runner does not know: {sorted(found - KNOWN)}; missing: {sorted(KNOWN - found)}"


def _compare(failures: list[str], where: str, field: str, got: Any, want: Any) -> None:
    if got != want or type(got) is not type(want):
        failures.append(f"{where}: {field}: got {got!r}, want {want!r}")


def test_lookup_vectors() -> None:
    failures: list[str] = []
    for i, case in enumerate(load_vectors("lookup")):
        where = f"lookup.json[{i}] {case['code']!r} in {case['locale']!r}"
        e = smh_errors.lookup(case["code"], case["locale"])
        for f in LOOKUP_FIELDS:
            _compare(failures, where, f, getattr(e, f), case["expect"][f])
        _compare(failures, where, "code", e.code, case["code"])
        # message() is the same answer, cached or not (twice: miss, then hit).
        for _ in range(2):
            _compare(failures, where, "message()", smh_errors.message(case["code"], case["locale"]), case["expect"]["message"])
    assert not failures, f"{len(failures)} failure(s):\n" + "\n".join(failures)


def test_negotiate_vectors() -> None:
    failures: list[str] = []
    for i, case in enumerate(load_vectors("negotiate")):
        got = smh_errors.negotiate(case["requested"])
        if got != case["expect"]:
            failures.append(f"negotiate.json[{i}] {case['requested']!r}: got {got!r}, want {case['expect']!r}")
    assert not failures, f"{len(failures)} failure(s):\n" + "\n".join(failures)


def _check_response(failures: list[str], where: str, case: dict[str, Any], body: Any) -> None:
    want = case["expect"]
    try:
        err = smh_errors.parse_response(body)
    except smh_errors.ResponseParseError as e:
        if want["outcome"] != "invalid":
            failures.append(f"{where}: raised {e.kind}: {e}; want {want['outcome']}")
        else:
            _compare(failures, where, "error_kind", e.kind, want["error_kind"])
            assert isinstance(e, ValueError) and str(e)
        return
    if want["outcome"] == "invalid":
        failures.append(f"{where}: got {err!r}, want invalid {want['error_kind']}")
    elif want["outcome"] == "success":
        if err is not None:
            failures.append(f"{where}: got {err!r}, want success")
    else:
        if err is None:
            failures.append(f"{where}: got success, want an error")
            return
        _compare(failures, where, "code", err.code, want["code"])
        _compare(failures, where, "server_message", err.message, want["server_message"])
        _compare(failures, where, "request_id", err.request_id, want["request_id"])
        _compare(failures, where, "retryable", err.retryable, want["retryable"])
        e = err.lookup(case["locale"])
        for f in LOOKUP_FIELDS:
            _compare(failures, where, f, getattr(e, f), want[f])
        _compare(failures, where, "localized()", err.localized(case["locale"]), want["message"])
        want_detail = want["detail"]["message"] if want["detail"] is not None else None
        _compare(failures, where, "detail()", err.detail(case["locale"]), want_detail)
        builtin = smh_errors.Catalog.builtin().detail(err.code, err.message, case["locale"])
        _compare(failures, where, "Catalog.detail()", builtin, want_detail)
        cat = smh_errors.ErrorCode(want["matched"]).category if want["matched"] else None
        if cat is not None and want["code"].split(".")[0] == cat:
            if type(err).__name__ != cat:
                failures.append(f"{where}: class {type(err).__name__}, want {cat}")


def test_response_vectors_as_bytes_and_str() -> None:
    failures: list[str] = []
    for i, case in enumerate(load_vectors("responses")):
        where = f"responses.json[{i}] {case['name']!r}"
        body = body_bytes(case)
        _check_response(failures, where + " (bytes)", case, body)
        _check_response(failures, where + " (bytearray)", case, bytearray(body))
        if "body" in case:
            _check_response(failures, where + " (str)", case, case["body"])
    assert not failures, f"{len(failures)} failure(s):\n" + "\n".join(failures)


def test_response_vectors_as_decoded_dict() -> None:
    """What json.loads makes of a readable body gives the same answer."""
    failures: list[str] = []
    tried = 0
    for i, case in enumerate(load_vectors("responses")):
        if "body" not in case or case["expect"]["outcome"] == "invalid":
            continue
        try:
            decoded = json.loads(case["body"].lstrip("\ufeff"))
        except ValueError:
            continue
        tried += 1
        _check_response(failures, f"responses.json[{i}] {case['name']!r} (dict)", case, decoded)
    assert tried > 50
    assert not failures, f"{len(failures)} failure(s):\n" + "\n".join(failures)
