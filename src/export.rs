//! The `export` format: every code with its message in every locale, for web
//! front ends (`smh-errors export` prints it).

use std::collections::BTreeMap;

use crate::catalog::Catalog;
use crate::codes::ErrorCode;
use crate::format::SOURCE_LOCALE;
use crate::locale::PSEUDO_LOCALES;

/// Every code with its kind, retryable, status (`current` or `retired`),
/// doc_url and its message in each of `catalog`'s locales (as a lookup
/// answers it, so with fallback, and which locale answered), plus the
/// locales, the source locale and the version.
/// The pseudo-locales only with `pseudo`. The same bytes every run: maps
/// are sorted.
pub fn export_json(catalog: &Catalog, pseudo: bool) -> serde_json::Value {
    let locales: Vec<&str> = catalog.locales().filter(|l| pseudo || !PSEUDO_LOCALES.contains(l)).collect();
    // Sorted maps and keys written in sorted order: the same bytes every run,
    // whether or not serde_json's map preserves insertion order.
    let mut codes = BTreeMap::new();
    for c in ErrorCode::ALL.iter() {
        let mut messages = BTreeMap::new();
        let mut answered = BTreeMap::new();
        for &l in &locales {
            let hit = catalog.lookup(c.as_str(), Some(l));
            messages.insert(l, hit.message.into_owned());
            answered.insert(l, hit.locale);
        }
        codes.insert(
            c.as_str(),
            serde_json::json!({
                "answered_by": answered,
                "doc_url": c.doc_url(),
                "kind": c.kind().as_str(),
                "messages": messages,
                "retryable": c.retryable(),
                "status": c.status().as_str(),
            }),
        );
    }
    serde_json::json!({
        "codes": codes,
        "locales": locales,
        "source_locale": SOURCE_LOCALE,
        "version": crate::VERSION,
    })
}
