//! Response bodies: parsing, the fields of a response, and its localized
//! text.

use std::ffi::c_char;
use std::ptr;

use smh_errors::ffi::{self, AnswerExt};
use smh_errors::{parse_response, ApiError, Response};

use crate::catalogs::{ctx, smh_errors_catalog};
use crate::ffi_boundary;
use crate::lookup::{answer, fill, format_into, smh_errors_lookup_result};
use crate::parse_error_kind::smh_errors_parse_error_kind;
use crate::smh_errors_status;
use crate::strings::{bytes, bytes_n, text_n, text_n_lossy, write_buf};

/// What a response body said.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum smh_errors_outcome {
    /// The call succeeded (`Response` without `Error`, or legacy `code` 0).
    Success = 0,
    /// The call failed: the response object holds the error.
    Error = 1,
    /// The body is not an SMH API response (malformed, too large, wrong
    /// shape); the response object says why.
    Invalid = 2,
}

/// A parsed response body, made by `smh_errors_parse_response`; freed by
/// `smh_errors_response_free`.
pub struct smh_errors_response {
    outcome: smh_errors_outcome,
    error: Option<ApiError>,
    request_id: Option<Vec<u8>>,
    code: Option<Vec<u8>>,
    server_message: Option<Vec<u8>>,
    parse_error: Option<Vec<u8>>,
    parse_error_kind: smh_errors_parse_error_kind,
}

fn nul_terminated(s: &str) -> Vec<u8> {
    let mut v = Vec::with_capacity(s.len() + 1);
    v.extend_from_slice(s.as_bytes());
    v.push(0);
    v
}

/// Reads an SMH API response body: `len` bytes at `body` (NULL with `len` 0
/// is an empty body; NULL with any other `len` is read as empty too).
///
/// Returns what the body said (`SMH_ERRORS_OUTCOME_SUCCESS`, `_ERROR` or
/// `_INVALID`) and, if `out` is not NULL, sets `*out` to a response object
/// the caller frees with `smh_errors_response_free` (NULL only if the
/// library failed internally, with `_INVALID`). Bodies over 1 MiB, nested
/// over 32 deep, not UTF-8 or of the wrong shape are `_INVALID`, never a
/// crash. Thread-safe.
///
/// # Safety
/// `body` is NULL or readable for `len` bytes; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_parse_response(
    body: *const u8,
    len: usize,
    out: *mut *mut smh_errors_response,
) -> smh_errors_outcome {
    ffi_boundary!({
        if !out.is_null() {
            unsafe { *out = ptr::null_mut() };
        }
        let bytes: &[u8] = if body.is_null() { &[] } else { unsafe { std::slice::from_raw_parts(body, len) } };
        let mut r = smh_errors_response {
            outcome: smh_errors_outcome::Invalid,
            error: None,
            request_id: None,
            code: None,
            server_message: None,
            parse_error: None,
            parse_error_kind: smh_errors_parse_error_kind::None,
        };
        match parse_response(bytes) {
            Ok(Response::Success { request_id }) => {
                r.outcome = smh_errors_outcome::Success;
                r.request_id = request_id.as_deref().map(nul_terminated);
            }
            Ok(Response::Error(e)) => {
                r.outcome = smh_errors_outcome::Error;
                r.request_id = e.request_id.as_deref().map(nul_terminated);
                r.code = Some(nul_terminated(&e.code));
                r.server_message = e.server_message.as_deref().map(nul_terminated);
                r.error = Some(e);
            }
            Err(e) => {
                r.parse_error = Some(nul_terminated(&e.to_string()));
                r.parse_error_kind = e.kind().into();
            }
        }
        let outcome = r.outcome;
        if !out.is_null() {
            unsafe { *out = Box::into_raw(Box::new(r)) };
        }
        outcome
    })
}

