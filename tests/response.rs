//! `parse_response`: the seed's example, success and legacy forms, and every
//! malformed body giving the right `ParseError` with a text that names the
//! problem; `ApiError`'s Display, `localized`, `retryable` and `lookup`.

use std::path::PathBuf;

use smh_errors::response::{MAX_BODY_LEN, MAX_DEPTH};
use smh_errors::{parse_response, ApiError, Catalog, ErrorCode, Kind, ParseError, Resolution, Response};

/// The service's error-code page, as kept in `catalog/sources/`.
fn seed_text() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("catalog/sources/service-error-codes.md");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read the page {} ({e})", path.display()))
}

/// The JSON example in the page's first fenced block.
fn seed_example() -> String {
    let text = seed_text();
    let start = text.find("```\n").expect("a fenced block in the seed") + 4;
    let end = start + text[start..].find("\n```").expect("the end of the fenced block");
    text[start..end].to_string()
}

fn error_of(body: impl AsRef<[u8]>) -> ApiError {
    match parse_response(body) {
        Ok(Response::Error(e)) => e,
        other => panic!("expected an API error, got {other:?}"),
    }
}

fn parse_err(body: impl AsRef<[u8]>) -> ParseError {
    match parse_response(body) {
        Err(e) => e,
        Ok(r) => panic!("expected a parse error, got {r:?}"),
    }
}

// ---------------------------------------------------------------------------
// Good bodies
// ---------------------------------------------------------------------------

#[test]
fn the_seed_example_is_read_in_full() {
    let body = seed_example();
    assert!(body.contains("\"Response\""), "{body}");
    let e = error_of(&body);
    assert_eq!(
        e,
        ApiError {
            code: "AuthFailure.SignatureFailure".into(),
            error_code: ErrorCode::from_code("AuthFailure.SignatureFailure"),
            server_message: Some(
                "The provided credentials could not be validated. Please check your signature is correct.".into()
            ),
            request_id: Some("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6".into()),
        }
    );
    assert!(e.error_code.is_some());
    assert_eq!(
        e.to_string(),
        "AuthFailure.SignatureFailure: The provided credentials could not be validated. Please check your \
         signature is correct. (RequestId: ed93f3cb-f35e-473f-b9f3-0d451b8b79c6)"
    );
    assert!(!e.retryable());
    assert_eq!(e.localized(Some("zh-CN")), "签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。");
    assert_eq!(
        e.localized(Some("en")),
        Catalog::builtin().lookup("AuthFailure.SignatureFailure", Some("en-US")).message
    );
    let hit = e.lookup(Some("zh_CN.UTF-8"));
    assert_eq!(hit.code, "AuthFailure.SignatureFailure");
    assert_eq!(hit.matched_str(), "AuthFailure.SignatureFailure");
    assert_eq!(hit.resolution, Resolution::Exact);
    assert_eq!(hit.locale, "zh-CN");
    assert_eq!(hit.kind, Some(Kind::Common));
    // Compact, with a BOM, and padded: the same answer.
    let compact: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(error_of(compact.to_string()), e);
    assert_eq!(error_of(format!("\u{feff}{body}")), e);
    assert_eq!(error_of(format!(" \r\n\t{body}\n\n")), e);
}

