"""python -m smh_errors explain / parse."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import REPO

SEED = REPO / "examples" / "signature-failure.json"
LOOKUP_KEYS = {"code", "matched", "resolution", "locale", "message", "kind", "retryable", "status", "doc_url"}


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SMH_ERRORS_", "LC_", "LANG"))}
    return subprocess.run(
        [sys.executable, "-m", "smh_errors", *args],
        input=stdin.decode("utf-8", "surrogateescape") if stdin is not None else None,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_explain_text_and_json() -> None:
    r = cli("explain", "AuthFailure.SignatureFailure", "--locale", "zh_CN.UTF-8")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == "AuthFailure.SignatureFailure [zh-CN, exact, common, not retryable]"
    assert lines[1].startswith("  签名错误")
    r = cli("explain", "InvalidParameterValue.NoSuchThing", "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert set(d) == LOOKUP_KEYS
    assert (d["resolution"], d["matched"], d["locale"]) == ("parent", "InvalidParameterValue", "en-US")
    r = cli("explain", "InternalError.BalanceLess", "-l", "en")
    assert r.stdout.splitlines()[0] == "InternalError.BalanceLess [en-US, exact, business, not retryable, retired]"
    d = json.loads(cli("explain", "InternalError.BalanceLess", "--json").stdout)
    assert (d["status"], d["retryable"]) == ("retired", False)
    r = cli("explain", "Foo.Bar", "-l", "en")
    assert r.stdout.splitlines()[0] == "Foo.Bar [en-US, unknown code]"
    r = cli("explain", "AuthFailure.MFAFailure", "-l", "en")
    assert "  see: https://intl.cloud.tencent.com/document/product/378/12036" in r.stdout.splitlines()


def test_parse_file_and_stdin() -> None:
    r = cli("parse", str(SEED), "--locale", "zh-CN")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "AuthFailure.SignatureFailure [zh-CN, exact, common, not retryable]",
        "  签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。",
        "  see: https://cloud.tencent.com/document/api/1339/69091",
        "  detail: 无法验证所提供的凭证。请检查签名是否正确。",
        "  server: The provided credentials could not be validated. Please check your signature is correct.",
        "  request id: ed93f3cb-f35e-473f-b9f3-0d451b8b79c6",
    ]
    r = cli("parse", "-", "--json", "--locale", "zh", stdin=SEED.read_bytes())
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert set(d) == LOOKUP_KEYS | {"outcome", "server_message", "request_id", "detail"}
    assert (d["outcome"], d["locale"], d["request_id"]) == ("error", "zh-CN", "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6")
    assert d["detail"] == {"id": "detail-signature-not-validated", "locale": "zh-CN", "message": "无法验证所提供的凭证。请检查签名是否正确。"}
    r = cli("parse", "-", stdin=b'{"Response":{"RequestId":"ok-1"}}')
    assert (r.returncode, r.stdout) == (0, "success (request id ok-1)\n")
    r = cli("parse", "-", "--json", stdin=b'{"Response":{}}')
    assert json.loads(r.stdout) == {"outcome": "success", "request_id": None}


def test_parse_failures_exit_2(tmp_path: Path) -> None:
    r = cli("parse", "-", stdin=b'{"Response":')
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.startswith("smh-errors: cannot parse the response: the body is not valid JSON")
    r = cli("parse", "-", "--json", stdin=b"[]")
    assert r.returncode == 2 and "not an object" in r.stderr
    r = cli("parse", str(tmp_path / "missing.json"))
    assert r.returncode == 2 and "cannot read" in r.stderr
    big = tmp_path / "big.json"
    big.write_bytes(b'{"x":"' + b"y" * (1 << 20) + b'"}')
    r = cli("parse", str(big))
    assert r.returncode == 2 and "limit" in r.stderr


def test_usage_errors() -> None:
    r = cli()
    assert r.returncode == 2 and "usage" in r.stderr
    r = cli("explain")
    assert r.returncode == 2


def test_same_output_as_the_rust_cli() -> None:
    """With SMH_ERRORS_CLI naming the `smh-errors` binary (e.g. the top-level
    `make test` after `cargo build`), both CLIs print the same bytes."""
    import pytest

    exe = os.environ.get("SMH_ERRORS_CLI")
    if not exe:
        pytest.skip("set SMH_ERRORS_CLI to the smh-errors binary to compare")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SMH_ERRORS_", "LC_", "LANG"))}
    cases = [
        ["explain", "AuthFailure.SignatureFailure", "--locale", "zh_CN.UTF-8"],
        ["explain", "InvalidParameterValue.Foo", "--json"],
        ["explain", "AuthFailure.MFAFailure", "--locale", "en"],
        ["explain", "Foo.Bar", "--locale", "zh"],
        ["parse", str(SEED), "--locale", "zh-CN"],
        ["parse", str(SEED), "--json", "--locale", "en"],
    ]
    for args in cases:
        rust = subprocess.run([exe, *args], capture_output=True, text=True, env=env, timeout=60)
        py = cli(*args)
        assert (py.returncode, py.stdout) == (rust.returncode, rust.stdout), args


def test_parse_and_explain_escape_network_text() -> None:
    # A body's code, Message and RequestId come from the network: they cannot
    # clear the screen or forge lines; explain's code argument neither.
    body = (
        b'{"Response":{"Error":{"Code":"X\\u001b[2J","Message":"a\\nforged: 1\\r"},'
        b'"RequestId":"r\\u202e"}}'
    )
    r = cli("parse", "-", "--locale", "en", stdin=body)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "X\\u{1b}[2J [en-US, unknown code]",
        "  The request failed for an unknown reason.",
        "  server: a\\nforged: 1\\r",
        "  request id: r\\u{202e}",
    ]
    r = cli("explain", "Foo\nBar\x1b", "-l", "en")
    assert r.stdout.splitlines()[0] == "Foo\\nBar\\u{1b} [en-US, unknown code]"
    # JSON keeps the text as sent (JSON escapes it).
    r = cli("parse", "-", "--json", stdin=body)
    assert json.loads(r.stdout)["code"] == "X\x1b[2J" and "\x1b" not in r.stdout
