"""The shipped stubs: complete, current with the registry, and accepted by
`mypy --strict` on a typed example."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
import smh_errors

HERE = Path(__file__).resolve().parent
PKG = Path(smh_errors.__file__).resolve().parent


def test_stub_and_marker_are_installed() -> None:
    assert (PKG / "__init__.pyi").is_file()
    assert (PKG / "_native.pyi").is_file()
    assert (PKG / "_codes.pyi").is_file()
    assert (PKG / "py.typed").is_file()


def test_stub_declares_every_public_name_and_registry_member() -> None:
    tree = ast.parse((PKG / "__init__.pyi").read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.ImportFrom):  # `from ._codes import ErrorCode as ErrorCode`
            names.update(a.asname for a in node.names if a.asname == a.name)
    members: list[str] = []
    for node in ast.parse((PKG / "_codes.pyi").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef) and node.name == "ErrorCode":
            assigns = [s for s in node.body if isinstance(s, ast.Assign)]
            members = [t.id for s in assigns for t in s.targets if isinstance(t, ast.Name)]
    missing = sorted(set(smh_errors.__all__) - names)
    assert not missing, f"__init__.pyi lacks {missing}"
    assert members == [c.name for c in smh_errors.ErrorCode], "stale stub: run `smh-errors generate`"


def test_stub_category_classes_are_the_registry_categories() -> None:
    tree = ast.parse((PKG / "__init__.pyi").read_text(encoding="utf-8"))
    classes = [
        n.name
        for n in tree.body
        if isinstance(n, ast.ClassDef) and [b.id for b in n.bases if isinstance(b, ast.Name)] == ["SmhError"]
    ]
    assert classes == smh_errors.categories(), "stale stub: run `smh-errors generate`"
    for c in classes:
        assert issubclass(getattr(smh_errors, c), smh_errors.SmhError), c


def test_mypy_strict_on_typed_example() -> None:
    pytest.importorskip("mypy")
    r = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(HERE / "typed_example.py")],
        capture_output=True,
        text=True,
        cwd=HERE,
    )
    assert r.returncode == 0, r.stdout + r.stderr


def test_typed_example_runs() -> None:
    r = subprocess.run([sys.executable, str(HERE / "typed_example.py")], capture_output=True, text=True, cwd=HERE.parent)
    assert r.returncode == 0, r.stderr