/// Frees a response from `smh_errors_parse_response`; NULL does nothing.
/// Every string it gave becomes invalid. Thread-safe, but not to be called
/// while another thread uses the same response.
///
/// # Safety
/// `response` is NULL or a response not yet freed.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_response_free(response: *mut smh_errors_response) {
    if !response.is_null() {
        ffi_boundary!({ drop(unsafe { Box::from_raw(response) }) });
    }
}

/// What the body said; `SMH_ERRORS_OUTCOME_INVALID` for NULL. Returns a
/// value: nothing to free. Thread-safe.
///
/// # Safety
/// `response` is NULL or a live response.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_response_outcome(response: *const smh_errors_response) -> smh_errors_outcome {
    ffi_boundary!({ unsafe { response.as_ref() }.map_or(smh_errors_outcome::Invalid, |r| r.outcome) })
}

fn field(v: &Option<Vec<u8>>, len: *mut usize) -> *const c_char {
    let (p, n) = match v {
        Some(b) => (b.as_ptr().cast::<c_char>(), b.len() - 1),
        None => (ptr::null(), 0),
    };
    if !len.is_null() {
        unsafe { *len = n };
    }
    p
}

/// The error's code exactly as the server sent it (a legacy body without
/// `codeDesc` gives the number, `"4000"`); NULL unless the outcome is
/// `_ERROR`, or for a NULL `response`.
///
/// The string belongs to `response` (valid until `smh_errors_response_free`)
/// and is NUL-terminated; if `len` is not NULL, `*len` is its length in
/// bytes (0 when NULL is returned): the server's JSON may hold `\u0000`.
/// Thread-safe.
///
/// # Safety
/// `response` is NULL or a live response; `len` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_response_code(
    response: *const smh_errors_response,
    len: *mut usize,
) -> *const c_char {
    ffi_boundary!({ field(unsafe { response.as_ref() }.map_or(&None, |r| &r.code), len) })
}

/// The server's own `Message` (often names the parameter or limit); NULL
/// when absent or not an error. Ownership and `len` as in
/// `smh_errors_response_code`. Thread-safe.
///
/// # Safety
/// `response` is NULL or a live response; `len` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_response_server_message(
    response: *const smh_errors_response,
    len: *mut usize,
) -> *const c_char {
    ffi_boundary!({ field(unsafe { response.as_ref() }.map_or(&None, |r| &r.server_message), len) })
}

/// The request id of a success or an error; NULL when absent. Ownership and
/// `len` as in `smh_errors_response_code`. Thread-safe.
///
/// # Safety
/// `response` is NULL or a live response; `len` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_response_request_id(
    response: *const smh_errors_response,
    len: *mut usize,
) -> *const c_char {
    ffi_boundary!({ field(unsafe { response.as_ref() }.map_or(&None, |r| &r.request_id), len) })
}

/// Why the body is `_INVALID`, readable (`"the body is not valid JSON:
/// EOF while parsing an object at line 1, column 12"`); NULL otherwise. The
/// string belongs to `response`. Thread-safe.
///
/// # Safety
/// `response` is NULL or a live response.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_response_parse_error(response: *const smh_errors_response) -> *const c_char {
    ffi_boundary!({ field(unsafe { response.as_ref() }.map_or(&None, |r| &r.parse_error), ptr::null_mut()) })
}

/// The kind of parse error (`SMH_ERRORS_PARSE_ERROR_KIND_SYNTAX`, ...: the
/// kinds every binding names alike, `catalog/parse-errors.toml`);
/// `SMH_ERRORS_PARSE_ERROR_KIND_NONE` unless the outcome is `_INVALID` (and
/// for NULL). Returns a value: nothing to free. Thread-safe.
///
/// # Safety
/// `response` is NULL or a live response.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_response_parse_error_kind(
    response: *const smh_errors_response,
) -> smh_errors_parse_error_kind {
    ffi_boundary!({ unsafe { response.as_ref() }.map_or(smh_errors_parse_error_kind::None, |r| r.parse_error_kind) })
}

