//! Catalog directories: reading `<dir>/<locale>/*.ftl`, and checking a full
//! catalog (registry and every locale) as the build checks the shipped one.

use crate::check::{check_locale, expected_ids, Expect, File, Shapes};
use crate::diag::{Diagnostic, Severity};
use crate::registry::{parse_registry, CodeDef};
use crate::server_messages::{holes_by_id, parse_server_messages, ServerPattern};
use crate::{
    is_locale_folder_name, MAX_FILE_LEN, MAX_LOAD_BYTES, MAX_LOAD_FILES, NOT_LOCALE_FOLDERS, SERVER_MESSAGES_FILE,
    SOURCE_LOCALE,
};
use std::path::{Path, PathBuf};

/// One locale folder of a catalog directory: its name and its `.ftl` files
/// (path as shown in diagnostics, text), sorted by file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleFolder {
    /// The folder's name, a locale such as `zh-CN`.
    pub name: String,
    /// The folder's `.ftl` files: shown path and text.
    pub files: Vec<(String, String)>,
}

/// What one catalog load may still read: every file and folder it opens
/// counts against [`MAX_LOAD_FILES`], every byte of a file against
/// [`MAX_LOAD_BYTES`]. One budget spans every directory of a load, so a load
/// costs bounded time and memory however many files, folders and links its
/// directories hold.
#[derive(Debug, Clone)]
pub struct Budget {
    files: usize,
    bytes: usize,
    /// Whether a cap was reached (and said): nothing more is read.
    spent: bool,
}

impl Default for Budget {
    fn default() -> Budget {
        Budget::new()
    }
}

impl Budget {
    /// A full budget: [`MAX_LOAD_FILES`] entries, [`MAX_LOAD_BYTES`] bytes.
    pub fn new() -> Budget {
        Budget { files: MAX_LOAD_FILES, bytes: MAX_LOAD_BYTES, spent: false }
    }

    /// Whether a cap was reached: the load read no more after it.
    pub fn is_spent(&self) -> bool {
        self.spent
    }

    /// Takes one file or folder; past the cap, says so once (at `shown`).
    fn take_entry(&mut self, shown: &str, diags: &mut Vec<Diagnostic>) -> bool {
        if self.spent {
            return false;
        }
        if self.files == 0 {
            self.refuse(shown, format!("the load reaches {MAX_LOAD_FILES} files and folders here, the most one catalog load reads; this and what follows are not read"), diags);
            return false;
        }
        self.files -= 1;
        true
    }

    /// Says once that the load is over a cap; nothing more is read.
    fn refuse(&mut self, shown: &str, message: String, diags: &mut Vec<Diagnostic>) {
        self.spent = true;
        diags.push(Diagnostic::whole_file(shown, "too-much-input", message));
    }
}

/// Reads `<dir>/<locale>/*.ftl`, within `budget`. Unreadable entries,
/// entries that are not regular files (FIFOs, sockets, devices, even behind
/// a link), files that are not UTF-8 and folders not named as a locale
/// become diagnostics; the folders of [`NOT_LOCALE_FOLDERS`] are passed
/// over. Past the budget's caps nothing more is read, and one diagnostic
/// (`too-much-input`) names the cap.
pub fn read_catalog_dir(dir: &Path, budget: &mut Budget, diags: &mut Vec<Diagnostic>) -> Vec<LocaleFolder> {
    let shown = dir.display().to_string();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            diags.push(Diagnostic::whole_file(&shown, "unreadable", format!("cannot read the catalog directory: {e}")));
            return Vec::new();
        }
    };
    let Some(mut folders) = listed(entries, |p| p.is_dir() && !is_ignored_folder(p), &shown, budget, diags) else {
        return Vec::new();
    };
    folders.sort();
    let mut out = Vec::new();
    for folder in folders {
        let name = folder.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let fshown = folder.display().to_string();
        if NOT_LOCALE_FOLDERS.contains(&name.as_str()) {
            continue;
        }
        if !budget.take_entry(&fshown, diags) {
            break;
        }
        if !is_locale_folder_name(&name) {
            diags.push(Diagnostic::whole_file(
                &fshown,
                "bad-locale-folder",
                format!("`{name}` is not a locale folder name: use a BCP 47 tag of a real language in its usual case, such as `ja-JP` or `zh-Hant-TW` (not `und`)"),
            ));
            continue;
        }
        let listing = match std::fs::read_dir(&folder) {
            Ok(e) => listed(e, |p| p.extension().is_some_and(|x| x == "ftl") && !p.is_dir(), &fshown, budget, diags),
            Err(e) => {
                diags.push(Diagnostic::whole_file(
                    &fshown,
                    "unreadable",
                    format!("cannot read the locale folder: {e}"),
                ));
                continue;
            }
        };
        let Some(mut paths) = listing else { break };
        paths.sort();
        let found = paths.len();
        let mut files = Vec::new();
        for f in &paths {
            if !budget.take_entry(&f.display().to_string(), diags) {
                break;
            }
            files.extend(read_ftl(f, budget, diags));
        }
        if found == 0 {
            diags.push(Diagnostic {
                severity: Severity::Warning,
                ..Diagnostic::whole_file(&fshown, "empty-locale", "this locale folder has no .ftl file".into())
            });
        }
        out.push(LocaleFolder { name, files });
        if budget.is_spent() {
            break;
        }
    }
    out
}

