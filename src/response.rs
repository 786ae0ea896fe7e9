//! Reading SMH API response bodies.
//!
//! Two shapes are understood:
//!
//! * the Tencent Cloud API 3.0 envelope:
//!   `{"Response":{"Error":{"Code":"...","Message":"..."},"RequestId":"..."}}`
//!   is an error; a `Response` without `Error` (or with `"Error": null`) is a
//!   success; a null `Message` or `RequestId` counts as absent;
//! * the legacy form `{"code":N,"message":"...","codeDesc":"..."}`: `code` 0
//!   is a success; otherwise the error's code is `codeDesc` (the string code),
//!   or `N` itself when `codeDesc` is absent or empty.
//!
//! A leading UTF-8 byte-order mark is skipped; unknown fields are ignored.
//! Anything else is a [`ParseError`] that says what was wrong; nothing
//! panics, whatever the bytes.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use serde::de::{Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use crate::catalog::{Catalog, Lookup};
use crate::codes::ErrorCode;
use crate::detail::Detail;
use crate::text::{ErrorText, Escaped};

/// Bodies larger than this are refused unread.
pub const MAX_BODY_LEN: usize = 1 << 20;

/// JSON nested deeper than this is refused (a real body nests 3 deep).
pub const MAX_DEPTH: usize = 32;

/// What a response body said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    /// The call succeeded.
    Success {
        /// The request id, when the body has one.
        request_id: Option<String>,
    },
    /// The call failed.
    Error(ApiError),
}

/// An error the SMH API returned: its code as given, with the server's own
/// text kept beside the catalog's localized one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The code exactly as the server sent it.
    pub code: String,
    /// The registry's code, when the server's is one.
    pub error_code: Option<ErrorCode>,
    /// The server's `Message` (English; often names the parameter or limit).
    pub server_message: Option<String>,
    /// The request id, for support tickets and logs.
    pub request_id: Option<String>,
}

