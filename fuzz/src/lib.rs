//! The promises the fuzz targets check, shared by them (and by nothing
//! else): each function panics, and so fails the run, when a promise is
//! broken.
//!
//! The expected answers are computed here from the registry
//! (`ErrorCode::ALL`) and the documented rules, not by calling the function
//! under test: `expected_match` is its own reading of "exact, else the
//! nearest registered ancestor, else generic".

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use smh_errors::ffi::{AnswerExt, LocaleExt};
use smh_errors::{Answer, Catalog, Diagnostic, ErrorCode, Resolution};
use smh_errors_check::{Expect, File, Shapes};

/// The registry code that should answer `code` and how: the code itself,
/// else its longest registered prefix that ends just before a `.`, else
/// none, reading bytes (UTF-8 or not).
pub fn expected_match(code: &[u8]) -> (Option<ErrorCode>, Resolution) {
    if let Some(c) = ErrorCode::ALL.iter().find(|c| c.as_str().as_bytes() == code) {
        return (Some(*c), Resolution::Exact);
    }
    let parent = ErrorCode::ALL
        .iter()
        .filter(|c| {
            let p = c.as_str().as_bytes();
            code.len() > p.len() && code.starts_with(p) && code[p.len()] == b'.'
        })
        .max_by_key(|c| c.as_str().len());
    match parent {
        Some(c) => (Some(*c), Resolution::Parent),
        None => (None, Resolution::Generic),
    }
}

/// Checks one answer of `cat` for `code`: the shared vectors' promises
/// (resolution and match as [`expected_match`] says, the kind and retry
/// policy of the match, a message that is never empty, a locale the
/// catalog ships) and that every form of the answer agrees.
pub fn check_answer(cat: &Catalog, code: &[u8], a: &Answer<'_, '_>) {
    let (matched, resolution) = expected_match(code);
    assert_eq!(a.matched, matched, "matched code for {code:?}");
    assert_eq!(a.resolution, resolution, "resolution for {code:?}");
    assert_eq!(a.kind(), matched.map(ErrorCode::kind));
    assert_eq!(a.retryable(), matched.is_some_and(ErrorCode::retryable));
    assert!(cat.locales().any(|l| l == a.locale()), "{} is not a locale of the catalog", a.locale());
    assert_eq!(a.locale_c().to_bytes(), a.locale().as_bytes());
    let message = a.message();
    assert!(!message.is_empty(), "an empty message for {code:?} in {}", a.locale());
    if resolution == Resolution::Generic {
        // A generic message shows the code only when it is fit to show: no
        // control character, no line break, from any code. The message's
        // own text may hold line feeds (a multi-line Fluent value; the
        // validator refuses every other control character).
        assert!(!message.chars().any(|c| c.is_control() && c != '\n'), "a control character in {message:?}");
        if code.contains(&b'\n') {
            if let Ok(c) = std::str::from_utf8(code) {
                assert!(!message.contains(c), "a code with a line break shown in {message:?}");
            }
        }
    }
    // The static text is the message, or (its table full) the generic text
    // that does not show the code.
    let stat = a.static_message();
    assert!(!stat.is_empty());
    if stat != message {
        assert_eq!(a.resolution, Resolution::Generic, "static text {stat:?} != {message:?}");
        let plain = cat.locales().any(|l| cat.locale(l).static_message("") == stat);
        assert!(plain, "static text {stat:?} is neither the message nor a generic text");
    }
    assert_eq!(a.static_message_c().to_bytes(), stat.as_bytes(), "static C text cut or different");
    assert_eq!(a.doc_url_c().map(|u| u.to_bytes()), a.doc_url().map(str::as_bytes));
    if let Some(u) = a.doc_url() {
        assert!(u.starts_with("https://"), "doc_url {u:?}");
    }
    let l = a.lookup();
    assert_eq!(
        (l.matched, l.resolution, l.locale, l.retryable, l.kind),
        (matched, resolution, a.locale(), a.retryable(), a.kind())
    );
    assert_eq!(l.message, message);
}

/// Lines of `text` as the diagnostics count them (split at `\n`), each
/// with its length in characters.
fn line_lengths(text: &str) -> Vec<usize> {
    text.split('\n').map(|l| l.chars().count()).collect()
}

