//! Lookups: the message, the negotiated locale, the full answer and the
//! formatted text of a code, in the global catalog or an opened one.

use std::ffi::c_char;
use std::ptr;

use smh_errors::ffi::{self, AnswerExt, LocaleExt};
use smh_errors::{Answer, ErrorCode, FluentArgs, FluentValue, Kind, Resolution};

use crate::catalogs::{ctx, smh_errors_catalog};
use crate::ffi_boundary;
use crate::smh_errors_status;
use crate::strings::{bytes, bytes_n, text, write_buf};

/// How a lookup found its message.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum smh_errors_resolution {
    /// The code's own message.
    Exact = 0,
    /// The message of the nearest registered ancestor of an unknown code
    /// (`InvalidParameterValue.Foo` answered by `InvalidParameterValue`).
    Parent = 1,
    /// The generic message for unknown codes.
    Generic = 2,
}

/// Where a matched code comes from.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum smh_errors_kind {
    /// No code matched (a generic answer).
    None = 0,
    /// A code every Tencent Cloud API can return.
    Common = 1,
    /// A code of SMH's own business logic.
    Business = 2,
}

/// The answer to "what does this code mean, in this locale?", filled by the
/// lookup functions. Every pointer is owned by the catalog that answered:
/// NUL-terminated, valid as long as that catalog (the whole process for the
/// global catalog), never freed by the caller.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct smh_errors_lookup_result {
    /// The localized text, the same pointer `smh_errors_message` gives: a
    /// generic answer shows the code as `smh_errors_message` does.
    pub message: *const c_char,
    /// The catalog locale that answered (`"zh-CN"`).
    pub locale: *const c_char,
    /// Whether the code's own, a parent's or the generic message answered.
    pub resolution: smh_errors_resolution,
    /// The code whose message answered (`"InvalidParameterValue"`); NULL for
    /// a generic answer.
    pub matched: *const c_char,
    /// The matched code's kind; `SMH_ERRORS_KIND_NONE` for a generic answer.
    pub kind: smh_errors_kind,
    /// Whether a client may retry after a backoff; false for a generic answer.
    pub retryable: bool,
    /// Whether the matched code is retired (as `smh_errors_retired_n` says):
    /// no current official source lists it any more; false for a generic
    /// answer.
    pub retired: bool,
    /// The answering message's documentation link, or NULL.
    pub doc_url: *const c_char,
}

/// The localized message of `code` in `locale`, from the global catalog (the
/// builtin one plus the overlays named by `SMH_ERRORS_CATALOG_DIR`).
///
/// `code` is a NUL-terminated error code such as
/// `"AuthFailure.SignatureFailure"`; an unknown code gets its nearest
/// registered parent's message, else the generic message, which shows the
/// code (`"The request failed with error code OperationDenied.Whatever."`)
/// when it is fit to show (at most `SMH_ERRORS_MAX_SHOWN_CODE_LEN` bytes of
/// printable ASCII, no spaces). NULL or invalid-UTF-8 `code` gives the
/// generic message that does not show a code.
///
/// The text showing an unknown code is made the first time that code is
/// asked, and kept by the catalog, for at most
/// `SMH_ERRORS_MAX_STATIC_UNKNOWN_CODES` distinct codes per catalog; past
/// that, a new unknown code gets the generic text that does not show it.
///
/// `locale` is BCP 47, POSIX or an `Accept-Language` list (`"zh_CN.UTF-8"`,
/// `"zh-Hans"`, `"en"`); NULL means the default locale
/// (`SMH_ERRORS_LOCALE`, `LC_ALL`, `LC_MESSAGES`, `LANG`, then en-US);
/// garbage or invalid UTF-8 means en-US.
///
/// Returns a static string: never NULL, NUL-terminated, valid for the life
/// of the process, never to be freed. Allocates nothing, except the first
/// time a locale string is seen (negotiated once and remembered) and the
/// first time an unknown code is shown. Thread-safe.
///
/// # Safety
/// `code` and `locale` are each NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_message(code: *const c_char, locale: *const c_char) -> *const c_char {
    ffi_boundary!({ unsafe { message(ptr::null(), code, locale) } })
}