#[test]
fn success_with_and_without_a_request_id() {
    assert_eq!(
        parse_response(br#"{"Response":{"RequestId":"r-1","Items":[1,2,{"a":[]}]}}"#),
        Ok(Response::Success { request_id: Some("r-1".into()) })
    );
    assert_eq!(parse_response(br#"{"Response":{}}"#), Ok(Response::Success { request_id: None }));
    assert_eq!(parse_response(br#"{"Response":{"RequestId":null}}"#), Ok(Response::Success { request_id: None }));
    assert_eq!(
        parse_response(br#"{"Response":{"Error":null,"RequestId":"r-2"}}"#),
        Ok(Response::Success { request_id: Some("r-2".into()) })
    );
    // Other top-level keys are ignored.
    assert_eq!(
        parse_response(br#"{"Other":1,"Response":{"RequestId":"r-3"}}"#),
        Ok(Response::Success { request_id: Some("r-3".into()) })
    );
}

#[test]
fn error_without_message_or_request_id() {
    let e = error_of(br#"{"Response":{"Error":{"Code":"InvalidParameterValue.Foo"}}}"#);
    assert_eq!(e.code, "InvalidParameterValue.Foo");
    assert_eq!(e.error_code, None, "not a registered code");
    assert_eq!(e.server_message, None);
    assert_eq!(e.request_id, None);
    assert_eq!(e.to_string(), "InvalidParameterValue.Foo");
    let hit = e.lookup(Some("en-US"));
    assert_eq!(hit.resolution, Resolution::Parent);
    assert_eq!(hit.matched_str(), "InvalidParameterValue");
    assert_eq!(e.localized(Some("zh-CN")), "参数取值错误。");
    // The code is kept exactly as sent.
    let e = error_of(br#"{"Response":{"Error":{"Code":" Weird Code ","Message":"m"}}}"#);
    assert_eq!(e.code, " Weird Code ");
    assert_eq!(e.to_string(), " Weird Code : m");
    assert_eq!(e.localized(Some("en-US")), "The request failed for an unknown reason.");
}

#[test]
fn legacy_forms() {
    assert_eq!(
        parse_response(br#"{"code":0,"message":"","codeDesc":"Success"}"#),
        Ok(Response::Success { request_id: None })
    );
    assert_eq!(parse_response(br#"{"code":0}"#), Ok(Response::Success { request_id: None }));

    let e = error_of(br#"{"code":4000,"message":"(100004)projectId invalid","codeDesc":"InvalidParameter"}"#);
    assert_eq!(e.code, "InvalidParameter");
    assert_eq!(e.error_code, ErrorCode::from_code("InvalidParameter"));
    assert_eq!(e.server_message.as_deref(), Some("(100004)projectId invalid"));
    assert_eq!(e.request_id, None);
    assert_eq!(e.to_string(), "InvalidParameter: (100004)projectId invalid");
    assert_eq!(e.localized(Some("zh-CN")), "参数错误（包括参数格式、类型等错误）。");

    let e = error_of(br#"{"code":4100,"message":"auth failed"}"#);
    assert_eq!(e.code, "4100", "without codeDesc the code is the number");
    assert_eq!(e.error_code, None);
    assert_eq!(e.server_message.as_deref(), Some("auth failed"));
    assert_eq!(e.localized(Some("en-US")), "The request failed with error code 4100.");
    assert!(!e.retryable());

    let e = error_of(br#"{"code":-1,"codeDesc":""}"#);
    assert_eq!(e.code, "-1", "an empty codeDesc is no codeDesc");
    let e = error_of(br#"{"code":6000,"codeDesc":"RequestLimitExceeded"}"#);
    assert!(e.retryable());

    let err = parse_err(br#"{"code":"4000"}"#);
    assert_eq!(err, ParseError::WrongType { path: "code", expected: "an integer", found: "a string" });
    assert_eq!(err.to_string(), "code should be an integer, but it is a string");
    assert_eq!(err.kind().as_str(), "wrong_type");
    let err = parse_err(br#"{"code":1.5}"#);
    assert_eq!(err.kind().as_str(), "wrong_type");
    assert!(err.to_string().starts_with("code should be an integer"), "{err}");
    let err = parse_err(br#"{"code":4000,"codeDesc":5}"#);
    assert_eq!(err, ParseError::WrongType { path: "codeDesc", expected: "a string", found: "a number" });
    let err = parse_err(br#"{"code":4000,"message":[]}"#);
    assert_eq!(err, ParseError::WrongType { path: "message", expected: "a string", found: "an array" });
}

// ---------------------------------------------------------------------------
// Malformed bodies
// ---------------------------------------------------------------------------

#[test]
fn truncated_json_says_where() {
    let body = br#"{"Response":{"Error":{"Code":"X""#;
    match parse_err(body) {
        ParseError::Syntax { reason, line, column } => {
            assert_eq!(line, 1);
            assert_eq!(column, body.len(), "the end of the body");
            assert!(reason.contains("EOF"), "{reason}");
            assert!(!reason.contains(" at line "), "line and column are separate fields: {reason}");
        }
        other => panic!("{other:?}"),
    }
    let body = "{\n  \"Response\": {\n    \"Error\": {\"Code\": \"X\",\n";
    let err = parse_err(body);
    assert_eq!(err.kind().as_str(), "syntax");
    let text = err.to_string();
    assert!(text.starts_with("the body is not valid JSON: EOF while parsing"), "{text}");
    assert!(text.contains(" at line 4, column "), "the body ends on line 4: {text}");
    // A stray character: its own line and column.
    let err = parse_err("{\n  \"Response\": {\"RequestId\": \"r\"},\n  x\n}");
    match err {
        ParseError::Syntax { line, column, .. } => assert_eq!((line, column), (3, 3)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn syntax_error_columns_are_one_based() {
    // `ParseError::Syntax::column` is documented as 1-based. serde_json says
    // "column 0" when the input ends at the start of a line; a 1-based column
    // is never 0.
    for body in ["", "{\"Response\":\n", "{\n  \"Response\": {\n    \"Error\": {\"Code\": \"X\",\n"] {
        match parse_err(body) {
            ParseError::Syntax { line, column, .. } => {
                assert!(line >= 1, "{body:?}: line {line}");
                assert!(column >= 1, "{body:?}: column {column} in a 1-based column");
            }
            other => panic!("{body:?}: {other:?}"),
        }
    }
}

#[test]
fn empty_body_is_a_syntax_error() {
    for body in [&b""[..], b"   ", b"\n\n"] {
        let err = parse_err(body);
        assert_eq!(err.kind().as_str(), "syntax", "{body:?}");
        let text = err.to_string();
        assert!(text.contains("not valid JSON") && text.contains("EOF"), "{text}");
    }
}

#[test]
fn not_an_object() {
    for body in ["[]", "[{\"Response\":{}}]", "\"Response\"", "42", "null", "true"] {
        let err = parse_err(body);
        assert_eq!(err, ParseError::NotAnObject, "{body}");
        assert_eq!(err.kind().as_str(), "not_an_object");
        assert_eq!(err.to_string(), "the body is JSON but not an object");
    }
    let err = parse_err("{}");
    assert_eq!(err, ParseError::UnknownShape);
    assert_eq!(err.kind().as_str(), "unknown_shape");
    assert!(err.to_string().contains("\"Response\""), "{err}");
    assert_eq!(parse_err(r#"{"response":{}}"#), ParseError::UnknownShape, "keys are case-sensitive");
}

#[test]
fn wrong_types_name_their_path() {
    let cases: [(&str, &str, &str, &str); 7] = [
        (r#"{"Response":[]}"#, "Response", "an object", "an array"),
        (r#"{"Response":"x"}"#, "Response", "an object", "a string"),
        (r#"{"Response":{"Error":"boom"}}"#, "Response.Error", "an object", "a string"),
        (r#"{"Response":{"Error":{"Code":4000}}}"#, "Response.Error.Code", "a string", "a number"),
        (r#"{"Response":{"Error":{"Code":["X"]}}}"#, "Response.Error.Code", "a string", "an array"),
        (r#"{"Response":{"Error":{"Code":"X","Message":5}}}"#, "Response.Error.Message", "a string", "a number"),
        (r#"{"Response":{"Error":{"Code":"X"},"RequestId":false}}"#, "Response.RequestId", "a string", "a boolean"),
    ];
    for (body, path, expected, found) in cases {
        let err = parse_err(body);
        assert_eq!(err, ParseError::WrongType { path, expected, found }, "{body}");
        assert_eq!(err.kind().as_str(), "wrong_type");
        assert_eq!(err.to_string(), format!("{path} should be {expected}, but it is {found}"));
    }
}

#[test]
fn a_missing_or_empty_code_names_its_path() {
    for body in [
        r#"{"Response":{"Error":{"Message":"m"},"RequestId":"r"}}"#,
        r#"{"Response":{"Error":{}}}"#,
        r#"{"Response":{"Error":{"Code":""}}}"#,
        r#"{"Response":{"Error":{"Code":null}}}"#,
    ] {
        let err = parse_err(body);
        assert_eq!(err, ParseError::MissingField { path: "Response.Error.Code" }, "{body}");
        assert_eq!(err.kind().as_str(), "missing_field");
        assert_eq!(err.to_string(), "Response.Error.Code is missing or empty");
    }
}

#[test]
fn invalid_utf8_says_where() {
    let prefix = br#"{"Response":{"RequestId":""#;
    let mut body = prefix.to_vec();
    body.extend_from_slice(b"\xff\"}}");
    let err = parse_err(&body);
    assert_eq!(err, ParseError::InvalidUtf8 { offset: prefix.len() });
    assert_eq!(err.kind().as_str(), "invalid_utf8");
    assert_eq!(err.to_string(), format!("the body is not valid UTF-8 (at byte {})", prefix.len()));
    assert_eq!(parse_err(b"\xc3"), ParseError::InvalidUtf8 { offset: 0 }, "a truncated sequence");
    assert_eq!(parse_err(b"{\"a\":\"\xed\xa0\x80\"}"), ParseError::InvalidUtf8 { offset: 6 }, "a surrogate");
}

#[test]
fn size_limit_is_exactly_one_mebibyte() {
    assert_eq!(MAX_BODY_LEN, 1 << 20);
    let body = br#"{"Response":{"RequestId":"big"}}"#;
    // Padded with white space to exactly 1 MiB: read.
    let mut exact = body.to_vec();
    exact.resize(MAX_BODY_LEN, b' ');
    assert_eq!(exact.len(), 1 << 20);
    assert_eq!(parse_response(&exact), Ok(Response::Success { request_id: Some("big".into()) }));
    // One byte more: refused unread.
    let mut over = exact.clone();
    over.push(b' ');
    let err = parse_err(&over);
    assert_eq!(err, ParseError::TooLarge { size: MAX_BODY_LEN + 1, limit: MAX_BODY_LEN });
    assert_eq!(err.kind().as_str(), "too_large");
    assert_eq!(err.to_string(), "the body is 1048577 bytes, over the 1048576-byte limit");
    // Even when the extra bytes are not UTF-8: size first.
    let mut over_bad = exact.clone();
    over_bad.push(0xff);
    assert_eq!(parse_err(&over_bad).kind().as_str(), "too_large");
}

/// `{"Response":{"RequestId":"r","Extra":` + n arrays + `}}`: nests n + 2 deep.
fn nested_in_extra(n: usize) -> String {
    format!(r#"{{"Response":{{"RequestId":"r","Extra":{}{}}}}}"#, "[".repeat(n), "]".repeat(n))
}

#[test]
fn nesting_limit_is_32() {
    assert_eq!(MAX_DEPTH, 32);
    // 33 deep: refused before parsing.
    let err = parse_err(nested_in_extra(31));
    assert_eq!(err, ParseError::TooDeep { limit: 32 });
    assert_eq!(err.kind().as_str(), "too_deep");
    assert_eq!(err.to_string(), "the JSON nests deeper than 32 levels");
    // 32 deep, inside a field nobody reads: read.
    assert_eq!(parse_response(nested_in_extra(30)), Ok(Response::Success { request_id: Some("r".into()) }));
    // Bare arrays: 32 is JSON but not an object; 33 is too deep.
    assert_eq!(parse_err(format!("{}{}", "[".repeat(32), "]".repeat(32))), ParseError::NotAnObject);
    assert_eq!(parse_err(format!("{}{}", "[".repeat(33), "]".repeat(33))).kind().as_str(), "too_deep");
    // Objects count as arrays do.
    let objs = |n: usize| format!("{}1{}", r#"{"a":"#.repeat(n), "}".repeat(n));
    assert_eq!(parse_err(objs(32)), ParseError::UnknownShape);
    assert_eq!(parse_err(objs(33)).kind().as_str(), "too_deep");
    // Unbalanced but deep: still too deep, never a stack overflow.
    assert_eq!(parse_err("[".repeat(100_000)).kind().as_str(), "too_deep");
    // Deep but truncated at 32: a syntax error, not too deep.
    let err = parse_err("[".repeat(32));
    assert_ne!(err.kind().as_str(), "too_deep");
    assert_eq!(err.kind().as_str(), "syntax");
}

#[test]
fn brackets_inside_strings_do_not_count() {
    let noise = "[{".repeat(100);
    let body = format!(r#"{{"Response":{{"Error":{{"Code":"X","Message":"{noise}"}}}}}}"#);
    assert_eq!(error_of(&body).server_message.as_deref(), Some(noise.as_str()));
    // Escaped quotes do not end the string early.
    let body = format!(r#"{{"Response":{{"Error":{{"Code":"X","Message":"a\"{noise}\"b"}}}}}}"#);
    assert_eq!(error_of(&body).server_message, Some(format!("a\"{noise}\"b")));
    // Closing brackets inside strings do not lower the depth either.
    let closers = "]}".repeat(100);
    let body = format!(r#"{{"Response":{{"RequestId":"{closers}","Extra":{}{}}}}}"#, "[".repeat(31), "]".repeat(31));
    assert_eq!(parse_err(body).kind().as_str(), "too_deep");
    // An escaped backslash ends a string normally: what follows counts.
    let body = format!(r#"{{"Response":{{"RequestId":"a\\","Extra":{}{}}}}}"#, "[".repeat(31), "]".repeat(31));
    assert_eq!(parse_err(body).kind().as_str(), "too_deep");
    let body = format!(r#"{{"Response":{{"RequestId":"a\\","Extra":{}{}}}}}"#, "[".repeat(30), "]".repeat(30));
    assert_eq!(parse_response(body), Ok(Response::Success { request_id: Some("a\\".into()) }));
}

#[test]
fn hostile_bodies_never_panic() {
    let bodies: Vec<Vec<u8>> = vec![
        b"\0".to_vec(),
        b"{\"Response\":{\"Error\":{\"Code\":\"\\u0000\"}}}".to_vec(),
        b"{\"Response\":{\"Error\":{\"Code\":\"\\ud800\"}}}".to_vec(),
        b"{\"Response\":{\"Error\":{\"Code\":\"X\"}}}garbage".to_vec(),
        b"{\"Response\":{\"Error\":{\"Code\":\"X\"}},\"Response\":{}}".to_vec(),
        b"{\"code\":99999999999999999999999}".to_vec(),
        b"{\"code\":1e400}".to_vec(),
        b"{\"code\":-0}".to_vec(),
        "\u{feff}\u{feff}{}".as_bytes().to_vec(),
        vec![b'"'; 1000],
        vec![b'\\'; 1000],
        vec![0xff; 1000],
    ];
    for (i, b) in bodies.iter().enumerate() {
        let r = std::panic::catch_unwind(|| parse_response(b));
        let r = r.unwrap_or_else(|_| panic!("body {i} panicked"));
        if let Err(e) = &r {
            assert!(!e.to_string().is_empty(), "body {i}");
        }
        if let Ok(Response::Error(e)) = &r {
            let _ = (e.localized(Some("en-US")), e.retryable(), e.to_string());
        }
    }
    // A NUL inside the code: kept as sent, shown nowhere.
    let e = error_of(b"{\"Response\":{\"Error\":{\"Code\":\"A\\u0000B\"}}}");
    assert_eq!(e.code, "A\0B");
    assert_eq!(e.localized(Some("en-US")), "The request failed for an unknown reason.");
}

#[test]
fn a_hostile_code_in_a_body_is_answered_promptly() {
    // A body under the size limit whose code is ~1 MiB of `A.` segments:
    // `retryable` and `localized` must not take time quadratic in its length.
    let code = "A.".repeat(((1 << 20) - 64) / 2);
    let body = format!(r#"{{"Response":{{"Error":{{"Code":"{code}"}}}}}}"#);
    assert!(body.len() <= MAX_BODY_LEN);
    let e = error_of(&body);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send((e.retryable(), e.localized(Some("en-US")).into_owned()));
    });
    match rx.recv_timeout(std::time::Duration::from_secs(5)) {
        Ok((retryable, message)) => {
            assert!(!retryable);
            assert_eq!(message, "The request failed for an unknown reason.");
        }
        Err(_) => panic!(
            "ApiError::retryable/localized on a 1 MiB code of `A.` segments did not answer within 5 s \
             (catalog::match_code hashes every prefix: quadratic)"
        ),
    }
}

// ---------------------------------------------------------------------------
// ApiError
// ---------------------------------------------------------------------------

#[test]
fn api_error_display_localized_retryable_lookup() {
    let e =
        error_of(br#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"too fast"},"RequestId":"q-9"}}"#);
    assert_eq!(e.to_string(), "RequestLimitExceeded: too fast (RequestId: q-9)");
    assert!(e.retryable());
    assert_eq!(e.localized(Some("zh-CN")), "请求的次数超过了频率限制。");
    assert_eq!(e.localized(Some("en-US")), Catalog::builtin().lookup("RequestLimitExceeded", Some("en-US")).message);
    let hit = e.lookup(Some("en"));
    assert_eq!((hit.resolution, hit.locale, hit.retryable), (Resolution::Exact, "en-US", true));
    assert_eq!(hit.kind, Some(Kind::Common));
    // The error is a std error, usable with `?` and Box<dyn Error>.
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(e.clone());
    assert_eq!(boxed.to_string(), e.to_string());

    let only_request_id = error_of(br#"{"Response":{"Error":{"Code":"InternalError"},"RequestId":"q-1"}}"#);
    assert_eq!(only_request_id.to_string(), "InternalError (RequestId: q-1)");
    assert!(only_request_id.retryable());

    for (code, retryable) in [
        ("RequestLimitExceeded.SendSms", false),
        ("RequestLimitExceeded.Foo", true),
        ("RequestLimitExceeded.UinLimitExceeded", true),
        ("InternalError.SendSms", false),
        ("InternalError.Anything", true),
        ("ServiceUnavailable", true),
        ("AuthFailure.Foo", false),
        ("Foo", false),
    ] {
        let e = error_of(format!(r#"{{"Response":{{"Error":{{"Code":"{code}"}}}}}}"#));
        assert_eq!(e.retryable(), retryable, "{code}");
        assert_eq!(e.lookup(Some("en")).retryable, retryable, "{code}: lookup agrees");
    }

    // JSON output with the shared vocabulary.
    let v = Response::Error(e.clone()).to_json(Catalog::builtin(), Some("zh-CN"));
    assert_eq!(v["outcome"], "error");
    assert_eq!(v["code"], "RequestLimitExceeded");
    assert_eq!(v["matched"], "RequestLimitExceeded");
    assert_eq!(v["resolution"], "exact");
    assert_eq!(v["locale"], "zh-CN");
    assert_eq!(v["message"], "请求的次数超过了频率限制。");
    assert_eq!(v["kind"], "common");
    assert_eq!(v["retryable"], true);
    assert_eq!(v["server_message"], "too fast");
    assert_eq!(v["request_id"], "q-9");
    let v = Response::Success { request_id: None }.to_json(Catalog::builtin(), None);
    assert_eq!(v, serde_json::json!({"outcome": "success", "request_id": null}));
}

#[test]
fn to_text_is_what_the_commands_print() {
    let cat = smh_errors::Catalog::builtin();
    let body = br#"{"Response":{"Error":{"Code":"InvalidParameterValue.Foo","Message":"bad Foo"},"RequestId":"r-1"}}"#;
    let text = smh_errors::parse_response(body).unwrap().to_text(cat, Some("zh-CN"));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "InvalidParameterValue.Foo [zh-CN, via parent InvalidParameterValue, common, not retryable]");
    assert_eq!(lines[1], format!("  {}", cat.lookup("InvalidParameterValue", Some("zh-CN")).message));
    assert_eq!(&lines[2..], ["  server: bad Foo", "  request id: r-1"]);
    let ok = smh_errors::parse_response(br#"{"Response":{"RequestId":"r-2"}}"#).unwrap();
    assert_eq!(ok.to_text(cat, None), "success (request id r-2)");
    // The generic answer says so, and has no kind; a doc link gets its own line.
    let generic = cat.lookup("Nope.Nothing", Some("en-US")).to_string();
    assert!(generic.starts_with("Nope.Nothing [en-US, unknown code]\n  "), "{generic}");
    let linked = smh_errors::ErrorCode::ALL.iter().find(|c| c.doc_url().is_some()).unwrap();
    let shown = cat.lookup(linked.as_str(), Some("en-US")).to_string();
    assert!(shown.ends_with(&format!("\n  see: {}", linked.doc_url().unwrap())), "{shown}");
}

// ---------------------------------------------------------------------------
// Exact legacy codes, lone surrogates, escaped renderings
// ---------------------------------------------------------------------------

#[test]
fn a_legacy_code_must_be_exactly_an_integer() {
    // `-1e-400` is a tiny fraction: as a float it rounds to -0, which read
    // as success.
    for body in [r#"{"code":-1e-400}"#, r#"{"code":1e-400}"#, r#"{"code":0.0000001}"#, r#"{"code":4000.5}"#] {
        let err = parse_err(body);
        assert_eq!(
            err,
            ParseError::WrongType {
                path: "code",
                expected: "an integer",
                found: "a fraction or a number out of range"
            },
            "{body}"
        );
    }
    // Out of range, however it is written.
    for body in [r#"{"code":1e400}"#, r#"{"code":99999999999999999999999}"#, r#"{"code":-9223372036854775809}"#] {
        assert_eq!(parse_err(body).kind().as_str(), "wrong_type", "{body}");
    }
    // Integers in any spelling.
    for (body, code) in [
        (r#"{"code":4e3}"#, "4000"),
        (r#"{"code":4000.000}"#, "4000"),
        (r#"{"code":40E+2}"#, "4000"),
        (r#"{"code":400000e-2}"#, "4000"),
        (r#"{"code":-1.0}"#, "-1"),
        (r#"{"code":9223372036854775807}"#, "9223372036854775807"),
        (r#"{"code":-9223372036854775808}"#, "-9223372036854775808"),
    ] {
        assert_eq!(error_of(body).code, code, "{body}");
    }
    for body in [r#"{"code":0e5}"#, r#"{"code":-0.0}"#, r#"{"code":0.000e-999999999999999999999}"#] {
        assert_eq!(parse_response(body), Ok(Response::Success { request_id: None }), "{body}");
    }
}

#[test]
fn a_lone_surrogate_escape_is_named_as_such() {
    for body in [
        r#"{"Response":{"Error":{"Code":"X","Message":"\ud800"}}}"#,
        r#"{"Response":{"Error":{"Code":"X","Message":"\ud800\u0041"}}}"#,
        r#"{"Response":{"Error":{"Code":"X","Message":"\udc00"}}}"#,
    ] {
        let err = parse_err(body);
        assert_eq!(err.kind().as_str(), "syntax", "{body}");
        let text = err.to_string();
        assert!(text.contains("lone UTF-16 surrogate"), "{body}: {text}");
        assert!(!text.contains("hex escape"), "{body}: {text}");
    }
    // A pair is a character.
    assert_eq!(
        error_of(r#"{"Response":{"Error":{"Code":"X","Message":"\ud83d\ude00"}}}"#).server_message.as_deref(),
        Some("😀")
    );
    // The same body from a string type that can hold the surrogate itself
    // (Python's str, encoded with surrogatepass): the same answer.
    let escaped = parse_err(r#"{"Response":{"Error":{"Code":"X","Message":"\ud800"}}}"#);
    let raw = b"{\"Response\":{\"Error\":{\"Code\":\"X\",\"Message\":\"\xed\xa0\x80\"}}}";
    let from_text = smh_errors::response::parse_response_wtf8(raw).unwrap_err();
    assert_eq!(from_text.kind(), escaped.kind());
    assert_eq!(
        from_text,
        ParseError::Syntax {
            reason: "a lone UTF-16 surrogate (U+D800 to U+DFFF without its pair) is not a character".into(),
            line: 1,
            column: 45
        }
    );
    assert!(from_text.to_string().contains("lone UTF-16 surrogate"));
    let two_lines = smh_errors::response::parse_response_wtf8(b"{\n  \"a\":\"\xed\xb0\x80\"}").unwrap_err();
    assert!(matches!(two_lines, ParseError::Syntax { line: 2, column: 8, .. }), "{two_lines:?}");
    // As raw bytes, the same three bytes are not UTF-8, and other invalid
    // bytes stay invalid UTF-8 either way.
    assert_eq!(parse_err(raw).kind().as_str(), "invalid_utf8");
    assert_eq!(
        smh_errors::response::parse_response_wtf8(b"{\"a\":\"\xff\"}").unwrap_err().kind().as_str(),
        "invalid_utf8"
    );
    assert_eq!(
        smh_errors::response::parse_response_wtf8(br#"{"Response":{}}"#),
        Ok(Response::Success { request_id: None })
    );
}

#[test]
fn escaped_keys_and_repeated_keys_read_as_a_json_object() {
    let e = error_of(r#"{"Re\u0073ponse":{"Error":{"C\u006fde":"X\u002eY"}}}"#);
    assert_eq!(e.code, "X.Y");
    // A repeated key: the last value counts.
    assert_eq!(
        parse_response(r#"{"Response":{"Error":{"Code":"X"}},"Response":{"RequestId":"r"}}"#),
        Ok(Response::Success { request_id: Some("r".into()) })
    );
    // Fields nobody reads are still JSON that must read as text and numbers.
    for body in [
        r#"{"Response":{"RequestId":"r","Extra":"\ud800"}}"#,
        r#"{"Response":{"RequestId":"r","Extra":[{"a":1e400}]}}"#,
        r#"{"Other":{"\udc00":1},"Response":{}}"#,
        r#"[1e400]"#,
    ] {
        assert_eq!(parse_err(body).kind().as_str(), "syntax", "{body}");
    }
    // A syntax error after a shape error: the syntax error is reported.
    assert_eq!(parse_err(r#"{"Response":5,"#).kind().as_str(), "syntax");
}

/// A body whose code, message and request id carry terminal controls.
const HOSTILE: &str = r#"{"Response":{"Error":{"Code":"Internal\u001b[2JError\n","Message":"line\nforged: yes\r\u0000\u202e"},"RequestId":"r\u0085\u2066"}}"#;

#[test]
fn server_text_is_escaped_in_every_rendering() {
    let e = error_of(HOSTILE);
    assert_eq!(e.code, "Internal\u{1b}[2JError\n", "kept as sent");
    let shown = e.to_string();
    assert_eq!(
        shown,
        "Internal\\u{1b}[2JError\\n: line\\nforged: yes\\r\\u{0}\\u{202e} (RequestId: r\\u{85}\\u{2066})"
    );
    let r = parse_response(HOSTILE).unwrap();
    assert_eq!(r.to_string(), shown);
    let text = r.to_text(Catalog::builtin(), Some("en-US"));
    assert_eq!(text.lines().count(), 4, "{text}");
    assert!(text.starts_with("Internal\\u{1b}[2JError\\n [en-US, unknown code]"), "{text}");
    assert!(text.contains("\n  server: line\\nforged: yes\\r\\u{0}\\u{202e}\n"), "{text}");
    assert!(text.ends_with("\n  request id: r\\u{85}\\u{2066}"), "{text}");
    for c in text.chars() {
        assert!(c == '\n' || !smh_errors::text::needs_escape(c), "{c:?} in {text:?}");
    }
    let hit = e.lookup(Some("en-US")).to_string();
    assert!(hit.starts_with("Internal\\u{1b}[2JError\\n [en-US"), "{hit}");
    let ok = parse_response(r#"{"Response":{"RequestId":"a\nb"}}"#).unwrap();
    assert_eq!(ok.to_text(Catalog::builtin(), None), "success (request id a\\nb)");
    assert_eq!(ok.to_string(), "success (RequestId: a\\nb)");
    // JSON output keeps the text as sent: JSON escapes it itself.
    let v = r.to_json(Catalog::builtin(), Some("en-US"));
    assert_eq!(v["code"], "Internal\u{1b}[2JError\n");
    assert!(!v.to_string().contains('\n'));
}

#[test]
fn empty_message_and_request_id_are_left_out_of_the_text() {
    let e = error_of(r#"{"Response":{"Error":{"Code":"X","Message":""},"RequestId":""}}"#);
    assert_eq!(e.to_string(), "X");
    let e = error_of(r#"{"Response":{"Error":{"Code":"X","Message":""},"RequestId":"r"}}"#);
    assert_eq!(e.to_string(), "X (RequestId: r)");
}

#[test]
fn retryable_by_code_is_the_core_rule() {
    for (code, r) in [
        ("InternalError", true),
        ("InternalError.SendSms", false),
        ("RequestLimitExceeded.X", true),
        ("Foo", false),
        ("", false),
    ] {
        assert_eq!(smh_errors::retryable(code), r, "{code}");
    }
}
