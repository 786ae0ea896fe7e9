"""Rewrites the registry-derived block of the stub python/smh_errors/__init__.pyi
(the category exception classes) from the installed ``smh_errors`` package,
i.e. from the core's registry. The ``ErrorCode`` members (``_codes.pyi``) are
written by ``smh-errors generate``, with the other bindings' code tables.

    python tools/gen_stubs.py          # rewrite
    python tools/gen_stubs.py --check  # exit 1 if the stub is stale
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "python" / "smh_errors"
STUB = PKG / "__init__.pyi"


def fill(path: Path, text: str, name: str, indent: str, body: str) -> str:
    """``text`` with the block between the ``name`` markers replaced by ``body``."""
    pat = re.compile(rf"(^{indent}# BEGIN GENERATED: {name}\n).*?(^{indent}# END GENERATED: {name}\n)", re.S | re.M)
    new, n = pat.subn(lambda m: m.group(1) + body + m.group(2), text)
    if n != 1:
        raise SystemExit(f"{path}: the `{name}` markers are missing")
    return new


def render(path: Path, text: str) -> str:
    """The text of one stub with its generated block filled from the registry."""
    import smh_errors

    classes = "".join(f"class {c}(SmhError): ...\n" for c in smh_errors.categories())
    return fill(path, text, "categories", "", classes)


def main() -> int:
    """Rewrites or checks the stubs."""
    status = 0
    for path in (STUB,):
        old = path.read_text(encoding="utf-8")
        new = render(path, old)
        if "--check" in sys.argv[1:]:
            if new != old:
                print(f"{path} is stale: run `python tools/gen_stubs.py`", file=sys.stderr)
                status = 1
        else:
            path.write_text(new, encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
