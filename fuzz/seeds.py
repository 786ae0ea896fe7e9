#!/usr/bin/env python3
"""Writes the fuzz targets' seed inputs into fuzz/seeds/<target>/ from the
shared test vectors (tests/vectors/*.json) and the catalog fixtures: every
body of responses.json, every request of negotiate.json, every code and
locale of lookup.json, every .ftl file of catalog/ and tests/fixtures/.

`make fuzz-seeds` runs it; `cargo fuzz cmin` then merges the seeds into the
committed corpus (fuzz/corpus/<target>/), keeping only inputs that add
coverage. Standard library only."""

import hashlib
import json
import pathlib
import shutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "fuzz" / "seeds"


def body_bytes(case):
    if "body" in case:
        return case["body"].encode()
    if "body_hex" in case:
        return bytes.fromhex(case["body_hex"])
    r = case["body_repeat"]
    body = (r["head"] + r["unit"] * r["times"] + r["tail"]).encode()
    # The fuzzer's inputs stay small: a long body is cut (still a seed for
    # the nesting and size checks' beginnings).
    return body[:4096]


def write(target, data):
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    vectors = ROOT / "tests" / "vectors"
    responses = json.loads((vectors / "responses.json").read_text())["cases"]
    negotiate = json.loads((vectors / "negotiate.json").read_text())["cases"]
    lookup = json.loads((vectors / "lookup.json").read_text())["cases"]
    for case in responses:
        write("parse_response", body_bytes(case))
        # The C ABI's input holds code, locale and body bytes: the body's
        # bytes seed its strings.
        write("c_abi", body_bytes(case) + case["locale"].encode())
    for case in negotiate:
        write("negotiate", case["requested"].encode())
    for case in lookup:
        pair = case["code"].encode() + b"\x00" + case["locale"].encode()
        write("lookup", pair)
        write("c_abi", pair)
    ftl = sorted((ROOT / "catalog").rglob("*.ftl")) + sorted((ROOT / "tests" / "fixtures").rglob("*.ftl"))
    for f in ftl:
        write("ftl_text", f.read_bytes())
    # The structure-aware target reads its edits from any bytes: a few
    # short seeds, one per base file.
    for i in range(4):
        write("ftl_mutate", bytes([i, i, 1]) + b"\x00" * 8)
    for target in sorted(p.name for p in OUT.iterdir()):
        print(f"{target}: {len(list((OUT / target).iterdir()))} seeds")


if __name__ == "__main__":
    main()
