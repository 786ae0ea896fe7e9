//! Catalog directories: reading `<dir>/<locale>/*.ftl`, and checking a full
//! catalog (registry and every locale) as the build checks the shipped one.

use crate::check::{check_locale, expected_ids, Expect, File, Shapes};
use crate::diag::{Diagnostic, Severity};
use crate::registry::{read_registry, CodeDef};
use crate::server_messages::{holes_by_id, read_server_messages, ServerPattern};
use crate::{is_locale_folder_name, MAX_FILE_LEN, NOT_LOCALE_FOLDERS, SERVER_MESSAGES_FILE, SOURCE_LOCALE};

/// One locale folder of a catalog directory: its name and its `.ftl` files
/// (path as shown in diagnostics, text), sorted by file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleFolder {
    /// The folder's name, a locale such as `zh-CN`.
    pub name: String,
    /// The folder's `.ftl` files: shown path and text.
    pub files: Vec<(String, String)>,
}

/// Reads `<dir>/<locale>/*.ftl`. Unreadable entries, files that are not
/// UTF-8 and folders not named as a locale become diagnostics; the folders
/// of [`NOT_LOCALE_FOLDERS`] are passed over.
pub fn read_catalog_dir(dir: &std::path::Path, diags: &mut Vec<Diagnostic>) -> Vec<LocaleFolder> {
    let shown = dir.display().to_string();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            diags.push(Diagnostic::whole_file(&shown, "unreadable", format!("cannot read the catalog directory: {e}")));
            return Vec::new();
        }
    };
    let mut folders: Vec<std::path::PathBuf> =
        entries.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_dir() && !is_ignored_folder(p)).collect();
    folders.sort();
    let mut out = Vec::new();
    for folder in folders {
        let name = folder.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let fshown = folder.display().to_string();
        if NOT_LOCALE_FOLDERS.contains(&name.as_str()) {
            continue;
        }
        if !is_locale_folder_name(&name) {
            diags.push(Diagnostic::whole_file(
                &fshown,
                "bad-locale-folder",
                format!("`{name}` is not a locale folder name: use a BCP 47 tag of a real language in its usual case, such as `ja-JP` or `zh-Hant-TW` (not `und`)"),
            ));
            continue;
        }
        let mut paths: Vec<std::path::PathBuf> = match std::fs::read_dir(&folder) {
            Ok(e) => e
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ftl") && !p.is_dir())
                .collect(),
            Err(e) => {
                diags.push(Diagnostic::whole_file(
                    &fshown,
                    "unreadable",
                    format!("cannot read the locale folder: {e}"),
                ));
                continue;
            }
        };
        paths.sort();
        let found = paths.len();
        let files = paths.iter().filter_map(|f| read_ftl(f, diags)).collect();
        if found == 0 {
            diags.push(Diagnostic {
                severity: Severity::Warning,
                ..Diagnostic::whole_file(&fshown, "empty-locale", "this locale folder has no .ftl file".into())
            });
        }
        out.push(LocaleFolder { name, files });
    }
    out
}

/// Folders of a catalog directory that are neither locales nor mistakes:
/// hidden ones (`.git`, `.svn`) and archivers' (`__MACOSX`).
pub const TOOL_FOLDERS: [&str; 1] = ["__MACOSX"];

/// Whether a folder of a catalog directory is passed over: hidden, or one of
/// the [`TOOL_FOLDERS`].
fn is_ignored_folder(p: &std::path::Path) -> bool {
    let name = p.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    name.starts_with('.') || TOOL_FOLDERS.contains(&name.as_ref())
}

