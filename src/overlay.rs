//! Overlays: building a catalog from the builtin locales and overlay
//! directories or sources, each validated as the build validates the shipped
//! catalog (an overlay load is a check, with the `smh-errors-check` crate).
//! Also what `smh-errors check` and `coverage` run on a directory.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use fluent_bundle::FluentResource;
use smh_errors_check::{self as check, Diagnostic, Shapes, SOURCE_LOCALE};

pub use smh_errors_check::{Coverage, MAX_LOCALES};

use crate::catalog::{builtin_locales, finish, new_locale, Catalog};
use crate::codes::{ErrorCode, BUILTIN_LOCALES, PSEUDO_SOURCES};
use crate::detail::builtin_holes;
use crate::locale;

/// The global catalog: the builtin one plus the overlays of
/// [`CATALOG_DIR_ENV`], or why those did not load.
static GLOBAL: LazyLock<(Option<Catalog>, Option<CatalogError>)> = LazyLock::new(|| {
    let dirs = crate::overlay::env_dirs();
    if dirs.is_empty() {
        return (None, None);
    }
    match dirs.iter().fold(Catalog::builder(), |b, d| b.overlay_dir(d)).build() {
        Ok(c) => (Some(c), None),
        Err(e) => (None, Some(e)),
    }
});

impl Catalog {
    /// The catalog the convenience functions use: the builtin one plus the
    /// overlays named by `SMH_ERRORS_CATALOG_DIR`, read once on first use. If
    /// those overlays are broken, this is the builtin catalog and
    /// [`Catalog::global_error`] says why.
    #[inline]
    pub fn global() -> &'static Catalog {
        GLOBAL.0.as_ref().unwrap_or_else(|| Catalog::builtin())
    }

    /// Why the overlays of `SMH_ERRORS_CATALOG_DIR` were not loaded, if they
    /// were not.
    pub fn global_error() -> Option<&'static CatalogError> {
        GLOBAL.1.as_ref()
    }

    /// A builder for a catalog with overlays.
    pub fn builder() -> CatalogBuilder {
        CatalogBuilder::new()
    }
}

/// The environment variable naming overlay catalog directories (a path list,
/// `:`-separated on Unix) that the [global](Catalog::global) catalog loads.
pub const CATALOG_DIR_ENV: &str = "SMH_ERRORS_CATALOG_DIR";

/// The overlay directories named by [`CATALOG_DIR_ENV`], in order (empty
/// entries skipped): the one reading of the variable, for the global catalog
/// and the CLI. None in a setuid or setgid process (AT_SECURE), as glibc
/// ignores `NLSPATH` and `LOCPATH` there: whoever sets the environment must
/// not put words into a privileged program's messages.
pub fn env_dirs() -> Vec<PathBuf> {
    dirs_from(std::env::var_os(CATALOG_DIR_ENV), is_secure())
}

/// The directories of a [`CATALOG_DIR_ENV`] value; none when `secure`.
fn dirs_from(value: Option<std::ffi::OsString>, secure: bool) -> Vec<PathBuf> {
    match value {
        Some(v) if !v.is_empty() && !secure => {
            std::env::split_paths(&v).filter(|p| !p.as_os_str().is_empty()).collect()
        }
        _ => Vec::new(),
    }
}

/// Whether the process runs with privileges its caller lacks (setuid,
/// setgid, file capabilities): the kernel's AT_SECURE.
#[cfg(target_os = "linux")]
fn is_secure() -> bool {
    // SAFETY: getauxval reads the process's auxiliary vector; it has no
    // preconditions and returns 0 for an absent entry.
    unsafe { libc::getauxval(libc::AT_SECURE) != 0 }
}

/// Whether the process runs with privileges its caller lacks: its real and
/// effective user or group differ (setuid, setgid).
#[cfg(all(unix, not(target_os = "linux")))]
fn is_secure() -> bool {
    // SAFETY: these calls have no preconditions and cannot fail.
    unsafe { libc::getuid() != libc::geteuid() || libc::getgid() != libc::getegid() }
}

/// No setuid on this platform.
#[cfg(not(unix))]
fn is_secure() -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_privileged_process_reads_no_overlay_directory() {
        let v = || Some(std::ffi::OsString::from("/a::/b"));
        assert_eq!(dirs_from(v(), false), [PathBuf::from("/a"), PathBuf::from("/b")]);
        assert!(dirs_from(v(), true).is_empty());
        assert!(dirs_from(None, false).is_empty());
        // This test process is not privileged.
        assert!(!is_secure());
    }
}

