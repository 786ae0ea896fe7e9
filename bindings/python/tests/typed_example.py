"""A small typed program using the public API; `mypy --strict` must accept it
(tests/test_typing.py runs it), which checks the shipped stubs."""

from __future__ import annotations

import smh_errors
from smh_errors import Catalog, Entry, ErrorCode, SmhError


def show(body: bytes, locale: str | None = None) -> str:
    try:
        smh_errors.raise_for_response(body)
    except smh_errors.AuthFailure as e:
        return f"{e.localized(locale)} ({e.request_id})"
    except SmhError as e:
        retry: bool = e.retryable
        code: str = e.code
        server: str | None = e.message
        detail: str | None = e.detail(locale)
        return f"{code} {server} {retry} {e.lookup(locale).resolution} {detail}"
    except smh_errors.ResponseParseError as e:
        kind: str = e.kind
        return kind
    return "ok"


def entry_fields(e: Entry) -> tuple[str, str, str, str, str | None, str | None, bool, str | None]:
    return (e.code, e.message, e.locale, e.resolution, e.matched, e.kind, e.retryable, e.doc_url)


def codes() -> list[str]:
    sig: ErrorCode = ErrorCode.AuthFailure_SignatureFailure
    parent: ErrorCode | None = ErrorCode.InvalidParameterValue_BucketNotFound.parent
    out: list[str] = [sig.value, sig.kind, sig.category, str(parent)]
    out.extend(c.value for c in smh_errors.codes())
    out.extend(smh_errors.categories())
    return out


def adapter(exc: Exception) -> SmhError | None:
    err: SmhError | None = smh_errors.from_exception(exc)
    parsed: SmhError | None = smh_errors.parse_response({"Response": {"RequestId": "r"}})
    return parsed or err


def overlays(path: str) -> str:
    try:
        cat = Catalog.open(path)
    except smh_errors.CatalogError as e:
        return "\n".join(f"{d[0]}:{d[1]}:{d[2]}" for d in e.diagnostics)
    locales: list[str] = cat.locales()
    detail: str | None = cat.detail("InvalidParameter", "Parameter `x` format invalid.", "ja")
    return cat.message("ActionOffline", cat.negotiate("ja")) + ",".join(locales) + (detail or "")


def main() -> None:
    msg: str = smh_errors.message("AuthFailure.SignatureFailure", "zh-CN")
    loc: str = smh_errors.negotiate("zh_CN.UTF-8")
    e: Entry = smh_errors.lookup(ErrorCode.ResourceNotFound_Library)
    print(msg, loc, entry_fields(e), show(b"{}"), codes()[:3], smh_errors.__version__)
    print(adapter(ValueError("x")) if False else "", overlays("."))
    try:
        raise smh_errors.RequestLimitExceeded("RequestLimitExceeded", "slow down", "r")
    except (smh_errors.RequestLimitExceeded, smh_errors.OperationDenied) as err:
        print(err.retryable)


if __name__ == "__main__":
    main()