/// The catalog locale of the global catalog that `requested` resolves to:
/// `"zh-CN"` for `"zh_CN.UTF-8"`, `"en-US"` for `"C"`, `""`, garbage or
/// invalid UTF-8. NULL means the default locale.
///
/// Returns a static string: never NULL, never freed. Thread-safe.
///
/// # Safety
/// `requested` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_negotiate(requested: *const c_char) -> *const c_char {
    ffi_boundary!({ unsafe { negotiate(ptr::null(), bytes(requested)) } })
}

/// Resolves `code` in `locale` in the global catalog and fills `*out` (see
/// `smh_errors_lookup_result`; its strings are static, never freed).
/// `code` and `locale` are read as by `smh_errors_message`.
///
/// Returns `SMH_ERRORS_STATUS_OK`, or `SMH_ERRORS_STATUS_NULL_ARGUMENT` when
/// `out` is NULL. Thread-safe.
///
/// # Safety
/// `code` and `locale` are each NULL or a NUL-terminated string; `out` is
/// NULL or points to writable memory for one `smh_errors_lookup_result`.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_lookup(
    code: *const c_char,
    locale: *const c_char,
    out: *mut smh_errors_lookup_result,
) -> smh_errors_status {
    ffi_boundary!({ unsafe { lookup_into(ptr::null(), bytes(code), bytes(locale), out) } })
}

/// Writes the full localized message of `code` in `locale` (global catalog)
/// into `buf`, with `snprintf` semantics: at most `cap - 1` bytes, cut at a
/// UTF-8 character boundary, then a NUL. Unlike `smh_errors_message`, the
/// generic message shows the code (`"The request failed with error code
/// Foo."`) when the code is fit to show.
///
/// `arg_names` and `arg_values` are `nargs` NUL-terminated strings each: the
/// message's own Fluent variables (`$code` is always the code as asked).
/// NULL arrays, NULL entries and invalid UTF-8 entries are ignored.
/// `buf` may be NULL when `cap` is 0, to measure.
///
/// Returns the length of the full message in bytes, without the NUL: the
/// text was cut if the result is `>= cap`. `buf` is the caller's; nothing is
/// allocated for the caller to free. Thread-safe.
///
/// # Safety
/// `code` and `locale` are each NULL or a NUL-terminated string; the
/// argument arrays are NULL or hold `nargs` pointers, each NULL or a
/// NUL-terminated string; `buf` is NULL or writable for `cap` bytes.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_format(
    code: *const c_char,
    locale: *const c_char,
    arg_names: *const *const c_char,
    arg_values: *const *const c_char,
    nargs: usize,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    ffi_boundary!({
        unsafe { write_buf(b"", buf, cap) };
        let code = unsafe { bytes(code) }.unwrap_or_default();
        let args = unsafe { read_args(arg_names, arg_values, nargs) };
        unsafe { format_into(ptr::null(), code, bytes(locale), args.as_ref(), buf, cap) }
    })
}

/// `smh_errors_message` in `catalog` (NULL: the global catalog). The string
/// belongs to the catalog: valid until `smh_errors_catalog_free`, never
/// freed by the caller, never NULL. Allocates nothing. Thread-safe.
///
/// # Safety
/// `catalog` is NULL or a live catalog; `code` and `locale` are each NULL or
/// a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_catalog_message(
    catalog: *const smh_errors_catalog,
    code: *const c_char,
    locale: *const c_char,
) -> *const c_char {
    ffi_boundary!({ unsafe { message(catalog, code, locale) } })
}