/// A catalog that could not be built: every problem, each with
/// `file:line:col`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    /// The problems, in the order found.
    pub diagnostics: Vec<Diagnostic>,
}

/// The most diagnostics a [`CatalogError`]'s text shows (every one is in
/// its `diagnostics`); the text says how many more there are.
pub const MAX_SHOWN_DIAGNOSTICS: usize = 20;

impl fmt::Display for CatalogError {
    /// A headline, then at most [`MAX_SHOWN_DIAGNOSTICS`] diagnostics (one
    /// line each, each message capped), then how many were left out: the
    /// text C, Go and Python receive stays small.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors = self.diagnostics.iter().filter(|d| d.is_error()).count();
        write!(f, "the catalog overlay has {errors} error(s)")?;
        for d in self.diagnostics.iter().take(MAX_SHOWN_DIAGNOSTICS) {
            write!(f, "\n{d}")?;
        }
        if self.diagnostics.len() > MAX_SHOWN_DIAGNOSTICS {
            write!(f, "\n... and {} more", self.diagnostics.len() - MAX_SHOWN_DIAGNOSTICS)?;
        }
        Ok(())
    }
}

impl std::error::Error for CatalogError {}

/// Builds a [`Catalog`]: the builtin locales, then overlay directories and
/// sources, each laid out as `<dir>/<locale>/*.ftl`. An overlay adds a locale
/// (a partial one falls back along the locale chain) or overrides messages of
/// an existing one. Every overlay file is validated as the build validates
/// the shipped catalog.
#[derive(Debug, Default)]
pub struct CatalogBuilder {
    dirs: Vec<PathBuf>,
    sources: Vec<(String, String, String)>,
}

impl CatalogBuilder {
    /// A builder holding the builtin locales.
    pub fn new() -> CatalogBuilder {
        CatalogBuilder::default()
    }

    /// Adds an overlay directory of locale folders (`<dir>/ja-JP/*.ftl`).
    /// Later overlays override earlier ones; a directory added again is
    /// read once, in its last place. Only regular files are read (a FIFO
    /// or device named `*.ftl` is a diagnostic, never waited on), and one
    /// build reads at most [`check::MAX_LOAD_FILES`] files and folders and
    /// [`check::MAX_LOAD_BYTES`] bytes in all.
    pub fn overlay_dir(mut self, dir: impl AsRef<Path>) -> CatalogBuilder {
        self.dirs.push(dir.as_ref().to_path_buf());
        self
    }

    /// Adds one overlay file given as text: `locale` (`ja-JP`), a `name` for
    /// diagnostics, and the FTL source. Applied after the directories.
    pub fn overlay_source(mut self, locale: &str, name: &str, ftl: impl Into<String>) -> CatalogBuilder {
        self.sources.push((locale.to_string(), name.to_string(), ftl.into()));
        self
    }

