//! `smh-errors site DIR`: every registered code has its page in every
//! locale, with the library's own answers; bad input gets a clear error.
//! (The pages in a browser: site/tests/browser, `make test-site`.)

use std::path::{Path, PathBuf};
use std::process::Output;

use smh_errors::{Catalog, ErrorCode};

mod common;
use common::{bin, ROOT};

/// A fresh directory under the target directory, named for the test.
fn scratch(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("site-{name}"));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn text(o: &Output) -> (String, String) {
    (String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

/// The page's HTML with the templates' escapes undone, to find a message in.
fn unescaped(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2f;", "/")
        .replace("&amp;", "&")
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn every_registered_code_has_a_page_in_every_locale_with_the_librarys_answer() {
    let dir = scratch("all");
    let o = bin().arg("site").arg(&dir).output().unwrap();
    let (out, err) = text(&o);
    assert!(o.status.success(), "{out}{err}");
    assert!(out.starts_with("wrote ") && out.contains("largest code page: "), "{out}");
    let catalog = Catalog::builtin();
    let mut missing = Vec::new();
    for locale in ["en-US", "zh-CN"] {
        let home = unescaped(&read(&dir.join(locale).join("index.html")));
        let index = read(&dir.join(locale).join("search-index.js"));
        for code in ErrorCode::ALL {
            // The stable address: <locale>/<code>.html.
            let page = dir.join(locale).join(format!("{code}.html"));
            let Ok(html) = std::fs::read_to_string(&page) else {
                missing.push(page.display().to_string());
                continue;
            };
            let html = unescaped(&html);
            assert!(html.contains(&format!("<h1><code>{code}</code>")), "{}", page.display());
            assert!(html.contains(&format!("<html lang=\"{locale}\">")), "{}", page.display());
            // Both languages' messages, as the library answers them.
            for l in ["en-US", "zh-CN"] {
                let m = catalog.lookup(code.as_str(), Some(l));
                assert!(html.contains(&format!("<span lang=\"{l}\">{}</span>", m.message)), "{}: {l}", page.display());
            }
            // Retired codes say so.
            let retired = code.status() == smh_errors::Status::Retired;
            assert_eq!(
                html.contains("<span class=\"badge\">retired</span>")
                    || html.contains("<span class=\"badge\">已停用</span>"),
                retired,
                "{}",
                page.display()
            );
            // Its parent, linked.
            if let Some(p) = code.parent() {
                assert!(html.contains(&format!("<a href=\"{p}.html\"><code>{p}</code></a>")), "{}", page.display());
            }
            // Listed on the home page and found by the search.
            assert!(
                home.contains(&format!("<a href=\"{code}.html\"><code>{code}</code></a>")),
                "{locale} home: {code}"
            );
            assert!(index.contains(&format!("[\"{code}\",")), "{locale} index: {code}");
        }
    }
    assert_eq!(missing, Vec::<String>::new(), "code pages missing for registered codes");
    // Exactly these pages: no page for a code the registry does not have.
    for locale in ["en-US", "zh-CN"] {
        let pages = std::fs::read_dir(dir.join(locale)).unwrap().filter(|e| {
            let n = e.as_ref().unwrap().file_name().to_string_lossy().into_owned();
            n.ends_with(".html") && n != "index.html" && n != "translation-coverage.html"
        });
        assert_eq!(pages.count(), ErrorCode::COUNT, "{locale}");
    }
}

#[test]
fn the_site_is_the_same_every_run_and_a_rerun_replaces_it() {
    let a = scratch("again");
    assert!(bin().arg("site").arg(&a).output().unwrap().status.success());
    let first = read(&a.join("zh-CN/AuthFailure.SignatureFailure.html"));
    // A page of a code that has gone is removed by the next run; a file the
    // site did not write stays.
    std::fs::write(a.join("zh-CN/Gone.Code.html"), "old").unwrap();
    let manifest = read(&a.join(".smh-errors-site"));
    std::fs::write(a.join(".smh-errors-site"), format!("{manifest}zh-CN/Gone.Code.html\n")).unwrap();
    std::fs::write(a.join("notes.txt"), "mine").unwrap();
    let o = bin().arg("site").arg(&a).output().unwrap();
    assert!(o.status.success(), "{:?}", text(&o));
    assert_eq!(read(&a.join("zh-CN/AuthFailure.SignatureFailure.html")), first);
    assert!(!a.join("zh-CN/Gone.Code.html").exists());
    assert_eq!(read(&a.join("notes.txt")), "mine");
}

#[test]
fn an_overlay_locale_gets_pages_that_show_its_fallbacks() {
    let dir = scratch("overlay");
    let o = bin().arg("site").arg(&dir).args(["--overlay", "tests/fixtures/overlays/ja-partial"]).output().unwrap();
    assert!(o.status.success(), "{:?}", text(&o));
    // Translated: its own text. Not translated: en-US's, said so.
    let signature = unescaped(&read(&dir.join("ja-JP/AuthFailure.SignatureFailure.html")));
    assert!(signature.contains("<span lang=\"ja-JP\">署名が正しくありません。</span>"), "{signature}");
    let secret = unescaped(&read(&dir.join("ja-JP/AuthFailure.SecretIdNotFound.html")));
    assert!(secret.contains("Not translated into ja-JP: shown in en-US."), "{secret}");
    // The language switch of every locale names ja-JP, and its page of the same code.
    let zh = unescaped(&read(&dir.join("zh-CN/AuthFailure.SecretIdNotFound.html")));
    assert!(zh.contains("<a href=\"../ja-JP/AuthFailure.SecretIdNotFound.html\" lang=\"ja-JP\""), "{zh}");
    // Coverage: ja-JP lacks most messages and says which.
    let cov = unescaped(&read(&dir.join("ja-JP/translation-coverage.html")));
    assert!(cov.contains("<code>AuthFailure-SecretIdNotFound</code>"), "{cov}");
    let total = ErrorCode::COUNT + 2 + smh_errors::detail::pattern_ids().count();
    assert!(cov.contains(&format!("6 of {total} messages translated")), "{cov}");
}

#[test]
fn bad_input_gets_a_clear_error_and_writes_nothing() {
    // A directory of other files.
    let busy = scratch("busy");
    std::fs::create_dir_all(&busy).unwrap();
    std::fs::write(busy.join("notes.txt"), "mine").unwrap();
    let o = bin().arg("site").arg(&busy).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).1.contains("not empty"), "{:?}", text(&o));
    assert_eq!(std::fs::read_dir(&busy).unwrap().count(), 1);

    // A broken overlay.
    let out = scratch("broken");
    let o = bin().arg("site").arg(&out).args(["--overlay", "tests/fixtures/overlays/broken-syntax"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).1.contains("cannot load the overlays"), "{:?}", text(&o));
    assert!(!out.exists());

    // No catalog directory.
    let o = bin().arg("site").arg(&out).args(["--catalog", "no/such/catalog"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(!out.exists());

    // A catalog whose registry is not the one this build was made from.
    let cat = scratch("other-catalog");
    copy_dir(Path::new(ROOT).join("catalog").as_path(), &cat);
    let codes = read(&cat.join("codes.toml"));
    let start = codes.find("[codes.\"ActionOffline\"]").unwrap();
    let end = start + codes[start..].find("\n\n").unwrap() + 2;
    std::fs::write(cat.join("codes.toml"), format!("{}{}", &codes[..start], &codes[end..])).unwrap();
    for l in ["en-US", "zh-CN"] {
        let p = cat.join(l).join("errors.ftl");
        let kept: Vec<String> =
            read(&p).lines().filter(|l| !l.starts_with("ActionOffline =")).map(String::from).collect();
        std::fs::write(&p, kept.join("\n") + "\n").unwrap();
    }
    let o = bin().arg("site").arg(&out).arg("--catalog").arg(&cat).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o).1;
    assert!(err.contains("differ") && err.contains("only in the build: [ActionOffline]"), "{err}");
    assert!(!out.exists());
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}
