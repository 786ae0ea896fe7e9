//! The native part of the `smh-errors` npm package: a Node-API addon over
//! the smh-errors core.
//!
//! This layer only converts types and calls the core; every rule (fallback,
//! negotiation, parsing, the category of a code, retry policy, rendering) is
//! the core's. The package's JavaScript API (`index.js`: the error classes,
//! the answer cache, `Catalog`) calls these functions.
//!
//! Strings from JavaScript arrive as UTF-8: Node-API writes each lone UTF-16
//! surrogate as one U+FFFD, which the core answers like any other unknown
//! code or unreadable locale. A response body given as a string that holds
//! lone surrogates is passed as UTF-16 ([`parse_utf16`]), so that such a
//! surrogate gets the answer its JSON escape gets.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use napi::bindgen_prelude::{Buffer, Either, Utf16String};
use napi::{Error, Result, Status};
use napi_derive::napi;

use smh_errors::response::{parse_response_wtf8, MAX_BODY_LEN, MAX_DEPTH};
use smh_errors::text::ErrorText;
use smh_errors::{parse_response, ApiError, Catalog, ErrorCode, IdentStyle, Lookup, ParseError, Response};

/// One answer: `[message, locale, resolution, matched, kind, retryable,
/// status, docUrl]` (the JavaScript `Entry` reads them by position).
type EntryRow = (
    String,
    String,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    bool,
    Option<&'static str>,
    Option<String>,
);

fn row(hit: &Lookup<'_>) -> EntryRow {
    (
        hit.message.to_string(),
        hit.locale.to_string(),
        hit.resolution.as_str(),
        hit.matched.map(ErrorCode::as_str),
        hit.kind.map(|k| k.as_str()),
        hit.retryable,
        hit.status().map(|s| s.as_str()),
        hit.doc_url.map(str::to_string),
    )
}

/// Catalogs opened with overlays and not yet dropped (closed or collected).
static OPEN_CATALOGS: AtomicUsize = AtomicUsize::new(0);

/// A catalog opened with overlays; counted in [`OPEN_CATALOGS`].
struct Owned(Box<Catalog>);

impl Drop for Owned {
    fn drop(&mut self) {
        OPEN_CATALOGS.fetch_sub(1, Ordering::Relaxed);
    }
}

/// The global catalog (builtin + `SMH_ERRORS_CATALOG_DIR`, built on first
/// use), the builtin one, or one with overlays opened at run time.
enum Which {
    Global,
    Static(&'static Catalog),
    Owned(Owned),
}

/// A catalog handle. `close()` drops an opened catalog's tables at once;
/// a closed handle answers every call with an error.
#[napi]
pub struct NativeCatalog {
    which: Option<Which>,
}

impl NativeCatalog {
    fn cat(&self) -> Result<&Catalog> {
        match &self.which {
            Some(Which::Global) => Ok(Catalog::global()),
            Some(Which::Static(c)) => Ok(c),
            Some(Which::Owned(c)) => Ok(&c.0),
            None => Err(Error::new(Status::GenericFailure, "smh-errors: this catalog is closed")),
        }
    }
}

/// An overlay's problem, as the validator reports it.
#[napi(object)]
pub struct NativeDiagnostic {
    /// The file.
    pub path: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
    /// `error` or `warning`.
    pub severity: String,
    /// The rule's name.
    pub rule: String,
    /// What is wrong.
    pub message: String,
}

/// Why overlays could not be opened: the full report and each problem.
#[napi(object)]
pub struct NativeCatalogError {
    /// Every problem, as `smh-errors check` prints them.
    pub text: String,
    /// Each problem.
    pub diagnostics: Vec<NativeDiagnostic>,
}

/// The builtin catalog with the overlay directories `dirs` (text or the
/// path's bytes), later ones overriding earlier ones; or why not.
#[napi(catch_unwind)]
pub fn open(dirs: Vec<Either<String, Buffer>>) -> Either<NativeCatalog, NativeCatalogError> {
    let dirs: Vec<PathBuf> = dirs.into_iter().map(path).collect();
    match dirs.iter().fold(Catalog::builder(), |b, d| b.overlay_dir(d)).build() {
        Ok(c) => {
            OPEN_CATALOGS.fetch_add(1, Ordering::Relaxed);
            Either::A(NativeCatalog { which: Some(Which::Owned(Owned(Box::new(c)))) })
        }
        Err(e) => Either::B(NativeCatalogError {
            text: e.to_string(),
            diagnostics: e
                .diagnostics
                .iter()
                .map(|d| NativeDiagnostic {
                    path: d.path.clone(),
                    line: u32::try_from(d.line).unwrap_or(u32::MAX),
                    col: u32::try_from(d.col).unwrap_or(u32::MAX),
                    severity: d.severity.as_str().to_string(),
                    rule: d.rule.to_string(),
                    message: d.message.clone(),
                })
                .collect(),
        }),
    }
}

/// A directory given as text or as the path's bytes.
fn path(dir: Either<String, Buffer>) -> PathBuf {
    match dir {
        Either::A(s) => PathBuf::from(s),
        #[cfg(unix)]
        Either::B(b) => PathBuf::from(<std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(&b)),
        #[cfg(not(unix))]
        Either::B(b) => PathBuf::from(String::from_utf8_lossy(&b).into_owned()),
    }
}

/// How many catalogs opened with [`open`] are alive (not closed, not yet
/// collected): what the tests watch for leaks.
#[napi]
pub fn open_catalogs() -> u32 {
    u32::try_from(OPEN_CATALOGS.load(Ordering::Relaxed)).unwrap_or(u32::MAX)
}

#[napi]
impl NativeCatalog {
    /// The catalog the package's functions use: the builtin one plus the
    /// overlays named by `SMH_ERRORS_CATALOG_DIR`.
    #[napi(factory, catch_unwind)]
    pub fn global() -> NativeCatalog {
        NativeCatalog { which: Some(Which::Global) }
    }