    /// Every problem the overlays have, errors and warnings, without
    /// building anything: what `smh-errors check` reports for an overlay.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        self.validate().1
    }

    /// Builds the catalog, or returns every problem of every overlay.
    pub fn build(self) -> Result<Catalog, CatalogError> {
        let (groups, diags) = self.validate();
        if diags.iter().any(Diagnostic::is_error) {
            return Err(CatalogError { diagnostics: diags });
        }
        let mut cat = builtin_locales();
        for (loc, files) in groups {
            let li = match cat.iter().position(|l| *l.name == *loc) {
                Some(i) => i,
                None => {
                    cat.push(new_locale(&loc));
                    cat.len() - 1
                }
            };
            for (_, text) in files {
                // Validated above: parse errors cannot happen here.
                let res = FluentResource::try_new(text).unwrap_or_else(|(r, _)| r);
                cat[li].bundle.add_resource_overriding(res);
            }
        }
        Ok(finish(cat))
    }

    /// The overlay directories in the order they apply, each once: a
    /// directory named again (as the same path, or another path to it)
    /// moves to its last place, which is where its messages win.
    fn distinct_dirs(&self) -> Vec<&PathBuf> {
        let key = |d: &PathBuf| std::fs::canonicalize(d).unwrap_or_else(|_| d.clone());
        let keys: Vec<PathBuf> = self.dirs.iter().map(key).collect();
        let mut last = std::collections::HashMap::new();
        for (i, k) in keys.iter().enumerate() {
            last.insert(k, i);
        }
        self.dirs.iter().enumerate().filter(|(i, _)| last[&keys[*i]] == *i).map(|(_, d)| d).collect()
    }

    /// Reads every overlay and checks each locale folder against en-US and
    /// what its locale already has. Returns (locale, files) groups in
    /// application order, and every problem. Each directory is read once
    /// (see [`CatalogBuilder::distinct_dirs`]), every file and folder read
    /// counts against one [`check::Budget`], and each file is parsed and
    /// analysed once ([`check::Layers`]): the work is linear in what is read.
    #[allow(clippy::type_complexity)]
    fn validate(&self) -> (Vec<(String, Vec<(String, String)>)>, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let mut groups: Vec<(String, Vec<(String, String)>)> = Vec::new();
        let mut budget = check::Budget::new();
        for dir in self.distinct_dirs() {
            if budget.is_spent() {
                break;
            }
            let before = diags.len();
            let folders = check::read_catalog_dir(dir, &mut budget, &mut diags);
            if folders.is_empty() && diags.len() == before {
                diags.push(Diagnostic::whole_file(
                    &dir.display().to_string(),
                    "no-locales",
                    "this overlay directory has no locale folder (such as `ja-JP/`)".into(),
                ));
            }
            groups.extend(folders.into_iter().map(|f| (f.name, f.files)));
        }
        for (loc, name, text) in &self.sources {
            match locale::canonical(loc) {
                Some(l) => groups.push((l, vec![(name.clone(), text.clone())])),
                None => diags.push(Diagnostic::whole_file(
                    name,
                    "bad-locale",
                    format!("`{loc}` is not a locale tag such as `ja-JP`"),
                )),
            }
        }
        if groups.is_empty() {
            return (groups, diags);
        }
        // Every locale of the catalog counts, the pseudo-locales too.
        let mut names: Vec<&str> = BUILTIN_LOCALES.iter().chain(PSEUDO_SOURCES).map(|(n, _)| *n).collect();
        names.extend(groups.iter().map(|(n, _)| n.as_str()));
        names.sort_unstable();
        names.dedup();
        if names.len() > MAX_LOCALES {
            diags.push(Diagnostic::whole_file(
                &self.dirs.first().map(|d| d.display().to_string()).unwrap_or_default(),
                "too-many-locales",
                format!("the overlays add up to {} locales; a catalog holds at most {MAX_LOCALES}", names.len()),
            ));
            return (groups, diags);
        }
        for (loc, files) in &groups {
            if locale::takes_english(loc) {
                let at = files.first().map_or(loc.as_str(), |(p, _)| p.as_str());
                diags.push(Diagnostic::whole_file(
                    at,
                    "bad-locale",
                    format!("`{loc}` is not an English locale, yet it would answer requests for `en` or `en-GB` ahead of {SOURCE_LOCALE}"),
                ));
            }
        }
        let mut have = builtin_shapes();
        let source = have[SOURCE_LOCALE].clone();
        let ids = builtin_ids();
        let holes = builtin_holes();
        // Each locale's layers so far, in load order: the builtin files,
        // then earlier overlays', each parsed once.
        let mut layers: BTreeMap<&str, check::Layers<'_>> = BTreeMap::new();
        for (loc, files) in &groups {
            let f: Vec<check::File<'_>> = files.iter().map(|(p, t)| check::File { path: p, text: t }).collect();
            let l = layers.entry(loc).or_insert_with(|| {
                let mut l = check::Layers::new();
                if let Some((_, builtin)) = BUILTIN_LOCALES.iter().find(|(n, _)| n == loc) {
                    let b: Vec<check::File<'static>> =
                        builtin.iter().map(|(p, t)| check::File { path: p, text: t }).collect();
                    l.add_files(&b);
                }
                l
            });
            let expect = check::Expect {
                locale: loc,
                ids: &ids,
                source: Some(&source),
                complete: false,
                base: have.get(loc),
                layers: &[],
                holes: &holes,
            };
            let (shapes, d) = check::check_layer(&f, &expect, l);
            diags.extend(d);
            let entry = have.entry(loc.clone()).or_default();
            entry.messages.extend(shapes.messages);
            entry.terms.extend(shapes.terms);
        }
        (groups, diags)
    }
}

/// What [`check_dir_read`] found: every problem, and the text of every
/// file it read, as it read it (within its caps), to show the source lines
/// of the problems from.
#[derive(Debug, Clone, Default)]
pub struct DirCheck {
    /// Every problem, errors and warnings, each with `file:line:col`.
    pub diagnostics: Vec<Diagnostic>,
    /// Shown path to text, of every file read.
    pub texts: std::collections::HashMap<String, String>,
}

