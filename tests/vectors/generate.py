#!/usr/bin/env python3
"""Generates the shared test vectors in tests/vectors/*.json.

Every language binding (Rust, C, Go, Python) runs these same cases. The
expected answers are computed here by an independent reading of the catalog
(catalog/codes.toml, catalog/<locale>/*.ftl) and of the documented rules
(the README; the module docs of src/catalog.rs, src/locale.rs and
src/response.rs), never by calling the Rust code:

* locale negotiation: a hand-written table (NEGOTIATE) of request -> catalog
  locale;
* code resolution: exact, then nearest registered ancestor, then the generic
  message (`unknown-code` showing the code when it is fit to show, else
  `unknown-error`), with the messages read by a tiny FTL reader below;
* response bodies: hand-labelled outcomes, each cross-checked against an
  independent Python reading of the documented rules (read_body below).

Usage:
    python3 tests/vectors/generate.py           # (re)write the files
    python3 tests/vectors/generate.py --check   # exit 1 if any file is stale

Python 3.11+ standard library only.
"""

from __future__ import annotations

import decimal
import difflib
import json
import re
import sys
import unicodedata
from pathlib import Path

import tomllib

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CATALOG = ROOT / "catalog"
# The server messages public sources show (pattern, code, message, source),
# with provenance in catalog/sources/README.md.
SERVER_MESSAGES = CATALOG / "sources" / "server-messages.tsv"

SOURCE_LOCALE = "en-US"

# ---------------------------------------------------------------------------
# Rules, as documented
# ---------------------------------------------------------------------------

# src/catalog.rs: a code longer than this (in bytes) is not shown.
MAX_SHOWN_CODE_LEN = 128
# src/response.rs: bodies larger than this are refused unread.
MAX_BODY_LEN = 1 << 20
# src/response.rs: JSON nested deeper than this is refused.
MAX_DEPTH = 32
# src/detail.rs: a hole takes 1 to this many bytes; a longer message is not read.
MAX_HOLE_LEN = 128
MAX_MESSAGE_LEN = 2048

# The kinds of parse error every binding names alike, read from the list
# the core and the bindings are generated from.
PARSE_ERROR_KINDS = {
    k["name"] for k in tomllib.loads((ROOT / "catalog" / "parse-errors.toml").read_text(encoding="utf-8"))["kind"]
}


# ---------------------------------------------------------------------------
# The catalog, read independently
# ---------------------------------------------------------------------------


class FtlError(Exception):
    pass


ENTRY_RE = re.compile(r"^(-?[A-Za-z][A-Za-z0-9_-]*) = (.*)$")
ATTR_RE = re.compile(r"^[ ]+\.([A-Za-z][A-Za-z0-9_-]*) = (.*)$")
PLACEABLE_RE = re.compile(r"\{ *([^{}]*?) *\}")


def read_ftl(path: Path) -> tuple[dict, dict]:
    """Reads the subset of Fluent these files use: comments, `id = text`,
    `-term = text`, `    .attr = text`. Anything else is an error (so that a
    catalog this reader does not understand fails loudly, not silently)."""
    messages: dict[str, dict] = {}
    terms: dict[str, str] = {}
    last = None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            last = None
            continue
        if re.match(r"^#{1,3}( |$)", line):
            last = None
            continue
        m = ENTRY_RE.match(line)
        if m:
            ident, value = m.group(1), m.group(2).rstrip(" ")
            if not value:
                raise FtlError(f"{path}:{n}: empty or multi-line value (unsupported)")
            if ident.startswith("-"):
                terms[ident[1:]] = value
                last = None
            else:
                if ident in messages:
                    raise FtlError(f"{path}:{n}: duplicate message {ident}")
                messages[ident] = {"value": value, "attrs": {}}
                last = ident
            continue
        m = ATTR_RE.match(line)
        if m and last is not None:
            messages[last]["attrs"][m.group(1)] = m.group(2).rstrip(" ")
            continue
        raise FtlError(f"{path}:{n}: unsupported FTL line: {line!r}")
    return messages, terms


def format_pattern(text: str, terms: dict, args: dict) -> str:
    """Resolves `{ -term }` and `{ $var }`; no Unicode isolation marks."""

    def sub(m: re.Match) -> str:
        inner = m.group(1)
        if inner.startswith("-"):
            if inner[1:] not in terms:
                raise FtlError(f"unknown term {inner}")
            return format_pattern(terms[inner[1:]], terms, args)
        if inner.startswith("$"):
            if inner[1:] not in args:
                raise FtlError(f"no value for variable {inner}")
            return args[inner[1:]]
        raise FtlError(f"unsupported placeable {{ {inner} }}")

    bare = PLACEABLE_RE.sub("", text)
    if "{" in bare or "}" in bare:
        raise FtlError(f"unbalanced braces in {text!r}")
    return PLACEABLE_RE.sub(sub, text)


class CatalogData:
    def __init__(self) -> None:
        reg = tomllib.loads((CATALOG / "codes.toml").read_text(encoding="utf-8"))
        self.codes: dict[str, dict] = reg["codes"]
        newest = read_newest_releases()
        for code, info in self.codes.items():
            assert info["kind"] in ("common", "business"), code
            assert isinstance(info["retryable"], bool), code
            assert "-" not in code, code
            # The documented rule of `status` (catalog/codes.toml's header):
            # current when the page lists the code or some SDK language's
            # newest release (catalog/sources/sdk-releases.tsv) carries it.
            current = info["page"] or any(e["last"] == newest[e["language"]] for e in info["sdk"])
            assert info["status"] == ("current" if current else "retired"), code
        self.locales: dict[str, tuple[dict, dict]] = {}
        # catalog/sources/ holds what the catalog is checked against, no locale.
        for d in sorted(p for p in CATALOG.iterdir() if p.is_dir() and p.name != "sources"):
            msgs: dict = {}
            terms: dict = {}
            for f in sorted(d.glob("*.ftl")):
                m, t = read_ftl(f)
                msgs.update(m)
                terms.update(t)
            self.locales[d.name] = (msgs, terms)
        assert SOURCE_LOCALE in self.locales
        assert sorted(self.locales) == ["en-US", "zh-CN"], sorted(self.locales)
        self.patterns = read_patterns()
        for p in self.patterns:
            for loc, (msgs, _) in self.locales.items():
                assert p["id"] in msgs, (loc, p["id"])

    @staticmethod
    def fluent_id(code: str) -> str:
        return code.replace(".", "-")

    def message(self, locale: str, msg_id: str, code: str) -> tuple[str, str, str | None]:
        """(text, answering locale, its .doc-url or None): the locale's own
        message, else en-US's."""
        for loc in (locale, SOURCE_LOCALE):
            msgs, terms = self.locales[loc]
            if msg_id in msgs:
                url = msgs[msg_id]["attrs"].get("doc-url")
                url = format_pattern(url, terms, {}) if url is not None else None
                return format_pattern(msgs[msg_id]["value"], terms, {"code": code}), loc, url
        raise KeyError(msg_id)


