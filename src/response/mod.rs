//! Reading SMH API response bodies.
//!
//! Two shapes are understood:
//!
//! * the Tencent Cloud API 3.0 envelope:
//!   `{"Response":{"Error":{"Code":"...","Message":"..."},"RequestId":"..."}}`
//!   is an error; a `Response` without `Error` (or with `"Error": null`) is a
//!   success; a null `Message` or `RequestId` counts as absent;
//! * the legacy form `{"code":N,"message":"...","codeDesc":"..."}`: `code` 0
//!   is a success; otherwise the error's code is `codeDesc` (the string code),
//!   or `N` itself when `codeDesc` is absent or empty.
//!
//! A leading UTF-8 byte-order mark is skipped; unknown fields are ignored.
//! Anything else is a [`ParseError`] that says what was wrong; nothing
//! panics, whatever the bytes.
//!
//! The files: this one holds the answer's types and their renderings;
//! `error` the [`ParseError`] and its kinds; `parse` the rules that read a
//! body; `visitor` the typed JSON reader under them.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use crate::catalog::{Catalog, Lookup};
use crate::codes::ErrorCode;
use crate::detail::Detail;
use crate::text::{ErrorText, Escaped};

/// Bodies larger than this are refused unread.
pub const MAX_BODY_LEN: usize = 1 << 20;

/// JSON nested deeper than this is refused (a real body nests 3 deep).
pub const MAX_DEPTH: usize = 32;

/// What a response body said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    /// The call succeeded.
    Success {
        /// The request id, when the body has one.
        request_id: Option<String>,
    },
    /// The call failed.
    Error(ApiError),
}

/// An error the SMH API returned: its code as given, with the server's own
/// text kept beside the catalog's localized one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The code exactly as the server sent it.
    pub code: String,
    /// The registry's code, when the server's is one.
    pub error_code: Option<ErrorCode>,
    /// The server's `Message` (English; often names the parameter or limit).
    pub server_message: Option<String>,
    /// The request id, for support tickets and logs.
    pub request_id: Option<String>,
}

impl ApiError {
    /// The catalog's answer for this error in `locale` (`None`: the default
    /// locale), from the [global](Catalog::global) catalog.
    pub fn lookup(&self, locale: Option<&str>) -> Lookup<'_> {
        Catalog::global().lookup(&self.code, locale)
    }

    /// The localized message for this error in `locale`.
    pub fn localized(&self, locale: Option<&str>) -> Cow<'static, str> {
        crate::message(&self.code, locale)
    }

    /// Whether a client may retry the request after a backoff (the code's,
    /// or its nearest registered parent's, policy).
    pub fn retryable(&self) -> bool {
        crate::retryable(&self.code)
    }

    /// The localized detail of the server's message in `locale` (`None`:
    /// the default locale), from the [global](Catalog::global) catalog: the
    /// known pattern the message matches, said in the locale, with its
    /// holes' text escaped; `None` when the message is absent or matches no
    /// known pattern (see [`crate::detail`]).
    ///
    /// ```
    /// let body = br#"{"Response":{"Error":{"Code":"InvalidParameter","Message":"Parameter `LibraryId` format invalid."}}}"#;
    /// let Ok(smh_errors::Response::Error(e)) = smh_errors::parse_response(body) else { unreachable!() };
    /// let d = e.detail(Some("zh-CN")).unwrap();
    /// assert_eq!((d.id, d.message.as_str(), d.locale), ("detail-parameter-format-invalid", "参数 LibraryId 的格式无效。", "zh-CN"));
    /// ```
    pub fn detail(&self, locale: Option<&str>) -> Option<Detail<'static>> {
        self.detail_in(Catalog::global(), locale)
    }

    /// [`ApiError::detail`] from `catalog` (a catalog with overlays).
    pub fn detail_in<'c>(&self, catalog: &'c Catalog, locale: Option<&str>) -> Option<Detail<'c>> {
        catalog.detail(&self.code, self.server_message.as_deref()?, locale)
    }

    /// What a person should read about this error, in `locale` (`None`:
    /// the default locale), from the [global](Catalog::global) catalog:
    /// what `smh-errors parse` prints for it. See [`ApiError::explain_in`].
    ///
    /// ```
    /// let body = br#"{"Response":{"Error":{"Code":"InvalidParameter","Message":"Parameter `LibraryId` format invalid."},"RequestId":"r-1"}}"#;
    /// let Ok(smh_errors::Response::Error(e)) = smh_errors::parse_response(body) else { unreachable!() };
    /// assert_eq!(e.explain(Some("en-US")).lines().collect::<Vec<_>>(), [
    ///     "InvalidParameter [en-US, exact, common, not retryable]",
    ///     "  A parameter is invalid (for example, its format or type is wrong).",
    ///     "  detail: The parameter LibraryId has an invalid format.",
    ///     "  server: Parameter `LibraryId` format invalid.",
    ///     "  request id: r-1",
    /// ]);
    /// ```
    pub fn explain(&self, locale: Option<&str>) -> String {
        self.explain_in(Catalog::global(), locale)
    }

    /// [`ApiError::explain`] from `catalog`: the catalog's answer for the
    /// code as [`Lookup`]'s Display writes it, then a `detail:` line (the
    /// server message's [localized detail](ApiError::detail_in), when there
    /// is one), a `server:` line (the server's message) and a `request id:`
    /// line, each left out when absent or empty; the server's text escaped
    /// ([`Escaped`]). No trailing newline.
    pub fn explain_in(&self, catalog: &Catalog, locale: Option<&str>) -> String {
        let mut out = catalog.lookup(&self.code, locale).to_string();
        // Writing into a String cannot fail.
        if let Some(d) = self.detail_in(catalog, locale) {
            let _ = write!(out, "\n  detail: {}", d.message);
        }
        if let Some(m) = self.server_message.as_deref().filter(|m| !m.is_empty()) {
            let _ = write!(out, "\n  server: {}", Escaped(m));
        }
        if let Some(r) = self.request_id.as_deref().filter(|r| !r.is_empty()) {
            let _ = write!(out, "\n  request id: {}", Escaped(r));
        }
        out
    }

    /// The error as [`ErrorText`] renders it (what Display writes).
    pub fn text(&self) -> ErrorText<'_> {
        ErrorText { code: &self.code, message: self.server_message.as_deref(), request_id: self.request_id.as_deref() }
    }
}