impl ApiError {
    /// The catalog's answer for this error in `locale` (`None`: the default
    /// locale), from the [global](Catalog::global) catalog.
    pub fn lookup(&self, locale: Option<&str>) -> Lookup<'_> {
        Catalog::global().lookup(&self.code, locale)
    }

    /// The localized message for this error in `locale`.
    pub fn localized(&self, locale: Option<&str>) -> Cow<'static, str> {
        crate::message(&self.code, locale)
    }

    /// Whether a client may retry the request after a backoff (the code's,
    /// or its nearest registered parent's, policy).
    pub fn retryable(&self) -> bool {
        crate::retryable(&self.code)
    }

    /// The localized detail of the server's message in `locale` (`None`:
    /// the default locale), from the [global](Catalog::global) catalog: the
    /// known pattern the message matches, said in the locale, with its
    /// holes' text escaped; `None` when the message is absent or matches no
    /// known pattern (see [`crate::detail`]).
    ///
    /// ```
    /// let body = br#"{"Response":{"Error":{"Code":"InvalidParameter","Message":"Parameter `LibraryId` format invalid."}}}"#;
    /// let Ok(smh_errors::Response::Error(e)) = smh_errors::parse_response(body) else { unreachable!() };
    /// let d = e.detail(Some("zh-CN")).unwrap();
    /// assert_eq!((d.id, d.message.as_str(), d.locale), ("detail-parameter-format-invalid", "参数 LibraryId 的格式无效。", "zh-CN"));
    /// ```
    pub fn detail(&self, locale: Option<&str>) -> Option<Detail<'static>> {
        self.detail_in(Catalog::global(), locale)
    }

    /// [`ApiError::detail`] from `catalog` (a catalog with overlays).
    pub fn detail_in<'c>(&self, catalog: &'c Catalog, locale: Option<&str>) -> Option<Detail<'c>> {
        catalog.detail(&self.code, self.server_message.as_deref()?, locale)
    }

    /// What a person should read about this error, in `locale` (`None`:
    /// the default locale), from the [global](Catalog::global) catalog:
    /// what `smh-errors parse` prints for it. See [`ApiError::explain_in`].
    ///
    /// ```
    /// let body = br#"{"Response":{"Error":{"Code":"InvalidParameter","Message":"Parameter `LibraryId` format invalid."},"RequestId":"r-1"}}"#;
    /// let Ok(smh_errors::Response::Error(e)) = smh_errors::parse_response(body) else { unreachable!() };
    /// assert_eq!(e.explain(Some("en-US")).lines().collect::<Vec<_>>(), [
    ///     "InvalidParameter [en-US, exact, common, not retryable]",
    ///     "  A parameter is invalid (for example, its format or type is wrong).",
    ///     "  detail: The parameter LibraryId has an invalid format.",
    ///     "  server: Parameter `LibraryId` format invalid.",
    ///     "  request id: r-1",
    /// ]);
    /// ```
    pub fn explain(&self, locale: Option<&str>) -> String {
        self.explain_in(Catalog::global(), locale)
    }

    /// [`ApiError::explain`] from `catalog`: the catalog's answer for the
    /// code as [`Lookup`]'s Display writes it, then a `detail:` line (the
    /// server message's [localized detail](ApiError::detail_in), when there
    /// is one), a `server:` line (the server's message) and a `request id:`
    /// line, each left out when absent or empty; the server's text escaped
    /// ([`Escaped`]). No trailing newline.
    pub fn explain_in(&self, catalog: &Catalog, locale: Option<&str>) -> String {
        let mut out = catalog.lookup(&self.code, locale).to_string();
        // Writing into a String cannot fail.
        if let Some(d) = self.detail_in(catalog, locale) {
            let _ = write!(out, "\n  detail: {}", d.message);
        }
        if let Some(m) = self.server_message.as_deref().filter(|m| !m.is_empty()) {
            let _ = write!(out, "\n  server: {}", Escaped(m));
        }
        if let Some(r) = self.request_id.as_deref().filter(|r| !r.is_empty()) {
            let _ = write!(out, "\n  request id: {}", Escaped(r));
        }
        out
    }

    /// The error as [`ErrorText`] renders it (what Display writes).
    pub fn text(&self) -> ErrorText<'_> {
        ErrorText { code: &self.code, message: self.server_message.as_deref(), request_id: self.request_id.as_deref() }
    }
}

impl Response {
    /// The answer as a JSON object: `{"outcome": "success", "request_id"}`,
    /// or for an error the lookup's keys (see [`Lookup::to_json`]) in
    /// `locale` plus `outcome: "error"`, `server_message`, `request_id` and
    /// `detail` (see [`Detail::to_json`]; null when there is none).
    pub fn to_json(&self, catalog: &Catalog, locale: Option<&str>) -> serde_json::Value {
        match self {
            Response::Success { request_id } => serde_json::json!({ "outcome": "success", "request_id": request_id }),
            Response::Error(e) => {
                let mut v = catalog.lookup(&e.code, locale).to_json();
                if let Some(o) = v.as_object_mut() {
                    o.insert("outcome".into(), "error".into());
                    o.insert("server_message".into(), e.server_message.clone().into());
                    o.insert("request_id".into(), e.request_id.clone().into());
                    o.insert(
                        "detail".into(),
                        e.detail_in(catalog, locale).map_or(serde_json::Value::Null, |d| d.to_json()),
                    );
                }
                v
            }
        }
    }
}

impl Response {
    /// The response as `smh-errors parse` prints it (and every binding's
    /// command line): `success (request id R)`, or the localized
    /// [`Lookup`] text followed by `detail:` (when the server's message
    /// matches a known pattern), `server:` and `request id:` lines. No
    /// trailing newline.
    pub fn to_text(&self, catalog: &Catalog, locale: Option<&str>) -> String {
        match self {
            Response::Success { request_id: Some(r) } => format!("success (request id {})", Escaped(r)),
            Response::Success { request_id: None } => "success".to_string(),
            Response::Error(e) => e.explain_in(catalog, locale),
        }
    }
}

