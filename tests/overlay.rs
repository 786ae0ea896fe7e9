//! Overlays: catalogs added at run time with `Catalog::builder()`, from
//! directories (`tests/fixtures/overlays/<name>/<locale>/*.ftl`) and from
//! text. Good overlays add or override messages and fall back along the
//! locale chain; broken ones are refused with every problem, each with its
//! rule id and `file:line:col` (worked out by hand from the fixtures).

use std::path::{Path, PathBuf};

use smh_errors::{Catalog, CatalogError, Diagnostic, ErrorCode, Resolution, Severity};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/overlays").join(name)
}

/// The path of a fixture file as diagnostics show it.
fn shown(name: &str, rel: &str) -> String {
    fixture(name).join(rel).display().to_string()
}

fn build(dirs: &[&str]) -> Result<Catalog, CatalogError> {
    dirs.iter().fold(Catalog::builder(), |b, d| b.overlay_dir(fixture(d))).build()
}

fn built(dirs: &[&str]) -> Catalog {
    build(dirs).unwrap_or_else(|e| panic!("overlays {dirs:?} should build:\n{e}"))
}

fn refused(dirs: &[&str]) -> CatalogError {
    match build(dirs) {
        Ok(c) => panic!("overlays {dirs:?} should be refused; built {c:?}"),
        Err(e) => e,
    }
}

/// (rule, path, line, col) of each diagnostic, in the order given.
fn places(diags: &[Diagnostic]) -> Vec<(&'static str, String, usize, usize)> {
    diags.iter().map(|d| (d.rule, d.path.clone(), d.line, d.col)).collect()
}

fn at(rule: &'static str, path: &str, line: usize, col: usize) -> (&'static str, String, usize, usize) {
    (rule, path.to_string(), line, col)
}

