"""Shared paths and helpers for the smh_errors tests."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

#: The repository root (the core crate's directory).
REPO = Path(__file__).resolve().parents[3]
VECTORS = REPO / "tests" / "vectors"
OVERLAYS = REPO / "tests" / "fixtures" / "overlays"

# The vectors are for the builtin catalog with explicit locales; make sure
# nothing in the environment changes the global catalog of this process.
for _v in ("SMH_ERRORS_CATALOG_DIR",):
    os.environ.pop(_v, None)


def load_vectors(name: str) -> list[dict[str, Any]]:
    """The cases of tests/vectors/<name>.json, after checking its count."""
    data = json.loads((VECTORS / f"{name}.json").read_text(encoding="utf-8"))
    cases: list[dict[str, Any]] = data["cases"]
    assert len(cases) == data["count"], f"{name}.json: count {data['count']} != {len(cases)} cases"
    return cases


def body_bytes(case: dict[str, Any]) -> bytes:
    """A responses.json case's body (body, body_hex or body_repeat)."""
    keys = [k for k in ("body", "body_hex", "body_repeat") if k in case]
    assert len(keys) == 1, f"case {case.get('name')!r} has body keys {keys}"
    if "body" in case:
        return str(case["body"]).encode("utf-8")
    if "body_hex" in case:
        return bytes.fromhex(case["body_hex"])
    r = case["body_repeat"]
    return (r["head"] + r["unit"] * r["times"] + r["tail"]).encode("utf-8")


@pytest.fixture
def python() -> str:
    """The interpreter running the tests (for subprocesses)."""
    return sys.executable