def read_newest_releases() -> dict[str, str]:
    """catalog/sources/sdk-releases.tsv: language -> the newest release read."""
    lines = (CATALOG / "sources" / "sdk-releases.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[1].split("\t") == ["language", "releases", "first", "newest", "read"], lines[1]
    return {cols[0]: cols[3] for cols in (line.split("\t") for line in lines[2:])}


HOLE_RE = re.compile(r"\{([a-z][a-z0-9_]*)\}")


# catalog/server-messages.toml: the quotes a hole stands between (the same
# character, or an opening and its closing mark).
HOLE_QUOTES = {"`": "`", "'": "'", '"': '"', "\u201c": "\u201d", "\u2018": "\u2019", "\u300c": "\u300d", "\u300e": "\u300f"}


def read_patterns() -> list[dict]:
    """catalog/server-messages.toml, each text of each pattern as the pattern's
    id, codes and the text's parts: (head text, [(hole name, text after it),
    ...]), in file order. Asserts the documented rules of the file: a
    non-empty https:// source list, every hole between quotes, every text of
    a pattern with the same holes."""
    reg = tomllib.loads((CATALOG / "server-messages.toml").read_text(encoding="utf-8"))
    out = []
    for pid, p in reg["patterns"].items():
        assert set(p) == {"codes", "server", "sources"}, pid
        sources = p["sources"] if isinstance(p["sources"], list) else [p["sources"]]
        assert sources and all(re.fullmatch(r"https://[^/\s]+\.[^/\s]+(/\S*)?", s) for s in sources), pid
        texts = p["server"] if isinstance(p["server"], list) else [p["server"]]
        hole_sets = set()
        for text in texts:
            pieces = HOLE_RE.split(text)  # text, hole, text, hole, ..., text
            head, rest = pieces[0], pieces[1:]
            holes = [(rest[i], rest[i + 1]) for i in range(0, len(rest), 2)]
            assert "{" not in "".join([head] + [t for _, t in holes]), pid
            befores = [head] + [t for _, t in holes[:-1]]
            for (name, after), before in zip(holes, befores):
                assert before and after and HOLE_QUOTES.get(before[-1]) == after[0], (pid, name, "unquoted")
            hole_sets.add(frozenset(n for n, _ in holes))
            out.append({"id": pid, "codes": p["codes"], "head": head, "holes": holes, "text": text})
        assert len(hole_sets) == 1, (pid, "texts with different holes")
    return out


def match_detail(patterns: list[dict], code: str, message: str | None):
    """The documented rule (src/detail.rs): the whole message, of at most
    MAX_MESSAGE_LEN bytes, is one of the texts of a pattern of the error's
    exact code;
    each hole 1..MAX_HOLE_LEN bytes; every hole but the last the shortest text
    the next text follows, the last what is left before the final text; no
    backtracking. Returns (id, [(name, value)]) or None."""
    if message is None:
        return None
    m = message.encode("utf-8")
    if len(m) > MAX_MESSAGE_LEN:
        return None
    for p in patterns:
        if code not in p["codes"]:
            continue
        head = p["head"].encode()
        holes = [(n, t.encode()) for n, t in p["holes"]]
        if not m.startswith(head):
            continue
        if not holes:
            if m == head:
                return p["id"], []
            continue
        tail = holes[-1][1]
        if not m.endswith(tail) or len(m) < len(head) + len(tail):
            continue
        end = len(m) - len(tail)
        pos = len(head)
        values = []
        ok = True
        for name, after in holes[:-1]:
            at = m.find(after, pos + 1, min(end, pos + MAX_HOLE_LEN + len(after)))
            if at < 0:
                ok = False
                break
            values.append((name, m[pos:at].decode()))
            pos = at + len(after)
        if not ok or not (0 < end - pos <= MAX_HOLE_LEN):
            continue
        values.append((holes[-1][0], m[pos:end].decode()))
        return p["id"], values
    return None


# Default_Ignorable_Code_Point characters that are not format characters
# (Cf), from Unicode's DerivedCoreProperties.txt: Other_Default_Ignorable_
# Code_Point and the variation selectors. With U+2800 BRAILLE PATTERN BLANK,
# which no property calls invisible. (This Python's unicodedata may know an
# older Unicode than the Rust build's tables: the vectors use no character
# assigned in between.)
DEFAULT_IGNORABLE_NOT_CF = [
    (0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180D), (0x180F, 0x180F),
    (0x2065, 0x2065), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8),
    (0xE0000, 0xE0FFF), (0x2800, 0x2800),
]


def needs_escape(c: str) -> bool:
    """src/text.rs's rule: a control, format, line or paragraph separator
    character (Cc, Cf, Zl, Zp), or a default-ignorable one."""
    o = ord(c)
    return unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") or any(a <= o <= b for a, b in DEFAULT_IGNORABLE_NOT_CF)