impl fmt::Display for ApiError {
    /// `Code: server message (RequestId: id)`, as [`ErrorText`] writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

impl fmt::Display for Response {
    /// `success`, `success (RequestId: id)`, or the error's [`ErrorText`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Response::Success { request_id: Some(r) } if !r.is_empty() => {
                write!(f, "success (RequestId: {})", Escaped(r))
            }
            Response::Success { .. } => f.write_str("success"),
            Response::Error(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ApiError {}

/// Why a body could not be read as an SMH API response.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// The body is larger than [`MAX_BODY_LEN`].
    #[error("the body is {size} bytes, over the {limit}-byte limit")]
    TooLarge {
        /// The body's size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The body is not UTF-8.
    #[error("the body is not valid UTF-8 (at byte {offset})")]
    InvalidUtf8 {
        /// Where the first invalid byte is.
        offset: usize,
    },
    /// The JSON nests deeper than [`MAX_DEPTH`].
    #[error("the JSON nests deeper than {limit} levels")]
    TooDeep {
        /// The limit.
        limit: usize,
    },
    /// The body is not JSON.
    #[error("the body is not valid JSON: {reason} at line {line}, column {column}")]
    Syntax {
        /// What the JSON parser said.
        reason: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The JSON is not an object.
    #[error("the body is JSON but not an object")]
    NotAnObject,
    /// An object with neither `Response` nor a legacy `code`.
    #[error("the body has neither a \"Response\" object nor a legacy \"code\" field")]
    UnknownShape,
    /// A field has the wrong JSON type.
    #[error("{path} should be {expected}, but it is {found}")]
    WrongType {
        /// Where, e.g. `Response.Error.Code`.
        path: &'static str,
        /// The type wanted, e.g. `a string`.
        expected: &'static str,
        /// The type found, e.g. `a number`.
        found: &'static str,
    },
    /// A required field is absent or empty.
    #[error("{path} is missing or empty")]
    MissingField {
        /// Where, e.g. `Response.Error.Code`.
        path: &'static str,
    },
}

impl ParseError {
    /// A stable snake-case name of the variant (`too_large`, `invalid_utf8`,
    /// `too_deep`, `syntax`, `not_an_object`, `unknown_shape`, `wrong_type`,
    /// `missing_field`), the same in every binding.
    pub fn kind(&self) -> &'static str {
        match self {
            ParseError::TooLarge { .. } => "too_large",
            ParseError::InvalidUtf8 { .. } => "invalid_utf8",
            ParseError::TooDeep { .. } => "too_deep",
            ParseError::Syntax { .. } => "syntax",
            ParseError::NotAnObject => "not_an_object",
            ParseError::UnknownShape => "unknown_shape",
            ParseError::WrongType { .. } => "wrong_type",
            ParseError::MissingField { .. } => "missing_field",
        }
    }
}

/// Reads an SMH API response body. See the [module docs](self) for the
/// shapes understood.
pub fn parse_response(body: impl AsRef<[u8]>) -> Result<Response, ParseError> {
    let body = body.as_ref();
    if body.len() > MAX_BODY_LEN {
        return Err(ParseError::TooLarge { size: body.len(), limit: MAX_BODY_LEN });
    }
    let text = std::str::from_utf8(body).map_err(|e| ParseError::InvalidUtf8 { offset: e.valid_up_to() })?;
    // A UTF-8 byte-order mark is not JSON, but some tools write one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    check_depth(text)?;
    // The whole body is read (so that any syntax error wins over a shape
    // error, wherever it is) into typed slots that record each field's JSON
    // type; the shape is judged afterwards, in a fixed order.
    let mut de = serde_json::Deserializer::from_str(text);
    let mut body = Body::default();
    let top = Seed { body: &mut body, level: Level::Top }
        .deserialize(&mut de)
        .and_then(|t| de.end().map(|()| t))
        .map_err(syntax)?;
    if top != JsonType::Object {
        return Err(ParseError::NotAnObject);
    }
    if let Some(resp) = body.response {
        if resp != JsonType::Object {
            return Err(wrong("Response", "an object", resp));
        }
        let request_id = opt_string(body.request_id, "Response.RequestId")?;
        match body.error {
            None | Some(JsonType::Null) => return Ok(Response::Success { request_id }),
            Some(JsonType::Object) => {}
            Some(other) => return Err(wrong("Response.Error", "an object", other)),
        }
        let code = opt_string(body.code, "Response.Error.Code")?
            .filter(|c| !c.is_empty())
            .ok_or(ParseError::MissingField { path: "Response.Error.Code" })?;
        let server_message = opt_string(body.message, "Response.Error.Message")?;
        return Ok(Response::Error(ApiError {
            error_code: ErrorCode::from_code(&code),
            code,
            server_message,
            request_id,
        }));
    }
    if let Some(raw) = body.legacy_code {
        let literal = raw.get();
        let n = match json_type(literal) {
            "a number" => exact_integer(literal).ok_or(ParseError::WrongType {
                path: "code",
                expected: "an integer",
                found: "a fraction or a number out of range",
            })?,
            found => return Err(ParseError::WrongType { path: "code", expected: "an integer", found }),
        };
        let server_message = opt_string(body.legacy_message, "message")?;
        let desc = opt_string(body.code_desc, "codeDesc")?.filter(|d| !d.is_empty());
        if n == 0 {
            return Ok(Response::Success { request_id: None });
        }
        let code = desc.unwrap_or_else(|| n.to_string());
        return Ok(Response::Error(ApiError {
            error_code: ErrorCode::from_code(&code),
            code,
            server_message,
            request_id: None,
        }));
    }
    Err(ParseError::UnknownShape)
}

/// The reason for a `\u` escape of an unpaired UTF-16 surrogate (serde_json
/// says "unexpected end of hex escape"), or such a surrogate itself.
const LONE_SURROGATE: &str = "a lone UTF-16 surrogate (U+D800 to U+DFFF without its pair) is not a character";

fn syntax(e: serde_json::Error) -> ParseError {
    // serde_json appends " at line L column C"; we report those separately.
    let s = e.to_string();
    let reason = match s.rfind(" at line ") {
        Some(i) => &s[..i],
        None => &s,
    };
    // serde_json's words for an unpaired surrogate escape, which only ever
    // come from one: "unexpected end of hex escape" (a leading surrogate
    // with no `\u` after it) and "lone leading surrogate in hex escape".
    let reason = match reason {
        "unexpected end of hex escape" | "lone leading surrogate in hex escape" => LONE_SURROGATE,
        r => r,
    };
    ParseError::Syntax {
        reason: reason.to_string(),
        line: e.line(),
        // serde_json counts 0 for "before the line's first character".
        column: e.column().max(1),
    }
}

/// Reads a body that comes from a string able to hold lone UTF-16
/// surrogates (a Python `str`, a JavaScript string), encoded as UTF-8 with
/// each lone surrogate as its own three bytes (Python's `surrogatepass`,
/// "WTF-8"). As [`parse_response`], except that such a surrogate gets the
/// answer its JSON escape `"\ud800"` gets: a syntax error that names the
/// lone surrogate, not [`ParseError::InvalidUtf8`].
pub fn parse_response_wtf8(body: &[u8]) -> Result<Response, ParseError> {
    match parse_response(body) {
        Err(ParseError::InvalidUtf8 { offset }) if matches!(body[offset..], [0xed, 0xa0..=0xbf, 0x80..=0xbf, ..]) => {
            // The bytes before it are UTF-8 (it is the first invalid one).
            let before = &body[..offset];
            let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            Err(ParseError::Syntax {
                reason: LONE_SURROGATE.to_string(),
                line: 1 + before.iter().filter(|&&b| b == b'\n').count(),
                column: offset - line_start + 1,
            })
        }
        other => other,
    }
}

impl ParseError {
    /// The error for a decoded body (a Python `dict`) holding a value that
    /// JSON cannot represent (a `set`, `NaN`, a cycle): a value of the wrong
    /// type, as the same value in a body would be.
    pub fn not_json() -> ParseError {
        ParseError::WrongType {
            path: "a value in the body",
            expected: "a JSON value (null, boolean, number, string, array or object)",
            found: "something JSON cannot represent",
        }
    }
}

/// The JSON type of a value's literal text, by its first character.
fn json_type(literal: &str) -> &'static str {
    match literal.as_bytes().first() {
        Some(b'n') => "null",
        Some(b't' | b'f') => "a boolean",
        Some(b'"') => "a string",
        Some(b'[') => "an array",
        Some(b'{') => "an object",
        _ => "a number",
    }
}

/// The value of a JSON number literal when it is exactly an integer that
/// fits an `i64` (`4000`, `-0`, `4000.0`, `4e3`); `None` for a fraction
/// (`1.5`, `-1e-400`) or a number out of range. Exact: decided on the
/// digits, never through a float. Linear in the literal.
fn exact_integer(literal: &str) -> Option<i64> {
    let s = literal.as_bytes();
    let (negative, s) = match s.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, s),
    };
    let int_len = s.iter().take_while(|b| b.is_ascii_digit()).count();
    let (int, rest) = s.split_at(int_len);
    let (frac, rest) = match rest.split_first() {
        Some((b'.', r)) => r.split_at(r.iter().take_while(|b| b.is_ascii_digit()).count()),
        _ => (&[][..], rest),
    };
    // The exponent, saturated far beyond any that could matter.
    const CAP: i64 = 1 << 40;
    let exp: i64 = match rest.split_first() {
        Some((b'e' | b'E', r)) => {
            let (neg, digits) = match r.split_first() {
                Some((b'-', d)) => (true, d),
                Some((b'+', d)) => (false, d),
                _ => (false, r),
            };
            let v = digits.iter().fold(0i64, |acc, &d| (acc * 10 + i64::from(d - b'0')).min(CAP));
            if neg {
                -v
            } else {
                v
            }
        }
        _ => 0,
    };
    // The significant digits: int ++ frac without leading or trailing zeros.
    let digits: Vec<u8> = int.iter().chain(frac).copied().skip_while(|&d| d == b'0').collect();
    let trailing = digits.iter().rev().take_while(|&&d| d == b'0').count();
    let digits = &digits[..digits.len() - trailing];
    if digits.is_empty() {
        return Some(0);
    }
    // value = digits × 10^scale
    let scale = exp - frac.len() as i64 + trailing as i64;
    if scale < 0 || digits.len() as i64 + scale > 19 {
        return None;
    }
    let mut v: i128 = digits.iter().fold(0i128, |acc, &d| acc * 10 + i128::from(d - b'0'));
    for _ in 0..scale {
        v *= 10;
    }
    i64::try_from(if negative { -v } else { v }).ok()
}

