"""SmhError, its category classes, pickling, parse/raise, from_exception."""

from __future__ import annotations

import builtins
import copy
import json
import pickle

import pytest
import smh_errors
from smh_errors import Catalog, SmhError

SEED = (
    b'{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be '
    b'validated. Please check your signature is correct."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}'
)


def body(code: str, message: str | None = "m", rid: str | None = "r-1") -> str:
    err: dict[str, object] = {"Code": code}
    if message is not None:
        err["Message"] = message
    resp: dict[str, object] = {"Error": err}
    if rid is not None:
        resp["RequestId"] = rid
    return json.dumps({"Response": resp})


class MyAuthError(smh_errors.AuthFailure):
    """A user's own subclass, to check that pickling keeps it."""


def test_category_classes_cover_the_registry_and_shadow_no_builtin() -> None:
    for cat in smh_errors.categories():
        cls = getattr(smh_errors, cat)
        assert issubclass(cls, SmhError) and cls is not SmhError
        assert cls.__name__ == cls.__qualname__ == cat and cls.__module__ == "smh_errors"
        assert cls.category == cat
        assert cat in smh_errors.__all__
        assert not hasattr(builtins, cat), f"{cat} shadows a Python builtin"
        assert cls.__doc__
    for c in smh_errors.ErrorCode:
        e = SmhError(c.value)
        assert type(e) is getattr(smh_errors, c.category)
        m = SmhError(c, "from a member")
        assert type(m) is type(e) and type(m.code) is str and m.code == c.value and m.args[0] == c.value


def test_except_by_category() -> None:
    with pytest.raises(smh_errors.AuthFailure) as ei:
        smh_errors.raise_for_response(SEED)
    e = ei.value
    assert isinstance(e, SmhError) and isinstance(e, Exception)
    assert e.code == "AuthFailure.SignatureFailure"
    assert e.message is not None and e.message.startswith("The provided credentials")
    assert e.server_message == e.message
    assert e.request_id == "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
    assert e.retryable is False
    assert e.localized("zh-CN").startswith("签名错误")
    assert e.lookup("zh-CN").resolution == "exact"
    assert str(e) == f"AuthFailure.SignatureFailure: {e.message} (RequestId: {e.request_id})"
    assert repr(e).startswith("AuthFailure(code='AuthFailure.SignatureFailure'")
    # An unregistered code of a known category is caught by the category.
    with pytest.raises(smh_errors.AuthFailure):
        smh_errors.raise_for_response(body("AuthFailure.SomethingNew"))
    with pytest.raises(smh_errors.OperationDenied):
        smh_errors.raise_for_response(body("OperationDenied.PartnerAccountNotSupported"))
    with pytest.raises(smh_errors.RequestLimitExceeded) as rl:
        smh_errors.raise_for_response(body("RequestLimitExceeded.Whatever"))
    assert rl.value.retryable is True  # the parent's policy, from the core
    with pytest.raises(smh_errors.ResourceNotFound):
        smh_errors.raise_for_response(body("ResourceNotFound.Library"))
    with pytest.raises(smh_errors.InvalidParameterValue):
        smh_errors.raise_for_response(body("InvalidParameterValue.BucketNotFound"))


def test_unknown_category_is_plain_smh_error() -> None:
    for code in ("Foo.Bar", "authfailure.x", "4000", "", "ClientNetworkError"):
        e = SmhError(code)
        assert type(e) is SmhError, code
    err = smh_errors.parse_response(b'{"code":4000,"message":"bad","codeDesc":""}')
    assert type(err) is SmhError and err is not None and err.code == "4000" and err.request_id is None


def test_success_and_str_message_forms() -> None:
    assert smh_errors.parse_response(b'{"Response":{"RequestId":"r"}}') is None
    assert smh_errors.raise_for_response('{"Response":{"RequestId":"r"}}') is None
    assert smh_errors.parse_response({"Response": {"RequestId": "r", "Error": None}}) is None
    assert str(SmhError("Foo.Bar")) == "Foo.Bar"
    assert str(SmhError("Foo.Bar", None, "r")) == "Foo.Bar (RequestId: r)"