/// The entries of a directory listing that `keep` keeps, at most as many
/// as the budget has files left (one more is the budget's diagnostic, and
/// `None`): a folder of a million entries is not collected.
fn listed(
    entries: std::fs::ReadDir,
    keep: impl Fn(&Path) -> bool,
    shown: &str,
    budget: &mut Budget,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in entries.filter_map(|e| e.ok()).map(|e| e.path()) {
        if !keep(&p) {
            continue;
        }
        if out.len() == budget.files {
            budget.refuse(shown, format!("this folder holds more entries than the load may still read (at most {MAX_LOAD_FILES} files and folders in all); it is not read"), diags);
            return None;
        }
        out.push(p);
    }
    Some(out)
}

/// Folders of a catalog directory that are neither locales nor mistakes:
/// hidden ones (`.git`, `.svn`) and archivers' (`__MACOSX`).
pub const TOOL_FOLDERS: [&str; 1] = ["__MACOSX"];

/// Whether a folder of a catalog directory is passed over: hidden, or one of
/// the [`TOOL_FOLDERS`].
fn is_ignored_folder(p: &Path) -> bool {
    let name = p.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    name.starts_with('.') || TOOL_FOLDERS.contains(&name.as_ref())
}

/// The bytes of the regular file at `path` (links followed), at most
/// `cap + 1` of them, so that a caller tells a file over `cap` by its
/// length. Anything but a regular file (a FIFO, a socket, a device, a
/// directory) is an error of kind `InvalidInput` naming what it is, and is
/// never opened for reading in a way that could block: the file is checked
/// before it is opened, opened non-blocking, and checked again once open.
pub fn read_regular(path: &Path, cap: usize) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    not_regular(&std::fs::metadata(path)?)?;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    // The path may have changed between the two looks: the open file is
    // the one that counts.
    not_regular(&file.metadata()?)?;
    let mut bytes = Vec::new();
    file.take(cap as u64 + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// An `InvalidInput` error naming the kind of a file that is not regular.
fn not_regular(meta: &std::fs::Metadata) -> std::io::Result<()> {
    let t = meta.file_type();
    if t.is_file() {
        return Ok(());
    }
    let kind = if t.is_dir() { "a directory" } else { special_kind(&t) };
    Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, format!("it is {kind}, not a regular file")))
}

/// What a file that is neither regular nor a directory is.
#[cfg(unix)]
fn special_kind(t: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt as _;
    if t.is_fifo() {
        "a FIFO (named pipe)"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else {
        "a special file"
    }
}

/// What a file that is neither regular nor a directory is.
#[cfg(not(unix))]
fn special_kind(_: &std::fs::FileType) -> &'static str {
    "a special file"
}