fn wrong(path: &'static str, expected: &'static str, found: JsonType) -> ParseError {
    ParseError::WrongType { path, expected, found: found.name() }
}

fn opt_string(v: Option<Val<'_>>, path: &'static str) -> Result<Option<String>, ParseError> {
    match v {
        None | Some(Val::Other(JsonType::Null)) => Ok(None),
        Some(Val::Str(s)) => Ok(Some(s.into_owned())),
        Some(Val::Other(t)) => Err(wrong(path, "a string", t)),
    }
}

// ---------------------------------------------------------------------------
// The typed reader: one pass of serde_json over the body that writes the
// fields the rules look at into one flat `Body` (strings borrowed from the
// body unless they have escapes), and of anything else only its JSON type.

/// A JSON value's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JsonType {
    Null,
    Bool,
    Number,
    Str,
    Array,
    Object,
}

impl JsonType {
    fn name(self) -> &'static str {
        match self {
            JsonType::Null => "null",
            JsonType::Bool => "a boolean",
            JsonType::Number => "a number",
            JsonType::Str => "a string",
            JsonType::Array => "an array",
            JsonType::Object => "an object",
        }
    }
}

/// A field that should be a string: the string, or the type it is instead.
enum Val<'de> {
    Str(Cow<'de, str>),
    Other(JsonType),
}

