//! The `export` format: every code with its message in every locale, for web
//! front ends (`smh-errors export` prints it).

use std::collections::BTreeMap;

use crate::catalog::Catalog;
use crate::codes::ErrorCode;
use crate::format::SOURCE_LOCALE;
use crate::locale::PSEUDO_LOCALES;

/// Every code with its kind, retryable, status (`current` or `retired`),
/// and in each of `catalog`'s locales
/// its message and its documentation link, as a lookup answers them (so
/// with fallback), and which locale answered; plus the locales, the source
/// locale and the version. The pseudo-locales only with `pseudo`. The same
/// bytes every run: maps are sorted.
///
/// ```json
/// {"codes": {"AuthFailure.MFAFailure": {
///     "answered_by": {"en-US": "en-US", "zh-CN": "zh-CN"},
///     "doc_urls": {"en-US": "https://intl.cloud.tencent.com/...", "zh-CN": "https://cloud.tencent.com/..."},
///     "kind": "common",
///     "messages": {"en-US": "MFA (multi-factor authentication) failed.", "zh-CN": "MFA 错误。"},
///     "retryable": false}},
///  "locales": ["en-US", "zh-CN"], "source_locale": "en-US", "version": "0.1.0"}
/// ```
///
/// `doc_urls` gives each locale's own link (`null` where the message that
/// answers has none): a zh-CN front end links the Chinese page.
pub fn export_json(catalog: &Catalog, pseudo: bool) -> serde_json::Value {
    let locales: Vec<&str> = catalog.locales().filter(|l| pseudo || !PSEUDO_LOCALES.contains(l)).collect();
    // Sorted maps and keys written in sorted order: the same bytes every run,
    // whether or not serde_json's map preserves insertion order.
    let mut codes = BTreeMap::new();
    for c in ErrorCode::ALL.iter() {
        let mut messages = BTreeMap::new();
        let mut answered = BTreeMap::new();
        let mut links = BTreeMap::new();
        for &l in &locales {
            let hit = catalog.lookup(c.as_str(), Some(l));
            messages.insert(l, hit.message.into_owned());
            answered.insert(l, hit.locale);
            links.insert(l, hit.doc_url);
        }
        codes.insert(
            c.as_str(),
            serde_json::json!({
                "answered_by": answered,
                "doc_urls": links,
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