/// Whether a client may retry the failed request after a backoff (the
/// code's, or its nearest registered parent's, policy); false unless the
/// outcome is `_ERROR` (and for NULL). Returns a value: nothing to free.
/// Thread-safe.
///
/// # Safety
/// `response` is NULL or a live response.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_response_retryable(response: *const smh_errors_response) -> bool {
    ffi_boundary!({ unsafe { response.as_ref() }.and_then(|r| r.error.as_ref()).is_some_and(ApiError::retryable) })
}

/// The error's localized message in `locale`, from `catalog` (NULL: the
/// global catalog), as `smh_errors_catalog_message` gives it for the error's
/// code; for a response that is not an error, the generic message. The
/// string belongs to the catalog; never NULL. Thread-safe.
///
/// # Safety
/// `response` is NULL or a live response; `catalog` is NULL or a live
/// catalog; `locale` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_response_message(
    response: *const smh_errors_response,
    catalog: *const smh_errors_catalog,
    locale: *const c_char,
) -> *const c_char {
    ffi_boundary!({ unsafe { answer(catalog, error_code(response), bytes(locale)) }.static_message_c().as_ptr() })
}

fn error_code<'a>(response: *const smh_errors_response) -> &'a [u8] {
    unsafe { response.as_ref() }.and_then(|r| r.error.as_ref()).map_or(b"", |e| e.code.as_bytes())
}

/// Looks the error's code up in `locale` in `catalog` (NULL: the global
/// catalog) and fills `*out`, as `smh_errors_catalog_lookup` does (a
/// response that is not an error, or NULL, answers as an empty code:
/// generic). The strings in `*out` belong to the catalog, never freed.
/// Returns `SMH_ERRORS_STATUS_NULL_ARGUMENT` when `out` is NULL. Thread-safe.
///
/// # Safety
/// `response` is NULL or a live response; `catalog` is NULL or a live
/// catalog; `locale` is NULL or a NUL-terminated string; `out` is NULL or
/// writable.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_response_lookup(
    response: *const smh_errors_response,
    catalog: *const smh_errors_catalog,
    locale: *const c_char,
    out: *mut smh_errors_lookup_result,
) -> smh_errors_status {
    ffi_boundary!({
        let Some(out) = (unsafe { out.as_mut() }) else {
            return smh_errors_status::NullArgument;
        };
        let a = unsafe { answer(catalog, error_code(response), bytes(locale)) };
        *out = fill(&a, a.static_message_c().as_ptr());
        smh_errors_status::Ok
    })
}

/// Writes the error's full localized message (the generic one shows the
/// code) into `buf` with `snprintf` semantics, as `smh_errors_catalog_format`
/// without arguments (a NULL or non-error response formats the generic
/// message). Returns the full length in bytes; `buf` is the caller's,
/// nothing is allocated for the caller. Thread-safe.
///
/// # Safety
/// `response` is NULL or a live response; `catalog` is NULL or a live
/// catalog; `locale` is NULL or a NUL-terminated string; `buf` is NULL or
/// writable for `cap` bytes.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_response_format(
    response: *const smh_errors_response,
    catalog: *const smh_errors_catalog,
    locale: *const c_char,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    ffi_boundary!({
        unsafe { write_buf(b"", buf, cap) };
        unsafe { format_into(catalog, error_code(response), bytes(locale), None, buf, cap) }
    })
}

