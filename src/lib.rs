//! Localized messages for every Tencent Cloud SMH (Smart Media Hosting) API
//! error code, in zh-CN and en-US, from one catalog of Fluent files.
//!
//! ```
//! // A code and a locale in any common spelling:
//! let hit = smh_errors::lookup("AuthFailure.SignatureFailure", Some("zh_CN.UTF-8"));
//! assert_eq!(hit.locale, "zh-CN");
//! assert_eq!(hit.resolution, smh_errors::Resolution::Exact);
//! assert!(hit.message.starts_with("签名错误"));
//!
//! // An API response body:
//! let body = br#"{"Response":{"Error":{"Code":"ResourceNotFound.Library","Message":"library not found"},"RequestId":"r-1"}}"#;
//! match smh_errors::parse_response(body).unwrap() {
//!     smh_errors::Response::Error(e) => {
//!         assert_eq!(e.code, "ResourceNotFound.Library");
//!         assert_eq!(e.localized(Some("en")), "The media library does not exist or does not belong to your account.");
//!     }
//!     smh_errors::Response::Success { .. } => unreachable!(),
//! }
//! ```
//!
//! Where the rules live: code resolution in [`catalog`], overlays in
//! [`overlay`], locale negotiation in [`locale`], response bodies in
//! [`response`], the server message's localized detail in [`detail`], the
//! code table in `codes` ([`ErrorCode`]). Catalog
//! validation and the catalog format belong to the `smh-errors-check` crate,
//! shared with `build.rs`; [`Diagnostic`] is re-exported from it, since a
//! [`CatalogError`] carries them.

#![warn(missing_docs)]

pub mod catalog;
mod codes;
pub mod detail;
mod export;
#[doc(hidden)]
pub mod ffi;
mod format;
pub mod locale;
pub mod overlay;
pub mod response;
pub mod text;

use std::borrow::Cow;

pub use catalog::{Answer, Catalog, Locale, Lookup};
pub use codes::{
    match_bytes, match_code, retryable, retryable_bytes, ErrorCode, Kind, Resolution, Status, UnknownCode, UnknownKind,
};
pub use detail::{Detail, Match};
pub use export::export_json;
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use format::SOURCE_LOCALE;
pub use overlay::{CatalogBuilder, CatalogError};
pub use response::{parse_response, ApiError, ParseError, ParseErrorKind, Response};
pub use smh_errors_check::{Diagnostic, IdentStyle, Severity};

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// This crate's version, from Cargo.toml.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The builtin catalog's version: the crate's [`VERSION`] (the catalog is
/// released with it) with a digest of the catalog's files as SemVer build
/// metadata, `0.1.0+catalog.0123456789abcdef`, so two builds from different
/// catalog files never show the same version. Overlays are not included.
///
/// ```
/// let v = smh_errors::catalog_version();
/// assert!(v.starts_with(&format!("{}+catalog.", smh_errors::VERSION)));
/// ```
pub fn catalog_version() -> &'static str {
    static V: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    V.get_or_init(|| format!("{VERSION}+catalog.{}", codes::CATALOG_DIGEST))
}

/// Resolves `code` in `locale` (`None`: the default locale from the
/// environment) in the [global](Catalog::global) catalog.
pub fn lookup<'a>(code: &'a str, locale: Option<&str>) -> Lookup<'a> {
    Catalog::global().lookup(code, locale)
}

/// The localized message of `code` in `locale` (`None`: the default locale).
pub fn message(code: &str, locale: Option<&str>) -> Cow<'static, str> {
    let global = Catalog::global();
    match locale {
        Some(l) => global.locale(l).message(code),
        None => global.default_locale().message(code),
    }
}

/// The catalog locale that `requested` resolves to (`"zh-CN"` for
/// `"zh_CN.UTF-8"`; `"en-US"` for `"C"` or garbage).
pub fn negotiate(requested: &str) -> &'static str {
    Catalog::global().negotiate(requested)
}
