//! `parse_response` on arbitrary bytes: never a panic; a body it accepts
//! round-trips (its code, message and request id, written back into a
//! body with serde_json, parse to the same answer); a body it refuses gets
//! a typed error that says what was wrong.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::{json, Map, Value};
use smh_errors::response::{parse_response_wtf8, MAX_BODY_LEN};
use smh_errors::{parse_response, Catalog, ErrorCode, ParseError, ParseErrorKind, Response};
use smh_errors_fuzz::check_answer;

/// The API 3.0 body of a parsed answer.
fn body_of(r: &Response) -> Vec<u8> {
    let mut resp = Map::new();
    let rid = match r {
        Response::Success { request_id } => request_id,
        Response::Error(e) => {
            let mut err = Map::new();
            err.insert("Code".into(), e.code.clone().into());
            if let Some(m) = &e.server_message {
                err.insert("Message".into(), m.clone().into());
            }
            resp.insert("Error".into(), Value::Object(err));
            &e.request_id
        }
    };
    if let Some(r) = rid {
        resp.insert("RequestId".into(), r.clone().into());
    }
    serde_json::to_vec(&json!({ "Response": resp })).expect("a JSON value serializes")
}

fuzz_target!(|data: &[u8]| {
    let parsed = parse_response(data);
    // A string that could hold a lone surrogate reads the same, except that
    // such a surrogate is a syntax error.
    let wtf8 = parse_response_wtf8(data);
    match (&parsed, &wtf8) {
        (Err(ParseError::InvalidUtf8 { .. }), Err(ParseError::Syntax { .. })) => {}
        (a, b) => assert_eq!(a, b, "parse_response_wtf8 differs"),
    }
    match parsed {
        Ok(r) => {
            assert!(data.len() <= MAX_BODY_LEN);
            if let Response::Error(e) = &r {
                assert!(!e.code.is_empty(), "an error without a code");
                assert_eq!(e.error_code, ErrorCode::from_code(&e.code));
                let cat = Catalog::builtin();
                check_answer(cat, e.code.as_bytes(), &cat.answer(&e.code, Some("zh-CN")));
                // The one-line text escapes what the server sent.
                let text = e.to_string();
                assert!(!text.chars().any(smh_errors::text::needs_escape), "{text:?}");
                assert!(text.starts_with(&*smh_errors::text::escape(&e.code)));
            }
            let again = parse_response(body_of(&r));
            assert_eq!(again.as_ref(), Ok(&r), "the round trip changed the answer");
        }
        Err(e) => {
            // Its kind is one of the list every binding names alike.
            assert!(ParseErrorKind::ALL.contains(&e.kind()), "{e:?}");
            assert!(!e.to_string().is_empty());
            match e {
                ParseError::TooLarge { size, limit } => assert!(size == data.len() && size > limit),
                ParseError::InvalidUtf8 { offset } => {
                    assert_eq!(std::str::from_utf8(data).map_err(|e| e.valid_up_to()), Err(offset))
                }
                ParseError::Syntax { line, column, .. } => {
                    assert!(line >= 1 && column >= 1, "positions are 1-based: {line}:{column}");
                    let lines = data.split(|&b| b == b'\n').count();
                    assert!(line <= lines, "line {line} of {lines}");
                }
                _ => assert!(std::str::from_utf8(data).is_ok()),
            }
        }
    }
});