def escape(text: str) -> str:
    """src/text.rs's escaping: every character of needs_escape as an escape
    (\\n, \\r, \\t, else \\u{hex})."""
    return "".join({"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(c, f"\\u{{{ord(c):x}}}") if needs_escape(c) else c for c in text)


def detail(cat: CatalogData, code: str, message: str | None, locale: str):
    found = match_detail(cat.patterns, code, message)
    if found is None:
        return None
    pid, values = found
    for loc in (locale, SOURCE_LOCALE):
        msgs, terms = cat.locales[loc]
        if pid in msgs:
            text = format_pattern(msgs[pid]["value"], terms, {n: escape(v) for n, v in values})
            return {"id": pid, "locale": loc, "message": text}
    raise KeyError(pid)


def shows(code: str) -> bool:
    """Fit to show in the generic message: non-empty, at most 128 bytes, every
    byte printable ASCII other than space (0x21..0x7E)."""
    b = code.encode("utf-8")
    return 0 < len(b) <= MAX_SHOWN_CODE_LEN and all(0x21 <= c <= 0x7E for c in b)


def resolve(cat: CatalogData, code: str, locale: str) -> dict:
    """The expected lookup of `code` in the catalog locale `locale`."""
    matched = None
    resolution = "generic"
    if code in cat.codes:
        matched, resolution = code, "exact"
    else:
        cur = code
        while "." in cur:
            cur = cur[: cur.rindex(".")]
            if cur in cat.codes:
                matched, resolution = cur, "parent"
                break
    if matched is not None:
        msg_id = cat.fluent_id(matched)
    elif shows(code):
        msg_id = "unknown-code"
    else:
        msg_id = "unknown-error"
    message, answered, doc_url = cat.message(locale, msg_id, code)
    info = cat.codes.get(matched) if matched else None
    return {
        "message": message,
        "locale": answered,
        "resolution": resolution,
        "matched": matched,
        "kind": info["kind"] if info else None,
        "retryable": info["retryable"] if info else False,
        "status": info["status"] if info else None,
        "doc_url": doc_url,
    }


# ---------------------------------------------------------------------------
# Locale negotiation: hand-written answers (request -> catalog locale).
# Only en-US and zh-CN ship: Chinese of any script or region -> zh-CN;
# anything else, nothing, or garbage -> en-US. Accept-Language entries are
# tried by q-value (ties in the caller's order); q=0 drops an entry; an
# invalid q is ignored (the entry keeps weight 1); `*`, `C`, `POSIX` ask for
# nothing.
# ---------------------------------------------------------------------------

NEGOTIATE: list[tuple[str, str]] = [
    # exact names and plain languages
    ("en-US", "en-US"),
    ("zh-CN", "zh-CN"),
    ("en", "en-US"),
    ("zh", "zh-CN"),
    # any case
    ("ZH-cn", "zh-CN"),
    ("zh-cn", "zh-CN"),
    ("ZH", "zh-CN"),
    ("EN-us", "en-US"),
    ("Zh-hANS-cn", "zh-CN"),
    # POSIX: language[_territory][.codeset][@modifier]
    ("zh_CN", "zh-CN"),
    ("zh_CN.UTF-8", "zh-CN"),
    ("zh_CN.utf8", "zh-CN"),
    ("zh_CN.GB18030", "zh-CN"),
    ("zh_CN.UTF-8@pinyin", "zh-CN"),
    ("zh_TW.Big5", "zh-CN"),
    ("zh_HK.UTF-8", "zh-CN"),
    ("zh_SG.GBK", "zh-CN"),
    ("en_US.UTF-8", "en-US"),
    ("en_US.ISO-8859-1", "en-US"),
    ("en_GB.UTF-8", "en-US"),
    ("de_DE@euro", "en-US"),
    ("sr_RS@latin", "en-US"),
    ("ca_ES.UTF-8@valencia", "en-US"),
    ("C", "en-US"),
    ("c", "en-US"),
    ("C.UTF-8", "en-US"),
    ("POSIX", "en-US"),
    ("posix", "en-US"),
    # nothing asked
    ("*", "en-US"),
    ("", "en-US"),
    (" ", "en-US"),
    ("\t\n", "en-US"),
    ("  zh-CN  ", "zh-CN"),
    ("\tzh_CN.UTF-8\n", "zh-CN"),
    # Chinese of every script and region -> zh-CN (the only Chinese shipped)
    ("zh-Hans", "zh-CN"),
    ("zh-Hant", "zh-CN"),
    ("zh-Hans-CN", "zh-CN"),
    ("zh-Hant-TW", "zh-CN"),
    ("zh-Hant-HK", "zh-CN"),
    ("zh-Hans-SG", "zh-CN"),
    ("zh-Hans-HK", "zh-CN"),
    ("zh-TW", "zh-CN"),
    ("zh-HK", "zh-CN"),
    ("zh-MO", "zh-CN"),
    ("zh-SG", "zh-CN"),
    ("zh-US", "zh-CN"),
    ("zh-Latn-pinyin", "zh-CN"),
    ("cmn", "zh-CN"),
    ("cmn-Hans-CN", "zh-CN"),
    ("cmn-Hant-TW", "zh-CN"),
    ("yue", "zh-CN"),
    ("yue-HK", "zh-CN"),
    ("yue-Hans-CN", "zh-CN"),
    ("wuu", "zh-CN"),
    ("hak-TW", "zh-CN"),
    ("nan-TW", "zh-CN"),
    ("gan", "zh-CN"),
    ("hsn", "zh-CN"),
    # other languages -> en-US
    ("fr", "en-US"),
    ("fr-CH", "en-US"),
    ("de-DE", "en-US"),
    ("ja-JP", "en-US"),
    ("ko-KR", "en-US"),
    ("ru", "en-US"),
    ("ar-EG", "en-US"),
    ("es-419", "en-US"),
    ("en-GB", "en-US"),
    ("en-CN", "en-US"),
    ("en-Latn-US", "en-US"),
    # extensions and private use are dropped
    ("en-US-u-co-phonebk", "en-US"),
    ("zh-CN-u-co-pinyin", "zh-CN"),
    ("zh-CN-x-private", "zh-CN"),
    ("de-DE-u-co-phonebk", "en-US"),
    # Accept-Language
    ("fr-CH, fr;q=0.9, zh;q=0.8, en;q=0.7", "zh-CN"),
    ("fr-CH, fr;q=0.9, en;q=0.8, zh;q=0.7", "en-US"),
    ("en-US,en;q=0.9,zh-CN;q=0.8", "en-US"),
    ("zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"),
    ("en;q=0.5, zh;q=0.6", "zh-CN"),
    ("zh;q=0.5, en;q=0.6", "en-US"),
    ("zh-Hans-CN;q=0.8, en-US;q=0.9", "en-US"),
    ("en_US;q=0.8, zh_CN;q=0.9", "zh-CN"),
    ("fr, zh, en", "zh-CN"),
    ("en, zh", "en-US"),
    ("de;q=0", "en-US"),
    ("zh;q=0", "en-US"),
    ("zh;q=0, en", "en-US"),
    ("zh;q=0.0, fr", "en-US"),
    ("zh-TW;q=0.001", "zh-CN"),
    ("*;q=0.5, zh", "zh-CN"),
    ("*, zh;q=0.1", "zh-CN"),
    ("zh;q=abc", "zh-CN"),
    ("zh;q=1.5", "zh-CN"),
    ("zh;q=0.0001", "zh-CN"),
    ("en;q=0.001, zh;q=0.002", "zh-CN"),
    ("zho", "zh-CN"),
    ("chi", "zh-CN"),
    ("en;q=abc, zh;q=0.5", "en-US"),
    ("ZH;Q=0.9, EN;Q=0.8", "zh-CN"),
    (" zh-CN ; q=0.9 , en ; q=0.8 ", "zh-CN"),
    ("zh_CN.UTF-8, en", "zh-CN"),
    (",,,", "en-US"),
    (";;;", "en-US"),
    ("zh,", "zh-CN"),
    (",zh", "zh-CN"),
    # garbage -> en-US
    ("!!", "en-US"),
    ("???", "en-US"),
    ("12345", "en-US"),
    ("中文", "en-US"),
    ("x-klingon", "en-US"),
    ("i-default", "en-US"),
    ("und", "en-US"),
    ("q=0.5", "en-US"),
    # very long
    ("a" * 1000, "en-US"),
    ("zh_CN.UTF-8@" + "x" * 500, "zh-CN"),
    ("zh-CN, " + ", ".join(["en"] * 100), "zh-CN"),
    ("-" * 300, "en-US"),
    # pseudo-locales (src/locale.rs PSEUDO_LOCALES): only the exact tag
    # selects one; every near miss gets a real locale
    ("en-XA", "en-XA"),
    ("ar-XB", "ar-XB"),
    ("en-xa", "en-XA"),
    ("AR-xb", "ar-XB"),
    ("en_XA.UTF-8", "en-XA"),
    ("ar_XB", "ar-XB"),
    ("en-XA-u-nu-latn", "en-XA"),
    ("fr, en-XA;q=0.5", "en-XA"),
    ("ar, ar-XB;q=0.1", "ar-XB"),
    ("en-US, en-XA;q=0.5", "en-US"),
    ("zh-CN;q=0.5, ar-XB", "ar-XB"),
    ("ar", "en-US"),
    ("ar-SA", "en-US"),
    ("ar_EG.UTF-8", "en-US"),
    ("ar-XA", "en-US"),
    ("en-XB", "en-US"),
    ("en-Latn-XA", "en-US"),
    ("en-XA-posix", "en-US"),
    ("zh-XA", "zh-CN"),
    ("en-AU", "en-US"),
    ("ar, en", "en-US"),
    ("fr-CH, fr;q=0.9, ar;q=0.8, *;q=0.5", "en-US"),
]

# The pseudo-locales: en-US's messages transformed, in the builtin catalog
# beside the shipped locales, never chosen by ordinary negotiation.
PSEUDO_LOCALES = ["en-XA", "ar-XB"]


def named_pseudo(request: str) -> list[str]:
    """The pseudo-locales that `request` names exactly, in the order it asks
    for them (by q-value, ties in the caller's order; q=0 dropped): an entry
    names one when, after dropping a POSIX codeset/modifier, reading `_` as
    `-` and dropping extensions (`-u-...`, `-x-...`), it is that tag in any
    case. A request naming none must never be answered by a pseudo-locale."""
    entries = []
    for n, entry in enumerate(request.split(",")[:16]):
        tag, *params = entry.split(";")
        q = 1.0
        for p in params:
            p = p.strip()
            if p[:2] in ("q=", "Q="):
                try:
                    v = float(p[2:])
                    q = v if 0 <= v <= 1 else 1.0
                except ValueError:
                    pass
        if q == 0:
            continue
        tag = re.split(r"[.@]", tag.strip())[0].replace("_", "-")
        tag = re.split(r"-[a-zA-Z0-9]-", tag)[0].lower()
        for p in PSEUDO_LOCALES:
            if tag == p.lower():
                entries.append((-q, n, p))
    return [p for _, _, p in sorted(entries)]


# ---------------------------------------------------------------------------
# Lookup cases
# ---------------------------------------------------------------------------

# Locale spellings for lookups beyond the two catalog names (each with two
# codes). Every one must be in NEGOTIATE.
LOOKUP_SPELLINGS = [
    "zh_CN.UTF-8",
    "zh-Hans-CN",
    "ZH-cn",
    "zh",
    "en",
    "en_US.UTF-8",
    "C",
    "POSIX",
    "*",
    "",
    "zh-TW",
    "zh-HK",
    "zh-Hant-TW",
    "yue",
    "cmn",
    "fr",
    "ja-JP",
    "!!",
    "en-US-u-co-phonebk",
    "fr-CH, fr;q=0.9, zh;q=0.8, en;q=0.7",
    "en-US,en;q=0.9,zh-CN;q=0.8",
    "de;q=0",
    "zh;q=0, en",
]

# Unknown sub-codes of a registered code: answered by the nearest registered
# ancestor, with its kind and retry policy.
PARENT_CODES = [
    "InvalidParameterValue.Foo",
    "InvalidParameterValue.BucketNameInvalid.Extra",
    "RequestLimitExceeded.Whatever",
    "RequestLimitExceeded.SendSms.Foo",
    "RequestLimitExceeded.UinLimitExceeded.Burst",
    "InternalError.Foo",
    "InternalError.sendsms",
    "InternalError.SendSms.Retry",
    "ResourceNotFound.Space",
    "ResourceNotFound.Library.Deleted.Forever",
    "UnauthorizedOperation.Foo.Bar.Baz",
    "OperationDenied.PartnerAccountNotSupported.X",
    "LimitExceeded.Foo",
    "FailedOperation.LibraryNotFound",
    "ServiceUnavailable.Maintenance",
    "UnsupportedOperation.X",
    "InvalidParameterValue.",
    "InvalidParameterValue..Foo",
    # Not fit to show, but the parent answers first (and shows no code).
    "InvalidParameterValue.Foo Bar",
    "InvalidParameterValue.错误",
    "InvalidParameterValue." + "X" * 200,
    "ResourceNotFound.Library\n",
    # Under a retired code: the parent answers, and is retired.
    "InvalidParameterValue.Filter.Name",
    "InternalError.BalanceLess.Again",
]

# No registered ancestor; fit to show: `unknown-code` with the code.
GENERIC_SHOWN = [
    "AuthFailure",
    "AuthFailure.Foo",
    "AuthFailure.X.Y",
    "OperationDenied",
    "OperationDenied.Foo",
    "authfailure.signaturefailure",
    "AUTHFAILURE.SIGNATUREFAILURE",
    "internalerror",
    "Internalerror.Foo",
    "ResourceNotFound-Library",
    "unknown-code",
    "Foo.InvalidParameterValue",
    ".InvalidParameterValue",
    "4000",
    "-1",
    "{$code}",
    "{-smh}",
    "%s%n%x",
    "<script>alert(1)</script>",
    "C" * MAX_SHOWN_CODE_LEN,
]

# No registered ancestor; not fit to show: `unknown-error`.
GENERIC_HIDDEN = [
    "",
    " ",
    "Auth Failure",
    " InternalError",
    "InternalError ",
    "InternalError\n",
    "AuthFailure.SignatureFailure\n",
    "Foo\r\nX-Injected: 1",
    "\tInternalError",
    "C" * (MAX_SHOWN_CODE_LEN + 1),
    "错误",
    "Authé",
    "Foo\u007f",
    "InternalError\u00a0",
]


def lookup_cases(cat: CatalogData, neg: dict) -> list[dict]:
    cases = []

    def add(code: str, locale: str) -> None:
        assert "\x00" not in code and "\x00" not in locale
        cases.append({"code": code, "locale": locale, "expect": resolve(cat, code, neg[locale])})

    codes = sorted(cat.codes)
    assert len(codes) == 99, len(codes)
    assert sum(cat.codes[c]["status"] == "retired" for c in codes) == 25
    for code in codes:
        for locale in ("zh-CN", "en-US"):
            add(code, locale)
    for i, spelling in enumerate(LOOKUP_SPELLINGS):
        add(codes[(i * 7) % len(codes)], spelling)
        add(codes[(i * 7 + 3) % len(codes)], spelling)
    for i, code in enumerate(PARENT_CODES):
        add(code, ("en-US", "zh-CN")[i % 2])
    for code in ("RequestLimitExceeded.Whatever", "InvalidParameterValue.Foo"):
        add(code, ("zh-CN", "en-US")[PARENT_CODES.index(code) % 2])
    for i, code in enumerate(GENERIC_SHOWN):
        add(code, ("en-US", "zh-CN")[i % 2])
    for code in ("AuthFailure.X.Y", "4000"):
        add(code, ("zh-CN", "en-US")[GENERIC_SHOWN.index(code) % 2])
        add(code, "zh_CN.UTF-8")
    for i, code in enumerate(GENERIC_HIDDEN):
        add(code, ("en-US", "zh-CN")[i % 2])
    for code in ("", "错误"):
        add(code, ("zh-CN", "en-US")[GENERIC_HIDDEN.index(code) % 2])
    return cases


# ---------------------------------------------------------------------------
# Response bodies
# ---------------------------------------------------------------------------


def read_body(raw: bytes):
    """An independent reading of the response rules (DESIGN.md, src/response.rs
    module docs and ParseError docs), used only to cross-check the
    hand-written labels below. Returns ("error", code, server_message,
    request_id), ("success", request_id) or ("invalid", kind)."""
    if len(raw) > MAX_BODY_LEN:
        return ("invalid", "too_large")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return ("invalid", "invalid_utf8")
    if text.startswith("\ufeff"):  # a byte-order mark is skipped
        text = text[1:]
    depth = 0
    in_str = esc = False
    for ch in text:
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
            continue
        if ch == '"':
            in_str = True
        elif ch in "{[":
            depth += 1
            if depth > MAX_DEPTH:
                return ("invalid", "too_deep")
        elif ch in "}]":
            depth = max(0, depth - 1)

    def bad_constant(name):
        raise ValueError(name)

    try:
        # Decimal: a number's exact value (a float would round -1e-400 to -0).
        value = json.loads(text, parse_constant=bad_constant, parse_float=decimal.Decimal)
    except ValueError:
        return ("invalid", "syntax")

    def has_surrogate(v) -> bool:
        if isinstance(v, str):
            return any(0xD800 <= ord(c) <= 0xDFFF for c in v)
        if isinstance(v, list):
            return any(has_surrogate(x) for x in v)
        if isinstance(v, dict):
            return any(has_surrogate(k) or has_surrogate(x) for k, x in v.items())
        return False

    if has_surrogate(value):  # not representable as Unicode text: not JSON we accept
        return ("invalid", "syntax")
    if not isinstance(value, dict):
        return ("invalid", "not_an_object")

    class Bad(Exception):
        pass

    def opt_str(obj, key):
        v = obj.get(key)
        if v is None or isinstance(v, str):
            return v
        raise Bad("wrong_type")

    try:
        if "Response" in value:
            resp = value["Response"]
            if not isinstance(resp, dict):
                raise Bad("wrong_type")
            rid = opt_str(resp, "RequestId")
            if resp.get("Error") is None:  # absent or null
                return ("success", rid)
            err = resp["Error"]
            if not isinstance(err, dict):
                raise Bad("wrong_type")
            code = opt_str(err, "Code")
            if not code:
                raise Bad("missing_field")
            msg = opt_str(err, "Message")
            return ("error", code, msg, rid)
        if "code" in value:
            n = value["code"]
            if isinstance(n, decimal.Decimal) and n == n.to_integral_value():  # -0.0, 4000.0, 4e3
                n = int(n)
            if isinstance(n, bool) or not isinstance(n, int) or not (-(2**63) <= n < 2**63):
                raise Bad("wrong_type")
            msg = opt_str(value, "message")
            desc = opt_str(value, "codeDesc")
            if n == 0:
                return ("success", None)
            return ("error", desc or str(n), msg, None)
    except Bad as e:
        return ("invalid", str(e))
    return ("invalid", "unknown_shape")


SEED_BODY = (
    '{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials '
    'could not be validated. Please check your signature is correct."},'
    '"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}'
)

def server_message_lines() -> list[tuple[str, str, str]]:
    """(pattern, code, message) of each row of server-messages.tsv that shows a
    message not already shown by an earlier row."""
    lines = SERVER_MESSAGES.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "pattern\tcode\tserver_message\tsource", lines[0]
    rows, seen = [], set()
    for line in lines[1:]:
        if line:
            pattern, code, message, source = line.split("\t")
            assert source.startswith("https://"), line
            if (code, message) not in seen:
                seen.add((code, message))
                rows.append((pattern, code, message))
    return rows


def env(code: str, message: str | None = None, request_id: str | None = None) -> str:
    err: dict = {"Code": code}
    if message is not None:
        err["Message"] = message
    resp: dict = {"Error": err}
    if request_id is not None:
        resp["RequestId"] = request_id
    return json.dumps({"Response": resp}, ensure_ascii=False, separators=(",", ":"))


def E(code, server_message=None, request_id=None):
    return ("error", code, server_message, request_id)


def S(request_id=None):
    return ("success", request_id)


def I(kind):
    assert kind in PARSE_ERROR_KINDS, kind
    return ("invalid", kind)


def R(head: str, unit: str, times: int, tail: str) -> dict:
    return {"head": head, "unit": unit, "times": times, "tail": tail}


RATE = (
    "Your current request times equals to `{}` in a second, which exceeds the frequency limit `{}` for a "
    "second. Please reduce the frequency of calls."
)

PAD_HEAD = '{"Response":{"RequestId":"big","Pad":"'
PAD_TAIL = '"}}'


def response_specs() -> list[tuple[str, str, object, tuple]]:
    """(name, locale, body, expected) with body a str, bytes (-> body_hex) or
    a dict (-> body_repeat)."""
    specs = [
        ("seed example", "zh-CN", SEED_BODY, E("AuthFailure.SignatureFailure", "The provided credentials could not be validated. Please check your signature is correct.", "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6")),
        ("seed example, en-US", "en-US", SEED_BODY, E("AuthFailure.SignatureFailure", "The provided credentials could not be validated. Please check your signature is correct.", "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6")),
        ("seed example, POSIX locale", "zh_CN.UTF-8", SEED_BODY, E("AuthFailure.SignatureFailure", "The provided credentials could not be validated. Please check your signature is correct.", "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6")),
    ]
    cat = CatalogData()
    for i, (pattern, code, msg) in enumerate(server_message_lines(), 1):
        rid = f"00000000-0000-4000-8000-{i:012d}"
        found = match_detail(cat.patterns, code, msg)
        assert found is not None and found[0] == pattern, (pattern, msg, found)
        # Each message a source shows, in both locales: an English reader of a
        # Chinese message gets English, and the other way round.
        for loc in ("en-US", "zh-CN"):
            specs.append((f"server-messages.tsv message {i}: {pattern}, {loc}", loc, env(code, msg, rid), E(code, msg, rid)))
    specs += [
        # success
        ("success with RequestId", "en-US", '{"Response":{"RequestId":"a1b2c3"}}', S("a1b2c3")),
        ("success without RequestId", "zh-CN", '{"Response":{}}', S()),
        ("success with data fields", "en-US", '{"Response":{"LibraryId":"smh-1","TotalCount":3,"Items":[{"a":1}],"RequestId":"r-data"}}', S("r-data")),
        ("success with null RequestId", "en-US", '{"Response":{"RequestId":null}}', S()),
        ("success with null Error", "en-US", '{"Response":{"Error":null,"RequestId":"r-nullerr"}}', S("r-nullerr")),
        ("byte-order mark before the body", "en-US", '\ufeff{"Response":{"RequestId":"r-bom"}}', S("r-bom")),
        ("success, whitespace around", "en-US", ' \n\t{ "Response" : { "RequestId" : "r-ws" } }\r\n ', S("r-ws")),
        # errors: shapes of the envelope
        ("error without RequestId", "en-US", '{"Response":{"Error":{"Code":"ResourceNotFound.Library","Message":"library not found"}}}', E("ResourceNotFound.Library", "library not found")),
        ("error without Message", "zh-CN", '{"Response":{"Error":{"Code":"InternalError"},"RequestId":"r-nomsg"}}', E("InternalError", None, "r-nomsg")),
        ("error with null Message", "en-US", '{"Response":{"Error":{"Code":"InternalError","Message":null},"RequestId":"r-null"}}', E("InternalError", None, "r-null")),
        ("error with empty Message", "en-US", '{"Response":{"Error":{"Code":"FailedOperation","Message":""},"RequestId":"r-empty"}}', E("FailedOperation", "", "r-empty")),
        ("error with extra unknown fields", "zh-CN", '{"Response":{"Error":{"Code":"ResourceNotFound.Library","Message":"m","Extra":{"a":[1,2,{"b":null}]},"Level":3},"RequestId":"r-x","Data":null,"TotalCount":5},"Version":"2021-07-12"}', E("ResourceNotFound.Library", "m", "r-x")),
        ("error, RequestId before Error", "en-US", '{"Response":{"RequestId":"r-first","Error":{"Message":"slow down","Code":"RequestLimitExceeded"}}}', E("RequestLimitExceeded", "slow down", "r-first")),
        ("envelope wins over legacy fields", "en-US", '{"code":0,"Response":{"Error":{"Code":"InternalError","Message":"boom"},"RequestId":"r-both"}}', E("InternalError", "boom", "r-both")),
        # codes
        ("retryable rate limit", "zh-CN", env("RequestLimitExceeded.UinLimitExceeded", "uin limit", "r-uin"), E("RequestLimitExceeded.UinLimitExceeded", "uin limit", "r-uin")),
        ("SendSms limit is not retryable", "en-US", env("RequestLimitExceeded.SendSms", "sms", "r-sms"), E("RequestLimitExceeded.SendSms", "sms", "r-sms")),
        ("balance code under a retryable parent is not retryable", "zh-CN", env("InternalError.BalanceLess", "balance", "r-bal"), E("InternalError.BalanceLess", "balance", "r-bal")),
        ("retired code, en-US", "en-US", env("ResourceNotFound.User", "no user", "r-user"), E("ResourceNotFound.User", "no user", "r-user")),
        ("business code with doc link", "zh-CN", env("AuthFailure.MFAFailure", "mfa", "r-mfa"), E("AuthFailure.MFAFailure", "mfa", "r-mfa")),
        ("parent code", "en-US", env("InvalidParameterValue.Foo", "Foo is bad", "r-p1"), E("InvalidParameterValue.Foo", "Foo is bad", "r-p1")),
        ("parent code, retryable parent", "zh-CN", env("RequestLimitExceeded.Whatever", "w", "r-p2"), E("RequestLimitExceeded.Whatever", "w", "r-p2")),
        ("parent code, two levels up", "en-US", env("ResourceNotFound.Library.Gone.Forever", None, "r-p3"), E("ResourceNotFound.Library.Gone.Forever", None, "r-p3")),
        ("unknown code", "en-US", env("FooBar.Baz", "?", "r-u1"), E("FooBar.Baz", "?", "r-u1")),
        ("unknown code, zh-CN", "zh-CN", env("AuthFailure.X.Y", "?", "r-u2"), E("AuthFailure.X.Y", "?", "r-u2")),
        ("unregistered parent OperationDenied", "en-US", env("OperationDenied.Foo", None, None), E("OperationDenied.Foo")),
        ("case mismatch is unknown", "zh-CN", env("authfailure.signaturefailure", None, "r-case"), E("authfailure.signaturefailure", None, "r-case")),
        ("code of a single space", "en-US", env(" ", "sp", "r-sp"), E(" ", "sp", "r-sp")),
        ("non-ASCII code", "zh-CN", env("错误", "x", "r-na"), E("错误", "x", "r-na")),
        ("code with a newline", "en-US", env("InternalError\nX-Injected: 1", None, None), E("InternalError\nX-Injected: 1")),
        ("code too long to show", "en-US", env("Z" * 200, None, None), E("Z" * 200)),
        ("code with JSON escapes", "en-US", '{"Response":{"Error":{"Code":"AuthFailure.Signature\\u0046ailure"},"RequestId":"r-esc"}}', E("AuthFailure.SignatureFailure", None, "r-esc")),
        # server messages
        ("non-ASCII server message", "zh-CN", env("UnauthorizedOperation.SmsCode", "短信验证码错误 ✓ 😀", "请求-1"), E("UnauthorizedOperation.SmsCode", "短信验证码错误 ✓ 😀", "请求-1")),
        ("escaped server message", "en-US", '{"Response":{"Error":{"Code":"InvalidParameter","Message":"line1\\nline2\\t\\"q\\" \\u00e9 \\ud83d\\ude00 \\/"}}}', E("InvalidParameter", 'line1\nline2\t"q" é 😀 /')),
        ("NUL escape inside a string (valid JSON)", "en-US", '{"Response":{"Error":{"Code":"InternalError","Message":"a\\u0000b"},"RequestId":"r-nul"}}', E("InternalError", "a\x00b", "r-nul")),
        ("lone surrogate escape", "en-US", '{"Response":{"Error":{"Code":"InternalError","Message":"\\ud800"}}}', I("syntax")),
        # legacy form
        ("legacy success", "en-US", '{"code":0,"message":"ok"}', S()),
        ("legacy success, code -0", "en-US", '{"code":-0}', S()),
        ("legacy error, integral float code", "en-US", '{"code":4000.0,"message":"m"}', E("4000", "m")),
        ("legacy error, fractional code", "en-US", '{"code":4000.5,"message":"m"}', I("wrong_type")),
        ("legacy error, integer code with an exponent", "en-US", '{"code":4e3,"message":"m"}', E("4000", "m")),
        ("legacy code that a float would round to 0", "en-US", '{"code":-1e-400}', I("wrong_type")),
        ("legacy code out of range", "en-US", '{"code":1e400}', I("wrong_type")),
        ("lone surrogate escape in a field nobody reads", "en-US", '{"Response":{"RequestId":"r","Extra":"\\ud800"}}', I("syntax")),
        ("legacy success with codeDesc", "zh-CN", '{"code":0,"message":"","codeDesc":"Success"}', S()),
        ("legacy error with codeDesc", "zh-CN", '{"code":4000,"message":"(100004)签名错误","codeDesc":"AuthFailure.SignatureFailure"}', E("AuthFailure.SignatureFailure", "(100004)签名错误")),
        ("legacy error with parent codeDesc", "en-US", '{"code":4100,"message":"m","codeDesc":"InternalError.Foo"}', E("InternalError.Foo", "m")),
        ("legacy error without codeDesc", "en-US", '{"code":4000,"message":"bad request"}', E("4000", "bad request")),
        ("legacy error without codeDesc, zh-CN", "zh-CN", '{"code":4000,"message":"bad request"}', E("4000", "bad request")),
        ("legacy error with empty codeDesc", "en-US", '{"code":5000,"message":"x","codeDesc":""}', E("5000", "x")),
        ("legacy negative code", "en-US", '{"code":-1}', E("-1")),
        ("legacy code as string", "en-US", '{"code":"4000","message":"x"}', I("wrong_type")),
        ("legacy code fraction", "en-US", '{"code":1.5}', I("wrong_type")),
        ("legacy code boolean", "en-US", '{"code":true}', I("wrong_type")),
        ("legacy code null", "en-US", '{"code":null}', I("wrong_type")),
        ("legacy message a number", "en-US", '{"code":4000,"message":5}', I("wrong_type")),
        ("legacy codeDesc a number", "en-US", '{"code":4000,"codeDesc":5}', I("wrong_type")),
        # malformed
        ("empty body", "en-US", "", I("syntax")),
        ("whitespace only", "en-US", " \n ", I("syntax")),
        ("not JSON (HTML)", "en-US", "<html><body>502 Bad Gateway</body></html>", I("syntax")),
        ("not JSON (text)", "zh-CN", "Internal Server Error", I("syntax")),
        ("truncated JSON", "en-US", SEED_BODY[:60], I("syntax")),
        ("truncated JSON, missing last brace", "en-US", SEED_BODY[:-1], I("syntax")),
        ("trailing garbage", "en-US", SEED_BODY + "x", I("syntax")),
        ("two objects", "en-US", '{"Response":{}}{"Response":{}}', I("syntax")),
        ("single quotes", "en-US", "{'Response':{}}", I("syntax")),
        ("trailing comma", "en-US", '{"Response":{"RequestId":"r",}}', I("syntax")),
        ("NaN", "en-US", '{"code":NaN}', I("syntax")),
        ("top-level array", "en-US", '[{"Response":{}}]', I("not_an_object")),
        ("top-level string", "en-US", '"Response"', I("not_an_object")),
        ("top-level number", "en-US", "42", I("not_an_object")),
        ("top-level null", "en-US", "null", I("not_an_object")),
        ("top-level true", "en-US", "true", I("not_an_object")),
        ("empty object", "en-US", "{}", I("unknown_shape")),
        ("lower-case response", "en-US", '{"response":{"error":{"code":"InternalError"}}}', I("unknown_shape")),
        ("bare Error object", "en-US", '{"Error":{"Code":"InternalError"}}', I("unknown_shape")),
        ("Response not an object", "en-US", '{"Response":"oops"}', I("wrong_type")),
        ("Response an array", "en-US", '{"Response":[]}', I("wrong_type")),
        ("Response null", "en-US", '{"Response":null}', I("wrong_type")),
        ("Error not an object", "en-US", '{"Response":{"Error":"InternalError","RequestId":"r"}}', I("wrong_type")),
        ("Error an array", "en-US", '{"Response":{"Error":[{"Code":"InternalError"}]}}', I("wrong_type")),
        ("Code a number", "en-US", '{"Response":{"Error":{"Code":4000,"Message":"m"}}}', I("wrong_type")),
        ("Code an object", "en-US", '{"Response":{"Error":{"Code":{"x":1}}}}', I("wrong_type")),
        ("Code missing", "en-US", '{"Response":{"Error":{"Message":"m"},"RequestId":"r"}}', I("missing_field")),
        ("Code empty", "en-US", '{"Response":{"Error":{"Code":"","Message":"m"}}}', I("missing_field")),
        ("Code null", "en-US", '{"Response":{"Error":{"Code":null}}}', I("missing_field")),
        ("Error empty object", "en-US", '{"Response":{"Error":{}}}', I("missing_field")),
        ("Message a number", "en-US", '{"Response":{"Error":{"Code":"InternalError","Message":500}}}', I("wrong_type")),
        ("Message an object", "en-US", '{"Response":{"Error":{"Code":"InternalError","Message":{"en":"x"}}}}', I("wrong_type")),
        ("RequestId a number", "en-US", '{"Response":{"Error":{"Code":"InternalError"},"RequestId":12345}}', I("wrong_type")),
        ("RequestId a number, success", "en-US", '{"Response":{"RequestId":12345}}', I("wrong_type")),
        # bytes
        ("invalid UTF-8 in Message", "en-US", SEED_BODY.encode().replace(b"validated", b"valid\xffated"), I("invalid_utf8")),
        ("Latin-1 encoded message", "en-US", b'{"Response":{"Error":{"Code":"InternalError","Message":"caf\xe9"}}}', I("invalid_utf8")),
        ("GBK encoded message", "zh-CN", b'{"Response":{"Error":{"Code":"InternalError","Message":"' + "签名错误".encode("gbk") + b'"}}}', I("invalid_utf8")),
        ("UTF-8 truncated at the end", "en-US", b'{"Response":{}}' + "中".encode()[:2], I("invalid_utf8")),
        ("lone continuation byte first", "en-US", b"\x80{}", I("invalid_utf8")),
        ("overlong encoding", "en-US", b'{"Response":{"RequestId":"\xc0\xaf"}}', I("invalid_utf8")),
        ("encoded surrogate (CESU-8)", "en-US", b'{"Response":{"RequestId":"\xed\xa0\x80"}}', I("invalid_utf8")),
        ("raw NUL byte inside a string", "en-US", b'{"Response":{"Error":{"Code":"InternalError","Message":"a\x00b"}}}', I("syntax")),
        ("raw NUL byte after the body", "en-US", b'{"Response":{"RequestId":"r"}}\x00', I("syntax")),
        # size
        ("body over 1 MiB", "en-US", R(PAD_HEAD, "x", MAX_BODY_LEN + 1 - len(PAD_HEAD) - len(PAD_TAIL), PAD_TAIL), I("too_large")),
        ("body of exactly 1 MiB", "en-US", R(PAD_HEAD, "x", MAX_BODY_LEN - len(PAD_HEAD) - len(PAD_TAIL), PAD_TAIL), S("big")),
        ("garbage over 1 MiB", "en-US", R("", "garbage ", MAX_BODY_LEN // 8 + 1, ""), I("too_large")),
        ("error body over 1 MiB", "zh-CN", R('{"Response":{"Error":{"Code":"InternalError","Message":"', "错", MAX_BODY_LEN // 3 + 1, '"}}}'), I("too_large")),
        # depth
        ("array nested 100 deep", "en-US", R("", "[", 100, "]" * 100), I("too_deep")),
        ("unclosed nesting 100 deep", "en-US", R("", "[", 100, ""), I("too_deep")),
        ("objects nested 100 deep", "en-US", R("", '{"a":', 100, "1" + "}" * 100), I("too_deep")),
        ("extra field nested 100 deep", "en-US", R('{"Response":{"RequestId":"r","X":', "[", 100, "]" * 100 + "}}"), I("too_deep")),
        ("nesting of exactly 32", "en-US", R('{"Response":{"RequestId":"r32","X":', "[", 30, "]" * 30 + "}}"), S("r32")),
        ("nesting of 33", "en-US", R('{"Response":{"RequestId":"r33","X":', "[", 31, "]" * 31 + "}}"), I("too_deep")),
        ("brackets inside a string do not nest", "en-US", R('{"Response":{"Error":{"Code":"InternalError","Message":"', "{[", 100, '"},"RequestId":"r-str"}}'), E("InternalError", "{[" * 100, "r-str")),
        ("escaped quote then brackets inside a string", "en-US", '{"Response":{"Error":{"Code":"InternalError","Message":"q\\"' + "[" * 40 + '"}}}', E("InternalError", 'q"' + "[" * 40)),
        ("escaped backslash ends the string, then 33 deep", "en-US", R('{"Response":{"Error":{"Code":"InternalError","Message":"x\\\\"},"RequestId":"r","Deep":', "[", 31, "]" * 31 + "}}"), I("too_deep")),
        # the server's message, localized (src/detail.rs)
        ("detail: a hole, zh-CN", "zh-CN", env("InvalidParameter", "Parameter `LibraryId` format invalid.", "r-d1"), E("InvalidParameter", "Parameter `LibraryId` format invalid.", "r-d1")),
        ("detail: a hole, en-US", "en-US", env("InvalidParameter", "Parameter `LibraryId` format invalid.", "r-d2"), E("InvalidParameter", "Parameter `LibraryId` format invalid.", "r-d2")),
        ("detail: two holes, zh-CN", "zh_CN.UTF-8", env("RequestLimitExceeded", RATE.format("25", "20"), "r-d3"), E("RequestLimitExceeded", RATE.format("25", "20"), "r-d3")),
        ("detail: two holes, en-US", "en", env("RequestLimitExceeded", RATE.format("25", "20"), "r-d4"), E("RequestLimitExceeded", RATE.format("25", "20"), "r-d4")),
        ("detail: a locale without details falls back to en-US", "ja-JP", env("MissingParameter", "The request is missing a required parameter `Filters`.", "r-d5"), E("MissingParameter", "The request is missing a required parameter `Filters`.", "r-d5")),
        ("detail: the last hole takes the rest", "en-US", env("RequestLimitExceeded", RATE.format("25", "9` in a second, which exceeds the frequency limit `20"), "r-d6"), E("RequestLimitExceeded", RATE.format("25", "9` in a second, which exceeds the frequency limit `20"), "r-d6")),
        ("detail: backticks inside the hole", "zh-CN", env("InvalidParameter", "Parameter ```a``` format invalid.", "r-d7"), E("InvalidParameter", "Parameter ```a``` format invalid.", "r-d7")),
        ("detail: hostile hole text is escaped", "en-US", env("InvalidParameter", "Parameter `a\u001b[2J\nX-Injected: 1\u202eb\u0000` format invalid.", "r-d8"), E("InvalidParameter", "Parameter `a\u001b[2J\nX-Injected: 1\u202eb\u0000` format invalid.", "r-d8")),
        ("detail: invisible hole text is escaped", "zh-CN", env("InvalidParameter", "Parameter `Li\u200bb\U000e0041\ufeff\u00ad\u2060\u2028\ufe0f` format invalid.", "r-inv"), E("InvalidParameter", "Parameter `Li\u200bb\U000e0041\ufeff\u00ad\u2060\u2028\ufe0f` format invalid.", "r-inv")),
        ("detail: non-ASCII hole text", "zh-CN", env("InvalidParameter", "The value type of parameter `媒体库😀` is not valid.", "r-d9"), E("InvalidParameter", "The value type of parameter `媒体库😀` is not valid.", "r-d9")),
        ("detail: a hole of exactly 128 bytes", "en-US", env("InvalidParameter", "Parameter `" + "x" * 128 + "` input repeated.", "r-d10"), E("InvalidParameter", "Parameter `" + "x" * 128 + "` input repeated.", "r-d10")),
        ("near miss: a hole of 129 bytes", "en-US", env("InvalidParameter", "Parameter `" + "x" * 129 + "` input repeated.", "r-n1"), E("InvalidParameter", "Parameter `" + "x" * 129 + "` input repeated.", "r-n1")),
        ("near miss: a first hole over 128 bytes", "zh-CN", env("RequestLimitExceeded", RATE.format("2" * 129, "20"), "r-n2"), E("RequestLimitExceeded", RATE.format("2" * 129, "20"), "r-n2")),
        ("near miss: an empty hole", "en-US", env("InvalidParameter", "Parameter `` format invalid.", "r-n3"), E("InvalidParameter", "Parameter `` format invalid.", "r-n3")),
        ("near miss: no final period", "zh-CN", env("InvalidParameter", "Parameter `LibraryId` format invalid", "r-n4"), E("InvalidParameter", "Parameter `LibraryId` format invalid", "r-n4")),
        ("near miss: a space before", "en-US", env("InvalidParameter", " Parameter `LibraryId` format invalid.", "r-n5"), E("InvalidParameter", " Parameter `LibraryId` format invalid.", "r-n5")),
        ("near miss: other case", "en-US", env("InvalidParameter", "parameter `LibraryId` format invalid.", "r-n6"), E("InvalidParameter", "parameter `LibraryId` format invalid.", "r-n6")),
        ("near miss: another code's pattern", "zh-CN", env("MissingParameter", "Parameter `LibraryId` format invalid.", "r-n7"), E("MissingParameter", "Parameter `LibraryId` format invalid.", "r-n7")),
        ("near miss: a child code", "en-US", env("InvalidParameter.Foo", "Parameter `LibraryId` format invalid.", "r-n8"), E("InvalidParameter.Foo", "Parameter `LibraryId` format invalid.", "r-n8")),
        ("detail: the legacy form's message", "en-US", '{"code":4000,"message":"Parameter `x` format invalid.","codeDesc":"InvalidParameter"}', E("InvalidParameter", "Parameter `x` format invalid.")),
        ("near miss: a message of backticks", "zh-CN", env("InvalidParameter", "`" * 3000, "r-n9"), E("InvalidParameter", "`" * 3000, "r-n9")),
        ("detail: the pattern twice, the last hole takes the rest", "en-US", env("InvalidParameter", "Parameter `a` format invalid. Parameter `b` format invalid.", "r-n10"), E("InvalidParameter", "Parameter `a` format invalid. Parameter `b` format invalid.", "r-n10")),
        ("detail: the documented signature variant, zh-CN", "zh-CN", env("AuthFailure.SignatureFailure", "The provided credentials could not be validated. Please ensure your signature is correct.", "r-d11"), E("AuthFailure.SignatureFailure", "The provided credentials could not be validated. Please ensure your signature is correct.", "r-d11")),
        ("detail: the documented signature variant, en-US", "en-US", env("AuthFailure.SignatureFailure", "The provided credentials could not be validated. Please ensure your signature is correct.", "r-d12"), E("AuthFailure.SignatureFailure", "The provided credentials could not be validated. Please ensure your signature is correct.", "r-d12")),
        ("escaped backslash ends the string, then 32 deep", "en-US", R('{"Response":{"Error":{"Code":"InternalError","Message":"x\\\\"},"RequestId":"r","Deep":', "[", 30, "]" * 30 + "}}"), E("InternalError", "x\\", "r")),
    ]
    return specs


def body_bytes(body) -> bytes:
    if isinstance(body, bytes):
        return body
    if isinstance(body, dict):
        return (body["head"] + body["unit"] * body["times"] + body["tail"]).encode("utf-8")
    return body.encode("utf-8")


def response_cases(cat: CatalogData, neg: dict) -> list[dict]:
    cases = []
    names = set()
    for name, locale, body, expected in response_specs():
        assert name not in names, f"duplicate case name {name!r}"
        names.add(name)
        raw = body_bytes(body)
        seen = read_body(raw)
        if seen != expected:
            sys.exit(f"response case {name!r}: labelled {expected!r}, but the rules read {seen!r}")
        case: dict = {"name": name, "locale": locale}
        if isinstance(body, bytes):
            try:
                body.decode("utf-8")
                assert b"\x00" in body, f"{name}: body_hex is for non-UTF-8 or NUL-holding bodies"
            except UnicodeDecodeError:
                pass
            case["body_hex"] = body.hex()
        elif isinstance(body, dict):
            case["body_repeat"] = body
        else:
            assert "\x00" not in body, f"{name}: a raw NUL byte goes in body_hex"
            case["body"] = body
        if expected[0] == "error":
            _, code, server_message, request_id = expected
            exp = {"outcome": "error", "code": code, "server_message": server_message, "request_id": request_id}
            exp.update(resolve(cat, code, neg[locale]))
            exp["detail"] = detail(cat, code, server_message, neg[locale])
        elif expected[0] == "success":
            exp = {"outcome": "success", "request_id": expected[1]}
        else:
            exp = {"outcome": "invalid", "error_kind": expected[1]}
        case["expect"] = exp
        cases.append(case)
    return cases


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------


def document(description: str, cases: list) -> dict:
    return {"description": description, "count": len(cases), "cases": cases}


def render(obj) -> str:
    return json.dumps(obj, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def build() -> dict[str, str]:
    cat = CatalogData()
    neg: dict[str, str] = {}
    for req, want in NEGOTIATE:
        assert req not in neg, f"duplicate negotiation request {req!r}"
        assert want in cat.locales or want in PSEUDO_LOCALES, want
        # Cross-check the hand-written answer against the pseudo-locale rule.
        # (a request naming no pseudo-locale exactly never gets one).
        named = named_pseudo(req)
        if want in PSEUDO_LOCALES:
            assert want in named, f"{req!r} -> {want}, but the request does not name {want} exactly"
        assert "\x00" not in req
        neg[req] = want
    for s in LOOKUP_SPELLINGS:
        assert s in neg, f"lookup spelling {s!r} is not in NEGOTIATE"

    lookups = lookup_cases(cat, neg)
    responses = response_cases(cat, neg)
    negotiations = [{"requested": r, "expect": w} for r, w in NEGOTIATE]
    total = len(lookups) + len(responses) + len(negotiations)
    assert total >= 300, total

    return {
        "lookup.json": render(document(
            "Lookups: resolve `code` in the catalog negotiated from `locale` (always given, never the "
            "environment's default) with the builtin catalog. expect: message (the localized text), "
            "locale (the catalog locale that answered), resolution (exact|parent|generic), matched "
            "(the registry code whose message answered, null for generic), kind (common|business, "
            "null for generic), retryable (the matched code's policy, false for generic), status "
            "(current|retired: the matched code's, null for generic).",
            lookups,
        )),
        "negotiate.json": render(document(
            "Locale negotiation with the builtin catalog (en-US, zh-CN, and the pseudo-locales en-XA "
            "and ar-XB, which answer only a request naming exactly their tag): `requested` (BCP 47, "
            "POSIX or Accept-Language, any case) -> `expect`, the catalog locale that answers first.",
            negotiations,
        )),
        "responses.json": render(document(
            "Response bodies: parse the body (from `body` as UTF-8, `body_hex`, or `body_repeat` = "
            "head + unit*times + tail), then, for an error, look its code up in `locale` with the "
            "builtin catalog. expect.outcome: error (code as sent, server_message, request_id, plus "
            "the lookup's matched, resolution, message, locale, kind, retryable, status, and detail: the server "
            "message's localized detail {id, message, locale} or null), success "
            "(request_id) or invalid (error_kind: the ParseError kind name).",
            responses,
        )),
    }


def main(argv: list[str]) -> int:
    check = "--check" in argv[1:]
    unknown = [a for a in argv[1:] if a != "--check"]
    if unknown:
        print(f"usage: {argv[0]} [--check]", file=sys.stderr)
        return 2
    files = build()
    stale = []
    for name, text in files.items():
        path = HERE / name
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old == text:
            continue
        if not check:
            path.write_text(text, encoding="utf-8", newline="\n")
            print(f"wrote {path.relative_to(ROOT)}")
            continue
        stale.append(name)
        if old is None:
            print(f"{name}: missing")
            continue
        diff = list(difflib.unified_diff(
            old.splitlines(), text.splitlines(), f"{name} (committed)", f"{name} (generated)", lineterm="", n=1,
        ))
        print(f"{name}: stale ({sum(1 for d in diff if d[:1] in '+-') - 2} changed lines)")
        for line in diff[:40]:
            print("  " + (line if len(line) <= 200 else line[:200] + "..."))
        if len(diff) > 40:
            print(f"  ... {len(diff) - 40} more diff lines")
    if stale:
        print(f"\n{len(stale)} stale vector file(s): run python3 tests/vectors/generate.py", file=sys.stderr)
        return 1
    if check:
        print("tests/vectors: all files up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