def test_keywords_and_user_subclasses() -> None:
    e = SmhError(code="ResourceNotFound.Library", message="gone", request_id="r")
    assert type(e) is smh_errors.ResourceNotFound and e.args == ("ResourceNotFound.Library", "gone", "r")

    class AppError(SmhError):
        def __init__(self, what: str, detail: str, extra: int, more: int) -> None:
            super().__init__("FailedOperation", f"{what}: {detail}")
            self.total = extra + more

    a = AppError("upload", "quota", 1, 2)
    assert type(a) is AppError and a.total == 3 and a.code == "FailedOperation" and a.message == "upload: quota"


def test_direct_construction_checks_types() -> None:
    with pytest.raises(TypeError):
        SmhError(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        SmhError("A", 3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        SmhError("A", "m", 3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "err",
    [
        SmhError("AuthFailure.SignatureFailure", "server text", "rid"),
        SmhError("Foo.Bar"),
        smh_errors.parse_response(SEED),
        smh_errors.ResourceNotFound("ResourceNotFound.Library", "gone", None),
        MyAuthError("AuthFailure.TokenFailure", "custom", "r2"),
    ],
)
def test_pickle_round_trips(err: SmhError | None) -> None:
    assert err is not None
    for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(err, proto))
        assert type(back) is type(err)
        assert (back.code, back.message, back.request_id, back.args) == (err.code, err.message, err.request_id, err.args)
        assert str(back) == str(err) and back.retryable == err.retryable
    c = copy.deepcopy(err)
    assert type(c) is type(err) and c.code == err.code


def test_parse_errors_pickle() -> None:
    with pytest.raises(smh_errors.ResponseParseError) as ei:
        smh_errors.parse_response(b"{")
    e = ei.value
    back = pickle.loads(pickle.dumps(e))
    assert type(back) is smh_errors.ResponseParseError and back.kind == e.kind == "syntax" and str(back) == str(e)


def test_from_exception_duck_typed() -> None:
    class Custom(Exception):
        def __init__(self) -> None:
            self.code = "ResourceNotFound.Library"
            self.message = "no such library"
            self.requestId = "abc"

    src = Custom()
    e = smh_errors.from_exception(src)
    assert e is not None and type(e) is smh_errors.ResourceNotFound
    assert (e.code, e.message, e.request_id) == ("ResourceNotFound.Library", "no such library", "abc")
    assert e.__cause__ is src
    assert smh_errors.from_exception(e) is e

    class Snake(Exception):
        code = 4000
        message = None
        request_id = "r"

    e2 = smh_errors.from_exception(Snake())
    assert e2 is not None and (type(e2), e2.code, e2.message, e2.request_id) == (SmhError, "4000", None, "r")
    # No code (none, None or empty): no API error, as in every binding.
    assert smh_errors.from_exception(ValueError("no code here")) is None

    class NoneCode(Exception):
        code = None

    class EmptyCode(Exception):
        def get_code(self) -> str:
            return ""

    assert smh_errors.from_exception(NoneCode()) is None
    assert smh_errors.from_exception(EmptyCode()) is None


def test_from_real_tencentcloud_sdk_exception() -> None:
    from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException

    try:
        raise TencentCloudSDKException("AuthFailure.SignatureFailure", "The provided credentials could not be validated.", "req-42")
    except TencentCloudSDKException as sdk:
        e = smh_errors.from_exception(sdk)
    assert e is not None and type(e) is smh_errors.AuthFailure
    assert e.code == "AuthFailure.SignatureFailure"
    assert e.message == "The provided credentials could not be validated."
    assert e.request_id == "req-42"
    assert e.localized("zh-CN").startswith("签名错误")
    assert isinstance(e.__cause__, TencentCloudSDKException)
    with pytest.raises(smh_errors.AuthFailure):
        raise e
    # The SDK's own client-side errors: unknown category, plain SmhError.
    net = smh_errors.from_exception(TencentCloudSDKException("ClientNetworkError", "timed out"))
    assert net is not None and type(net) is SmhError and net.request_id is None
    assert net.lookup("en").resolution == "generic"
    assert smh_errors.from_exception(TencentCloudSDKException(message="no code")) is None
    # Retry policy from the core, for the codes the SDK itself retries.
    limited = smh_errors.from_exception(TencentCloudSDKException("RequestLimitExceeded.UinLimitExceeded"))
    assert limited is not None and limited.retryable
    sms = smh_errors.from_exception(TencentCloudSDKException("RequestLimitExceeded.SendSms"))
    assert sms is not None and not sms.retryable


def test_str_escapes_server_text() -> None:
    # The code, Message and RequestId come from the network: str() escapes them.
    body = (
        b'{"Response":{"Error":{"Code":"Internal\\u001b[2JError\\n",'
        b'"Message":"line\\nforged: yes\\r\\u0000\\u202e"},"RequestId":"r\\u0085\\u2066"}}'
    )
    err = smh_errors.parse_response(body)
    assert err is not None
    assert err.code == "Internal\x1b[2JError\n" and err.request_id == "r\x85\u2066", "kept as sent"
    assert str(err) == (
        "Internal\\u{1b}[2JError\\n: line\\nforged: yes\\r\\u{0}\\u{202e} (RequestId: r\\u{85}\\u{2066})"
    )
    assert not any(c in str(err) for c in "\n\r\x1b\x00\u202e\x85")
    # The same rendering as the core's command line (and Rust's Display).
    assert str(SmhError("X", "a\tb", None)) == "X: a\\tb"
    # Invisible characters too: the validator's one table.
    hidden = SmhError("X\u200b", "Li\U000e0041b\ufeff\u00ad\u2060", "r\u200d")
    assert str(hidden) == "X\\u{200b}: Li\\u{e0041}b\\u{feff}\\u{ad}\\u{2060} (RequestId: r\\u{200d})"


def test_str_leaves_out_empty_parts() -> None:
    # One rendering in every language: an empty message or request id is absent.
    assert str(SmhError("X", "", "")) == "X"
    assert str(SmhError("X", "", "r")) == "X (RequestId: r)"
    err = smh_errors.parse_response(b'{"Response":{"Error":{"Code":"X","Message":""},"RequestId":""}}')
    assert err is not None and str(err) == "X" and err.message == "" and err.request_id == ""


def test_legacy_code_underflow_is_not_success() -> None:
    # -1e-400 is a fraction, not 0 (success).
    with pytest.raises(smh_errors.ResponseParseError) as ei:
        smh_errors.parse_response(b'{"code":-1e-400}')
    assert ei.value.kind == "wrong_type"
    assert smh_errors.parse_response(b'{"code":0}') is None


def test_explain_is_what_parse_prints() -> None:
    e = SmhError("InvalidParameter", "Parameter `LibraryId` format invalid.", "r-1")
    assert e.explain("en").split("\n") == [
        "InvalidParameter [en-US, exact, common, not retryable]",
        "  A parameter is invalid (for example, its format or type is wrong).",
        "  detail: The parameter LibraryId has an invalid format.",
        "  server: Parameter `LibraryId` format invalid.",
        "  request id: r-1",
    ]
    assert SmhError("Nope\n").explain("en") == "Nope\\n [en-US, unknown code]\n  The request failed for an unknown reason."
    assert Catalog.builtin().explain(e, "zh-CN") == e.explain("zh-CN")


def test_detail_of_any_error() -> None:
    e = SmhError("InvalidParameter", "Parameter `LibraryId` format invalid.", "r")
    assert e.detail("zh-CN") == "参数 LibraryId 的格式无效。"
    assert e.detail("en") == "The parameter LibraryId has an invalid format."
    # The server's text is escaped; no message, or an unknown one, has none.
    hostile = SmhError("InvalidParameter", "Parameter `a\x1b[2J\u202e` format invalid.")
    assert hostile.detail("en-US") == "The parameter a\\u{1b}[2J\\u{202e} has an invalid format."
    hidden = SmhError("InvalidParameter", "Parameter `a\u200b\U000e0041\ufeff` format invalid.")
    assert hidden.detail("en-US") == "The parameter a\\u{200b}\\u{e0041}\\u{feff} has an invalid format."
    assert SmhError("InvalidParameter").detail("zh-CN") is None
    assert SmhError("InvalidParameter", "Parameter LibraryId format invalid.").detail("zh-CN") is None
    assert SmhError("InternalError", "Parameter `x` format invalid.").detail("zh-CN") is None
    assert Catalog.builtin().detail("MissingParameter", "The request is missing a required parameter `Filters`.", "zh") == "缺少必需的参数 Filters。"
