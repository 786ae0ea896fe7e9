"""The lookup API: message, lookup, negotiate, ErrorCode, codes, Entry."""

from __future__ import annotations

import copy
import enum
import os
import pickle
import re
import sys

import pytest
import smh_errors
from conftest import REPO
from smh_errors import Entry, ErrorCode

SIG = "AuthFailure.SignatureFailure"


def registry() -> dict[str, dict[str, object]]:
    """catalog/codes.toml's codes, read independently of the library."""
    text = (REPO / "catalog" / "codes.toml").read_text(encoding="utf-8")
    if sys.version_info >= (3, 11):
        import tomllib

        return dict(tomllib.loads(text)["codes"])
    # Python < 3.11: the registry's simple subset of TOML.
    codes: dict[str, dict[str, object]] = {}
    cur: dict[str, object] = {}
    for line in text.splitlines():
        if m := re.fullmatch(r'\[codes\."([^"]+)"\]', line.strip()):
            cur = codes.setdefault(m.group(1), {})
        elif m := re.fullmatch(r'(\w+)\s*=\s*(".*"|true|false)', line.strip()):
            v = m.group(2)
            cur[m.group(1)] = v[1:-1] if v.startswith('"') else v == "true"
    return codes


def test_message_and_lookup() -> None:
    assert smh_errors.message(SIG, "zh-CN").startswith("签名错误")
    assert smh_errors.message(SIG, "en") == smh_errors.lookup(SIG, "en-US").message
    e = smh_errors.lookup("InvalidParameterValue.Foo", "zh_CN.UTF-8")
    assert (e.code, e.matched, e.resolution, e.locale, e.kind, e.retryable) == (
        "InvalidParameterValue.Foo",
        "InvalidParameterValue",
        "parent",
        "zh-CN",
        "common",
        False,
    )
    g = smh_errors.lookup("Foo.Bar", "en-US")
    assert (g.resolution, g.matched, g.kind, g.retryable) == ("generic", None, None, False)
    assert "Foo.Bar" in g.message
    assert smh_errors.lookup("RequestLimitExceeded", "en").retryable is True


def test_default_locale_comes_from_the_core() -> None:
    # Whatever the environment says, None answers as the core's default locale.
    loc = smh_errors.default_locale()
    assert loc in ("en-US", "zh-CN")
    assert smh_errors.lookup(SIG).locale == loc
    assert smh_errors.message(SIG) == smh_errors.message(SIG, loc)


def test_entry_is_frozen_comparable_hashable_picklable() -> None:
    e = smh_errors.lookup(SIG, "zh-CN")
    with pytest.raises(AttributeError):
        e.message = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        e.other = 1  # type: ignore[attr-defined]
    same = smh_errors.lookup(SIG, "zh_CN")
    assert e == same and hash(e) == hash(same)
    assert e != smh_errors.lookup(SIG, "en-US")
    assert e != "not an entry"
    assert len({e, same}) == 1
    for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(e, proto)) == e
    assert copy.copy(e) == e
    d = e.to_dict()
    assert set(d) == {"code", "matched", "resolution", "locale", "message", "kind", "retryable", "status", "doc_url"}
    assert d["status"] == e.status == "current"
    # A retired code: its own message, status "retired", kept through pickle.
    r = smh_errors.lookup("InvalidParameterValue.AccountPassword", "zh-CN")
    assert (r.resolution, r.message, r.status) == ("exact", "AccountPassword 无效。", "retired")
    assert pickle.loads(pickle.dumps(r)) == r and pickle.loads(pickle.dumps(r)).status == "retired"
    assert r != Entry(r.code, r.message, r.locale, r.resolution, r.matched, r.kind, r.retryable, r.doc_url, "current")
    assert smh_errors.lookup("NoSuch.Code", "en").status is None
    assert d["message"] == e.message
    assert repr(e).startswith("Entry(code='AuthFailure.SignatureFailure'")
    assert isinstance(e, Entry)
    assert smh_errors.lookup("AuthFailure.MFAFailure", "en").doc_url == "https://intl.cloud.tencent.com/document/product/378/12036"


def test_negotiate() -> None:
    assert smh_errors.negotiate("zh_CN.UTF-8") == "zh-CN"
    assert smh_errors.negotiate("zh-Hant-TW") == "zh-CN"
    assert smh_errors.negotiate("fr-CH, fr;q=0.9, zh;q=0.8") == "zh-CN"
    for garbage in ("", "C", "POSIX", "*", "!!!", "x" * 10_000):
        assert smh_errors.negotiate(garbage) == "en-US"