/// What the rules read of a body. A repeated key keeps its last value, as a
/// JSON object map would: reading an object clears the fields below it.
#[derive(Default)]
struct Body<'de> {
    /// `Response`'s type, when present.
    response: Option<JsonType>,
    /// `Response.RequestId`.
    request_id: Option<Val<'de>>,
    /// `Response.Error`'s type, when present.
    error: Option<JsonType>,
    /// `Response.Error.Code` and `.Message`.
    code: Option<Val<'de>>,
    message: Option<Val<'de>>,
    /// The legacy `code` as its literal text, `message` and `codeDesc`.
    legacy_code: Option<&'de RawValue>,
    legacy_message: Option<Val<'de>>,
    code_desc: Option<Val<'de>>,
}

/// Which object of the envelope is being read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Top,
    Response,
    Error,
}

/// Reads one value at `level` into `body`; answers its type.
struct Seed<'a, 'de> {
    body: &'a mut Body<'de>,
    level: Level,
}

impl<'de> DeserializeSeed<'de> for Seed<'_, 'de> {
    type Value = JsonType;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<JsonType, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed<'_, 'de> {
    type Value = JsonType;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<JsonType, E> {
        Ok(JsonType::Null)
    }
    fn visit_bool<E>(self, _: bool) -> Result<JsonType, E> {
        Ok(JsonType::Bool)
    }
    fn visit_i64<E>(self, _: i64) -> Result<JsonType, E> {
        Ok(JsonType::Number)
    }
    fn visit_u64<E>(self, _: u64) -> Result<JsonType, E> {
        Ok(JsonType::Number)
    }
    fn visit_f64<E>(self, _: f64) -> Result<JsonType, E> {
        Ok(JsonType::Number)
    }
    fn visit_str<E>(self, _: &str) -> Result<JsonType, E> {
        Ok(JsonType::Str)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<JsonType, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(JsonType::Array)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<JsonType, A::Error> {
        let body = self.body;
        match self.level {
            Level::Top => {}
            Level::Response => (body.request_id, body.error, body.code, body.message) = (None, None, None, None),
            Level::Error => (body.code, body.message) = (None, None),
        }
        while let Some(field) = map.next_key_seed(FieldSeed(self.level))? {
            match field {
                Field::Response => {
                    body.response = Some(map.next_value_seed(Seed { body: &mut *body, level: Level::Response })?)
                }
                Field::LegacyCode => body.legacy_code = Some(map.next_value()?),
                Field::LegacyMessage => body.legacy_message = Some(map.next_value()?),
                Field::CodeDesc => body.code_desc = Some(map.next_value()?),
                Field::Error => body.error = Some(map.next_value_seed(Seed { body: &mut *body, level: Level::Error })?),
                Field::RequestId => body.request_id = Some(map.next_value()?),
                Field::Code => body.code = Some(map.next_value()?),
                Field::Message => body.message = Some(map.next_value()?),
                Field::Other => {
                    map.next_value::<Skip>()?;
                }
            }
        }
        Ok(JsonType::Object)
    }
}

impl<'de> Deserialize<'de> for Val<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Val<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Val<'de>, E> {
                Ok(Val::Str(Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Val<'de>, E> {
                Ok(Val::Str(Cow::Owned(s.to_string())))
            }
            fn visit_unit<E>(self) -> Result<Val<'de>, E> {
                Ok(Val::Other(JsonType::Null))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Val<'de>, E> {
                Ok(Val::Other(JsonType::Bool))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Val<'de>, E> {
                Ok(Val::Other(JsonType::Number))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Val<'de>, E> {
                Ok(Val::Other(JsonType::Number))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Val<'de>, E> {
                Ok(Val::Other(JsonType::Number))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Val<'de>, A::Error> {
                while seq.next_element::<Skip>()?.is_some() {}
                Ok(Val::Other(JsonType::Array))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Val<'de>, A::Error> {
                while map.next_entry::<Skip, Skip>()?.is_some() {}
                Ok(Val::Other(JsonType::Object))
            }
        }
        d.deserialize_any(V)
    }
}

