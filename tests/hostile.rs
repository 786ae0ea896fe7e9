//! Overlays made to break the checker: bounded diagnostics, one
//! line each, real languages only, nothing that cannot be formatted, and the
//! smaller holes.

use std::process::{Command, Stdio};

use smh_errors::{Catalog, CatalogError, Diagnostic};

mod common;
use common::{tempdir, write};

fn errs(locale: &str, ftl: &str) -> Vec<Diagnostic> {
    Catalog::builder().overlay_source(locale, "a.ftl", ftl).diagnostics()
}

fn rules(d: &[Diagnostic]) -> Vec<&'static str> {
    d.iter().filter(|d| d.is_error()).map(|d| d.rule).collect()
}

#[test]
fn many_problems_in_a_file_are_capped_with_a_count() {
    let ftl = "# \u{200b}\n".repeat(20_000);
    let d = errs("ja-JP", &ftl);
    assert_eq!(d.len(), smh_errors_check::diag::MAX_DIAGNOSTICS_PER_FILE + 1, "{:?}", &d[..3]);
    let last = d.iter().find(|d| d.rule == "too-many-problems").expect("a count of the rest");
    assert!(last.message.contains("and 19900 more"), "{}", last.message);
    assert!(last.is_error());
}

#[test]
fn a_run_of_one_problem_on_a_line_is_reported_once() {
    let d = errs("ja-JP", &format!("# {}\n", "\u{200b}".repeat(20_000)));
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(d[0].message.contains("(and 19999 more time(s) on this line)"), "{}", d[0].message);
    let d = errs("ja-JP", &"\0".repeat(50_000));
    assert_eq!(d.iter().filter(|d| d.rule == "invisible-char").count(), 1, "{d:?}");
}