/// A fresh scratch directory outside the repository (never committed).
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("smh-errors-overlay-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("create a scratch directory");
    d
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

// ---------------------------------------------------------------------------
// A partial Japanese overlay
// ---------------------------------------------------------------------------

#[test]
fn partial_japanese_overlay_answers_and_falls_back_to_en_us() {
    let cat = built(&["ja-partial"]);
    assert_eq!(cat.locales().collect::<Vec<_>>(), ["en-US", "zh-CN", "en-XA", "ar-XB", "ja-JP"]);

    let hit = cat.lookup("AuthFailure.SignatureFailure", Some("ja"));
    assert_eq!(hit.locale, "ja-JP");
    assert_eq!(hit.resolution, Resolution::Exact);
    assert_eq!(hit.message, "署名が正しくありません。");

    // Its own terms.
    let hit = cat.lookup("AuthFailure.InvalidAuthorization", Some("ja-JP"));
    assert_eq!(hit.locale, "ja-JP");
    assert_eq!(hit.message, "リクエストの Authorization ヘッダーがテンセントクラウドの標準に従っていません。");
    assert!(!hit.message.contains(['\u{2068}', '\u{2069}']), "isolation marks are off in overlays too");
    assert_eq!(
        cat.lookup("UnauthorizedOperation.ServiceLinkedRole", Some("ja")).message,
        "SMH のサービスリンクロールが付与されていません。"
    );
    // Its own doc link.
    let hit = cat.lookup("AuthFailure.MFAFailure", Some("ja"));
    assert_eq!(hit.locale, "ja-JP");
    assert_eq!(hit.doc_url, Some("https://intl.cloud.tencent.com/ja/document/product/378"));

    // A code ja-JP lacks: en-US answers, and says so.
    let en = Catalog::builtin().lookup("ResourceNotFound.Library", Some("en-US"));
    let hit = cat.lookup("ResourceNotFound.Library", Some("ja"));
    assert_eq!(hit.locale, "en-US");
    assert_eq!(hit.resolution, Resolution::Exact);
    assert_eq!(hit.message, en.message);
    // A lacking code with a link: en-US's text and en-US's link.
    let hit = cat.lookup("AuthFailure.SecretIdNotFound", Some("ja"));
    assert_eq!(hit.locale, "en-US");
    assert_eq!(hit.doc_url, Some("https://console.tencentcloud.com/cam/capi"));

    // Parent resolution happens in ja-JP too.
    let hit = cat.lookup("InvalidParameterValue.Whatever", Some("ja"));
    assert_eq!((hit.resolution, hit.locale), (Resolution::Parent, "ja-JP"));
    assert_eq!(hit.message, "パラメータの値が無効です。");
    // The generic message: ja-JP has unknown-code but not unknown-error.
    let hit = cat.lookup("Foo.Bar", Some("ja"));
    assert_eq!(hit.locale, "ja-JP");
    assert_eq!(hit.message, "リクエストはエラーコード Foo.Bar で失敗しました。");
    let hit = cat.lookup("", Some("ja"));
    assert_eq!(hit.locale, "en-US");
    assert_eq!(hit.message, "The request failed for an unknown reason.");

    // Negotiation.
    for req in ["ja_JP.UTF-8", "ja", "ja-JP", "JA-jp", "fr;q=0.9, ja;q=0.5", "ja-Jpan-JP"] {
        assert_eq!(cat.negotiate(req), "ja-JP", "{req:?}");
    }
    assert_eq!(cat.locale("ja").chain().collect::<Vec<_>>(), ["ja-JP", "en-US"]);
    // The other locales are unchanged.
    assert_eq!(cat.negotiate("zh_CN.UTF-8"), "zh-CN");
    assert_eq!(cat.negotiate("C"), "en-US");
    for &c in ErrorCode::ALL.iter() {
        for loc in ["en-US", "zh-CN"] {
            assert_eq!(
                cat.lookup(c.as_str(), Some(loc)),
                Catalog::builtin().lookup(c.as_str(), Some(loc)),
                "{c} {loc}"
            );
        }
    }
    // The builtin catalog knows no Japanese.
    assert_eq!(Catalog::builtin().negotiate("ja_JP.UTF-8"), "en-US");
}

#[test]
fn every_japanese_answer_is_either_ja_jp_or_en_us() {
    let cat = built(&["ja-partial"]);
    let ja_codes = [
        "AuthFailure.SignatureFailure",
        "AuthFailure.InvalidAuthorization",
        "AuthFailure.MFAFailure",
        "InvalidParameterValue",
        "UnauthorizedOperation.ServiceLinkedRole",
    ];
    for &c in ErrorCode::ALL.iter() {
        let hit = cat.lookup(c.as_str(), Some("ja-JP"));
        let want = if ja_codes.contains(&c.as_str()) { "ja-JP" } else { "en-US" };
        assert_eq!(hit.locale, want, "{c}");
        assert!(!hit.message.is_empty(), "{c}");
        if want == "en-US" {
            assert_eq!(hit.message, Catalog::builtin().lookup(c.as_str(), Some("en-US")).message, "{c}");
        }
    }
}

// ---------------------------------------------------------------------------
// Overriding a builtin locale
// ---------------------------------------------------------------------------

#[test]
fn zh_cn_override_changes_only_its_messages() {
    let cat = built(&["zh-override"]);
    assert_eq!(cat.locales().collect::<Vec<_>>(), ["en-US", "zh-CN", "en-XA", "ar-XB"]);
    assert_eq!(cat.lookup("AuthFailure.SignatureFailure", Some("zh-CN")).message, "签名不对（覆盖）。");
    // The builtin term -tencent-cloud still resolves inside the override.
    assert_eq!(
        cat.lookup("AuthFailure.InvalidAuthorization", Some("zh_CN.UTF-8")).message,
        "Authorization 头不符合腾讯云规范（覆盖）。"
    );
    // A parent lookup sees the override too.
    assert_eq!(cat.lookup("AuthFailure.SignatureFailure.Sub", Some("zh")).message, "签名不对（覆盖）。");
    let changed = ["AuthFailure.SignatureFailure", "AuthFailure.InvalidAuthorization"];
    for &c in ErrorCode::ALL.iter() {
        let builtin = Catalog::builtin().lookup(c.as_str(), Some("zh-CN"));
        let hit = cat.lookup(c.as_str(), Some("zh-CN"));
        assert_eq!(hit.locale, "zh-CN");
        if changed.contains(&c.as_str()) {
            assert_ne!(hit.message, builtin.message, "{c}");
        } else {
            assert_eq!(hit, builtin, "{c} should stay as built in");
        }
        assert_eq!(cat.lookup(c.as_str(), Some("en-US")), Catalog::builtin().lookup(c.as_str(), Some("en-US")));
    }
    assert_eq!(cat.lookup("Foo", Some("zh-CN")).message, "请求失败，错误码：Foo。");
    // The builtin catalog is untouched.
    assert!(Catalog::builtin().lookup("AuthFailure.SignatureFailure", Some("zh-CN")).message.starts_with("签名错误。"));
}

// ---------------------------------------------------------------------------
// A Traditional Chinese overlay
// ---------------------------------------------------------------------------

#[test]
fn zh_tw_overlay_serves_traditional_chinese_and_falls_back_to_zh_cn() {
    let cat = built(&["zh-tw"]);
    assert_eq!(cat.locales().collect::<Vec<_>>(), ["en-US", "zh-CN", "en-XA", "ar-XB", "zh-TW"]);
    let zh_cn = |c: &str| Catalog::builtin().lookup(c, Some("zh-CN")).message.into_owned();
    for req in [
        "zh-TW",
        "zh_TW.UTF-8",
        "zh-HK",
        "zh-MO",
        "zh-Hant",
        "zh-Hant-TW",
        "zh-Hant-HK",
        "yue",
        "zh-TW;q=0.9, en;q=0.8",
    ] {
        let l = cat.locale(req);
        assert_eq!(l.name(), "zh-TW", "{req:?}");
        assert_eq!(l.chain().collect::<Vec<_>>(), ["zh-TW", "zh-CN", "en-US"], "{req:?}");
        let hit = l.lookup("AuthFailure.SignatureFailure");
        assert_eq!((hit.locale, &*hit.message), ("zh-TW", "簽名錯誤。"), "{req:?}");
        assert_eq!(l.lookup("ActionOffline").message, "介面已下線。");
        assert_eq!(l.lookup("UnauthorizedOperation.ServiceLinkedRole").message, "未授予 SMH 服務相關角色。");
        // Not in zh-TW: zh-CN answers, not en-US.
        let hit = l.lookup("ResourceNotFound.Library");
        assert_eq!(hit.locale, "zh-CN", "{req:?}");
        assert_eq!(hit.message, zh_cn("ResourceNotFound.Library"));
        let hit = l.lookup("AuthFailure.MFAFailure");
        assert_eq!(hit.locale, "zh-CN");
        assert_eq!(hit.doc_url, Some("https://cloud.tencent.com/document/product/378/12036"));
        let hit = l.lookup("Foo.Bar");
        assert_eq!((hit.locale, &*hit.message), ("zh-CN", "请求失败，错误码：Foo.Bar。"), "{req:?}");
    }
    // Simplified Chinese requests still get zh-CN only.
    for req in ["zh-SG", "zh", "zh-CN", "zh-Hans", "zh_CN.UTF-8", "cmn"] {
        let l = cat.locale(req);
        assert_eq!(l.name(), "zh-CN", "{req:?}");
        assert!(!l.chain().any(|x| x == "zh-TW"), "{req:?}: {:?}", l.chain().collect::<Vec<_>>());
        let hit = l.lookup("AuthFailure.SignatureFailure");
        assert_eq!(hit.locale, "zh-CN");
        assert_eq!(hit.message, zh_cn("AuthFailure.SignatureFailure"));
    }
}

// ---------------------------------------------------------------------------
// Broken overlays: every problem, with its place
// ---------------------------------------------------------------------------

#[test]
fn syntax_errors_are_reported_one_per_junk_entry() {
    let e = refused(&["broken-syntax"]);
    let f = shown("broken-syntax", "ja-JP/errors.ftl");
    // Line 4 `InvalidAction oops`: `=` expected where `oops` starts (col 15).
    // Line 6 `NoSuchProduct = { -smh ]`: `}` expected at the `]` (col 24).
    assert_eq!(places(&e.diagnostics), [at("syntax-error", &f, 4, 15), at("syntax-error", &f, 6, 24)]);
    assert!(e.diagnostics.iter().all(|d| d.severity == Severity::Error));
    let text = e.to_string();
    assert!(text.contains(&format!("{f}:4:15: error: ")), "{text}");
    assert!(text.contains(&format!("{f}:6:24: error: ")), "{text}");
    assert!(text.contains("[syntax-error]"), "{text}");
}

#[test]
fn unknown_message_ids_are_refused() {
    let e = refused(&["broken-unknown-id"]);
    let f = shown("broken-unknown-id", "ja-JP/errors.ftl");
    assert_eq!(places(&e.diagnostics), [at("unknown-message", &f, 3, 1), at("unknown-message", &f, 4, 1)]);
    assert!(e.diagnostics[0].message.contains("NotACode-Anywhere"), "{}", e.diagnostics[0]);
    assert!(e.diagnostics[1].message.contains("unknown-codes"), "{}", e.diagnostics[1]);
}

#[test]
fn unknown_references_are_refused() {
    let e = refused(&["broken-term"]);
    let f = shown("broken-term", "ja-JP/errors.ftl");
    // `ActionOffline = { -nosuch }`: the reference starts at col 19 (the `-`);
    // `InvalidAction = { NoSuchVersion }`: col 19 (ja-JP has no such message).
    assert_eq!(places(&e.diagnostics), [at("unknown-reference", &f, 2, 19), at("unknown-reference", &f, 4, 19)]);
    assert!(e.diagnostics[0].message.contains("-nosuch"), "{}", e.diagnostics[0]);
    assert!(e.diagnostics[1].message.contains("NoSuchVersion"), "{}", e.diagnostics[1]);
}

#[test]
fn variables_en_us_does_not_have_are_refused() {
    let e = refused(&["broken-variable"]);
    let f = shown("broken-variable", "ja-JP/errors.ftl");
    // Line 1: `$foo` at col 19. Line 2: `unknown-code = コード { $code } { $foo }`:
    // columns count characters, so `$foo` is at col 32.
    assert_eq!(places(&e.diagnostics), [at("unknown-variable", &f, 1, 19), at("unknown-variable", &f, 2, 32)]);
    assert!(e.diagnostics.iter().all(|d| d.message.contains("$foo")), "{e}");
}

#[test]
fn duplicate_ids_are_refused() {
    let e = refused(&["broken-duplicate"]);
    let f = shown("broken-duplicate", "ja-JP/errors.ftl");
    assert_eq!(places(&e.diagnostics), [at("duplicate-id", &f, 3, 1)]);
    assert!(e.diagnostics[0].message.contains(&format!("{f}:1:1")), "names the first: {}", e.diagnostics[0]);
}

#[test]
fn a_folder_not_named_as_a_locale_is_refused() {
    let e = refused(&["broken-folder"]);
    let folder = fixture("broken-folder").join("ja_JP").display().to_string();
    assert_eq!(places(&e.diagnostics), [at("bad-locale-folder", &folder, 1, 1)]);
    assert!(e.diagnostics[0].message.contains("ja_JP"));
}

#[test]
fn a_missing_directory_is_refused() {
    let e = refused(&["does-not-exist"]);
    let d = fixture("does-not-exist").display().to_string();
    assert_eq!(places(&e.diagnostics), [at("unreadable", &d, 1, 1)]);
}

#[test]
fn an_empty_directory_is_refused() {
    let d = scratch("empty");
    let e = Catalog::builder().overlay_dir(&d).build();
    let _ = std::fs::remove_dir_all(&d);
    let e = e.expect_err("an overlay with no locale folder");
    assert_eq!(places(&e.diagnostics), [at("no-locales", &d.display().to_string(), 1, 1)]);
}

#[test]
fn a_file_that_is_not_utf8_is_refused() {
    let d = scratch("not-utf8");
    let bad = d.join("ja-JP/broken.ftl");
    // Line 2, after `InvalidAction = bad ` (20 characters): col 21.
    write(&bad, b"ActionOffline = ok\nInvalidAction = bad \xff\xfe\n");
    write(&d.join("ja-JP/errors.ftl"), "InvalidParameterValue = 値が無効です。\n".as_bytes());
    let e = Catalog::builder().overlay_dir(&d).build();
    let _ = std::fs::remove_dir_all(&d);
    let e = e.expect_err("a file that is not UTF-8");
    assert_eq!(places(&e.diagnostics), [at("not-utf8", &bad.display().to_string(), 2, 21)]);
}

#[test]
fn a_folder_whose_only_file_is_not_utf8_is_not_said_to_have_no_ftl_file() {
    // The folder has an .ftl file; it is just not UTF-8. The not-utf8 error
    // says so; a warning claiming "no .ftl file" would be false.
    let d = scratch("only-not-utf8");
    let bad = d.join("ja-JP/errors.ftl");
    write(&bad, b"\xffActionOffline = x\n");
    let e = Catalog::builder().overlay_dir(&d).build();
    let _ = std::fs::remove_dir_all(&d);
    let e = e.expect_err("a file that is not UTF-8");
    assert_eq!(places(&e.diagnostics), [at("not-utf8", &bad.display().to_string(), 1, 1)], "{e}");
}

#[test]
fn every_problem_of_a_file_is_listed() {
    let e = refused(&["broken-many"]);
    let f = shown("broken-many", "ja-JP/errors.ftl");
    let m = shown("broken-many", "ja-JP/more.ftl");
    assert_eq!(
        places(&e.diagnostics),
        [
            at("unknown-message", &f, 1, 1),
            at("unknown-reference", &f, 2, 19),
            at("unknown-variable", &f, 3, 19),
            at("duplicate-id", &f, 4, 1),
            at("syntax-error", &f, 5, 30),
            at("unknown-variable", &m, 1, 22),
            at("duplicate-id", &m, 2, 1),
        ],
        "{e}"
    );
    // A duplicate across the files of one locale names the first file.
    assert!(e.diagnostics[6].message.contains(&format!("{f}:3:1")), "{}", e.diagnostics[6]);
    assert!(e.to_string().starts_with("the catalog overlay has 7 error(s)"), "{e}");
}

#[test]
fn every_problem_of_every_overlay_is_listed() {
    let d = scratch("all");
    let bad = d.join("ja-JP/errors.ftl");
    write(&bad, b"ActionOffline = \xc3\x28\n");
    write(&d.join("ja-JP/fine.ftl"), b"InvalidAction = ok\n");
    // broken-term comes first: later layers of ja-JP may refer to what earlier
    // ones define (broken-syntax defines NoSuchVersion).
    let builder = [
        "broken-term",
        "broken-syntax",
        "broken-unknown-id",
        "broken-variable",
        "broken-duplicate",
        "broken-folder",
        "does-not-exist",
    ]
    .iter()
    .fold(Catalog::builder(), |b, n| b.overlay_dir(fixture(n)))
    .overlay_dir(&d)
    .overlay_source("ja-JP", "inline.ftl", "NotACodeEither = x\n")
    .overlay_source("not a locale!", "nowhere.ftl", "ActionOffline = x\n");
    let listed = builder.diagnostics();
    let e = builder.build();
    let _ = std::fs::remove_dir_all(&d);
    let e = e.expect_err("all of these are broken");
    assert_eq!(e.diagnostics, listed, "build() and diagnostics() agree");
    let mut got = places(&e.diagnostics);
    got.sort();
    let mut want = vec![
        at("syntax-error", &shown("broken-syntax", "ja-JP/errors.ftl"), 4, 15),
        at("syntax-error", &shown("broken-syntax", "ja-JP/errors.ftl"), 6, 24),
        at("unknown-message", &shown("broken-unknown-id", "ja-JP/errors.ftl"), 3, 1),
        at("unknown-message", &shown("broken-unknown-id", "ja-JP/errors.ftl"), 4, 1),
        at("unknown-reference", &shown("broken-term", "ja-JP/errors.ftl"), 2, 19),
        at("unknown-reference", &shown("broken-term", "ja-JP/errors.ftl"), 4, 19),
        at("unknown-variable", &shown("broken-variable", "ja-JP/errors.ftl"), 1, 19),
        at("unknown-variable", &shown("broken-variable", "ja-JP/errors.ftl"), 2, 32),
        at("duplicate-id", &shown("broken-duplicate", "ja-JP/errors.ftl"), 3, 1),
        at("bad-locale-folder", &fixture("broken-folder").join("ja_JP").display().to_string(), 1, 1),
        at("unreadable", &fixture("does-not-exist").display().to_string(), 1, 1),
        at("not-utf8", &bad.display().to_string(), 1, 17),
        at("unknown-message", "inline.ftl", 1, 1),
        at("bad-locale", "nowhere.ftl", 1, 1),
    ];
    want.sort();
    assert_eq!(got, want, "{e}");
    assert!(e.diagnostics.iter().all(Diagnostic::is_error));
}

#[test]
fn warnings_alone_do_not_refuse_an_overlay() {
    let b = Catalog::builder().overlay_dir(fixture("warn-only"));
    let f = shown("warn-only", "ja-JP/errors.ftl");
    let d = b.diagnostics();
    assert_eq!(places(&d), [at("dropped-variable", &f, 2, 1)]);
    assert_eq!(d[0].severity, Severity::Warning);
    let cat = b.build().expect("warnings do not refuse an overlay");
    let hit = cat.lookup("Foo", Some("ja"));
    assert_eq!((hit.locale, &*hit.message), ("ja-JP", "リクエストは失敗しました。"));
}

// ---------------------------------------------------------------------------
// Layers and sources
// ---------------------------------------------------------------------------

#[test]
fn a_later_overlay_of_the_same_locale_overrides_the_earlier() {
    let b = Catalog::builder().overlay_dir(fixture("ja-partial")).overlay_dir(fixture("ja-layer"));
    // No duplicate-id across overlays; only a warning that ja-layer names
    // the product with a term where en-US does not.
    let f = shown("ja-layer", "ja-JP/errors.ftl");
    assert_eq!(places(&b.diagnostics()), [at("added-reference", &f, 5, 30)]);
    assert!(b.diagnostics().iter().all(|d| !d.is_error()));
    let cat = b.build().expect("two layers of ja-JP");
    assert_eq!(cat.locales().collect::<Vec<_>>(), ["en-US", "zh-CN", "en-XA", "ar-XB", "ja-JP"]);
    assert_eq!(cat.lookup("AuthFailure.SignatureFailure", Some("ja")).message, "署名エラー（第二のオーバーレイ）。");
    // Only in the first layer: kept.
    assert_eq!(cat.lookup("InvalidParameterValue", Some("ja")).message, "パラメータの値が無効です。");
    // Only in the second, using a term that only the first defines.
    let hit = cat.lookup("ResourceNotFound.Library", Some("ja"));
    assert_eq!((hit.locale, &*hit.message), ("ja-JP", "SMH のメディアライブラリが存在しません。"));

    // The other order: the first layer wins where both have the message.
    let cat = Catalog::builder().overlay_dir(fixture("ja-layer")).overlay_dir(fixture("ja-partial")).build();
    // ja-layer alone cannot resolve -smh: refused, naming the reference.
    let e = cat.expect_err("ja-layer first uses -smh before anything defines it");
    assert_eq!(places(&e.diagnostics), [at("unknown-reference", &shown("ja-layer", "ja-JP/errors.ftl"), 5, 30)]);
}

#[test]
fn overlay_source_works_like_a_directory() {
    let text = std::fs::read_to_string(fixture("ja-partial").join("ja-JP/errors.ftl")).unwrap();
    let from_dir = built(&["ja-partial"]);
    for loc in ["ja-JP", "ja_jp", "ja"] {
        let from_src = Catalog::builder()
            .overlay_source(loc, "ja.ftl", text.clone())
            .build()
            .unwrap_or_else(|e| panic!("{loc}: {e}"));
        let name = if loc == "ja" { "ja" } else { "ja-JP" };
        assert_eq!(from_src.locales().collect::<Vec<_>>(), ["en-US", "zh-CN", "en-XA", "ar-XB", name], "{loc}");
        for &c in ErrorCode::ALL.iter() {
            let a = from_dir.lookup(c.as_str(), Some("ja_JP.UTF-8"));
            let b = from_src.lookup(c.as_str(), Some("ja_JP.UTF-8"));
            assert_eq!(a.message, b.message, "{loc} {c}");
            assert_eq!(a.doc_url, b.doc_url, "{loc} {c}");
            assert_eq!(b.locale, if a.locale == "ja-JP" { name } else { "en-US" }, "{loc} {c}");
        }
    }
    // Sources apply after directories, and layer like them.
    let cat = Catalog::builder()
        .overlay_dir(fixture("ja-partial"))
        .overlay_source("ja-JP", "late.ftl", "AuthFailure-SignatureFailure = { -smh } 署名（ソース）。\n")
        .build()
        .expect("a source over a directory");
    assert_eq!(cat.lookup("AuthFailure.SignatureFailure", Some("ja")).message, "SMH 署名（ソース）。");
    // A source over a builtin locale.
    let cat = Catalog::builder()
        .overlay_source("zh-CN", "zh.ftl", "ActionOffline = 接口下线了（源）。\n")
        .build()
        .expect("a zh-CN source");
    assert_eq!(cat.lookup("ActionOffline", Some("zh")).message, "接口下线了（源）。");
    // Broken sources are named by their name.
    let e = Catalog::builder()
        .overlay_source("ja-JP", "inline.ftl", "ActionOffline = ok\nNotACode = x\nInvalidAction = { $foo }\n")
        .build()
        .expect_err("a broken source");
    assert_eq!(
        places(&e.diagnostics),
        [at("unknown-message", "inline.ftl", 2, 1), at("unknown-variable", "inline.ftl", 3, 19)]
    );
    for bad in ["", "C", "*", "not a locale!", "\0"] {
        let e = Catalog::builder().overlay_source(bad, "x.ftl", "ActionOffline = x\n").build();
        let e = e.expect_err(bad);
        assert_eq!(places(&e.diagnostics), [at("bad-locale", "x.ftl", 1, 1)], "{bad:?}");
    }
}

// ---------------------------------------------------------------------------
// Never a panic
// ---------------------------------------------------------------------------

#[test]
fn hostile_sources_never_panic() {
    let long_line = format!("ActionOffline = {}\n", "x".repeat(1 << 20));
    let many = (0..5000).map(|i| format!("NotACode{i} = x\n")).collect::<String>();
    let sources: Vec<String> = vec![
        String::new(),
        "\0".into(),
        "=".into(),
        "-".into(),
        "{".into(),
        "}".into(),
        "ActionOffline".into(),
        "ActionOffline =".into(),
        "ActionOffline = {".into(),
        "ActionOffline = { $".into(),
        "ActionOffline = { -".into(),
        "ActionOffline = { NUMBER(".into(),
        "ActionOffline = { $x ->".into(),
        "ActionOffline = { $x -> *[a] b }".into(),
        "ActionOffline = \u{FEFF}x\r\n\r\n".into(),
        "ActionOffline = x\n    .doc-url =".into(),
        "ActionOffline =\n    .doc-url = https://x.invalid\n".into(),
        "-smh = { -smh }\nActionOffline = { -smh }\n".into(),
        "ActionOffline = { ActionOffline }\n".into(),
        "ActionOffline = { \"\\u{D800}\" }\n".into(),
        "ActionOffline = { \"\\uD800\" }\n".into(),
        "ActionOffline = { 99999999999999999999999999999999999 }\n".into(),
        "\u{10FFFF}\u{FFFD}\u{202E} = x".into(),
        long_line,
        many,
    ];
    for (i, s) in sources.iter().enumerate() {
        for loc in ["ja-JP", "zh-CN", "en-US"] {
            let r = std::panic::catch_unwind(|| Catalog::builder().overlay_source(loc, "h.ftl", s.clone()).build());
            let r = r.unwrap_or_else(|_| panic!("source {i} in {loc} panicked"));
            match r {
                Ok(cat) => {
                    // Whatever was accepted answers every code.
                    for &c in ErrorCode::ALL.iter() {
                        let hit = cat.lookup(c.as_str(), Some(loc));
                        assert!(!hit.message.is_empty(), "source {i} in {loc}: {c} is empty");
                    }
                }
                Err(e) => {
                    assert!(!e.diagnostics.is_empty(), "source {i} in {loc}: an error with no diagnostics");
                    assert!(e.diagnostics.iter().any(Diagnostic::is_error));
                    for d in &e.diagnostics {
                        assert_eq!(d.path, "h.ftl");
                        assert!(d.line >= 1 && d.col >= 1, "{d}");
                    }
                }
            }
        }
    }
}

/// Placeables nested deeper than `check::MAX_NESTING` are refused before
/// the Fluent parser (which recurses once per level) sees them, so a hostile
/// overlay cannot overflow the stack, even a small thread's.
#[test]
fn deeply_nested_placeables_are_refused_before_parsing() {
    let run = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let n = 10_000;
            // "ActionOffline = " is 16 characters; the 33rd `{` is at column 17 + 2 * 32.
            let open = format!("ActionOffline = {}\n", "{ ".repeat(n));
            let e = Catalog::builder().overlay_source("ja-JP", "open.ftl", open).build().expect_err("unclosed braces");
            let shown: Vec<String> = e.diagnostics.iter().map(|d| d.to_string()).collect();
            assert_eq!(e.diagnostics.len(), 1, "{shown:#?}");
            assert_eq!((e.diagnostics[0].rule, e.diagnostics[0].line, e.diagnostics[0].col), ("too-deep", 1, 81));
            let closed = format!("ActionOffline = {}\"x\"{}\n", "{ ".repeat(n), " }".repeat(n));
            let e = Catalog::builder().overlay_source("ja-JP", "closed.ftl", closed).build().expect_err("too deep");
            assert_eq!(e.diagnostics[0].rule, "too-deep");
            // Three levels is ordinary Fluent, and formats.
            let ok = "ActionOffline = { { { \"x\" } } }\n";
            let cat = Catalog::builder().overlay_source("ja-JP", "ok.ftl", ok).build().expect("3 levels is fine");
            assert_eq!(cat.lookup("ActionOffline", Some("ja")).message, "x");
        })
        .expect("spawn");
    run.join().expect("no panic, no overflow");
}