/// A value nobody reads, checked as strictly as one that is read: its
/// strings are decoded (a lone surrogate escape is an error) and its numbers
/// converted (`1e400` is an error), as a `serde_json::Value` would be, but
/// nothing is kept. (serde's `IgnoredAny` lets both through.)
struct Skip;

impl<'de> Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Skip)
    }
}

impl<'de> Visitor<'de> for Skip {
    type Value = Skip;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_str<E>(self, _: &str) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Skip)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(Skip)
    }
}

/// Which field of `Body` an object key at a level names.
#[derive(Clone, Copy)]
enum Field {
    Response,
    LegacyCode,
    LegacyMessage,
    CodeDesc,
    Error,
    RequestId,
    Code,
    Message,
    Other,
}

/// Reads an object key (escapes decoded) as the [`Field`] it names at its level.
struct FieldSeed(Level);

impl<'de> DeserializeSeed<'de> for FieldSeed {
    type Value = Field;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Field, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for FieldSeed {
    type Value = Field;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }
    fn visit_str<E>(self, key: &str) -> Result<Field, E> {
        Ok(match (self.0, key) {
            (Level::Top, "Response") => Field::Response,
            (Level::Top, "code") => Field::LegacyCode,
            (Level::Top, "message") => Field::LegacyMessage,
            (Level::Top, "codeDesc") => Field::CodeDesc,
            (Level::Response, "Error") => Field::Error,
            (Level::Response, "RequestId") => Field::RequestId,
            (Level::Error, "Code") => Field::Code,
            (Level::Error, "Message") => Field::Message,
            _ => Field::Other,
        })
    }
}

