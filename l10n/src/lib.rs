//! The smh-errors catalog in the exchange formats of translation tools:
//! XLIFF 2 for CAT tools (export a locale, import the translated file back
//! as an overlay folder) and TMX 1.4b (the en-US/target pairs as a
//! translation memory).
//!
//! A translators' tool, not part of the runtime: the `smh-errors` command
//! uses it (`export --format xliff|tmx`, `import`); `libsmh_errors` and the
//! bindings never link it nor its XML reader. It works on Fluent files as
//! text ([`LocaleFiles`]) and knows nothing of the runtime; the caller
//! checks an imported overlay as the runtime would load it
//! ([`write_overlay`]'s `check`).
//!
//! Export then import is the identity on a catalog laid out as Fluent's
//! serializer writes it (every shipped file is: `smh-errors check` warns on
//! any other layout, rule `layout`).

#![warn(missing_docs)]

mod fluent;
pub mod tmx;
pub mod xliff;
mod xml;

use std::io::Read as _;
use std::path::{Path, PathBuf};

use smh_errors_check::Diagnostic;

/// The largest XLIFF file read, in bytes: the catalog's is about 200 KiB,
/// so a larger one is refused unread, and an import costs bounded memory
/// and time.
pub const MAX_XLIFF_LEN: usize = 8 << 20;

/// One Fluent file of a locale: its file name (`errors.ftl`) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlFile {
    /// The file's name in its locale folder, such as `errors.ftl`.
    pub name: String,
    /// The Fluent source.
    pub text: String,
}

/// A locale and its Fluent files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleFiles {
    /// The locale, such as `zh-CN`.
    pub locale: String,
    /// Its files.
    pub files: Vec<FtlFile>,
}

