//! `smh-errors site DIR`: a static, bilingual reference of the SMH API error
//! codes, generated from the catalog with templates.
//!
//! What it writes (every path relative to `DIR`):
//!
//! * `index.html`: the choice of language;
//! * `<locale>/index.html`: every code grouped by category with its message,
//!   and a search over codes, messages and server messages
//!   (`<locale>/search-index.js`, read by `search.js`; no request leaves the
//!   site, so it works from `file://`);
//! * `<locale>/<code>.html`: one page per code, at a stable address;
//! * `<locale>/translation-coverage.html`: the translators' page;
//! * `site.css`, `search.js`; and `.smh-errors-site`, the list of the files
//!   written, so that a later run removes the pages of codes that are gone
//!   and never a file it did not write.
//!
//! The catalog's facts come from two places: the catalog directory, read by
//! the validator (`smh-errors-check`: the registry, the server-message
//! patterns, the translators' files), and the runtime's answers (messages,
//! fallback, localized details, the parent rule) through [`Runtime`], so
//! that every rule stays in the core. The runtime is the caller's: this
//! crate does not depend on the `smh-errors` library, whose command line
//! depends on it.

#![warn(missing_docs)]

mod chrome;
mod data;
mod ftl;
mod html;
mod retry;
mod write;

use std::fmt;
use std::path::{Path, PathBuf};

pub use write::Summary;

/// The answers of the runtime catalog (`smh_errors::Catalog`, built with the
/// same overlays) that the site shows.
pub trait Runtime {
    /// Every code the runtime has registered, in any order.
    fn codes(&self) -> Vec<String>;
    /// The message of `code` in the catalog locale named exactly `locale`,
    /// as a lookup answers it (with fallback along the locale chain).
    fn lookup(&self, code: &str, locale: &str) -> Said;
    /// The localized detail of `server_message` for an error with `code`, in
    /// `locale`, or `None` when it matches no known pattern.
    fn detail(&self, code: &str, server_message: &str, locale: &str) -> Option<Said>;
    /// The nearest registered ancestor of the registered `code`.
    fn parent(&self, code: &str) -> Option<String>;
    /// The catalog's version, shown at the foot of every page.
    fn catalog_version(&self) -> String;
}

/// One answer of the [`Runtime`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// The text.
    pub text: String,
    /// The catalog locale whose message it is.
    pub locale: String,
    /// The answering message's documentation link, if it has one.
    pub doc_url: Option<String>,
    /// Whether the code's own message answered (not a parent's, not the
    /// generic one).
    pub exact: bool,
}

/// What a site is made from.
pub struct Input<'a> {
    /// A full catalog directory (`catalog/`: `codes.toml`,
    /// `server-messages.toml`, a folder per locale).
    pub catalog: &'a Path,
    /// Overlay directories (folders of locales) that the runtime was built
    /// with; each of their locales gets pages too.
    pub overlays: &'a [PathBuf],
    /// The runtime catalog, with those overlays.
    pub runtime: &'a dyn Runtime,
}

/// Why no site was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteError(pub String);

impl fmt::Display for SiteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SiteError {}

/// A generated site, in memory: each file's path (relative, with `/`) and
/// its bytes, sorted by path.
#[derive(Debug, Clone)]
pub struct Site {
    /// The files.
    pub files: Vec<(String, Vec<u8>)>,
}

impl Site {
    /// Writes the site into `dir` (created if needed), after removing what an
    /// earlier run wrote there; refuses a directory that holds anything
    /// else. See [`Summary`] for what it reports.
    pub fn write(&self, dir: &Path) -> Result<Summary, SiteError> {
        write::write(self, dir)
    }

    /// The file at `path`, if the site has it.
    pub fn file(&self, path: &str) -> Option<&[u8]> {
        self.files.binary_search_by(|(p, _)| p.as_str().cmp(path)).ok().map(|i| self.files[i].1.as_slice())
    }
}

/// The relative path of the page of `code` in `locale`:
/// `en-US/AuthFailure.SignatureFailure.html`.
pub fn code_page_path(locale: &str, code: &str) -> String {
    format!("{locale}/{code}.html")
}

/// Generates the site: reads the catalog and overlay directories, asks the
/// runtime, renders every page. Fails, saying why, on a catalog with
/// errors, or a runtime whose registry is not the catalog directory's.
pub fn generate(input: &Input<'_>) -> Result<Site, SiteError> {
    let catalog = data::Catalog::read(input)?;
    let files = data::render(&catalog, input.runtime)?;
    Ok(Site { files })
}
