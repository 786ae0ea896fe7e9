"""Rewrites the registry-derived blocks of python/smh_errors/__init__.pyi
(the ``ErrorCode`` members and the category exception classes) from the
installed ``smh_errors`` package, i.e. from the core's registry.

    python tools/gen_stubs.py          # rewrite
    python tools/gen_stubs.py --check  # exit 1 if the stub is stale
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

STUB = Path(__file__).resolve().parent.parent / "python" / "smh_errors" / "__init__.pyi"


def render(text: str) -> str:
    """The stub text with both generated blocks filled from the registry."""
    import smh_errors

    members = "".join(f'    {m.name} = "{m.value}"\n' for m in smh_errors.ErrorCode)
    classes = "".join(f"class {c}(SmhError): ...\n" for c in smh_errors.categories())

    def fill(text: str, name: str, indent: str, body: str) -> str:
        pat = re.compile(
            rf"(^{indent}# BEGIN GENERATED: {name}\n).*?(^{indent}# END GENERATED: {name}\n)", re.S | re.M
        )
        new, n = pat.subn(lambda m: m.group(1) + body + m.group(2), text)
        if n != 1:
            raise SystemExit(f"{STUB}: the `{name}` markers are missing")
        return new

    text = fill(text, "error codes", "    ", members)
    return fill(text, "categories", "", classes)


def main() -> int:
    """Rewrites or checks the stub."""
    old = STUB.read_text(encoding="utf-8")
    new = render(old)
    if "--check" in sys.argv[1:]:
        if new != old:
            print(f"{STUB} is stale: run `python tools/gen_stubs.py`", file=sys.stderr)
            return 1
        return 0
    STUB.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
