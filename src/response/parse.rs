//! The rules that read a body: its size, encoding and depth, then its
//! shape, judged in a fixed order from what the visitor read.

use serde::de::DeserializeSeed;

use super::visitor::{check_depth, Body, JsonType, Level, Seed, Val};
use super::{ApiError, ParseError, Response, MAX_BODY_LEN};
use crate::codes::ErrorCode;

/// Reads an SMH API response body. See the [module docs](super) for the
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
