"""Overlays: SMH_ERRORS_CATALOG_DIR (a translator's preview) and Catalog.open."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import smh_errors
from conftest import OVERLAYS, REPO
from smh_errors import Catalog, CatalogError

# What tests/fixtures/overlays/ja-partial/ja-JP/errors.ftl translates.
JA = {
    "AuthFailure.SignatureFailure": "署名が正しくありません。",
    "AuthFailure.InvalidAuthorization": "リクエストの Authorization ヘッダーがテンセントクラウドの標準に従っていません。",
    "AuthFailure.MFAFailure": "MFA 認証に失敗しました。",
    "InvalidParameterValue": "パラメータの値が無効です。",
    "UnauthorizedOperation.ServiceLinkedRole": "SMH のサービスリンクロールが付与されていません。",
}


def run_py(code: str, env_extra: dict[str, str]) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SMH_ERRORS_", "LC_", "LANG"))}
    env.update(env_extra)
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_preview_with_env_var() -> None:
    """A translator's overlay, with no rebuild: message(code, "ja-JP")
    answers in Japanese where the overlay has the code, and falls back along
    the chain (ja-JP -> en-US) for the others."""
    out = run_py(
        """
        import json, smh_errors
        res = {}
        for c in smh_errors.codes():
            e = smh_errors.lookup(c, "ja-JP")
            res[c.value] = [smh_errors.message(c, "ja-JP"), e.locale, e.message,
                            smh_errors.message(c, "en-US"), smh_errors.message(c, "ja_JP.UTF-8")]
        res["$parent"] = smh_errors.lookup("InvalidParameterValue.Nope", "ja").to_dict()
        res["$generic"] = smh_errors.message("Nope.Nope", "ja")
        res["$negotiate"] = smh_errors.negotiate("ja_JP.UTF-8")
        res["$error"] = smh_errors.Catalog.global_error()
        res["$default"] = smh_errors.message("AuthFailure.SignatureFailure")
        print(json.dumps(res))
        """,
        {"SMH_ERRORS_CATALOG_DIR": "tests/fixtures/overlays/ja-partial", "SMH_ERRORS_LOCALE": "ja"},
    )
    res = json.loads(out)
    assert res.pop("$error") is None
    assert res.pop("$negotiate") == "ja-JP"
    assert res.pop("$default") == JA["AuthFailure.SignatureFailure"]
    parent = res.pop("$parent")
    assert (parent["locale"], parent["resolution"], parent["message"]) == ("ja-JP", "parent", JA["InvalidParameterValue"])
    assert res.pop("$generic") == "リクエストはエラーコード Nope.Nope で失敗しました。"
    assert set(JA) <= set(res)
    for code, (msg, loc, lmsg, en, posix) in res.items():
        assert msg == lmsg == posix, code
        if code in JA:
            assert (msg, loc) == (JA[code], "ja-JP"), code
        else:
            assert (msg, loc) == (en, "en-US"), code


def test_broken_env_overlay_falls_back_to_builtin_and_says_why() -> None:
    out = run_py(
        """
        import json, smh_errors
        print(json.dumps([smh_errors.Catalog.global_error(), smh_errors.negotiate("ja"),
                          smh_errors.message("ActionOffline", "en-US")]))
        """,
        {"SMH_ERRORS_CATALOG_DIR": "tests/fixtures/overlays/broken-syntax"},
    )
    err, neg, msg = json.loads(out)
    assert "errors.ftl:4:15" in err and neg == "en-US" and msg


def test_catalog_open_partial() -> None:
    cat = Catalog.open(OVERLAYS / "ja-partial")
    assert cat.locales()[0] == "en-US" and cat.locales()[-1] == "ja-JP"
    assert cat.locales()[:-1] == Catalog.builtin().locales()
    assert cat.negotiate("ja_JP.UTF-8") == "ja-JP"
    assert cat.chain("ja")[0] == "ja-JP" and cat.chain("ja")[-1] == "en-US"
    for code, text in JA.items():
        assert cat.message(code, "ja-JP") == text
        e = cat.lookup(code, "ja")
        assert (e.locale, e.resolution, e.message) == ("ja-JP", "exact", text)
    assert cat.lookup("AuthFailure.MFAFailure", "ja").doc_url == "https://intl.cloud.tencent.com/ja/document/product/378"
    fb = cat.lookup("ResourceNotFound.Library", "ja-JP")
    assert fb.locale == "en-US" and fb.message == smh_errors.message("ResourceNotFound.Library", "en-US")
    assert cat.message("ResourceNotFound.Library", "zh-CN") == smh_errors.message("ResourceNotFound.Library", "zh-CN")
    # The module functions still use the global (builtin) catalog.
    assert smh_errors.negotiate("ja") == "en-US"
    # str and os.PathLike both work; later overlays override earlier ones.
    layered = Catalog.open(str(OVERLAYS / "ja-partial"), OVERLAYS / "ja-layer")
    assert "ja-JP" in layered.locales()
    assert "Catalog(locales=" in repr(cat)


def test_catalog_open_broken_syntax() -> None:
    with pytest.raises(CatalogError) as ei:
        Catalog.open(OVERLAYS / "broken-syntax")
    e = ei.value
    assert isinstance(e, ValueError)
    text = str(e)
    f = str(OVERLAYS / "broken-syntax" / "ja-JP" / "errors.ftl")
    assert f"{f}:4:15: error: " in text and f"{f}:6:24: error: " in text, text
    assert "[syntax-error]" in text
    places = [(d[1], d[2], d[3], d[4]) for d in e.diagnostics]
    assert places == [(4, 15, "error", "syntax-error"), (6, 24, "error", "syntax-error")]
    assert all(d[0] == f for d in e.diagnostics)
    back = pickle.loads(pickle.dumps(e))
    assert str(back) == text and back.diagnostics == e.diagnostics


def test_catalog_open_missing_dir(tmp_path: Path) -> None:
    with pytest.raises(CatalogError) as ei:
        Catalog.open(tmp_path / "does-not-exist")
    assert str(tmp_path / "does-not-exist") in str(ei.value)
    with pytest.raises(CatalogError):
        Catalog.open(tmp_path)  # empty: no locale folder
    with pytest.raises(TypeError) as te:
        Catalog.open(42)  # type: ignore[arg-type]
    assert "str, bytes or os.PathLike" in str(te.value)
    # A bytes path names the same directory as its str.
    with pytest.raises(CatalogError) as eb:
        Catalog.open(os.fsencode(tmp_path / "does-not-exist"))
    assert str(tmp_path / "does-not-exist") in str(eb.value)
    by_bytes = Catalog.open(os.fsencode(OVERLAYS / "ja-partial"))
    assert by_bytes.locales() == Catalog.open(OVERLAYS / "ja-partial").locales()


def test_catalog_builtin_and_global() -> None:
    b = Catalog.builtin()
    assert b.message("ActionOffline", "zh-CN") == "接口已下线。"
    assert b.lookup("ActionOffline", "zh").locale == "zh-CN"
    g = Catalog.global_catalog()
    assert g.message("ActionOffline", "zh-CN") == smh_errors.message("ActionOffline", "zh-CN")
    assert Catalog.global_error() is None
