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
use std::fmt;

use serde_json::{Map, Value};

use crate::catalog::{Catalog, Lookup};
use crate::codes::ErrorCode;

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
        crate::codes::retryable(&self.code)
    }
}

impl Response {
    /// The answer as a JSON object: `{"outcome": "success", "request_id"}`,
    /// or for an error the lookup's keys (see [`Lookup::to_json`]) in
    /// `locale` plus `outcome: "error"`, `server_message` and `request_id`.
    pub fn to_json(&self, catalog: &Catalog, locale: Option<&str>) -> serde_json::Value {
        match self {
            Response::Success { request_id } => serde_json::json!({ "outcome": "success", "request_id": request_id }),
            Response::Error(e) => {
                let mut v = catalog.lookup(&e.code, locale).to_json();
                if let Some(o) = v.as_object_mut() {
                    o.insert("outcome".into(), "error".into());
                    o.insert("server_message".into(), e.server_message.clone().into());
                    o.insert("request_id".into(), e.request_id.clone().into());
                }
                v
            }
        }
    }
}

impl Response {
    /// The response as `smh-errors parse` prints it (and every binding's
    /// command line): `success (request id R)`, or the localized
    /// [`Lookup`](crate::Lookup) text followed by `server:` and `request id:`
    /// lines. No trailing newline.
    pub fn to_text(&self, catalog: &Catalog, locale: Option<&str>) -> String {
        match self {
            Response::Success { request_id: Some(r) } => format!("success (request id {r})"),
            Response::Success { request_id: None } => "success".to_string(),
            Response::Error(e) => {
                let mut out = catalog.lookup(&e.code, locale).to_string();
                if let Some(m) = &e.server_message {
                    out.push_str("\n  server: ");
                    out.push_str(m);
                }
                if let Some(r) = &e.request_id {
                    out.push_str("\n  request id: ");
                    out.push_str(r);
                }
                out
            }
        }
    }
}

impl fmt::Display for ApiError {
    /// `Code: server message (RequestId: id)`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code)?;
        if let Some(m) = &self.server_message {
            write!(f, ": {m}")?;
        }
        if let Some(r) = &self.request_id {
            write!(f, " (RequestId: {r})")?;
        }
        Ok(())
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
    let value: Value = serde_json::from_str(text).map_err(|e| ParseError::Syntax {
        reason: syntax_reason(&e),
        line: e.line(),
        // serde_json counts 0 for "before the line's first character".
        column: e.column().max(1),
    })?;
    let Value::Object(top) = value else {
        return Err(ParseError::NotAnObject);
    };
    if let Some(resp) = top.get("Response") {
        let Value::Object(resp) = resp else {
            return Err(wrong("Response", "an object", resp));
        };
        let request_id = opt_string(resp, "RequestId", "Response.RequestId")?;
        let err = match resp.get("Error") {
            None | Some(Value::Null) => return Ok(Response::Success { request_id }),
            Some(e) => e,
        };
        let Value::Object(err) = err else {
            return Err(wrong("Response.Error", "an object", err));
        };
        let code = opt_string(err, "Code", "Response.Error.Code")?
            .filter(|c| !c.is_empty())
            .ok_or(ParseError::MissingField { path: "Response.Error.Code" })?;
        let server_message = opt_string(err, "Message", "Response.Error.Message")?;
        return Ok(Response::Error(ApiError {
            error_code: ErrorCode::from_code(&code),
            code,
            server_message,
            request_id,
        }));
    }
    if let Some(n) = top.get("code") {
        let n = match n {
            // `-0` and `4000.0` are integers too, though serde_json reads them as floats.
            Value::Number(n) => n
                .as_i64()
                .or_else(|| n.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15).map(|f| f as i64))
                .ok_or(ParseError::WrongType {
                    path: "code",
                    expected: "an integer",
                    found: "a fraction or a number out of range",
                })?,
            other => return Err(wrong("code", "an integer", other)),
        };
        let server_message = opt_string(&top, "message", "message")?;
        let desc = opt_string(&top, "codeDesc", "codeDesc")?.filter(|d| !d.is_empty());
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

fn syntax_reason(e: &serde_json::Error) -> String {
    // serde_json appends " at line L column C"; we report those separately.
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn wrong(path: &'static str, expected: &'static str, found: &Value) -> ParseError {
    ParseError::WrongType { path, expected, found: type_name(found) }
}

fn opt_string(obj: &Map<String, Value>, key: &str, path: &'static str) -> Result<Option<String>, ParseError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(wrong(path, "a string", other)),
    }
}

/// Refuses JSON nested deeper than [`MAX_DEPTH`] before parsing it, in one
/// pass that skips strings.
fn check_depth(text: &str) -> Result<(), ParseError> {
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