/// Writes the one-line text of an API error, `Code: message (RequestId: id)`
/// (an empty message or request id is left out), into `buf` with `snprintf`
/// semantics: the same text as the Rust, Python and Go error types, with
/// control and invisible characters of the server's text escaped (`\n`,
/// `\u{1b}`), so that it is safe for a terminal or a log. Each string is
/// given with its length (NUL bytes inside are part of it, and escaped);
/// NULL is the empty string; invalid UTF-8 is shown with U+FFFD. `buf` may be
/// NULL when `cap` is 0, to measure. Returns the full length in bytes (the
/// text was cut if the result is `>= cap`). Thread-safe; allocates nothing
/// for the caller.
///
/// # Safety
/// Each of `code`, `message`, `request_id` is NULL or readable for its
/// length; `buf` is NULL or writable for `cap` bytes.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_error_text_n(
    code: *const c_char,
    code_len: usize,
    message: *const c_char,
    message_len: usize,
    request_id: *const c_char,
    request_id_len: usize,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    ffi_boundary!({
        // SAFETY: the caller's promise: each pointer is NULL or readable for its length.
        let (code, message, request_id) = unsafe {
            (text_n_lossy(code, code_len), text_n_lossy(message, message_len), text_n_lossy(request_id, request_id_len))
        };
        let text = smh_errors::text::ErrorText { code: &code, message: Some(&message), request_id: Some(&request_id) }
            .to_string();
        unsafe { write_buf(text.as_bytes(), buf, cap) }
    })
}

/// Writes what a person should read about the error into `buf`, with
/// `snprintf` semantics, as `smh-errors parse` prints it: the catalog's
/// answer for the code in `locale` (`code [locale, resolution, kind,
/// retryable]`, then the localized message, indented, and its link), then
/// `detail:` (the server message's localized detail, when it has one),
/// `server:` and `request id:` lines, each left out when absent or empty,
/// with the server's text escaped (`\n`, `\u{1b}`). Lines end in `\n`, the
/// last without one. `catalog` NULL is the global catalog, `locale` NULL
/// the default locale. Returns the full length in bytes; 0 (and `""` in
/// `buf` when `cap > 0`) for a response that is not an error, or NULL.
/// `buf` may be NULL when `cap` is 0, to measure; it is the caller's.
/// Thread-safe.
///
/// # Safety
/// `response` is NULL or a live response; `catalog` is NULL or a live
/// catalog; `locale` is NULL or a NUL-terminated string; `buf` is NULL or
/// writable for `cap` bytes.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_response_explain(
    response: *const smh_errors_response,
    catalog: *const smh_errors_catalog,
    locale: *const c_char,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    ffi_boundary!({
        unsafe { write_buf(b"", buf, cap) };
        let Some(e) = unsafe { response.as_ref() }.and_then(|r| r.error.as_ref()) else { return 0 };
        unsafe { explain_into(catalog, e, bytes(locale), buf, cap) }
    })
}

/// `smh_errors_response_explain` for an error known by its code, server
/// message and request id (an SDK's exception, say), each given with its
/// length (NUL bytes inside are part of the string; invalid UTF-8 is shown
/// as U+FFFD). NULL `message` or `request_id` is absent; NULL `code` is the
/// empty code. NULL `locale` is the default locale, a non-NULL one of
/// length 0 is `""` (en-US). Returns the full length in bytes, never 0 but
/// on an internal error; `snprintf` semantics as
/// `smh_errors_response_explain`. Thread-safe.
///
/// # Safety
/// `catalog` is NULL or a live catalog; `code`, `message`, `request_id` and
/// `locale` are each NULL or readable for their lengths; `buf` is NULL or
/// writable for `cap` bytes.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn smh_errors_catalog_explain_n(
    catalog: *const smh_errors_catalog,
    code: *const c_char,
    code_len: usize,
    message: *const c_char,
    message_len: usize,
    request_id: *const c_char,
    request_id_len: usize,
    locale: *const c_char,
    locale_len: usize,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    ffi_boundary!({
        unsafe { write_buf(b"", buf, cap) };
        let lossy = |p: *const c_char, n: usize| (!p.is_null()).then(|| unsafe { text_n_lossy(p, n) }.into_owned());
        let code = lossy(code, code_len).unwrap_or_default();
        let e = ApiError {
            error_code: smh_errors::ErrorCode::from_code(&code),
            code,
            server_message: lossy(message, message_len),
            request_id: lossy(request_id, request_id_len),
        };
        unsafe { explain_into(catalog, &e, bytes_n(locale, locale_len), buf, cap) }
    })
}

