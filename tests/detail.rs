//! The server's message, localized: every shipped pattern in
//! every locale, overlays that translate or break detail messages, and
//! messages built to be slow or to smuggle control characters.

use smh_errors::detail::{match_message, pattern_ids, MAX_HOLE_LEN, MAX_MESSAGE_LEN};
use smh_errors::{parse_response, Catalog, Response};

/// One row of catalog/sources/server-messages.tsv: a message a source shows,
/// word for word, and the pattern it is a text of.
struct Row {
    pattern: String,
    code: String,
    message: String,
    source: String,
}

fn rows() -> Vec<Row> {
    let tsv = include_str!("../catalog/sources/server-messages.tsv");
    let mut lines = tsv.lines();
    assert_eq!(lines.next(), Some("pattern\tcode\tserver_message\tsource"));
    lines
        .filter(|l| !l.is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 4, "{l}");
            Row { pattern: f[0].into(), code: f[1].into(), message: f[2].into(), source: f[3].into() }
        })
        .collect()
}

fn registry() -> Vec<smh_errors_check::ServerPattern> {
    let text = include_str!("../catalog/server-messages.toml");
    let codes: Vec<&str> = smh_errors::ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    let (patterns, problems) =
        smh_errors_check::server_messages::parse_server_messages("server-messages.toml", text, &codes);
    assert!(problems.is_empty(), "{problems:?}");
    patterns
}

#[test]
fn every_message_a_source_shows_gets_its_pattern_in_every_locale() {
    let rows = rows();
    assert!(rows.len() >= 50, "{}", rows.len());
    let cat = Catalog::builtin();
    for r in &rows {
        let m =
            match_message(&r.code, &r.message).unwrap_or_else(|| panic!("{} matches nothing: {}", r.source, r.message));
        assert_eq!(m.id, r.pattern, "{}", r.message);
        // The server's quotes are text of the pattern: no value holds one.
        for (hole, value) in &m.values {
            assert!(!value.starts_with('`') && !value.ends_with('`'), "{hole} = {value:?} in {}", r.message);
        }
        let en = cat.detail(&r.code, &r.message, Some("en-US")).unwrap();
        let zh = cat.detail(&r.code, &r.message, Some("zh_CN.UTF-8")).unwrap();
        let xa = cat.detail(&r.code, &r.message, Some("en-XA")).unwrap();
        let xb = cat.detail(&r.code, &r.message, Some("ar-XB")).unwrap();
        assert_eq!((en.locale, zh.locale, xa.locale, xb.locale), ("en-US", "zh-CN", "en-XA", "ar-XB"));
        assert!(en.id == zh.id && zh.id == xa.id && xa.id == xb.id);
        for d in [&en, &zh, &xa, &xb] {
            assert!(!d.message.contains('`') && !d.message.contains('{'), "{d:?}");
        }
        // An English reader of a Chinese message gets English, and the
        // other way round.
        assert!(en.message.is_ascii(), "{en:?}");
        assert!(zh.message.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{zh:?}");
        assert_ne!(en.message, xa.message);
        // Any locale falls back along its chain to en-US.
        assert_eq!(cat.detail(&r.code, &r.message, Some("ja-JP")).unwrap(), en);
    }
}

#[test]
fn every_pattern_and_every_text_rests_on_a_cited_row() {
    let rows = rows();
    let patterns = registry();
    assert_eq!(patterns.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), pattern_ids().collect::<Vec<_>>());
    for p in &patterns {
        // Each source of a pattern shows one of its texts, and each row's
        // source is one of its pattern's.
        for s in &p.sources {
            assert!(rows.iter().any(|r| r.pattern == p.id && &r.source == s), "{}: no row cites {s}", p.id);
        }
        for (n, t) in p.texts.iter().enumerate() {
            let shown = rows.iter().filter(|r| r.pattern == p.id).any(|r| {
                let parts = smh_errors_check::server_messages::split_pattern(&t.server).unwrap();
                smh_errors_check::server_messages::overlap(
                    &parts,
                    &[smh_errors_check::server_messages::Part::Text(r.message.clone())],
                )
                .is_some()
            });
            assert!(shown, "{}: text {n} ({}) is shown by no row", p.id, t.server);
        }
    }
    for r in &rows {
        let p = patterns.iter().find(|p| p.id == r.pattern).unwrap_or_else(|| panic!("{}", r.pattern));
        assert!(p.codes.contains(&r.code), "{} {}", r.pattern, r.code);
        assert!(p.sources.contains(&r.source), "{}: {} is not among its sources", r.pattern, r.source);
    }
}