/// The text of the regular file at `path`, `what` it is (`the registry`)
/// named in the diagnostic when it is unreadable, not a regular file, over
/// [`MAX_FILE_LEN`] bytes or not UTF-8.
pub fn read_text(path: &Path, what: &str) -> Result<String, Diagnostic> {
    let shown = path.display().to_string();
    let bytes = read_regular(path, MAX_FILE_LEN)
        .map_err(|e| Diagnostic::whole_file(&shown, "unreadable", format!("cannot read {what}: {e}")))?;
    if bytes.len() > MAX_FILE_LEN {
        return Err(Diagnostic::whole_file(
            &shown,
            "too-large",
            format!("{what} is larger than {MAX_FILE_LEN} bytes; it is not read"),
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let valid = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
        Diagnostic::error(&shown, &valid, at, "not-utf8", format!("{what} is not valid UTF-8 from here on"))
    })
}

/// Reads one `.ftl` file (path shown, text): at most [`MAX_FILE_LEN`]
/// bytes, and no more than the budget's bytes left, UTF-8, a regular file.
/// A link that leads nowhere (dangling, or a loop), an unreadable,
/// special, oversized or non-UTF-8 file becomes a diagnostic.
fn read_ftl(f: &Path, budget: &mut Budget, diags: &mut Vec<Diagnostic>) -> Option<(String, String)> {
    let p = f.display().to_string();
    let bytes = match read_regular(f, MAX_FILE_LEN.min(budget.bytes)) {
        Ok(b) => b,
        Err(e) => {
            let dangling = f.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink())
                && e.kind() != std::io::ErrorKind::InvalidInput;
            let message = if dangling {
                format!("this .ftl file is a link that leads to no file (dangling, or a loop): {e}")
            } else {
                format!("cannot read the file: {e}")
            };
            diags.push(Diagnostic::whole_file(&p, "unreadable", message));
            return None;
        }
    };
    if bytes.len() > MAX_FILE_LEN {
        diags.push(Diagnostic::whole_file(
            &p,
            "too-large",
            format!("the file is larger than {MAX_FILE_LEN} bytes; it is not read"),
        ));
        return None;
    }
    if bytes.len() > budget.bytes {
        budget.refuse(
            &p,
            format!("with this file the load would read more than {MAX_LOAD_BYTES} bytes, the most one catalog load reads; this and what follows are not read"),
            diags,
        );
        return None;
    }
    budget.bytes -= bytes.len();
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
    /// The registry files read (`codes.toml`, `server-messages.toml`): shown
    /// path and text, as checked.
    pub texts: Vec<(String, String)>,
    /// Every problem found, errors and warnings.
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks a full catalog directory: the registry, the server-message
/// patterns (when the directory has `server-messages.toml`), the source
/// locale, and every other locale against them; every locale must be
/// complete, with a message for every code and every pattern. With the
/// `layout` feature, each file's layout too.
pub fn check_catalog_dir(dir: &Path) -> CatalogCheck {
    let mut diags = Vec::new();
    let mut texts = Vec::new();
    let registry = dir.join("codes.toml");
    let codes = match read_text(&registry, "the registry") {
        Ok(text) => {
            let shown = registry.display().to_string();
            let parsed = parse_registry(&shown, &text);
            texts.push((shown, text));
            match parsed {
                Ok(c) => Some(c),
                Err(d) => {
                    diags.extend(d);
                    None
                }
            }
        }
        Err(d) => {
            diags.push(d);
            None
        }
    };
    let locales = read_catalog_dir(dir, &mut Budget::new(), &mut diags);
    let Some(codes) = codes else {
        return CatalogCheck { codes: None, patterns: Vec::new(), locales, texts, diagnostics: diags };
    };
    let mut ids = expected_ids(codes.iter().map(|c| c.code.as_str()));
    let pattern_file = dir.join(SERVER_MESSAGES_FILE);
    let patterns = if pattern_file.exists() {
        let names: Vec<&str> = codes.iter().map(|c| c.code.as_str()).collect();
        match read_text(&pattern_file, "the pattern registry") {
            Ok(text) => {
                let shown = pattern_file.display().to_string();
                let (patterns, d) = parse_server_messages(&shown, &text, &names);
                texts.push((shown, text));
                diags.extend(d);
                patterns
            }
            Err(d) => {
                diags.push(d);
                Vec::new()
            }
        }
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
        return CatalogCheck { codes: Some(codes), patterns, locales, texts, diagnostics: diags };
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
    CatalogCheck { codes: Some(codes), patterns, locales, texts, diagnostics: diags }
}