/// The body of `smh_errors_message` and `smh_errors_catalog_message`.
///
/// # Safety
/// As `smh_errors_catalog_message`.
unsafe fn message(catalog: *const smh_errors_catalog, code: *const c_char, locale: *const c_char) -> *const c_char {
    let code = unsafe { bytes(code) }.unwrap_or_default();
    unsafe { answer(catalog, code, bytes(locale)) }.static_message_c().as_ptr()
}

/// `smh_errors_negotiate` in `catalog` (NULL: the global catalog). The
/// string belongs to the catalog; never NULL, never freed. Thread-safe.
///
/// # Safety
/// `catalog` is NULL or a live catalog; `requested` is NULL or a
/// NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_catalog_negotiate(
    catalog: *const smh_errors_catalog,
    requested: *const c_char,
) -> *const c_char {
    ffi_boundary!({ unsafe { negotiate(catalog, bytes(requested)) } })
}

/// `smh_errors_catalog_negotiate` with the requested locale given as
/// `requested_len` bytes at `requested`, which need not be NUL-terminated
/// (a NUL byte in them is part of the request: `"zh\0CN"` is garbage,
/// en-US). NULL `requested` means the default locale, whatever
/// `requested_len` says; a non-NULL one with length 0 is `""` (en-US);
/// invalid UTF-8 is en-US.
///
/// The string belongs to the catalog (NULL: the global catalog, whose strings
/// are static); never NULL, never freed. Thread-safe.
///
/// # Safety
/// `catalog` is NULL or a live catalog; `requested` is NULL or readable for
/// `requested_len` bytes.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_catalog_negotiate_n(
    catalog: *const smh_errors_catalog,
    requested: *const c_char,
    requested_len: usize,
) -> *const c_char {
    ffi_boundary!({ unsafe { negotiate(catalog, bytes_n(requested, requested_len)) } })
}

/// The body of `smh_errors_catalog_negotiate` and `_negotiate_n`.
///
/// # Safety
/// `catalog` is NULL or a live catalog.
unsafe fn negotiate(catalog: *const smh_errors_catalog, requested: Option<&[u8]>) -> *const c_char {
    ffi::locale_bytes(unsafe { ctx(catalog) }, requested).name_c().as_ptr()
}

/// The core's one answer for `code` in `locale` (`None`: the default locale)
/// in `catalog` (NULL: the global catalog), both as the caller's bytes.
///
/// # Safety
/// `catalog` is NULL or a live catalog.
#[inline]
pub(crate) unsafe fn answer<'a>(
    catalog: *const smh_errors_catalog,
    code: &'a [u8],
    locale: Option<&[u8]>,
) -> Answer<'a, 'a> {
    ffi::answer_bytes(unsafe { ctx(catalog) }, code, locale)
}

/// The generic answer, written before anything that could fail.
pub(crate) const GENERIC: smh_errors_lookup_result = smh_errors_lookup_result {
    message: c"".as_ptr(),
    locale: c"".as_ptr(),
    resolution: smh_errors_resolution::Generic,
    matched: ptr::null(),
    kind: smh_errors_kind::None,
    retryable: false,
    retired: false,
    doc_url: ptr::null(),
};

/// The C form of `a` with `message`: every string a pointer into the
/// catalog (or into the registry's codes). Inlined, so that the struct is
/// written straight into the caller's memory rather than built on the stack
/// and copied (a copy read back before its last stores land stalls).
#[inline(always)]
pub(crate) fn fill(a: &Answer<'_, '_>, message: *const c_char) -> smh_errors_lookup_result {
    smh_errors_lookup_result {
        message,
        locale: a.locale_c().as_ptr(),
        resolution: match a.resolution {
            Resolution::Exact => smh_errors_resolution::Exact,
            Resolution::Parent => smh_errors_resolution::Parent,
            Resolution::Generic => smh_errors_resolution::Generic,
        },
        matched: a.matched.map_or(ptr::null(), |c| ffi::code_str(c).as_ptr()),
        kind: match a.kind() {
            Some(Kind::Common) => smh_errors_kind::Common,
            Some(Kind::Business) => smh_errors_kind::Business,
            None => smh_errors_kind::None,
        },
        retryable: a.retryable(),
        retired: a.matched.is_some_and(ErrorCode::is_retired),
        doc_url: a.doc_url_c().map_or(ptr::null(), |u| u.as_ptr()),
    }
}