/// Writes `e` explained in `locale` into `buf`.
///
/// # Safety
/// `catalog` is NULL or a live catalog; `buf` is NULL or writable for `cap` bytes.
unsafe fn explain_into(
    catalog: *const smh_errors_catalog,
    e: &ApiError,
    locale: Option<&[u8]>,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    let cat = unsafe { ctx(catalog) };
    let text = match locale {
        None => e.explain_in(cat, None),
        Some(l) => e.explain_in(cat, Some(ffi::locale_bytes(cat, Some(l)).name())),
    };
    unsafe { write_buf(text.as_bytes(), buf, cap) }
}

/// Writes the localized detail of the error's server message into `buf`
/// with `snprintf` semantics: the known pattern of the server's `Message`
/// (such as "Parameter `LibraryId` format invalid.") said in `locale` from
/// `catalog` (NULL: the global catalog; a NULL `locale` is the default
/// locale), falling back along the locale chain to en-US, with the text
/// that came from the server escaped (`\n`, `\u{1b}`). Returns the full
/// length in bytes; 0 (and `""` in `buf` when `cap > 0`) when there is no
/// detail: no message, a message that matches no known pattern, a response
/// that is not an error, or NULL. A detail is never empty, so 0 always
/// means none. `buf` may be NULL when `cap` is 0, to measure; it is the
/// caller's, nothing is allocated for the caller (and nothing at all for
/// a message that matches no pattern). Thread-safe.
///
/// # Safety
/// `response` is NULL or a live response; `catalog` is NULL or a live
/// catalog; `locale` is NULL or a NUL-terminated string; `buf` is NULL or
/// writable for `cap` bytes.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_response_detail(
    response: *const smh_errors_response,
    catalog: *const smh_errors_catalog,
    locale: *const c_char,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    ffi_boundary!({
        unsafe { write_buf(b"", buf, cap) };
        let Some(e) = unsafe { response.as_ref() }.and_then(|r| r.error.as_ref()) else { return 0 };
        let Some(message) = e.server_message.as_deref() else { return 0 };
        unsafe { detail_into(catalog, &e.code, message, bytes(locale), buf, cap) }
    })
}

/// `smh_errors_response_detail` for an error known by its code and server
/// message (an SDK's exception, say), each given with its length
/// (`code_len` bytes at `code`, `message_len` at `message`, `locale_len` at
/// `locale`; NUL bytes inside are part of the string). A NULL or non-UTF-8
/// `code` or `message` has no detail; a NULL `locale` is the default
/// locale, a non-NULL one of length 0 is `""` (en-US). Returns the full
/// length in bytes, 0 for no detail; `snprintf` semantics as
/// `smh_errors_response_detail`. Thread-safe; allocates nothing for the
/// caller.
///
/// # Safety
/// `catalog` is NULL or a live catalog; `code`, `message` and `locale` are
/// each NULL or readable for their lengths; `buf` is NULL or writable for
/// `cap` bytes.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_catalog_detail_n(
    catalog: *const smh_errors_catalog,
    code: *const c_char,
    code_len: usize,
    message: *const c_char,
    message_len: usize,
    locale: *const c_char,
    locale_len: usize,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    ffi_boundary!({
        unsafe { write_buf(b"", buf, cap) };
        let (Some(code), Some(message)) = (unsafe { text_n(code, code_len) }, unsafe { text_n(message, message_len) })
        else {
            return 0;
        };
        unsafe { detail_into(catalog, code, message, bytes_n(locale, locale_len), buf, cap) }
    })
}

/// Writes the detail of (code, message) in `locale` into `buf`; 0 for none.
///
/// # Safety
/// `catalog` is NULL or a live catalog; `buf` is NULL or writable for `cap` bytes.
unsafe fn detail_into(
    catalog: *const smh_errors_catalog,
    code: &str,
    message: &str,
    locale: Option<&[u8]>,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    match ffi::locale_bytes(unsafe { ctx(catalog) }, locale).detail(code, message) {
        Some(d) => unsafe { write_buf(d.message.as_bytes(), buf, cap) },
        None => 0,
    }
}