/// Checks that every diagnostic about one of `files` (shown path, text)
/// lies inside it: 1-based, a line the file has, a column at most one past
/// the line's last character. A diagnostic about any other path (a folder,
/// a directory) is placed at 1:1.
pub fn check_places(files: &[(String, String)], diags: &[Diagnostic]) {
    let lengths: Vec<Vec<usize>> = files.iter().map(|(_, t)| line_lengths(t)).collect();
    for (n, d) in diags.iter().enumerate() {
        assert!(!d.message.is_empty() && !d.rule.is_empty(), "{d:?}");
        assert!(!d.message.contains('\n') && !d.path.contains('\n'), "a diagnostic on two lines: {d:?}");
        match files.iter().position(|(p, _)| smh_errors_check::diag::one_line(p) == d.path) {
            Some(i) => {
                let lines = &lengths[i];
                assert!(d.line >= 1 && d.line <= lines.len(), "line {} outside 1..={}: {d:?}", d.line, lines.len());
                let len = lines[d.line - 1];
                assert!(
                    d.col >= 1 && d.col <= len + 1,
                    "column {} outside 1..={} on line {}: {d:?}",
                    d.col,
                    len + 1,
                    d.line
                );
            }
            None => assert_eq!((d.line, d.col), (1, 1), "a diagnostic of another path not at 1:1: {d:?}"),
        }
        // The rendering with the source line never panics either (the
        // first few: each rescans the file).
        if n < 4 {
            let text = files.iter().find(|(p, _)| *p == d.path).map(|(_, t)| t.as_str());
            assert!(d.render(text).starts_with(&d.to_string()));
        }
    }
}

/// The ids the registry expects a catalog to hold.
pub static IDS: LazyLock<std::collections::BTreeSet<String>> =
    LazyLock::new(|| smh_errors_check::expected_ids(ErrorCode::ALL.iter().map(|c| c.as_str())));

/// No server-message patterns: the harness checks the code messages'
/// files (`errors.ftl`); the detail messages' own file is the validator's
/// pattern tests' business.
pub static NO_HOLES: smh_errors_check::Holes = std::collections::BTreeMap::new();

/// The shipped en-US catalog file.
pub const EN_US: &str = include_str!("../../catalog/en-US/errors.ftl");
/// The shipped zh-CN catalog file.
pub const ZH_CN: &str = include_str!("../../catalog/zh-CN/errors.ftl");

/// The shapes of the shipped en-US file, the source other locales are
/// checked against.
pub static SOURCE: LazyLock<Shapes> = LazyLock::new(|| {
    let files = [File { path: "en-US/errors.ftl", text: EN_US }];
    let expect =
        Expect { locale: "en-US", ids: &IDS, source: None, complete: true, base: None, layers: &[], holes: &NO_HOLES };
    let (shapes, diags) = smh_errors_check::check_locale(&files, &expect);
    assert!(!diags.iter().any(Diagnostic::is_error), "the shipped en-US has errors: {diags:?}");
    shapes
});

/// The overlay locales the text targets load a file as, picked by `pick`:
/// a new locale, the shipped zh-CN and en-US (overrides), a Chinese variant.
pub const OVERLAY_LOCALES: [&str; 4] = ["ja-JP", "zh-CN", "en-US", "zh-TW"];