    /// The catalog compiled into the library.
    #[napi(factory, catch_unwind)]
    pub fn builtin() -> NativeCatalog {
        NativeCatalog { which: Some(Which::Static(Catalog::builtin())) }
    }

    /// Drops an opened catalog's tables (the global and builtin ones live
    /// as long as the process); later calls on this handle fail. Closing
    /// twice does nothing.
    #[napi(catch_unwind)]
    pub fn close(&mut self) {
        self.which = None;
    }

    /// Whether [`NativeCatalog::close`] was called.
    #[napi(getter)]
    pub fn closed(&self) -> bool {
        self.which.is_none()
    }

    /// The catalog's locales: en-US first.
    #[napi(catch_unwind)]
    pub fn locales(&self) -> Result<Vec<String>> {
        Ok(self.cat()?.locales().map(str::to_string).collect())
    }

    /// For a requested locale (`None`: the default one), the catalog locale
    /// that answers first and every registry code's answer in registry
    /// order: one crossing fills a locale's cache.
    #[napi(catch_unwind)]
    pub fn table(&self, locale: Option<String>) -> Result<(String, Vec<EntryRow>)> {
        let cat = self.cat()?;
        let handle = cat.locale_or_default(locale.as_deref());
        let rows = ErrorCode::ALL.iter().map(|c| row(&handle.lookup(c.as_str()))).collect();
        Ok((handle.name().to_string(), rows))
    }

    /// [`NativeCatalog::table`]'s locale and messages alone: what the first
    /// `message()` of a locale needs.
    #[napi(catch_unwind)]
    pub fn messages(&self, locale: Option<String>) -> Result<(String, Vec<String>)> {
        let cat = self.cat()?;
        let handle = cat.locale_or_default(locale.as_deref());
        let texts = ErrorCode::ALL.iter().map(|c| handle.message(c.as_str()).into_owned()).collect();
        Ok((handle.name().to_string(), texts))
    }

    /// The full answer for `code` in `locale` (`None`: the default locale).
    #[napi(catch_unwind)]
    pub fn lookup(&self, code: String, locale: Option<String>) -> Result<EntryRow> {
        Ok(row(&self.cat()?.lookup(&code, locale.as_deref())))
    }

    /// The localized message of `code` in `locale`.
    #[napi(catch_unwind)]
    pub fn message(&self, code: String, locale: Option<String>) -> Result<String> {
        Ok(self.cat()?.lookup(&code, locale.as_deref()).message.into_owned())
    }

    /// The catalog locale that `requested` resolves to (`None`: the default).
    #[napi(catch_unwind)]
    pub fn negotiate(&self, requested: Option<String>) -> Result<String> {
        let cat = self.cat()?;
        Ok(cat.locale_or_default(requested.as_deref()).name().to_string())
    }

    /// Every catalog locale tried for `requested`, best first, ending in en-US.
    #[napi(catch_unwind)]
    pub fn chain(&self, requested: Option<String>) -> Result<Vec<String>> {
        let cat = self.cat()?;
        let handle = cat.locale_or_default(requested.as_deref());
        Ok(handle.chain().map(str::to_string).collect())
    }

    /// What a person should read about an error (`smh-errors parse`'s text
    /// for it) in `locale`, rendered by the core.
    #[napi(catch_unwind)]
    pub fn explain(
        &self,
        code: String,
        server_message: Option<String>,
        request_id: Option<String>,
        locale: Option<String>,
    ) -> Result<String> {
        let cat = self.cat()?;
        let e = ApiError { error_code: ErrorCode::from_code(&code), code, server_message, request_id };
        Ok(e.explain_in(cat, locale.as_deref()))
    }

