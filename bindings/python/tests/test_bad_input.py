"""Hostile and wrong input: a defined answer or a clear exception, never a crash."""

from __future__ import annotations

from typing import Any

import pytest
import smh_errors
from smh_errors import ResponseParseError

SIG = "AuthFailure.SignatureFailure"


@pytest.mark.parametrize("bad", [None, 42, 4.2, b"AuthFailure", ["x"], {"x": 1}, object()])
def test_wrong_types_raise_type_error(bad: Any) -> None:
    with pytest.raises(TypeError):
        smh_errors.message(bad, "en-US")
    with pytest.raises(TypeError):
        smh_errors.message(SIG, bad if bad is not None else 42)
    with pytest.raises(TypeError):
        smh_errors.lookup(bad)
    if bad is not None:
        with pytest.raises(TypeError):
            smh_errors.lookup(SIG, bad)
    with pytest.raises(TypeError):
        smh_errors.negotiate(bad)


@pytest.mark.parametrize("bad", [None, 42, 4.2, object(), {1, 2}, ("a",)])
def test_parse_response_wrong_types(bad: Any) -> None:
    with pytest.raises(TypeError):
        smh_errors.parse_response(bad)
    with pytest.raises(TypeError):
        smh_errors.raise_for_response(bad)


def test_non_utf8_bytes() -> None:
    for body in (b"\xff\xfe", b'{"Response":{"Error":{"Code":"\xc3\x28"}}}', b"\x80" * 10):
        with pytest.raises(ResponseParseError) as ei:
            smh_errors.parse_response(body)
        assert ei.value.kind == "invalid_utf8"
        assert isinstance(ei.value, ValueError)
        assert "UTF-8" in str(ei.value)


def test_lone_surrogates() -> None:
    # One answer, the core's, for a lone surrogate however the body comes:
    # a str holding one, a dict holding one, or bytes with its JSON escape.
    bodies: list[Any] = [
        '{"Response":{"Error":{"Code":"\ud800"}}}',
        {"Response": {"Error": {"Code": "\ud800"}}},
        {"Response": {"Error": {"Code": "\udc00x"}}},
        b'{"Response":{"Error":{"Code":"\\ud800"}}}',
        '{"Response":{"Error":{"Code":"\\ud800"}}}',
    ]
    answers = set()
    for body in bodies:
        with pytest.raises(ResponseParseError) as ei:
            smh_errors.parse_response(body)
        assert ei.value.kind == "syntax", body
        assert "lone UTF-16 surrogate" in str(ei.value), body
        answers.add((ei.value.kind, str(ei.value).split(" at line ")[0]))
    assert len(answers) == 1, answers
    # Bytes that are not UTF-8 (a surrogate encoded as CESU-8) stay invalid_utf8.
    with pytest.raises(ResponseParseError) as ei:
        smh_errors.parse_response(b'{"Response":{"Error":{"Code":"\xed\xa0\x80"}}}')
    assert ei.value.kind == "invalid_utf8"
    # In a code or locale: an answer, not an exception.
    e = smh_errors.lookup("Auth\ud800Failure", "zh-\udfffCN")
    assert e.resolution == "generic" and e.code == "Auth\ud800Failure"
    assert smh_errors.message("\ud800") == smh_errors.lookup("\ud800").message
    assert smh_errors.negotiate("\ud800") == "en-US"
    assert smh_errors.lookup("AuthFailure.\udc80x", "en").resolution == "generic"
    assert type(smh_errors.SmhError("AuthFailure.\ud800")) is smh_errors.AuthFailure


def test_nul_characters() -> None:
    e = smh_errors.lookup("Auth\x00Failure", "en-\x00US")
    assert e.resolution == "generic" and "\x00" not in e.message
    assert smh_errors.negotiate("zh\x00CN") in ("en-US", "zh-CN")
    err = smh_errors.parse_response('{"Response":{"Error":{"Code":"X","Message":"a\\u0000b"},"RequestId":"r\\u0000"}}')
    assert err is not None and err.message == "a\x00b" and err.request_id == "r\x00"
    with pytest.raises(ResponseParseError) as ei:
        smh_errors.parse_response(b'{"Response":\x00}')
    assert ei.value.kind == "syntax"