/// `smh_errors_lookup` in `catalog` (NULL: the global catalog); the strings
/// in `*out` belong to the catalog. Returns `SMH_ERRORS_STATUS_OK`,
/// `SMH_ERRORS_STATUS_NULL_ARGUMENT` when `out` is NULL, or
/// `SMH_ERRORS_STATUS_INTERNAL` (then `*out` holds a generic answer).
/// Thread-safe.
///
/// # Safety
/// `catalog` is NULL or a live catalog; `code` and `locale` are each NULL or
/// a NUL-terminated string; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_catalog_lookup(
    catalog: *const smh_errors_catalog,
    code: *const c_char,
    locale: *const c_char,
    out: *mut smh_errors_lookup_result,
) -> smh_errors_status {
    ffi_boundary!({ unsafe { lookup_into(catalog, bytes(code), bytes(locale), out) } })
}

/// `smh_errors_catalog_lookup` with `code` and `locale` given with their
/// lengths: `code_len` bytes at `code` and `locale_len` bytes at `locale`,
/// neither needing a NUL terminator. NUL bytes inside are part of the
/// string (`"Auth\0Failure"` is an unknown code: generic;
/// `"InvalidParameterValue.\0x"` is answered by `InvalidParameterValue`).
/// NULL `code` is the empty code (generic) and NULL `locale` the default
/// locale, whatever their lengths say; a non-NULL `locale` of length 0 is
/// `""` (en-US); invalid UTF-8 is read as by `smh_errors_catalog_lookup`.
///
/// Fills `*out` exactly as `smh_errors_catalog_lookup` does: its strings
/// belong to the catalog (NULL: the global catalog, whose strings are
/// static), NUL-terminated, never freed. Returns `SMH_ERRORS_STATUS_OK`,
/// `SMH_ERRORS_STATUS_NULL_ARGUMENT` when `out` is NULL, or
/// `SMH_ERRORS_STATUS_INTERNAL` (then `*out` holds a generic answer).
/// Allocates nothing. Thread-safe.
///
/// # Safety
/// `catalog` is NULL or a live catalog; `code` is NULL or readable for
/// `code_len` bytes; `locale` is NULL or readable for `locale_len` bytes;
/// `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_catalog_lookup_n(
    catalog: *const smh_errors_catalog,
    code: *const c_char,
    code_len: usize,
    locale: *const c_char,
    locale_len: usize,
    out: *mut smh_errors_lookup_result,
) -> smh_errors_status {
    ffi_boundary!({ unsafe { lookup_into(catalog, bytes_n(code, code_len), bytes_n(locale, locale_len), out) } })
}

/// The body of `smh_errors_catalog_lookup` and `_lookup_n`: `code` `None` is
/// the empty code, `locale` `None` the default locale.
///
/// # Safety
/// `catalog` is NULL or a live catalog; `out` is NULL or writable.
unsafe fn lookup_into(
    catalog: *const smh_errors_catalog,
    code: Option<&[u8]>,
    locale: Option<&[u8]>,
    out: *mut smh_errors_lookup_result,
) -> smh_errors_status {
    let Some(out) = (unsafe { out.as_mut() }) else {
        return smh_errors_status::NullArgument;
    };
    // The answer is written whole, or (a panic) the generic one.
    let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let a = unsafe { answer(catalog, code.unwrap_or_default(), locale) };
        *out = fill(&a, a.static_message_c().as_ptr());
    }));
    if done.is_err() {
        *out = GENERIC;
        return smh_errors_status::Internal;
    }
    smh_errors_status::Ok
}