/// Reads one `.ftl` file (path shown, text): at most [`MAX_FILE_LEN`]
/// bytes, UTF-8. A link that leads nowhere (dangling, or a loop), an
/// unreadable, oversized or non-UTF-8 file becomes a diagnostic.
fn read_ftl(f: &std::path::Path, diags: &mut Vec<Diagnostic>) -> Option<(String, String)> {
    use std::io::Read as _;
    let p = f.display().to_string();
    let mut bytes = Vec::new();
    let read = std::fs::File::open(f).and_then(|file| file.take(MAX_FILE_LEN as u64 + 1).read_to_end(&mut bytes));
    if let Err(e) = read {
        let dangling = f.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink());
        let message = if dangling {
            format!("this .ftl file is a link that leads to no file (dangling, or a loop): {e}")
        } else {
            format!("cannot read the file: {e}")
        };
        diags.push(Diagnostic::whole_file(&p, "unreadable", message));
        return None;
    }
    if bytes.len() > MAX_FILE_LEN {
        diags.push(Diagnostic::whole_file(
            &p,
            "too-large",
            format!("the file is larger than {MAX_FILE_LEN} bytes; it is not read"),
        ));
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(t) => Some((p, t)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let valid = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
            diags.push(Diagnostic::error(
                &p,
                &valid,
                at,
                "not-utf8",
                "the file is not valid UTF-8 from here on".into(),
            ));
            None
        }
    }
}

/// A full catalog directory (`codes.toml` and every locale folder), checked
/// as the build checks the shipped one.
#[derive(Debug, Clone)]
pub struct CatalogCheck {
    /// The registry's codes, if it parsed.
    pub codes: Option<Vec<CodeDef>>,
    /// The server-message patterns (`server-messages.toml`; none when the
    /// directory has no such file, or it did not parse).
    pub patterns: Vec<ServerPattern>,
    /// The locale folders read.
    pub locales: Vec<LocaleFolder>,
    /// Every problem found, errors and warnings.
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks a full catalog directory: the registry, the server-message
/// patterns (when the directory has `server-messages.toml`), the source
/// locale, and every other locale against them; every locale must be
/// complete, with a message for every code and every pattern. With the
/// `layout` feature, each file's layout too.
pub fn check_catalog_dir(dir: &std::path::Path) -> CatalogCheck {
    let mut diags = Vec::new();
    let codes = match read_registry(&dir.join("codes.toml")) {
        Ok(c) => Some(c),
        Err(d) => {
            diags.extend(d);
            None
        }
    };
    let locales = read_catalog_dir(dir, &mut diags);
    let Some(codes) = codes else {
        return CatalogCheck { codes: None, patterns: Vec::new(), locales, diagnostics: diags };
    };
    let mut ids = expected_ids(codes.iter().map(|c| c.code.as_str()));
    let pattern_file = dir.join(SERVER_MESSAGES_FILE);
    let patterns = if pattern_file.is_file() {
        let names: Vec<&str> = codes.iter().map(|c| c.code.as_str()).collect();
        let (patterns, d) = read_server_messages(&pattern_file, &names);
        diags.extend(d);
        patterns
    } else {
        Vec::new()
    };
    let holes = holes_by_id(&patterns);
    ids.extend(holes.keys().cloned());
    let Some(source) = locales.iter().find(|l| l.name == SOURCE_LOCALE) else {
        diags.push(Diagnostic::whole_file(
            &dir.display().to_string(),
            "missing-source",
            format!("the source locale folder `{SOURCE_LOCALE}` is missing"),
        ));
        return CatalogCheck { codes: Some(codes), patterns, locales, diagnostics: diags };
    };
    let run = |l: &LocaleFolder, source: Option<&Shapes>| {
        let files: Vec<File<'_>> = l.files.iter().map(|(p, t)| File { path: p, text: t }).collect();
        #[allow(unused_mut)]
        let (shapes, mut diags) = check_locale(
            &files,
            &Expect { locale: &l.name, ids: &ids, source, complete: true, base: None, layers: &[], holes: &holes },
        );
        #[cfg(feature = "layout")]
        {
            diags.extend(files.iter().flat_map(|f| crate::layout_diagnostics(f.path, f.text)));
            diags.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
        }
        (shapes, diags)
    };
    let (source_shapes, d) = run(source, None);
    diags.extend(d);
    for l in locales.iter().filter(|l| l.name != SOURCE_LOCALE) {
        let (_, d) = run(l, Some(&source_shapes));
        diags.extend(d);
    }
    CatalogCheck { codes: Some(codes), patterns, locales, diagnostics: diags }
}