#[test]
fn the_real_messages_of_issue_22_give_a_detail_without_quotes() {
    let cat = Catalog::builtin();
    let header = "The request header is missing a required common parameter `X-TC-Action`.";
    let d = cat.detail("MissingParameter", header, Some("en")).unwrap();
    assert_eq!(d.message, "The request header lacks the required common parameter X-TC-Action.");
    let region = "A value specified in `Region` is not valid, is unsupported, or cannot be used.";
    let d = cat.detail("InvalidParameterValue", region, Some("zh-CN")).unwrap();
    assert_eq!(d.message, "Region 中指定的值无效、不受支持或无法使用。");
    let disk = "The value `50` specified in the parameter `SystemDisk.DiskSize` is not valid.";
    assert_eq!(
        match_message("InvalidParameterValue", disk).unwrap().values,
        [("value", "50"), ("param", "SystemDisk.DiskSize")]
    );
    let d = cat.detail("InvalidParameterValue", disk, Some("en")).unwrap();
    assert_eq!(d.message, "The value 50 given for the parameter SystemDisk.DiskSize is invalid.");
    // The old patterns, without the quotes, no longer match anything.
    for (code, m) in [
        ("MissingParameter", "The request header is missing a required common parameter X-TC-Action."),
        ("InvalidParameterValue", "A value specified in Region is not valid, is unsupported, or cannot be used."),
    ] {
        assert_eq!(match_message(code, m), None, "{m}");
    }
}

#[test]
fn a_chinese_server_message_gets_an_english_detail() {
    let cat = Catalog::builtin();
    let zh = "您当前每秒请求 `6` 次，超过了每秒频率上限 `5`，请稍后重试。";
    let en = "Your current request times equals to `6` in a second, which exceeds the frequency limit `5` for a second. Please reduce the frequency of calls.";
    let (a, b) =
        (match_message("RequestLimitExceeded", zh).unwrap(), match_message("RequestLimitExceeded", en).unwrap());
    assert_eq!((a.id, &a.values), (b.id, &b.values));
    let d = cat.detail("RequestLimitExceeded", zh, Some("en-US")).unwrap();
    assert_eq!(
        (d.id, d.message.as_str(), d.locale),
        (
            "detail-rate-limit-count",
            "You made 6 requests in one second, over the rate limit of 5 per second. Make calls less often.",
            "en-US"
        )
    );
    let d = cat.detail("RequestLimitExceeded", zh, Some("zh-CN")).unwrap();
    assert_eq!(d.message, "当前每秒请求 6 次，超过了每秒 5 次的频率限制，请降低调用频率。");
    let body = r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"请求签名验证失败，请检查您的签名计算是否正确。"},"RequestId":"r"}}"#;
    let Ok(Response::Error(e)) = parse_response(body.as_bytes()) else { panic!() };
    let d = e.detail(Some("en")).unwrap();
    assert_eq!(
        (d.id, d.message.as_str()),
        (
            "detail-signature-not-validated",
            "The credentials provided could not be validated. Check that the signature is correct."
        )
    );
    let d =
        cat.detail("InvalidParameter", "参数 `InstanceIds.0` 取值类型错误。参数类型应为 `string`", Some("en")).unwrap();
    assert_eq!(d.message, "The value of the parameter InstanceIds.0 has an invalid type; it must be a string.");
    // A Chinese message under another code, or cut short, gets nothing.
    assert_eq!(match_message("InvalidParameter", zh), None);
    assert_eq!(match_message("RequestLimitExceeded", "您当前每秒请求 `6` 次，超过了每秒频率上限 `5`"), None);
}

#[test]
fn an_api_error_answers_its_detail_or_none() {
    let body = br#"{"Response":{"Error":{"Code":"MissingParameter","Message":"The request is missing a required parameter `Filters`."},"RequestId":"r"}}"#;
    let Ok(Response::Error(e)) = parse_response(body) else { panic!() };
    let d = e.detail(Some("zh-CN")).unwrap();
    assert_eq!((d.id, d.message.as_str(), d.locale), ("detail-missing-parameter", "缺少必需的参数 Filters。", "zh-CN"));
    let json = Response::Error(e.clone()).to_json(Catalog::builtin(), Some("zh-CN"));
    assert_eq!(
        json["detail"],
        serde_json::json!({"id": "detail-missing-parameter", "message": "缺少必需的参数 Filters。", "locale": "zh-CN"})
    );
    let text = Response::Error(e).to_text(Catalog::builtin(), Some("en"));
    assert!(text.contains("\n  detail: The required parameter Filters is missing.\n  server: "), "{text}");
    // No message, an unknown message, a code of no pattern: no detail.
    for body in [
        &br#"{"Response":{"Error":{"Code":"MissingParameter"}}}"#[..],
        br#"{"Response":{"Error":{"Code":"MissingParameter","Message":"missing Filters"}}}"#,
        br#"{"Response":{"Error":{"Code":"InternalError","Message":"The request is missing a required parameter `Filters`."}}}"#,
        br#"{"code":4000,"message":"Parameter `x` format invalid.","codeDesc":"InvalidParameter.Nope"}"#,
    ] {
        let Ok(Response::Error(e)) = parse_response(body) else { panic!() };
        assert_eq!(e.detail(Some("zh-CN")), None, "{e:?}");
        let json = Response::Error(e.clone()).to_json(Catalog::builtin(), None);
        assert!(json["detail"].is_null());
        assert!(!Response::Error(e).to_text(Catalog::builtin(), None).contains("detail:"));
    }
}