/// `smh_errors_format` in `catalog` (NULL: the global catalog). Returns the
/// full length; 0 (and an empty `buf`) only on an internal error. `buf` is
/// the caller's; nothing is allocated for the caller. Thread-safe.
///
/// # Safety
/// As `smh_errors_format`; `catalog` is NULL or a live catalog.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn smh_errors_catalog_format(
    catalog: *const smh_errors_catalog,
    code: *const c_char,
    locale: *const c_char,
    arg_names: *const *const c_char,
    arg_values: *const *const c_char,
    nargs: usize,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    ffi_boundary!({
        unsafe { write_buf(b"", buf, cap) };
        let code = unsafe { bytes(code) }.unwrap_or_default();
        let args = unsafe { read_args(arg_names, arg_values, nargs) };
        unsafe { format_into(catalog, code, bytes(locale), args.as_ref(), buf, cap) }
    })
}

/// `smh_errors_catalog_format` without Fluent arguments, with `code` and
/// `locale` given with their lengths (`code_len` bytes at `code`,
/// `locale_len` at `locale`, no NUL terminator needed; NUL bytes inside
/// are part of the string). NULL `code` is the empty code and NULL
/// `locale` the default locale, whatever their lengths say; a non-NULL
/// `locale` of length 0 is `""` (en-US); invalid UTF-8 is read as by
/// `smh_errors_catalog_format`.
///
/// Writes the full message into `buf` with `snprintf` semantics: at most
/// `cap - 1` bytes, cut at a UTF-8 character boundary, then a NUL; the
/// generic message shows the code when the code is fit to show. `buf` may
/// be NULL when `cap` is 0, to measure. Returns the full length in bytes
/// (the text was cut if the result is `>= cap`); 0 (and an empty `buf`)
/// only on an internal error. `buf` is the caller's; nothing is allocated
/// for the caller. Thread-safe.
///
/// # Safety
/// `catalog` is NULL or a live catalog; `code` is NULL or readable for
/// `code_len` bytes; `locale` is NULL or readable for `locale_len` bytes;
/// `buf` is NULL or writable for `cap` bytes.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_catalog_format_n(
    catalog: *const smh_errors_catalog,
    code: *const c_char,
    code_len: usize,
    locale: *const c_char,
    locale_len: usize,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    ffi_boundary!({
        unsafe { write_buf(b"", buf, cap) };
        let code = unsafe { bytes_n(code, code_len) }.unwrap_or_default();
        unsafe { format_into(catalog, code, bytes_n(locale, locale_len), None, buf, cap) }
    })
}

/// The Fluent arguments of a format call, skipping NULL and non-UTF-8 ones.
unsafe fn read_args<'a>(names: *const *const c_char, values: *const *const c_char, n: usize) -> Option<FluentArgs<'a>> {
    if names.is_null() || values.is_null() || n == 0 {
        return None;
    }
    let mut args = FluentArgs::new();
    for i in 0..n {
        let (k, v) = unsafe { (*names.add(i), *values.add(i)) };
        if let (Some(k), Some(v)) = (unsafe { text(k) }, unsafe { text(v) }) {
            if !k.is_empty() {
                args.set(k.to_string(), FluentValue::from(v.to_string()));
            }
        }
    }
    Some(args)
}

/// The body of every format function: `locale` `None` is the default locale.
///
/// # Safety
/// `catalog` is NULL or a live catalog; `buf` is NULL or writable for `cap`
/// bytes.
pub(crate) unsafe fn format_into(
    catalog: *const smh_errors_catalog,
    code: &[u8],
    locale: Option<&[u8]>,
    args: Option<&FluentArgs<'_>>,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    let a = unsafe { answer(catalog, code, locale) };
    let text = match args {
        Some(args) => a.formatted(args),
        None => a.message(),
    };
    unsafe { write_buf(text.as_bytes(), buf, cap) }
}
