"""``python -m smh_errors``: the ``explain`` and ``parse`` commands of the
``smh-errors`` CLI, with the same output (text, or ``--json`` with the shared
vocabulary's keys; both rendered by the core) and exit codes (0 when
answered, 2 when a body could not be read or parsed)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import ResponseParseError, _native

_GLOBAL = _native.NativeCatalog.global_catalog()


def _explain(args: argparse.Namespace) -> int:
    print(_GLOBAL.explain(args.code, args.locale, args.json))
    return 0


def _read(path: str) -> bytes:
    # One byte past the limit, so that an oversized body is reported as such.
    limit = _native.MAX_BODY_LEN + 1
    if path == "-":
        return sys.stdin.buffer.read(limit)
    with open(path, "rb") as f:
        return f.read(limit)


def _parse(args: argparse.Namespace) -> int:
    try:
        body = _read(args.file)
    except OSError as e:
        where = "standard input" if args.file == "-" else args.file
        print(f"smh-errors: cannot read {where}: {e.strerror or e}", file=sys.stderr)
        return 2
    try:
        print(_GLOBAL.report(body, args.locale, args.json))
    except ResponseParseError as e:
        print(f"smh-errors: cannot parse the response: {e}", file=sys.stderr)
        return 2
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the exit status."""
    p = argparse.ArgumentParser(
        prog="python -m smh_errors",
        description="Localized messages for Tencent Cloud SMH API error codes.",
    )
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("explain", help="what a code means, in a locale")
    ex.add_argument("code", help="an error code, e.g. AuthFailure.SignatureFailure")
    pa = sub.add_parser("parse", help="read an API response body from FILE, or - for standard input")
    pa.add_argument("file", metavar="FILE", help="the response body, or - for standard input")
    for s in (ex, pa):
        s.add_argument("-l", "--locale", help="BCP 47, POSIX (zh_CN.UTF-8) or an Accept-Language list")
        s.add_argument("--json", action="store_true", help="print JSON instead of text")
    args = p.parse_args(argv)
    err = _native.NativeCatalog.global_error()
    if err is not None:
        print(f"smh-errors: warning: ignoring SMH_ERRORS_CATALOG_DIR: {err}", file=sys.stderr)
    if args.command == "explain":
        return _explain(args)
    return _parse(args)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. `python -m smh_errors ... | head`
        sys.exit(0)