#[test]
fn hostile_hole_text_is_escaped_in_the_detail() {
    let cat = Catalog::builtin();
    let m = "Parameter `a\u{1b}[2J\nX-Injected: 1\u{202e}b` format invalid.";
    let d = cat.detail("InvalidParameter", m, Some("en-US")).unwrap();
    assert_eq!(d.message, "The parameter a\\u{1b}[2J\\nX-Injected: 1\\u{202e}b has an invalid format.");
    assert!(!d.message.chars().any(smh_errors::text::needs_escape));
    // The raw value is available to programs, unescaped.
    assert_eq!(match_message("InvalidParameter", m).unwrap().values, [("param", "a\u{1b}[2J\nX-Injected: 1\u{202e}b")]);
}

#[test]
fn holes_are_bounded_and_never_empty() {
    let at = |n: usize| format!("Parameter `{}` format invalid.", "é".repeat(n));
    assert!(match_message("InvalidParameter", &at(MAX_HOLE_LEN / 2)).is_some());
    assert!(match_message("InvalidParameter", &at(MAX_HOLE_LEN / 2 + 1)).is_none(), "a hole over 128 bytes");
    assert!(match_message("InvalidParameter", &at(0)).is_none(), "an empty hole");
}

#[test]
fn long_and_adversarial_messages_match_nothing() {
    let head = "Your current request times equals to `";
    let mid = "` in a second, which exceeds the frequency limit `";
    let tail = "` for a second. Please reduce the frequency of calls.";
    let mib = 1 << 20;
    let hostile = [
        "`".repeat(mib),
        format!("Parameter `{}` format invalid.", "`".repeat(mib)),
        format!("{head}{}{tail}", mid.repeat(mib / mid.len())),
        format!("{head}{}", "` in a second".repeat(MAX_MESSAGE_LEN / 13)),
        format!("{head}1{}", &mid[..mid.len() - 1]).repeat(MAX_MESSAGE_LEN / 60),
        format!("Parameter `{}` format invalid.", "` format invalid".repeat(MAX_MESSAGE_LEN / 17)),
    ];
    for m in &hostile {
        assert!(match_message("RequestLimitExceeded", m).is_none(), "{}", &m[..60.min(m.len())]);
        assert!(match_message("InvalidParameter", m).is_none());
    }
    // A near-miss at every length up to the bound and one past it. That the
    // time stays flat is shown by `cargo bench --bench detail` (BENCHMARKS.md),
    // not timed here.
    for n in [64, 256, 1024, MAX_MESSAGE_LEN, MAX_MESSAGE_LEN + 1] {
        let m = format!("{head}{}", "`".repeat(n));
        assert!(match_message("RequestLimitExceeded", &m).is_none());
    }
}

#[test]
fn an_overlay_translates_details_and_gets_the_usual_findings() {
    let ok = "detail-parameter-format-invalid = パラメータ { $param } の形式が無効です。\n";
    let cat = Catalog::builder().overlay_source("ja-JP", "ja.ftl", ok).build().unwrap();
    let d = cat.detail("InvalidParameter", "Parameter `LibraryId` format invalid.", Some("ja")).unwrap();
    assert_eq!((d.message.as_str(), d.locale), ("パラメータ LibraryId の形式が無効です。", "ja-JP"));
    // What the overlay lacks falls back to en-US.
    let d = cat.detail("InvalidParameter", "Parameter `LibraryId` input repeated.", Some("ja")).unwrap();
    assert_eq!(d.locale, "en-US");

    let bad = "detail-parameter-format-invalid = パラメータの形式が無効です。\n\
               detail-parameter-repeated = { $param } と { $name } が重複しています。\n\
               detail-no-such-pattern = ない。\n";
    let e = Catalog::builder().overlay_source("ja-JP", "ja.ftl", bad).build().unwrap_err();
    let rules: Vec<(&str, usize)> = e.diagnostics.iter().map(|d| (d.rule, d.line)).collect();
    assert_eq!(rules, [("missing-hole", 1), ("unknown-variable", 2), ("unknown-message", 3)], "{e}");
}

#[test]
fn the_shipped_pattern_registry_is_what_the_build_compiled() {
    let ids: Vec<String> = registry().into_iter().map(|p| p.id).collect();
    assert_eq!(ids, pattern_ids().collect::<Vec<_>>());
    assert_eq!(ids.len(), 18);
}
