"""The benchmark script runs (a smoke test with a few iterations, so that it
cannot rot; the numbers are not checked here)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benches" / "bench.py"


def test_bench_quick() -> None:
    pytest.importorskip("fluent.runtime")
    pytest.importorskip("fluent_compiler")
    if shutil.which("msgfmt") is None:
        pytest.skip("msgfmt (gettext) is not installed")
    r = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    for row in ("| floor |", "| smh_errors.message |", "| fluent.runtime |", "| fluent-compiler |", "| gettext |"):
        assert row in r.stdout
    assert "`import smh_errors`" in r.stdout
