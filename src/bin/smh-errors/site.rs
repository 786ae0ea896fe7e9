//! `smh-errors site DIR`: the reference site, made by the smh-errors-site
//! crate from the catalog directory and this library's answers. Here only
//! the library's answers are handed over, as the site's `Runtime`.

use std::path::{Path, PathBuf};

use smh_errors::{Catalog, ErrorCode, Resolution};
use smh_errors_site::{Input, Runtime, Said};

/// The library's catalog (builtin, with the site's overlays) as the site asks it.
struct Library(Catalog);

impl Runtime for Library {
    fn codes(&self) -> Vec<String> {
        ErrorCode::ALL.iter().map(|c| c.as_str().to_string()).collect()
    }

    fn lookup(&self, code: &str, locale: &str) -> Said {
        let a = self.0.answer(code, Some(locale));
        Said {
            text: a.message().into_owned(),
            locale: a.locale().to_string(),
            doc_url: a.doc_url().map(str::to_string),
            exact: a.resolution == Resolution::Exact,
        }
    }

    fn detail(&self, code: &str, server_message: &str, locale: &str) -> Option<Said> {
        let d = self.0.detail(code, server_message, Some(locale))?;
        Some(Said { text: d.message, locale: d.locale.to_string(), doc_url: None, exact: true })
    }

    fn parent(&self, code: &str) -> Option<String> {
        ErrorCode::from_code(code)?.parent().map(|p| p.as_str().to_string())
    }

    fn catalog_version(&self) -> String {
        smh_errors::catalog_version().to_string()
    }
}

/// Writes the site of `catalog` (and `overlays`) into `dir`; returns the
/// lines to print.
pub fn site(dir: &Path, catalog: &Path, overlays: &[PathBuf]) -> Result<Vec<String>, String> {
    if !catalog.join("codes.toml").is_file() {
        return Err(format!(
            "{} is not a catalog directory (no codes.toml); run this in the repository, or name one with --catalog DIR",
            catalog.display()
        ));
    }
    let runtime = overlays
        .iter()
        .fold(Catalog::builder(), |b, d| b.overlay_dir(d))
        .build()
        .map_err(|e| format!("cannot load the overlays: {e}"))?;
    let library = Library(runtime);
    let site = smh_errors_site::generate(&Input { catalog, overlays, runtime: &library }).map_err(|e| e.to_string())?;
    let s = site.write(dir).map_err(|e| e.to_string())?;
    Ok(vec![
        format!("wrote {} files, {} bytes, to {}", s.files, s.bytes, dir.display()),
        format!("largest page: {} ({} bytes)", s.largest_page.0, s.largest_page.1),
        format!("largest code page: {} ({} bytes)", s.largest_code_page.0, s.largest_code_page.1),
    ])
}