/// A scratch directory for this process's overlay folders.
fn scratch() -> &'static Path {
    static DIR: LazyLock<PathBuf> = LazyLock::new(|| {
        let d = std::env::temp_dir().join(format!("smh-errors-fuzz-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).expect("create the scratch directory");
        d
    });
    &DIR
}

/// Runs one catalog file's bytes through every entry point that reads
/// catalog text, checking their promises:
///
/// * the validator on it as the source locale and as a complete
///   translation (`check_locale`), its diagnostics inside the file;
/// * an overlay of it (`CatalogBuilder::overlay_source`): `build` succeeds
///   exactly when `diagnostics` has no error, an error says why, and a
///   built catalog answers every registered code in that locale with a
///   message that is not empty;
/// * `check_dir` over a directory holding it, when `with_dir`.
pub fn check_catalog_text(bytes: &[u8], pick: usize, with_dir: bool) {
    let locale = OVERLAY_LOCALES[pick % OVERLAY_LOCALES.len()];
    let shown = format!("{locale}/errors.ftl");
    if with_dir {
        check_dir_with(bytes, locale);
    }
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let files = [(shown.clone(), text.to_string())];
    let f = [File { path: &shown, text }];
    for (source, loc) in [(None, "en-US"), (Some(&*SOURCE), locale)] {
        let expect =
            Expect { locale: loc, ids: &IDS, source, complete: true, base: None, layers: &[], holes: &NO_HOLES };
        let (_, diags) = smh_errors_check::check_locale(&f, &expect);
        check_places(&files, &diags);
    }
    let builder = || Catalog::builder().overlay_source(locale, &shown, text);
    // `build` validates as `diagnostics` does: called first, and
    // `diagnostics` only when it built (each validation re-reads the
    // builtin locales, the cost of an exec).
    match builder().build() {
        Ok(cat) => {
            let diags = builder().diagnostics();
            check_places(&files, &diags);
            assert!(!diags.iter().any(Diagnostic::is_error), "built although the diagnostics have errors: {diags:?}");
            for c in ErrorCode::ALL {
                let a = cat.answer(c.as_str(), Some(locale));
                check_answer(&cat, c.as_str().as_bytes(), &a);
            }
            for code in ["", "Nope.Nothing", "InvalidParameterValue.Foo"] {
                check_answer(&cat, code.as_bytes(), &cat.answer(code, Some(locale)));
            }
        }
        Err(e) => {
            check_places(&files, &e.diagnostics);
            assert!(e.diagnostics.iter().any(Diagnostic::is_error), "refused without an error diagnostic: {e}");
            assert!(e.to_string().starts_with("the catalog overlay has "));
        }
    }
}

/// `check_dir` on a directory whose one locale folder holds `bytes` as
/// `errors.ftl`: never a panic, every diagnostic inside the file (read
/// lossily: a file that is not UTF-8 is reported where its valid part ends).
fn check_dir_with(bytes: &[u8], locale: &str) {
    let dir = scratch().join("overlay");
    let folder = dir.join(locale);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&folder).expect("create the locale folder");
    let file = folder.join("errors.ftl");
    std::fs::write(&file, bytes).expect("write the overlay file");
    let diags = smh_errors::overlay::check_dir(&dir);
    let files = [(file.display().to_string(), String::from_utf8_lossy(bytes).into_owned())];
    check_places(&files, &diags);
    if std::str::from_utf8(bytes).is_err() {
        assert!(diags.iter().any(|d| d.rule == "not-utf8"), "a file that is not UTF-8 passed: {diags:?}");
    }
}

/// The shipped en-US files, as the exchange formats take them.
fn en_us_files() -> &'static smh_errors_l10n::LocaleFiles {
    static EN: LazyLock<smh_errors_l10n::LocaleFiles> = LazyLock::new(|| smh_errors_l10n::LocaleFiles {
        locale: "en-US".into(),
        files: smh_errors::catalog::builtin_files("en-US")
            .expect("en-US is shipped")
            .iter()
            .map(|(path, text)| smh_errors_l10n::FtlFile {
                name: path.rsplit('/').next().unwrap_or(path).to_string(),
                text: text.to_string(),
            })
            .collect(),
    });
    &EN
}

/// `import_xliff` on arbitrary bytes: a refusal is one line; an accepted
/// file gives Fluent with no syntax error, which exports and imports back
/// to the same files.
pub fn import_xliff_bytes(data: &[u8]) {
    let en = en_us_files();
    match smh_errors_l10n::import_xliff(data, en) {
        Err(smh_errors_l10n::ImportError::Invalid(m)) => assert!(!m.contains('\n'), "a refusal of two lines: {m}"),
        Err(e) => panic!("import_xliff refuses only as Invalid: {e}"),
        Ok(overlay) => {
            for f in &overlay.files {
                if let Err((_, errors)) = fluent_syntax::parser::parse(f.text.as_str()) {
                    panic!("{} does not read back: {errors:?}\n{}", f.name, f.text);
                }
            }
            let again = smh_errors_l10n::export_xliff(en, &overlay).expect("an imported overlay exports");
            let back = smh_errors_l10n::import_xliff(again.as_bytes(), en).expect("its export imports");
            assert_eq!(back, overlay, "export then import changed the overlay");
        }
    }
}
