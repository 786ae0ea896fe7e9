//! The `smh-errors` command, run as a user runs it.

use std::io::Write;
use std::process::{Output, Stdio};

mod common;
use common::bin;

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run smh-errors")
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child =
        bin().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(o)))
}

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/signature-failure.json");

#[test]
fn explain_json_has_the_shared_vocabulary() {
    let o = run(&["explain", "InvalidParameterValue.Foo", "--locale", "zh_CN.UTF-8", "--json"]);
    assert!(o.status.success());
    let v = json(&o);
    assert_eq!(v["code"], "InvalidParameterValue.Foo");
    assert_eq!(v["matched"], "InvalidParameterValue");
    assert_eq!(v["resolution"], "parent");
    assert_eq!(v["locale"], "zh-CN");
    assert_eq!(v["message"], "参数取值错误。");
    assert_eq!(v["kind"], "common");
    assert_eq!(v["retryable"], false);
}

#[test]
fn explain_text_is_short_and_readable() {
    let o = run(&["explain", "AuthFailure.MFAFailure", "-l", "en"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert_eq!(
        out,
        "AuthFailure.MFAFailure [en-US, exact, common, not retryable]\n  MFA (multi-factor authentication) failed.\n  see: https://intl.cloud.tencent.com/document/product/378/12036\n"
    );
}

#[test]
fn explain_unknown_code_is_generic_not_an_error() {
    let o = run(&["explain", "NoSuch.Code", "--json"]);
    assert!(o.status.success());
    let v = json(&o);
    assert_eq!(v["resolution"], "generic");
    assert_eq!(v["matched"], serde_json::Value::Null);
    assert_eq!(v["message"], "The request failed with error code NoSuch.Code.");
}

#[test]
fn parse_seed_response_in_zh_cn() {
    let o = run(&["parse", SEED, "--locale", "zh-CN", "--json"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v = json(&o);
    assert_eq!(v["outcome"], "error");
    assert_eq!(v["code"], "AuthFailure.SignatureFailure");
    assert_eq!(v["locale"], "zh-CN");
    assert_eq!(v["message"], "签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。");
    assert_eq!(v["request_id"], "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6");
    assert_eq!(
        v["server_message"],
        "The provided credentials could not be validated. Please check your signature is correct."
    );
    assert_eq!(
        v["detail"],
        serde_json::json!({"id": "detail-signature-not-validated", "locale": "zh-CN", "message": "无法验证所提供的凭证。请检查签名是否正确。"})
    );
}

/// What `make demo` prints, exactly as the README shows it.
#[test]
fn parse_seed_text_is_the_readme_demo() {
    let o = run(&["parse", SEED, "--locale", "zh-CN"]);
    assert!(o.status.success());
    let readme = include_str!("../README.md");
    let start =
        readme.find("```text\nAuthFailure.SignatureFailure").expect("the README's demo output") + "```text\n".len();
    let shown = &readme[start..start + readme[start..].find("```").unwrap()];
    assert_eq!(stdout(&o), shown);
    assert!(shown.contains("\n  detail: 无法验证所提供的凭证。请检查签名是否正确。\n"));
}

#[test]
fn parse_reads_stdin_and_reports_success() {
    let o = run_stdin(&["parse", "-"], br#"{"Response":{"RequestId":"abc"}}"#);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "success (request id abc)\n");
    let o = run_stdin(&["parse", "--json"], br#"{"code":0,"message":"","codeDesc":"Success"}"#);
    assert_eq!(json(&o), serde_json::json!({"outcome": "success", "request_id": null}));
}

#[test]
fn parse_failure_exits_2_with_a_clear_message() {
    let o = run_stdin(&["parse"], br#"{"Response":{"Error":{"Code":42}}}"#);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("Response.Error.Code should be a string, but it is a number"), "{err}");
    assert!(o.stdout.is_empty());

    let o = run_stdin(&["parse"], b"\xff\xfe");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not valid UTF-8"));

    let o = run(&["parse", "/definitely/not/here.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot read /definitely/not/here.json"));

    let big = vec![b' '; (1 << 20) + 10];
    let o = run_stdin(&["parse"], &big);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("over the 1048576-byte limit"));
}

#[test]
fn list_every_code_and_by_kind() {
    let all = json(&run(&["list", "--json", "--locale", "zh-CN"]));
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 99);
    assert!(all.iter().all(|v| v["resolution"] == "exact" && v["locale"] == "zh-CN"));
    let retired: Vec<&str> =
        all.iter().filter(|v| v["status"] == "retired").map(|v| v["code"].as_str().unwrap()).collect();
    assert_eq!(retired.len(), 25, "{retired:?}");
    assert!(all.iter().all(|v| v["status"] == "retired" || v["status"] == "current"));
    let business = json(&run(&["list", "--kind", "business", "--json"]));
    let business = business.as_array().unwrap();
    assert_eq!(business.len(), 61);
    assert!(business.iter().all(|v| v["kind"] == "business"));
    let text = stdout(&run(&["list", "--kind", "common"]));
    assert_eq!(text.lines().count(), 38);
    assert!(text.lines().any(|l| l.starts_with("RequestLimitExceeded ") && l.contains("retryable")));
    assert!(!text.contains("retired"), "no common code is retired");
    // The text says which codes are retired, in a column of its own.
    let text = stdout(&run(&["list", "--locale", "en-US"]));
    let said: Vec<&str> = text
        .lines()
        .filter(|l| l.split("  ").map(str::trim).any(|col| col == "retired"))
        .map(|l| l.split(' ').next().unwrap())
        .collect();
    assert_eq!(said, retired);
}

#[test]
fn explain_and_export_say_a_code_is_retired() {
    let o = run(&["explain", "InternalError.BalanceLess", "--locale", "en-US"]);
    assert_eq!(
        stdout(&o),
        "InternalError.BalanceLess [en-US, exact, business, not retryable, retired]\n  Your account balance is insufficient.\n"
    );
    let v = json(&run(&["explain", "InternalError.BalanceLess", "--json", "--locale", "zh-CN"]));
    assert_eq!(
        (&v["resolution"], &v["message"], &v["retryable"], &v["status"]),
        (&"exact".into(), &"账户余额不足".into(), &false.into(), &"retired".into())
    );
    let v = json(&run(&["explain", "UnsupportedOperation.BalanceLess", "--json"]));
    assert_eq!((&v["retryable"], &v["status"]), (&false.into(), &"current".into()));
    assert!(!stdout(&run(&["explain", "UnsupportedOperation.BalanceLess"])).contains("retired"));
    let v = json(&run(&["explain", "NoSuchCode", "--json"]));
    assert_eq!(v["status"], serde_json::Value::Null);

    let export = json(&run(&["export"]));
    let codes = export["codes"].as_object().unwrap();
    assert_eq!(codes.len(), 99);
    assert_eq!(codes["ResourceNotFound.User"]["status"], "retired");
    assert_eq!(codes["ResourceNotFound.User"]["messages"]["zh-CN"], "指定的用户不存在。");
    assert_eq!(codes["ResourceNotFound.Library"]["status"], "current");
    assert_eq!(codes.values().filter(|c| c["status"] == "retired").count(), 25);
}

#[test]
fn locales_lists_the_source_first() {
    assert_eq!(stdout(&run(&["locales"])), "en-US\nzh-CN\nen-XA\nar-XB\n");
}

#[test]
fn default_locale_comes_from_the_environment() {
    let o = bin().args(["explain", "InternalError", "--json"]).env("LANG", "zh_CN.UTF-8").output().unwrap();
    assert_eq!(json(&o)["locale"], "zh-CN");
    let o = bin()
        .args(["explain", "InternalError", "--json"])
        .env("LANG", "zh_CN.UTF-8")
        .env("SMH_ERRORS_LOCALE", "en")
        .output()
        .unwrap();
    assert_eq!(json(&o)["locale"], "en-US");
    let o = bin().args(["explain", "InternalError", "--json"]).env("LC_ALL", "C").output().unwrap();
    assert_eq!(json(&o)["locale"], "en-US");
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let d = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn check_passes_on_the_shipped_catalog_and_fails_on_a_broken_overlay() {
    let o = bin().args(["check"]).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    // No errors (warnings, if any, do not fail).
    assert!(!stdout(&o).contains(": error: "), "{}", stdout(&o));

    let d = temp_dir("cli-broken");
    std::fs::create_dir(d.join("ja-JP")).unwrap();
    std::fs::write(d.join("ja-JP/errors.ftl"), "InternalError = 内部エラー { $oops }\nnot a message\n").unwrap();
    let o = run(&["check", d.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let file = d.join("ja-JP/errors.ftl").display().to_string();
    assert!(out.contains(&format!("{file}:1:25: error: `InternalError` uses the variable `$oops`")), "{out}");
    assert!(out.contains(&format!("{file}:2:5: error: syntax error")), "{out}");
}

#[test]
fn catalog_dir_overlay_answers_without_rebuilding() {
    let d = temp_dir("cli-overlay");
    std::fs::create_dir(d.join("ja-JP")).unwrap();
    std::fs::write(d.join("ja-JP/errors.ftl"), "InternalError = 内部エラーが発生しました。\n").unwrap();
    let o = bin()
        .args(["explain", "InternalError", "--locale", "ja_JP.UTF-8", "--json"])
        .env("SMH_ERRORS_CATALOG_DIR", &d)
        .output()
        .unwrap();
    let v = json(&o);
    assert_eq!(v["locale"], "ja-JP");
    assert_eq!(v["message"], "内部エラーが発生しました。");
    // A code the overlay lacks falls back to en-US.
    let o = bin()
        .args(["explain", "ActionOffline", "--locale", "ja", "--json"])
        .env("SMH_ERRORS_CATALOG_DIR", &d)
        .output()
        .unwrap();
    assert_eq!(json(&o)["locale"], "en-US");
    let o = bin().args(["locales"]).env("SMH_ERRORS_CATALOG_DIR", &d).output().unwrap();
    assert_eq!(stdout(&o), "en-US\nzh-CN\nen-XA\nar-XB\nja-JP\n");
}

#[test]
fn broken_catalog_dir_is_reported_and_the_builtin_catalog_still_answers() {
    let d = temp_dir("cli-overlay-broken");
    std::fs::create_dir(d.join("ja-JP")).unwrap();
    std::fs::write(d.join("ja-JP/errors.ftl"), "Nope-Nope = x\n").unwrap();
    let o = bin().args(["explain", "InternalError", "-l", "zh"]).env("SMH_ERRORS_CATALOG_DIR", &d).output().unwrap();
    assert!(o.status.success());
    assert!(stdout(&o).contains("内部错误。"));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("ignoring SMH_ERRORS_CATALOG_DIR") && err.contains("[unknown-message]"), "{err}");
}

#[test]
fn bad_arguments_exit_2() {
    let o = run(&["explain"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["list", "--kind", "weird"]);
    assert_eq!(o.status.code(), Some(2));
}