    /// The localized detail of an error's server message in `locale`:
    /// `[id, message, locale]`, or `null` when it matches no known pattern.
    #[napi(catch_unwind)]
    pub fn detail(
        &self,
        code: String,
        server_message: String,
        locale: Option<String>,
    ) -> Result<Option<(&'static str, String, String)>> {
        let d = self.cat()?.detail(&code, &server_message, locale.as_deref());
        Ok(d.map(|d| (d.id, d.message, d.locale.to_string())))
    }
}

/// What a body says: `["error", code, serverMessage, requestId]`,
/// `["success", requestId]`, or `["invalid", text, kind]` (kind: the core's
/// `ParseError::kind()`).
type ParseRow = Vec<Option<String>>;

fn parsed(r: std::result::Result<Response, ParseError>) -> ParseRow {
    match r {
        Ok(Response::Error(e)) => vec![Some("error".into()), Some(e.code), e.server_message, e.request_id],
        Ok(Response::Success { request_id }) => vec![Some("success".into()), request_id],
        Err(e) => invalid(&e),
    }
}

fn invalid(e: &ParseError) -> ParseRow {
    vec![Some("invalid".into()), Some(e.to_string()), Some(e.kind().as_str().into())]
}

/// Reads a body given as bytes (a `Buffer`, a `Uint8Array`).
#[napi(catch_unwind)]
pub fn parse(body: &[u8]) -> ParseRow {
    parsed(parse_response(body))
}

/// Reads a body given as a well-formed string.
#[napi(catch_unwind)]
pub fn parse_text(body: String) -> ParseRow {
    parsed(parse_response(body.as_bytes()))
}

/// Reads a body given as a string that holds lone surrogates, from its
/// UTF-16 code units: each lone surrogate gets the answer its JSON escape
/// `"\ud800"` gets (see `parse_response_wtf8`), not the one for bytes that
/// are not UTF-8.
#[napi(catch_unwind)]
pub fn parse_utf16(body: Utf16String) -> ParseRow {
    let mut bytes = Vec::with_capacity(body.len() * 3);
    for c in char::decode_utf16(body.iter().copied()) {
        match c {
            Ok(c) => bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
            // The surrogate's three-byte (WTF-8) form; it is in 0xD800..=0xDFFF.
            Err(e) => {
                let u = e.unpaired_surrogate();
                bytes.extend_from_slice(&[
                    0xe0 | (u >> 12) as u8,
                    0x80 | ((u >> 6) & 0x3f) as u8,
                    0x80 | (u & 0x3f) as u8,
                ]);
            }
        }
    }
    parsed(parse_response_wtf8(&bytes))
}

/// The answer for a decoded body (an object) that could not be turned into
/// JSON text: `reason` is `"too_deep"` (it nests past the stack JSON.stringify
/// has) or `"not_json"` (it holds a value JSON cannot represent: a cycle, a
/// BigInt).
#[napi(catch_unwind)]
pub fn decoded_error(reason: String) -> Result<ParseRow> {
    let e = match reason.as_str() {
        "too_deep" => ParseError::TooDeep { limit: MAX_DEPTH },
        "not_json" => ParseError::not_json(),
        other => return Err(Error::new(Status::InvalidArg, format!("unknown reason {other:?}"))),
    };
    Ok(invalid(&e))
}

/// The text of an API error, `Code: message (RequestId: id)`, as the core
/// renders it (control and bidi characters escaped, empty parts left out).
#[napi(catch_unwind)]
pub fn error_text(code: String, message: Option<String>, request_id: Option<String>) -> String {
    ErrorText { code: &code, message: message.as_deref(), request_id: request_id.as_deref() }.to_string()
}

/// Every registry code as `[code, memberName]` (the one naming rule's
/// underscored name), in registry order.
#[napi(catch_unwind)]
pub fn codes() -> Vec<(&'static str, String)> {
    ErrorCode::ALL.iter().map(|c| (c.as_str(), c.identifier(IdentStyle::Underscored))).collect()
}

/// The registry's distinct top-level categories, in code order.
#[napi(catch_unwind)]
pub fn categories() -> Vec<&'static str> {
    ErrorCode::categories().to_vec()
}

/// The top-level category of any code (`AuthFailure` for
/// `AuthFailure.Anything`), or `null` when no registered code has it.
#[napi(catch_unwind)]
pub fn category_of(code: String) -> Option<&'static str> {
    ErrorCode::category_of(&code)
}

/// Whether an error with this code may be retried after a backoff: the
/// code's, or its nearest registered parent's, policy.
#[napi(catch_unwind)]
pub fn retryable(code: String) -> bool {
    smh_errors::retryable(&code)
}

/// Why the overlays of `SMH_ERRORS_CATALOG_DIR` were not loaded, if they
/// were not.
#[napi(catch_unwind)]
pub fn global_error() -> Option<String> {
    Catalog::global_error().map(ToString::to_string)
}

/// The library's version (Cargo.toml's: the one version of every package).
#[napi]
pub fn version() -> &'static str {
    smh_errors::VERSION
}

/// The parent rule as the core states it: the byte between a code's
/// segments (`.`) and the longest registered code in bytes. An unregistered
/// code is answered by its longest registered prefix that ends just before
/// the separator, found within its first `maxCodeLen + 1` bytes.
#[napi]
pub fn parent_rule() -> (String, u32) {
    (
        char::from(smh_errors::ffi::PARENT_SEPARATOR).to_string(),
        u32::try_from(smh_errors::ffi::MAX_CODE_LEN).unwrap_or(u32::MAX),
    )
}

/// The largest body read, in bytes; larger ones are refused unread.
#[napi]
pub fn max_body_len() -> u32 {
    u32::try_from(MAX_BODY_LEN).unwrap_or(u32::MAX)
}