def test_error_code_is_the_registry() -> None:
    reg = registry()
    assert issubclass(ErrorCode, str) and issubclass(ErrorCode, enum.Enum)
    assert [c.value for c in ErrorCode] == sorted(reg) == [c.value for c in smh_errors.codes()]
    assert len(ErrorCode) == 99
    for c in ErrorCode:
        assert c == c.value and isinstance(c, str)
        assert c.name == c.value.replace(".", "_")
        assert str(c) == c.value and f"{c}" == c.value
        assert c.kind == reg[c.value]["kind"]
        assert c.retryable == reg[c.value]["retryable"]
        assert c.status == reg[c.value]["status"] == smh_errors.lookup(c.value, "en-US").status
        assert c.doc_url == smh_errors.lookup(c.value, "en-US").doc_url  # the source locale's link
        assert c.category == c.value.split(".")[0]
        assert ErrorCode(c.value) is c
        assert pickle.loads(pickle.dumps(c)) is c
        # message() accepts members and answers as for the string.
        assert smh_errors.message(c, "zh-CN") == smh_errors.message(c.value, "zh-CN")
        assert smh_errors.lookup(c, "zh-CN").matched == c.value
    assert ErrorCode.InvalidParameterValue_BucketNotFound.parent is ErrorCode.InvalidParameterValue
    assert ErrorCode.AuthFailure_SignatureFailure.parent is None
    with pytest.raises(ValueError):
        ErrorCode("NoSuch.Code")


def test_categories() -> None:
    cats = smh_errors.categories()
    assert cats == sorted({c.split(".")[0] for c in registry()}, key=cats.index)
    assert len(cats) == len(set(cats))
    assert {"AuthFailure", "InvalidParameterValue", "RequestLimitExceeded", "ResourceNotFound", "OperationDenied"} <= set(cats)


def test_message_cache_stays_bounded_and_correct() -> None:
    # Many distinct unknown codes and locales: answers stay right.
    for i in range(500):
        code = f"InvalidParameterValue.X{i}"
        assert smh_errors.message(code, "zh-CN") == "参数取值错误。"
        assert smh_errors.message(f"Unknown{i}", "en-US").find(f"Unknown{i}") >= 0
        assert smh_errors.message(SIG, f"en-{i:03d}") == smh_errors.message(SIG, "en-US")


def test_version() -> None:
    assert smh_errors.__version__ == smh_errors._native.VERSION
    assert smh_errors.__version__.count(".") == 2


def test_import_is_thin_and_builds_the_rest_lazily() -> None:
    # `import smh_errors` loads neither enum nor typing (nor json); ErrorCode
    # and the category classes are built on first use, and the same objects
    # after that.
    import subprocess

    script = (
        "import sys; before = set(sys.modules); import smh_errors as s; "
        "new = set(sys.modules) - before; "
        "assert not new & {'enum', 'typing', 'json', 're'}, sorted(new); "
        "assert 'ErrorCode' not in vars(s) and 'AuthFailure' not in vars(s); "
        "E = s.ErrorCode; assert E is s.ErrorCode and 'ErrorCode' in vars(s); "
        "assert s.ErrorCode.AuthFailure_SignatureFailure == 'AuthFailure.SignatureFailure'; "
        "A = s.AuthFailure; assert A is s.AuthFailure and issubclass(A, s.SmhError); "
        "assert type(s.SmhError('AuthFailure.X')) is A; "
        "assert set(s.categories()) <= set(dir(s)) and 'ErrorCode' in dir(s); "
        "print('ok')"
    )
    env = {k: v for k, v in os.environ.items() if k != "SMH_ERRORS_CATALOG_DIR"}
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr
    with pytest.raises(AttributeError):
        smh_errors.NoSuchThing  # noqa: B018


def test_error_code_names_come_from_the_native_module() -> None:
    rows = smh_errors._native.codes()
    assert [m.name for m in ErrorCode] == [r[6] for r in rows]
    assert [m.value for m in ErrorCode] == [r[0] for r in rows]


def test_kept_tables_answer_as_the_core() -> None:
    """The tables kept per locale give exactly what the core answers."""
    native = smh_errors._native.NativeCatalog.global_catalog()
    codes = [c.value for c in smh_errors.codes()] + ["InvalidParameterValue.Foo", "Nope.X", "", "a b"]
    for loc in ("zh-CN", "en", None, "zh_CN.UTF-8", "", "x" * 200):
        for code in codes:
            assert smh_errors.lookup(code, loc) == native.lookup(code, loc), (code, loc)
            assert smh_errors.message(code, loc) == native.message(code, loc), (code, loc)
    member = smh_errors.ErrorCode.AuthFailure_SignatureFailure
    assert smh_errors.message(member, "zh-CN") == native.message(member.value, "zh-CN")
    assert smh_errors.lookup(member, "zh-CN").code == member.value
