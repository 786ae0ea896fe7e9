//! `smh-errors check` on broken catalogs: each `tests/fixtures/check/<case>/`
//! is a small full catalog (its own `codes.toml`, `en-US/`, and a
//! translation) with the exact output expected in `<case>/expected.txt`.
//!
//! After a deliberate change of wording, rewrite the expected files with
//! `SMH_ERRORS_BLESS=1 cargo test --test check_fixtures every_case`, and read
//! the diff.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn check(args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_smh-errors"));
    for v in ["SMH_ERRORS_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG", "SMH_ERRORS_CATALOG_DIR"] {
        c.env_remove(v);
    }
    c.arg("check").args(args).current_dir(ROOT).output().expect("run smh-errors")
}

fn cases() -> Vec<PathBuf> {
    let dir = Path::new(ROOT).join("tests/fixtures/check");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/check")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 10, "{cases:?}");
    cases
}

fn name(case: &Path) -> String {
    case.file_name().unwrap().to_string_lossy().into_owned()
}

#[test]
fn every_case_prints_exactly_the_expected_diagnostics() {
    let bless = std::env::var_os("SMH_ERRORS_BLESS").is_some();
    let mut failures = Vec::new();
    for case in cases() {
        let rel = format!("tests/fixtures/check/{}", name(&case));
        let o = check(&[&rel]);
        let out = String::from_utf8(o.stdout).unwrap();
        let expected_path = case.join("expected.txt");
        if bless {
            std::fs::write(&expected_path, &out).unwrap();
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if out != expected {
            failures.push(format!(
                "{rel}: output differs from expected.txt\n--- got ---\n{out}--- expected ---\n{expected}"
            ));
        }
        let has_error = out.lines().any(|l| l.contains(": error: "));
        let want = if has_error { 1 } else { 0 };
        if o.status.code() != Some(want) {
            failures.push(format!("{rel}: exit {:?}, want {want}", o.status.code()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_rule_has_a_case() {
    let all: String = cases().iter().map(|c| std::fs::read_to_string(c.join("expected.txt")).unwrap()).collect();
    for rule in [
        "syntax-error",
        "missing-message",
        "missing-attribute",
        "missing-term",
        "no-value",
        "unknown-attribute",
        "unknown-message",
        "unused-term",
        "unknown-variable",
        "dropped-variable",
        "unknown-reference",
        "unknown-function",
        "dropped-reference",
        "added-reference",
        "duplicate-id",
        "duplicate-attribute",
        "empty-value",
        "markdown-link",
        "backtick",
        "invisible-char",
        "replacement-char",
        "identical",
        "pattern-syntax",
        "pattern-bad-id",
        "pattern-unknown-code",
        "pattern-bad-hole",
        "pattern-missing-field",
        "pattern-unknown-key",
        "pattern-bad-entry",
        "pattern-overlap",
        "pattern-bad-source",
        "pattern-unquoted-hole",
        "missing-hole",
        "too-long",
        "registry-missing-field",
        "registry-retry-undecided",
        "registry-retry-billing",
        "registry-bad-provenance",
        "registry-no-source",
        "missing-comment",
        "changed-identifier",
        "layout",
    ] {
        assert!(all.contains(&format!("[{rule}]")), "no fixture shows [{rule}]");
    }
}

#[test]
fn the_clean_case_is_silent_and_warnings_fail_only_when_denied() {
    let o = check(&["tests/fixtures/check/clean"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
    assert_eq!(String::from_utf8_lossy(&o.stderr), "tests/fixtures/check/clean: 0 error(s), 0 warning(s)\n");
    // Warnings only.
    let o = check(&["tests/fixtures/check/identical"]);
    assert_eq!(o.status.code(), Some(0));
    let o = check(&["tests/fixtures/check/identical", "--deny-warnings"]);
    assert_eq!(o.status.code(), Some(1));
    let o = check(&["tests/fixtures/check/clean", "--deny-warnings"]);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn the_shipped_catalog_has_no_warning() {
    // Every en-US message has a comment for translators, every identifier
    // is kept: a warning here fails `check catalog --deny-warnings`.
    let o = check(&["catalog", "--deny-warnings"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "");
    assert_eq!(String::from_utf8_lossy(&o.stderr), "catalog: 0 error(s), 0 warning(s)\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn a_source_message_without_a_comment_is_a_warning_denied_on_request() {
    let case = "tests/fixtures/check/comments";
    let o = check(&[case]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(o.status.code(), Some(0), "warnings only: {out}");
    // Exactly the three uncommented messages of en-US, at their id: a comment
    // followed by a blank line, or an empty one, is no comment.
    let missing: Vec<&str> = out.lines().filter(|l| l.ends_with("[missing-comment]")).collect();
    assert_eq!(missing.len(), 3, "{out}");
    for (line, id) in [(17, "ActionOffline"), (19, "AuthFailure-MFAFailure"), (23, "InvalidParameterValue")] {
        let head = format!("{case}/en-US/errors.ftl:{line}:1: warning: `{id}` has no comment for translators");
        assert!(missing.iter().any(|l| l.starts_with(&head)), "{head}\n{out}");
    }
    // A translation needs none.
    assert!(!out.lines().any(|l| l.contains("/ja-JP/") && l.ends_with("[missing-comment]")), "{out}");
    assert_eq!(check(&[case, "--deny-warnings"]).status.code(), Some(1));
}

#[test]
fn json_format_lists_the_same_diagnostics_with_a_summary() {
    for case in cases() {
        let rel = format!("tests/fixtures/check/{}", name(&case));
        let o = check(&[&rel, "--format", "json"]);
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{rel}: {e}"));
        let text = std::fs::read_to_string(case.join("expected.txt")).unwrap();
        // The headlines of the text output, in order.
        let heads: Vec<&str> = text.lines().filter(|l| l.starts_with("tests/")).collect();
        let diags = v["diagnostics"].as_array().unwrap();
        assert_eq!(diags.len(), heads.len(), "{rel}");
        for (d, head) in diags.iter().zip(&heads) {
            let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
            assert_eq!(keys, ["col", "line", "message", "path", "rule", "severity"], "{rel}");
            let line = format!(
                "{}:{}:{}: {}: {} [{}]",
                d["path"].as_str().unwrap(),
                d["line"],
                d["col"],
                d["severity"].as_str().unwrap(),
                d["message"].as_str().unwrap(),
                d["rule"].as_str().unwrap()
            );
            assert_eq!(&line, head, "{rel}");
        }
        let errors = diags.iter().filter(|d| d["severity"] == "error").count();
        assert_eq!(v["summary"]["errors"], errors, "{rel}");
        assert_eq!(v["summary"]["warnings"], diags.len() - errors, "{rel}");
        assert_eq!(o.status.code(), Some(if errors > 0 { 1 } else { 0 }), "{rel}");
    }
}

#[test]
fn layout_is_reported_by_check_not_by_loading_an_overlay() {
    let text = std::fs::read_to_string(Path::new(ROOT).join("tests/fixtures/check/layout/ja-JP/errors.ftl")).unwrap();
    // Loading an overlay checks what a program shows, the same in every
    // language binding: not the layout.
    let loaded = smh_errors::Catalog::builder().overlay_source("ja-JP", "errors.ftl", text.clone()).diagnostics();
    assert!(!loaded.iter().any(|d| d.rule == "layout"), "{loaded:?}");
    // `smh-errors check` on the same file as an overlay folder reports it.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("layout-overlay");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("ja-JP")).unwrap();
    std::fs::write(dir.join("ja-JP/errors.ftl"), &text).unwrap();
    let o = check(&[dir.to_str().unwrap()]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(out.matches("[layout]").count(), 9, "{out}");
    assert_eq!(o.status.code(), Some(0), "warnings only: {out}");
}