#[test]
fn the_error_text_handed_to_bindings_is_bounded() {
    let ftl = "m1 = x\n".repeat(40_000);
    let e: CatalogError = Catalog::builder().overlay_source("ja-JP", "a.ftl", ftl).build().unwrap_err();
    let text = e.to_string();
    assert!(text.len() < 16 * 1024, "{} bytes", text.len());
    assert!(text.ends_with("more"), "{}", &text[text.len() - 80..]);
    // A hostile id quoted in a message is cut.
    let long = format!("{} = x\n", "a".repeat(100_000));
    let d = errs("ja-JP", &long);
    assert!(d.iter().all(|d| d.message.len() <= smh_errors_check::diag::MAX_MESSAGE_LEN + 4), "{}", d[0].message.len());
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread() {
    let big = "# x\n".repeat(smh_errors_check::MAX_FILE_LEN / 4 + 1);
    assert_eq!(rules(&errs("ja-JP", &big)), ["too-large"]);
    let dir = tempdir("hostile", "big");
    write(&dir, "ja-JP/a.ftl", &big);
    let d = Catalog::builder().overlay_dir(&dir).diagnostics();
    assert_eq!(rules(&d), ["too-large"], "{d:?}");
}

#[test]
fn diagnostic_messages_are_one_line() {
    let d = errs("ja-JP", "InvalidParameter = { \"a\" -> *[x] y }\n");
    assert!(!d.is_empty());
    for d in &d {
        assert!(!d.message.contains('\n') && !d.message.contains('\r'), "{:?}", d.message);
        assert_eq!(d.to_string().lines().count(), 1, "{d}");
    }
    assert!(d.iter().any(|d| d.message.contains("\\n")), "{d:?}");
}

#[test]
fn und_and_locales_matching_everything_are_refused() {
    let dir = tempdir("hostile", "und");
    write(&dir, "und/a.ftl", "ActionOffline = x\n");
    let d = Catalog::builder().overlay_dir(&dir).diagnostics();
    assert_eq!(rules(&d), ["bad-locale-folder"], "{d:?}");
    for tag in ["und", "und-US", "*"] {
        assert_eq!(rules(&errs(tag, "ActionOffline = x\n")), ["bad-locale"], "{tag}");
    }
    // An English overlay may answer English; others leave en and en-GB to en-US.
    let c = Catalog::builder().overlay_source("fr", "a.ftl", "ActionOffline = hors ligne\n").build().unwrap();
    assert_eq!(c.negotiate("en"), "en-US");
    assert_eq!(c.negotiate("en-GB"), "en-US");
    assert_eq!(c.negotiate("fr, zh;q=0.5"), "fr");
    let c = Catalog::builder().overlay_source("en-GB", "a.ftl", "ActionOffline = offline\n").build().unwrap();
    assert_eq!(c.negotiate("en-GB"), "en-GB");
}

#[test]
fn messages_that_cannot_be_formatted_are_refused() {
    let cases = [
        "AuthFailure-SignatureFailure = a { AuthFailure-SignatureFailure } b\n",
        "-x = { -x }{ -x }\nActionOffline = { -x }\n",
        "ActionOffline = { InternalError }\nInternalError = { ActionOffline }\n",
        "ActionOffline = { InternalError.nope }\nInternalError = y\n",
        "ActionOffline = { $code ->\n    [a] { ActionOffline }\n   *[b] b\n}\n",
        "ActionOffline = { InternalError }\nInternalError =\n    .doc-url = https://example.com\n",
        // Billion laughs: 4^4 placeables.
        "-a = {-b}{-b}{-b}{-b}\n-b = {-c}{-c}{-c}{-c}\n-c = {-d}{-d}{-d}{-d}\n-d = {-e}{-e}{-e}{-e}\n-e = e\nActionOffline = { -a }\n",
    ];
    for ftl in cases {
        let d = errs("ja-JP", ftl);
        assert!(d.iter().any(|d| d.rule == "unformattable"), "{ftl}\n{d:?}");
    }
    // References that format are fine.
    let ok = "-t = T\n-u = { -t } U\nActionOffline = { -u } { InternalError } { InternalError.doc-url }\nInternalError = i\n    .doc-url = https://example.com\n";
    let d = errs("ja-JP", ok);
    assert!(!d.iter().any(|d| d.rule == "unformattable"), "{d:?}");
    // A cycle through the builtin locale's own message.
    let d = errs("en-US", "ActionOffline = { InternalError }\nInternalError = { ActionOffline }\n");
    assert!(d.iter().any(|d| d.rule == "unformattable"), "{d:?}");
}

#[test]
fn invisible_characters_are_found_by_their_unicode_properties() {
    for c in ['\u{3164}', '\u{115f}', '\u{ffa0}', '\u{2800}', '\u{fe0f}', '\u{1d173}', '\u{600}', '\u{1bca0}'] {
        let d = errs("ja-JP", &format!("ActionOffline = a{c}b\n"));
        assert_eq!(rules(&d), ["invisible-char"], "U+{:04X}", c as u32);
    }
    assert!(rules(&errs("ja-JP", "ActionOffline = 終了しました。\n")).is_empty());
}

#[test]
fn a_broken_link_is_reported_and_tool_folders_are_ignored() {
    let dir = tempdir("hostile", "links");
    write(&dir, "ja-JP/a.ftl", "ActionOffline = x\n");
    std::os::unix::fs::symlink(dir.join("nowhere.ftl"), dir.join("ja-JP/dangling.ftl")).unwrap();
    std::os::unix::fs::symlink(dir.join("ja-JP/loop.ftl"), dir.join("ja-JP/loop.ftl")).unwrap();
    write(&dir, ".git/config", "x");
    write(&dir, "__MACOSX/ja-JP/._a.ftl", "\0\0");
    let d = Catalog::builder().overlay_dir(&dir).diagnostics();
    let links: Vec<&Diagnostic> = d.iter().filter(|d| d.rule == "unreadable").collect();
    assert_eq!(links.len(), 2, "{d:?}");
    assert!(links.iter().all(|d| d.message.contains("link")), "{links:?}");
    assert_eq!(d.len(), 2, "{d:?}");
}

#[test]
fn the_locale_cap_is_exact() {
    let builtin = Catalog::builtin().locales().count();
    let build = |n: usize| {
        (0..n).fold(Catalog::builder(), |b, i| {
            let tag = format!("x{}{}", (b'a' + (i / 26) as u8) as char, (b'a' + (i % 26) as u8) as char);
            b.overlay_source(&tag, "a.ftl", "ActionOffline = x\n")
        })
    };
    let room = smh_errors_check::MAX_LOCALES - builtin;
    assert_eq!(build(room).build().map(|c| c.locales().count()).ok(), Some(smh_errors_check::MAX_LOCALES));
    let d = build(room + 1).diagnostics();
    assert_eq!(rules(&d), ["too-many-locales"]);
}

#[test]
fn a_broken_message_is_not_also_called_undefined() {
    let d = errs("ja-JP", "ActionOffline = { InternalError }\nInternalError = { -cam ]\n");
    assert_eq!(rules(&d), ["syntax-error"], "{d:?}");
}

#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    for args in [
        &["list"][..],
        &["list", "--json"],
        &["export"],
        &["locales"],
        &["explain", "AuthFailure"],
        &["check", "catalog"],
        &["coverage", "catalog"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_smh-errors"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env_remove("SMH_ERRORS_CATALOG_DIR")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Close the reading end before the command writes (`| head -0`).
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked") && !err.contains("Broken pipe"), "{args:?}: {err}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    }
}