/// Checks a catalog directory as [`check_dir`] does, and keeps the text of
/// every file read: what `smh-errors check` shows source lines from, so
/// that no file is read twice, or read past the check's caps.
pub fn check_dir_read(dir: &Path) -> DirCheck {
    if dir.join("codes.toml").exists() {
        let c = check::check_catalog_dir(dir);
        let texts = c.texts.into_iter().chain(c.locales.into_iter().flat_map(|l| l.files)).collect();
        DirCheck { diagnostics: c.diagnostics, texts }
    } else {
        let b = Catalog::builder().overlay_dir(dir);
        #[allow(unused_mut)]
        let (groups, mut diagnostics) = b.validate();
        #[cfg(feature = "layout")]
        {
            // Each file's layout, after what the load checks.
            let mut layout: Vec<Diagnostic> = groups
                .iter()
                .flat_map(|(_, files)| files)
                .flat_map(|(path, text)| check::layout_diagnostics(path, text))
                .collect();
            layout.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
            diagnostics.extend(layout);
        }
        DirCheck { diagnostics, texts: groups.into_iter().flat_map(|(_, files)| files).collect() }
    }
}

/// Checks a catalog directory as `smh-errors check DIR` does: a full catalog
/// (with `codes.toml`) as the build checks the shipped one, or an overlay of
/// locale folders as [`CatalogBuilder::build`] checks it. Returns every
/// problem, errors and warnings, each with `file:line:col`; with the
/// `layout` feature (part of `cli`), also each file's `layout` warnings (a
/// layout Weblate or Pontoon would rewrite), which loading an overlay does
/// not check.
pub fn check_dir(dir: &Path) -> Vec<Diagnostic> {
    check_dir_read(dir).diagnostics
}

/// How much of the registry each locale folder of a catalog directory
/// translates (`smh-errors coverage DIR`): a full catalog (with
/// `codes.toml`) against its own registry, an overlay against the builtin
/// one. Problems reading the directory come back as diagnostics.
pub fn coverage_dir(dir: &Path) -> (Vec<check::Coverage>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let reg = dir.join("codes.toml");
    let ids = if reg.exists() {
        match check::registry::read_registry(&reg) {
            Ok(codes) => {
                let mut ids = check::expected_ids(codes.iter().map(|c| c.code.as_str()));
                let patterns = dir.join(check::SERVER_MESSAGES_FILE);
                if patterns.exists() {
                    let names: Vec<&str> = codes.iter().map(|c| c.code.as_str()).collect();
                    let (p, d) = check::server_messages::read_server_messages(&patterns, &names);
                    if d.iter().any(Diagnostic::is_error) {
                        return (Vec::new(), d);
                    }
                    ids.extend(p.into_iter().map(|p| p.id));
                }
                ids
            }
            Err(d) => return (Vec::new(), d),
        }
    } else {
        builtin_ids()
    };
    let folders = check::read_catalog_dir(dir, &mut check::Budget::new(), &mut diags);
    let table = folders
        .iter()
        .map(|l| {
            let files: Vec<check::File<'_>> = l.files.iter().map(|(p, t)| check::File { path: p, text: t }).collect();
            check::coverage(&l.name, &files, &ids)
        })
        .collect();
    (table, diags)
}

/// Every message id the builtin catalog expects: its codes', the two
/// generic ones, and its server-message patterns'.
fn builtin_ids() -> std::collections::BTreeSet<String> {
    let mut ids = check::expected_ids(ErrorCode::ALL.iter().map(|c| c.as_str()));
    ids.extend(crate::detail::pattern_ids().map(str::to_string));
    ids
}

/// The shapes of the builtin locales, for validating overlays against.
fn builtin_shapes() -> BTreeMap<String, Shapes> {
    let ids = builtin_ids();
    BUILTIN_LOCALES
        .iter()
        .map(|(name, files)| {
            let f: Vec<check::File<'_>> = files.iter().map(|(p, t)| check::File { path: p, text: t }).collect();
            let (shapes, _) = check::check_locale(
                &f,
                &check::Expect {
                    locale: name,
                    ids: &ids,
                    source: None,
                    complete: false,
                    base: None,
                    layers: &[],
                    holes: &builtin_holes(),
                },
            );
            (name.to_string(), shapes)
        })
        .collect()
}