def test_huge_strings() -> None:
    huge = "A." * 500_000
    e = smh_errors.lookup(huge, "en-US")
    assert e.resolution == "generic" and len(e.message) < 1000
    assert smh_errors.lookup("InvalidParameterValue." + "x" * 1_000_000, "en").resolution == "parent"
    assert smh_errors.negotiate("zh-CN;q=0.5, " * 100_000) in ("zh-CN", "en-US")
    with pytest.raises(ResponseParseError) as ei:
        smh_errors.parse_response(b'{"x":"' + b"y" * (2 << 20) + b'"}')
    assert ei.value.kind == "too_large"
    with pytest.raises(ResponseParseError) as ei:
        smh_errors.parse_response("é" * (1 << 20))
    assert ei.value.kind == "too_large"


def test_deeply_nested_json() -> None:
    for depth in (33, 100, 100_000):
        with pytest.raises(ResponseParseError) as ei:
            smh_errors.parse_response("[" * depth + "]" * depth)
        assert ei.value.kind == "too_deep"
    nested: Any = {"Code": "X"}
    for _ in range(40):
        nested = {"a": nested}
    with pytest.raises(ResponseParseError) as ei:
        smh_errors.parse_response({"Response": nested})
    assert ei.value.kind == "too_deep"
    very: Any = []
    for _ in range(100_000):
        very = [very]
    with pytest.raises(ResponseParseError) as ei:
        smh_errors.parse_response({"Response": very})
    assert ei.value.kind == "too_deep"


def test_malformed_shapes() -> None:
    cases = {
        b"": "syntax",
        b"null": "not_an_object",
        b"[]": "not_an_object",
        b"{}": "unknown_shape",
        b'{"Response":1}': "wrong_type",
        b'{"Response":{"Error":{}}}': "missing_field",
        b'{"Response":{"Error":{"Code":""}}}': "missing_field",
        b'{"Response":{"Error":{"Code":5}}}': "wrong_type",
        b'{"code":"x"}': "wrong_type",
    }
    for body, kind in cases.items():
        with pytest.raises(ResponseParseError) as ei:
            smh_errors.parse_response(body)
        assert ei.value.kind == kind, body
        with pytest.raises(ValueError):
            smh_errors.raise_for_response(body)


def test_undecodable_dicts() -> None:
    cyc: dict[str, Any] = {}
    cyc["Response"] = cyc
    for d in ({"Response": {"Error": {"Code": object()}}}, {"Response": float("nan")}, cyc):
        with pytest.raises(ResponseParseError) as ei:
            smh_errors.parse_response(d)
        assert ei.value.kind in ("wrong_type", "too_deep")
        # The text is the core's, not one the binding made up.
        assert str(ei.value) in (
            "a value in the body should be a JSON value (null, boolean, number, string, array or object), "
            "but it is something JSON cannot represent",
            "the JSON nests deeper than 32 levels",
        ), str(ei.value)


def test_memoryview_and_bom() -> None:
    body = b'\xef\xbb\xbf{"Response":{"Error":{"Code":"InternalError"},"RequestId":"r"}}'
    err = smh_errors.parse_response(memoryview(body))
    assert type(err) is smh_errors.InternalError and err.retryable


def test_a_lone_surrogate_is_one_replacement_character() -> None:
    # Each lone surrogate of a str is read as one U+FFFD, so a locale holding
    # some answers as the same text with U+FFFD does, also near the locale
    # tag's length limit.
    base = "zh-CN-u-ca-chinese"
    assert smh_errors.negotiate(base + "\ufffd" * 10) == "zh-CN"
    assert smh_errors.negotiate(base + "\udcae" * 10) == "zh-CN"
    assert smh_errors.lookup("Nope", base + "\ud800\udfff" * 5).locale == "zh-CN"
    assert str(smh_errors.SmhError("X\ud800", "m\udc80")) == str(smh_errors.SmhError("X\ufffd", "m\ufffd"))
    e = smh_errors.Entry("A\ud800", "m", "en-US", "generic", None, None, False, None)
    assert e.code == "A\ud800"
