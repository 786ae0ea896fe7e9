//! The server's message, localized (issue 15): every shipped pattern in
//! every locale, overlays that translate or break detail messages, and
//! messages built to be slow or to smuggle control characters.

use smh_errors::detail::{match_message, pattern_ids, MAX_HOLE_LEN, MAX_MESSAGE_LEN};
use smh_errors::{parse_response, Catalog, Response};

/// Each line of catalog/sources/server-messages.tsv with its variable parts
/// (`xxx`, `X`, `Y`, `XXX`) given real values.
fn observed() -> Vec<(String, String)> {
    let tsv = include_str!("../catalog/sources/server-messages.tsv");
    tsv.lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (code, msg) = l.split_once('\t').unwrap();
            let msg = msg
                .replace("`xxx`", "`LibraryId`")
                .replace("parameter XXX.", "parameter `Filters`.")
                .replace("in XXX is", "in Filters is")
                .replace("X-TC-XXX", "X-TC-Timestamp")
                .replace("`X`", "`25`")
                .replace("`Y`", "`20`");
            (code.to_string(), msg)
        })
        .collect()
}

#[test]
fn every_observed_message_gets_its_own_pattern_in_every_locale() {
    let rows = observed();
    assert_eq!(rows.len(), 15);
    let mut ids: Vec<&str> =
        rows.iter().map(|(c, m)| match_message(c, m).unwrap_or_else(|| panic!("{m}")).id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 15, "each observed message matches a pattern of its own");
    // And one seen only in Tencent Cloud's API documentation.
    assert_eq!(pattern_ids().count(), 16);
    let doc = "The provided credentials could not be validated. Please ensure your signature is correct.";
    let d = match_message("AuthFailure.SignatureFailure", doc).expect("the documented variant");
    assert_eq!(d.id, "detail-signature-not-validated-ensure");
    assert!(!ids.contains(&d.id), "a pattern of its own");
    let cat = Catalog::builtin();
    for (code, msg) in &rows {
        let en = cat.detail(code, msg, Some("en-US")).unwrap();
        let zh = cat.detail(code, msg, Some("zh_CN.UTF-8")).unwrap();
        let xa = cat.detail(code, msg, Some("en-XA")).unwrap();
        let xb = cat.detail(code, msg, Some("ar-XB")).unwrap();
        assert_eq!((en.locale, zh.locale, xa.locale, xb.locale), ("en-US", "zh-CN", "en-XA", "ar-XB"));
        assert!(en.id == zh.id && zh.id == xa.id && xa.id == xb.id);
        for d in [&en, &zh, &xa, &xb] {
            assert!(!d.message.contains('`') && !d.message.contains('{'), "{d:?}");
        }
        assert_ne!(en.message, zh.message);
        assert_ne!(en.message, xa.message);
        // Any locale falls back along its chain to en-US.
        assert_eq!(cat.detail(code, msg, Some("ja-JP")).unwrap(), en);
    }
    let d = cat.detail("InvalidParameter", "Parameter `LibraryId` format invalid.", Some("zh-CN")).unwrap();
    assert_eq!(d.message, "参数 LibraryId 的格式无效。");
    let r = "Your current request times equals to `25` in a second, which exceeds the frequency limit `20` for a second. Please reduce the frequency of calls.";
    let d = cat.detail("RequestLimitExceeded", r, Some("en")).unwrap();
    assert_eq!(
        d.message,
        "You made 25 requests in one second, over the rate limit of 20 per second. Make calls less often."
    );
    // The pseudo-locale keeps the hole's value as it is.
    assert!(cat.detail("RequestLimitExceeded", r, Some("en-XA")).unwrap().message.contains(" 25 "));
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
    let text = include_str!("../catalog/server-messages.toml");
    let codes: Vec<&str> = smh_errors::ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    let (patterns, problems) =
        smh_errors_check::server_messages::parse_server_messages("server-messages.toml", text, &codes);
    assert!(problems.is_empty(), "{problems:?}");
    let ids: Vec<&str> = patterns.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, pattern_ids().collect::<Vec<_>>());
}