/// Why an import wrote nothing.
#[derive(Debug)]
pub enum ImportError {
    /// The file could not be read, or is not an XLIFF 2 translation of this
    /// catalog: one line saying what and where.
    Invalid(String),
    /// The overlay it makes has errors (`smh-errors check`'s diagnostics,
    /// named by the paths the files would have had).
    Check(Vec<Diagnostic>),
    /// Writing the overlay folder failed (nothing is left behind).
    Write(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Invalid(s) | ImportError::Write(s) => f.write_str(s),
            ImportError::Check(d) => {
                let errors = d.iter().filter(|d| d.is_error()).count();
                write!(f, "the translated overlay has {errors} error(s); nothing was written")
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// The XLIFF 2.0 file of `target`'s translation of `source` (the source
/// locale: en-US). A locale `target` lacks a file of gets the source's as
/// its frame (a new locale: every unit untranslated). Fails on a file with
/// a Fluent syntax error (check it first).
pub fn export_xliff(source: &LocaleFiles, target: &LocaleFiles) -> Result<String, String> {
    exportable(source, target)?;
    xliff::export(source, target)
}

/// The TMX 1.4b translation memory of every message and term both `source`
/// and `target` define; `tool_version` goes in its header.
pub fn export_tmx(source: &LocaleFiles, target: &LocaleFiles, tool_version: &str) -> Result<String, String> {
    exportable(source, target)?;
    tmx::export(source, target, tool_version)
}

/// A target locale an exchange file can be made for: a locale folder name
/// other than the source's.
fn exportable(source: &LocaleFiles, target: &LocaleFiles) -> Result<(), String> {
    if !smh_errors_check::is_locale_folder_name(&target.locale) {
        return Err(format!(
            "`{}` is not a locale folder name: use a BCP 47 tag in its usual case, such as ja-JP",
            fluent::shown(&target.locale)
        ));
    }
    if source.locale == target.locale {
        return Err(format!("{} is the source locale: export another one", target.locale));
    }
    Ok(())
}

/// Reads at most [`MAX_XLIFF_LEN`] bytes of `path` (`-`: standard input);
/// a longer file is refused without reading the rest.
pub fn read_capped(path: &Path) -> Result<Vec<u8>, ImportError> {
    let mut bytes = Vec::new();
    let limit = MAX_XLIFF_LEN as u64 + 1;
    let read = if path.as_os_str() == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    read.map_err(|e| ImportError::Invalid(format!("cannot read {}: {e}", path.display())))?;
    if bytes.len() > MAX_XLIFF_LEN {
        return Err(ImportError::Invalid(format!(
            "{} is larger than {} MiB; this catalog's XLIFF is far smaller, so it is not read",
            path.display(),
            MAX_XLIFF_LEN >> 20
        )));
    }
    Ok(bytes)
}

/// Turns a translated XLIFF 2 file back into the target locale's Fluent
/// files: each file's skeleton (the locale's file when exported) with every
/// unit's translation in place, and what the reference (`source`, en-US)
/// has and the skeleton lacks added where the reference has it; laid out as
/// Fluent's serializer writes it. A unit without a translation leaves its
/// message out (it falls back); a term keeps the skeleton's value; a
/// message with no unit stays as the skeleton has it, and is left out of a
/// file without a skeleton of the locale's own (none, or en-US's file: a
/// file new to the locale). A file that would define no message is not
/// written (a file of the locale's own is, for its terms). Files come sorted
/// by name.
pub fn import_xliff(bytes: &[u8], source: &LocaleFiles) -> Result<LocaleFiles, ImportError> {
    // Every refusal is one line, however the XML reader words it (it quotes
    // the input, line breaks included).
    let bad = |m: String| ImportError::Invalid(smh_errors_check::diag::one_line(&m));
    if bytes.len() > MAX_XLIFF_LEN {
        return Err(bad(format!("the file is larger than {} MiB", MAX_XLIFF_LEN >> 20)));
    }
    let doc = xliff::read(bytes).map_err(bad)?;
    if doc.src_lang != source.locale {
        return Err(bad(format!(
            "the file translates from {}, not from {}",
            fluent::shown(&doc.src_lang),
            source.locale
        )));
    }
    let locale = doc.trg_lang.clone();
    if !smh_errors_check::is_locale_folder_name(&locale) || locale == source.locale {
        return Err(bad(format!(
            "trgLang {} is not a locale to import (a BCP 47 tag in its usual case, such as ja-JP, other than {})",
            fluent::shown(&locale),
            source.locale
        )));
    }
    let mut files = Vec::new();
    for (name, skeleton, targets) in xliff::targets(doc, source).map_err(bad)? {
        let reference = source.files.iter().find(|f| f.name == name).map(|f| f.text.as_str()).unwrap_or_default();
        let ref_res = fluent::parse_clean(&format!("{}/{name}", source.locale), reference).map_err(bad)?;
        let frame_text = skeleton.as_deref().unwrap_or(reference);
        let frame = fluent::parse_clean(&format!("the skeleton of {name}"), frame_text).map_err(bad)?;
        // A skeleton that is en-US's file itself frames a file new to the
        // locale (the export writes one so): not the locale's own.
        let own_frame = skeleton.as_deref().is_some_and(|s| s != reference);
        if let Some(text) = fluent::rebuild(&name, &frame, own_frame, &ref_res, &targets).map_err(bad)? {
            files.push(FtlFile { name, text });
        }
    }
    if files.is_empty() {
        return Err(bad("the file translates nothing: no message or term to write".into()));
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(LocaleFiles { locale, files })
}

/// Writes `overlay` as the folder `dir/<locale>/` (creating `dir`), after
/// `check` (given the overlay and the folder it would be) found no error.
/// The files are written into a hidden folder of `dir` and renamed into
/// place: the folder appears whole or not at all. An existing folder for
/// the locale is refused, or with `replace` swapped for the new one.
/// Returns the folder written.
pub fn write_overlay(
    overlay: &LocaleFiles,
    dir: &Path,
    replace: bool,
    check: &dyn Fn(&LocaleFiles, &Path) -> Vec<Diagnostic>,
) -> Result<PathBuf, ImportError> {
    let write_err = |what: &str, e: std::io::Error| ImportError::Write(format!("{what}: {e}; nothing was written"));
    let dest = dir.join(&overlay.locale);
    let diags = check(overlay, &dest);
    if diags.iter().any(Diagnostic::is_error) {
        return Err(ImportError::Check(diags));
    }
    if dest.exists() && !replace {
        return Err(ImportError::Write(format!(
            "{} already exists; remove it, or import with --replace",
            dest.display()
        )));
    }
    std::fs::create_dir_all(dir).map_err(|e| write_err(&format!("cannot create {}", dir.display()), e))?;
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let tmp = dir.join(format!(".smh-errors-import-{}-{stamp}", std::process::id()));
    let result = (|| {
        std::fs::create_dir(&tmp).map_err(|e| write_err(&format!("cannot create {}", tmp.display()), e))?;
        for f in &overlay.files {
            std::fs::write(tmp.join(&f.name), &f.text)
                .map_err(|e| write_err(&format!("cannot write {}", f.name), e))?;
        }
        if dest.exists() {
            let old = dir.join(format!(".smh-errors-replaced-{}-{stamp}", std::process::id()));
            std::fs::rename(&dest, &old).map_err(|e| write_err(&format!("cannot move {} aside", dest.display()), e))?;
            if let Err(e) = std::fs::rename(&tmp, &dest) {
                let _ = std::fs::rename(&old, &dest);
                return Err(write_err(&format!("cannot rename into {}", dest.display()), e));
            }
            let _ = std::fs::remove_dir_all(&old);
        } else {
            std::fs::rename(&tmp, &dest)
                .map_err(|e| write_err(&format!("cannot rename into {}", dest.display()), e))?;
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    result.map(|()| dest)
}

/// A locale's `.ftl` files in `dir/<locale>/` (an overlay or a catalog
/// directory), sorted by name, each read as `smh-errors check` reads it
/// (capped, UTF-8).
pub fn read_locale_dir(dir: &Path, locale: &str) -> Result<LocaleFiles, String> {
    let mut diags = Vec::new();
    let folders = smh_errors_check::read_catalog_dir(dir, &mut smh_errors_check::Budget::new(), &mut diags);
    let folder_path = dir.join(locale);
    if let Some(d) = diags.iter().find(|d| d.is_error() && Path::new(&d.path).starts_with(&folder_path)) {
        return Err(d.to_string());
    }
    let folder = folders
        .into_iter()
        .find(|f| f.name == locale)
        .ok_or_else(|| format!("{} has no folder {locale}", dir.display()))?;
    let files = folder
        .files
        .into_iter()
        .map(|(path, text)| {
            let name = Path::new(&path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or(path);
            FtlFile { name, text }
        })
        .collect();
    Ok(LocaleFiles { locale: locale.to_string(), files })
}
