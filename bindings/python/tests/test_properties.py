"""Property tests (Hypothesis) of parse_response, raise_for_response,
message/lookup and Catalog.open: the promises hold for any input, not only
for the vectors. The profile comes from HYPOTHESIS_PROFILE: "ci" (the
default: 200 examples per test, derandomized, so `make test` is
reproducible) or "fuzz" (`make -C bindings/python fuzz`: many more, random)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import smh_errors
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from smh_errors import Catalog, CatalogError, ResponseParseError, SmhError

settings.register_profile(
    "ci", max_examples=200, derandomize=True, database=None, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz", max_examples=int(os.environ.get("SMH_FUZZ_EXAMPLES", "5000")), derandomize=False, database=None,
    deadline=None, suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

CODES = [c.value for c in smh_errors.codes()]
REGISTERED = set(CODES)
CATEGORIES = set(smh_errors.categories())
BUILTIN = Catalog.builtin()
LOCALES = BUILTIN.locales()
KINDS = {"too_large", "invalid_utf8", "too_deep", "syntax", "not_an_object", "unknown_shape", "wrong_type", "missing_field"}

# ---------------------------------------------------------------------------
# Strategies.

ODD = ["", ".", "..", " ", "\n", "\x00", "é", "签名", "\u202e", "\ufeff", "\U0001f600", "\ud800", "\udfff", "a", "unknown"]
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=40)
codes = st.one_of(
    st.sampled_from(CODES),
    st.builds(lambda c, sep, s: c + sep + s, st.sampled_from(CODES), st.sampled_from([".", ""]),
              st.one_of(st.sampled_from(ODD), any_text)),
    st.builds(lambda c, n: c[:n], st.sampled_from(CODES), st.integers(0, 60)),
    st.builds(lambda c, up: c.upper() if up else c.lower(), st.sampled_from(CODES), st.booleans()),
    st.builds(lambda c, n: c + ".Foo" * n, st.sampled_from(CODES), st.integers(20, 400)),
    st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=100, max_size=140),
    any_text,
    st.lists(st.sampled_from(ODD), max_size=4).map("".join),
)
TAGS = ["zh-CN", "en-US", "zh", "en", "zh_CN.UTF-8", "en_US.utf8", "zh-Hant-TW", "zh-Hans", "yue", "cmn", "C",
        "POSIX", "*", "", "ja-JP", "en-XA", "ar-XB", "i-klingon", "fr", "de-CH", "zh_TW.Big5", "en_GB@euro"]
locales = st.one_of(
    st.sampled_from(TAGS),
    st.builds(lambda t, up: t.upper() if up else t.lower(), st.sampled_from(TAGS), st.booleans()),
    st.lists(st.tuples(st.sampled_from(TAGS), st.one_of(st.none(), st.floats(0, 1).map(lambda q: f"{q:.1f}")))
             .map(lambda p: p[0] if p[1] is None else f"{p[0]};q={p[1]}"), min_size=1, max_size=5).map(", ".join),
    any_text,
    st.text(st.sampled_from(list("zhenCNUS-_.;q=,0123456789 *")), max_size=30),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | any_text,
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(any_text, kids, max_size=4),
    max_leaves=12,
)
maybe_text = st.one_of(st.none(), any_text, json_values)


@st.composite
def envelopes(draw: st.DrawFn) -> dict[str, Any]:
    """API 3.0 and legacy bodies, with fields dropped and of wrong types."""
    if draw(st.integers(0, 3)) == 0:
        legacy: dict[str, Any] = {"code": draw(st.one_of(st.sampled_from([0, 4000, -1]), st.integers(), json_values))}
        if draw(st.booleans()):
            legacy["message"] = draw(maybe_text)
        if draw(st.booleans()):
            legacy["codeDesc"] = draw(st.one_of(codes, maybe_text))
        return legacy
    err: dict[str, Any] = {}
    if draw(st.integers(0, 5)):
        err["Code"] = draw(st.one_of(codes, codes, json_values))
    if draw(st.booleans()):
        err["Message"] = draw(maybe_text)
    resp: dict[str, Any] = {}
    if draw(st.integers(0, 4)):
        resp["Error"] = err if draw(st.integers(0, 6)) else draw(json_values)
    if draw(st.booleans()):
        resp["RequestId"] = draw(maybe_text)
    return {"Response": resp if draw(st.integers(0, 8)) else draw(json_values)}


def _dump(v: Any) -> bytes:
    return json.dumps(v, ensure_ascii=False).encode("utf-8", "surrogatepass")


@st.composite
def mangled(draw: st.DrawFn) -> bytes:
    """A good body cut short or with bytes changed."""
    b = bytearray(_dump(draw(envelopes())))
    for _ in range(draw(st.integers(1, 3))):
        if not b:
            break
        i = draw(st.integers(0, len(b) - 1))
        if draw(st.booleans()):
            del b[i:]
        else:
            b[i] = draw(st.integers(0, 255))
    return bytes(b)


bodies: st.SearchStrategy[bytes | str | dict[str, Any]] = st.one_of(
    envelopes().map(_dump),
    envelopes().map(lambda v: json.dumps(v)),
    envelopes(),
    mangled(),
    st.binary(max_size=64),
    json_values.map(_dump),
)

# ---------------------------------------------------------------------------
# The documented rules, written again here.


def expected_match(code: str) -> tuple[str | None, str]:
    """The code itself, else its nearest registered ancestor, else none."""
    if code in REGISTERED:
        return code, "exact"
    for i in range(len(code) - 1, 0, -1):
        if code[i] == "." and code[:i] in REGISTERED:
            return code[:i], "parent"
    return None, "generic"


def fit_to_show(code: str) -> bool:
    return 0 < len(code) <= 128 and all("!" <= ch <= "~" for ch in code)


def category_of(code: str) -> str | None:
    head = code.split(".")[0]
    return head if head in CATEGORIES else None


# ---------------------------------------------------------------------------
# Properties.


def _check_error(err: SmhError) -> None:
    assert isinstance(err.code, str) and err.code
    assert err.message is None or isinstance(err.message, str)
    assert err.request_id is None or isinstance(err.request_id, str)
    cat = category_of(err.code)
    assert type(err).category == cat, (err.code, type(err))
    assert err.retryable == smh_errors.lookup(err.code, "en-US").retryable
    assert err.localized("zh-CN") == smh_errors.message(err.code, "zh-CN")
    assert str(err) and isinstance(repr(err), str)
    # Round trip: the same error written back into an API 3.0 body.
    again = smh_errors.parse_response(
        {"Response": {"Error": {"Code": err.code, "Message": err.message}, "RequestId": err.request_id}}
    )
    assert again is not None and type(again) is type(err)
    assert (again.code, again.message, again.request_id) == (err.code, err.message, err.request_id)


@given(bodies)
def test_parse_response_answers_any_body(body: bytes | str | dict[str, Any]) -> None:
    """Any body is a success (None), an SmhError, or a ResponseParseError of
    a known kind; an accepted error round-trips its code, message, request id."""
    try:
        err = smh_errors.parse_response(body)
    except ResponseParseError as e:
        assert e.kind in KINDS and str(e) and isinstance(e, ValueError)
        if isinstance(body, bytes) and len(body) <= 1 << 20:
            try:
                body.decode("utf-8")
            except UnicodeDecodeError:
                assert e.kind == "invalid_utf8", e.kind
        return
    if err is not None:
        _check_error(err)


@given(bodies)
def test_raise_for_response_agrees_with_parse_response(body: bytes | str | dict[str, Any]) -> None:
    """raise_for_response raises what parse_response returns, and the same
    refusal."""
    try:
        parsed: SmhError | None | ResponseParseError = smh_errors.parse_response(body)
    except ResponseParseError as e:
        parsed = e
    try:
        smh_errors.raise_for_response(body)
        raised: BaseException | None = None
    except (SmhError, ResponseParseError) as e:
        raised = e
    if parsed is None:
        assert raised is None
    elif isinstance(parsed, ResponseParseError):
        assert isinstance(raised, ResponseParseError) and raised.kind == parsed.kind and str(raised) == str(parsed)
    else:
        assert isinstance(raised, SmhError) and type(raised) is type(parsed)
        assert (raised.code, raised.message, raised.request_id) == (parsed.code, parsed.message, parsed.request_id)


@given(codes, locales)
def test_message_and_lookup(code: str, locale: str) -> None:
    """message/lookup for any code and locale: a non-empty message, a shipped
    locale (Negotiate's), exact for registered codes, the right ancestor's
    message for children, the generic message otherwise, and the two agree."""
    e = smh_errors.lookup(code, locale)
    m = smh_errors.message(code, locale)
    assert m == e.message == smh_errors.message(code, locale) and m
    assert e == BUILTIN.lookup(code, locale)
    assert e.code == code
    assert e.locale in LOCALES and e.locale == smh_errors.negotiate(locale)
    matched, resolution = expected_match(code)
    assert (e.resolution, e.matched) == (resolution, matched)
    if matched is None:
        assert e.kind is None and e.retryable is False and e.doc_url is None
        if fit_to_show(code):
            assert m == smh_errors.message("Zz.Zz", locale).replace("Zz.Zz", code, 1)
        else:
            assert m == smh_errors.message("", locale)
    else:
        own = smh_errors.lookup(matched, locale)
        assert (m, e.kind, e.retryable, e.doc_url, e.locale) == (own.message, own.kind, own.retryable, own.doc_url, own.locale)
        assert e.kind in ("common", "business")


OVERLAY_LOCALES = ["ja-JP", "fr", "zh-TW", "de-CH", "ko"]
plain = st.text(st.sampled_from(list("abcdefgxyzABC0123 日本語訳テスト")), min_size=1, max_size=30).map(str.strip).filter(bool)
garbage_lines = st.one_of(
    any_text,
    st.sampled_from(["{", "}", "= x", "-term =", "foo = { $nope }", "x = { -nope }", ".doc-url = x", "[x]", "\x00",
                     "AuthFailure-SignatureFailure = { $code }", "Nope-Nope = x", "unknown-code = { $other }"]),
    st.builds(lambda c, t: f"{c.replace('.', '-')} = {t}", st.sampled_from(CODES), any_text),
)


@given(st.sampled_from(OVERLAY_LOCALES), st.dictionaries(st.sampled_from(CODES), plain, max_size=6),
       st.lists(garbage_lines, max_size=4), st.booleans())
def test_catalog_open_any_overlay(locale: str, messages: dict[str, str], garbage: list[str], as_bytes: bool) -> None:
    """Catalog.open on an overlay of any content opens or raises CatalogError
    (with diagnostics), nothing else; an overlay of plain messages opens and
    answers with exactly them; the builtin locales are untouched."""
    lines = [f"{c.replace('.', '-')} = {t}" for c, t in messages.items()] + garbage
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / locale).mkdir()
        (Path(d) / locale / "errors.ftl").write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
        try:
            cat = Catalog.open(os.fsencode(d) if as_bytes else d)
        except CatalogError as e:
            assert garbage, f"an overlay of plain messages was refused: {e}"
            assert str(e) and e.diagnostics and isinstance(e, ValueError)
            for diag in e.diagnostics:
                assert len(diag) == 6 and isinstance(diag[1], int) and isinstance(diag[2], int)
            return
    assert cat.locales()[0] == "en-US" and locale in cat.locales() and "zh-CN" in cat.locales()
    for code in CODES[::7] + list(messages):
        got = cat.lookup(code, locale)
        assert got.message and got.resolution == "exact" and got.matched == code
        if code in messages and not garbage:
            assert (got.message, got.locale) == (messages[code], locale)
        for builtin_locale in ("en-US", "zh-CN"):
            assert cat.lookup(code, builtin_locale) == BUILTIN.lookup(code, builtin_locale)