impl Response {
    /// The answer as a JSON object: `{"outcome": "success", "request_id"}`,
    /// or for an error the lookup's keys (see [`Lookup::to_json`]) in
    /// `locale` plus `outcome: "error"`, `server_message`, `request_id` and
    /// `detail` (see [`Detail::to_json`]; null when there is none).
    pub fn to_json(&self, catalog: &Catalog, locale: Option<&str>) -> serde_json::Value {
        match self {
            Response::Success { request_id } => serde_json::json!({ "outcome": "success", "request_id": request_id }),
            Response::Error(e) => {
                let mut v = catalog.lookup(&e.code, locale).to_json();
                if let Some(o) = v.as_object_mut() {
                    o.insert("outcome".into(), "error".into());
                    o.insert("server_message".into(), e.server_message.clone().into());
                    o.insert("request_id".into(), e.request_id.clone().into());
                    o.insert(
                        "detail".into(),
                        e.detail_in(catalog, locale).map_or(serde_json::Value::Null, |d| d.to_json()),
                    );
                }
                v
            }
        }
    }
}

impl Response {
    /// The response as `smh-errors parse` prints it (and every binding's
    /// command line): `success (request id R)`, or the localized
    /// [`Lookup`] text followed by `detail:` (when the server's message
    /// matches a known pattern), `server:` and `request id:` lines. No
    /// trailing newline.
    pub fn to_text(&self, catalog: &Catalog, locale: Option<&str>) -> String {
        match self {
            Response::Success { request_id: Some(r) } => format!("success (request id {})", Escaped(r)),
            Response::Success { request_id: None } => "success".to_string(),
            Response::Error(e) => e.explain_in(catalog, locale),
        }
    }
}

impl fmt::Display for ApiError {
    /// `Code: server message (RequestId: id)`, as [`ErrorText`] writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

impl fmt::Display for Response {
    /// `success`, `success (RequestId: id)`, or the error's [`ErrorText`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Response::Success { request_id: Some(r) } if !r.is_empty() => {
                write!(f, "success (RequestId: {})", Escaped(r))
            }
            Response::Success { .. } => f.write_str("success"),
            Response::Error(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ApiError {}

mod error;
mod parse;
mod visitor;

pub use error::{ParseError, ParseErrorKind};
pub use parse::{parse_response, parse_response_wtf8};
