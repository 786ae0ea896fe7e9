"""Writes the Go fuzz targets' seed corpora (testdata/fuzz/<FuzzName>/) from
the shared vectors (tests/vectors/*.json), in Go's corpus format
("go test fuzz v1"). A small, fixed choice of cases: run it again after the
vectors change (python3 bindings/go/testdata/fuzz_seeds.py). Files are named
by a hash of their content and only added, never removed: the inputs a
fuzzer found (regression seeds) stay; delete a stale seed by hand."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VECTORS = HERE.parents[2] / "tests" / "vectors"
OUT = HERE / "fuzz"


def go_quote(b: bytes) -> str:
    """A Go interpreted string literal of the bytes."""
    out = []
    for c in b:
        if c in (0x22, 0x5C):
            out.append("\\" + chr(c))
        elif 0x20 <= c < 0x7F:
            out.append(chr(c))
        else:
            out.append(f"\\x{c:02x}")
    return '"' + "".join(out) + '"'


def body(case: dict) -> bytes | None:
    if "body" in case:
        return str(case["body"]).encode("utf-8")
    if "body_hex" in case:
        return bytes.fromhex(case["body_hex"])
    return None  # body_repeat: too big for a seed


def write(target: str, values: list[str]) -> None:
    text = "go test fuzz v1\n" + "".join(v + "\n" for v in values)
    name = hashlib.sha256(text.encode()).hexdigest()[:16]
    (OUT / target).mkdir(parents=True, exist_ok=True)
    (OUT / target / name).write_text(text, encoding="ascii")


def main() -> None:
    load = lambda n: json.loads((VECTORS / f"{n}.json").read_text(encoding="utf-8"))["cases"]  # noqa: E731
    responses = load("responses")
    # Every 6th small body: errors, successes, legacy, refusals of each kind.
    for case in responses[::6]:
        b = body(case)
        if b is not None and len(b) <= 2048:
            write("FuzzParseResponse", [f"[]byte({go_quote(b)})"])
    for case in load("lookup")[::25]:
        write("FuzzLookup", [f"string({go_quote(case['code'].encode())})", f"string({go_quote(case['locale'].encode())})"])
    for case in load("negotiate")[::10]:
        write("FuzzLookup", ['string("InvalidParameterValue.Foo")', f"string({go_quote(case['requested'].encode())})"])
    for i, case in enumerate(c for c in responses if c["expect"]["outcome"] == "error"):
        if i % 12:
            continue
        e = case["expect"]
        write("FuzzFromError", [
            f"string({go_quote(e['code'].encode())})",
            f"string({go_quote((e['server_message'] or '').encode())})",
            f"string({go_quote((e['request_id'] or '').encode())})",
            f"byte({i % 5})",
            f"byte({i % 4})",
        ])


if __name__ == "__main__":
    main()