/// How many bytes of `bytes` are `{` or `[`: eight at a time. `b | 0x20` is
/// `{` exactly for `{` and `[`; each zero byte of `word ^ "{{{{{{{{"` is
/// marked by its high bit, exactly (no borrow between bytes).
fn count_openers(bytes: &[u8]) -> usize {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let chunks = bytes.chunks_exact(8);
    let tail = chunks.remainder().iter().filter(|&&b| b | 0x20 == b'{').count();
    chunks.fold(tail, |n, c| {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let t = (u64::from_ne_bytes(w) | 0x2020_2020_2020_2020) ^ 0x7b7b_7b7b_7b7b_7b7b;
        let zero_bytes = !(((t & LOW7) + LOW7) | t | LOW7);
        n + zero_bytes.count_ones() as usize
    })
}

/// Refuses JSON nested deeper than [`MAX_DEPTH`] before parsing it: a body
/// with no more than `MAX_DEPTH` opening brackets at all cannot nest deeper
/// (one fast count); otherwise one pass that skips strings.
/// Refuses JSON nested deeper than [`MAX_DEPTH`] before parsing it, in one
/// pass that skips strings.
fn check_depth(text: &str) -> Result<(), ParseError> {
    if count_openers(text.as_bytes()) <= MAX_DEPTH {
        return Ok(());
    }
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for b in text.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(ParseError::TooDeep { limit: MAX_DEPTH });
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_openers_counts_exactly_the_opening_brackets() {
        for s in [
            "",
            "{",
            "[[{{",
            "a{b[c{d[e{f[g{h[i{j[k",
            "{\"a\":[{\"b\":[1,2,{}]}]}xxxxxxxxxxxxxxxx[[[[",
            "{{{{{{{{[[[[[[[[",
            "\u{7b}\u{5b}\u{fb}\u{db}zZ;",
        ] {
            let want = s.bytes().filter(|&b| b == b'{' || b == b'[').count();
            assert_eq!(count_openers(s.as_bytes()), want, "{s:?}");
        }
        let all: Vec<u8> = (0..=255u8).cycle().take(256 * 9).collect();
        assert_eq!(count_openers(&all), 18);
    }
}
