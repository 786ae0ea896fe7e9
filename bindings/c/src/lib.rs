//! The C ABI of smh-errors (`libsmh_errors`): thin conversions over the core.
//!
//! Conventions (the header says the same to C programmers):
//!
//! * every function is thread-safe and catches panics, answering with a
//!   documented value instead of unwinding into C;
//! * strings that come from the catalog (messages, locale names, codes,
//!   documentation links) are NUL-terminated, live as long as their catalog
//!   (the process, for the builtin/global one) and are never freed by the
//!   caller; looking them up allocates nothing, because every such string is
//!   copied once, when its catalog is first used, into a table of C strings;
//! * text with arguments is written into a caller's buffer with `snprintf`
//!   semantics;
//! * objects the library allocates are opaque and have a `_free` function;
//! * results are status enums; there is no thread-local "last error".
//!
//! No catalog rule lives here: every answer comes from the `smh_errors` core.

#![allow(non_camel_case_types)]
#![warn(missing_docs)]

use std::collections::HashMap;
use std::ffi::{c_char, CStr, CString};
use std::hash::{BuildHasherDefault, Hasher};
use std::os::unix::ffi::OsStrExt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;
use std::sync::LazyLock;

use smh_errors::{
    parse_response, ApiError, Catalog, ErrorCode, FluentArgs, FluentValue, Kind, Locale, Lookup, Resolution, Response,
};

/// The library's version, `MAJOR.MINOR.PATCH`, NUL-terminated.
const VERSION_C: &CStr = match CStr::from_bytes_with_nul(concat!(env!("CARGO_PKG_VERSION"), "\0").as_bytes()) {
    Ok(s) => s,
    Err(_) => c"",
};

/// Answered when something failed that cannot fail (a bug caught at the
/// panic boundary): a valid, empty string.
const EMPTY: &CStr = c"";

// ---------------------------------------------------------------------------
// Types shared with C
// ---------------------------------------------------------------------------

/// The result of a function that can fail.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum smh_errors_status {
    /// Success.
    Ok = 0,
    /// A required pointer argument was NULL.
    NullArgument = 1,
    /// An overlay catalog could not be read or has errors; the error string
    /// says which, with `file:line:col`.
    CatalogInvalid = 2,
    /// The library failed internally (a bug); nothing was allocated.
    Internal = 3,
}

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

/// The answer to "what does this code mean, in this locale?", filled by the
/// lookup functions. Every pointer is owned by the catalog that answered:
/// NUL-terminated, valid as long as that catalog (the whole process for the
/// global catalog), never freed by the caller.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct smh_errors_lookup_result {
    /// The localized text. For a generic answer this is the text that does
    /// not show the code; `smh_errors_format` writes the one that does.
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
    /// The answering message's documentation link, or NULL.
    pub doc_url: *const c_char,
}

/// A catalog with overlay locales, opened from a directory by
/// `smh_errors_catalog_open`; freed by `smh_errors_catalog_free`.
pub struct smh_errors_catalog {
    catalog: Catalog,
    strings: CStrings,
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
    parse_error_kind: Option<Vec<u8>>,
}

// ---------------------------------------------------------------------------
// The tables of C strings
// ---------------------------------------------------------------------------

/// Every string a catalog can answer with (messages without variables,
/// documentation links, locale names), copied once as C strings and found by
/// the address of the catalog's own `&str`: a lookup in the core borrows
/// from the catalog, and this table turns that borrow into a `const char *`
/// without allocating.
struct CStrings {
    /// address -> (length, copy).
    by_addr: HashMap<usize, (usize, CString), BuildHasherDefault<AddrHasher>>,
    /// The en-US `unknown-error` text: what a string missing from the table
    /// (which the construction rules out) would be answered with.
    fallback: CString,
}

/// Hashes an address with one multiplication (Fibonacci hashing): the keys
/// are distinct heap addresses, so nothing slower is needed.
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

fn c_string(s: &str) -> CString {
    // A catalog string with a NUL (an overlay could write one) is cut there.
    let bytes = s.as_bytes();
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    CString::new(&bytes[..end]).unwrap_or_default()
}

impl CStrings {
    fn new(cat: &Catalog) -> CStrings {
        let mut all: Vec<&str> = Vec::new();
        // Every (locale, code) pair, plus the two generic slots ("" shows no
        // code; a well-formed unknown code shows it): every text, link and
        // locale name the catalog can answer with is one of these.
        let probes: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).chain(["", "Unknown"]).collect();
        let names: Vec<&str> = cat.locales().collect();
        for &name in &names {
            all.push(name);
            let loc = cat.locale(name);
            for &code in &probes {
                all.push(loc.static_message(code));
                let hit = loc.lookup(code);
                all.push(hit.locale);
                all.extend(hit.doc_url);
            }
        }
        let d = cat.default_locale();
        all.push(d.name());
        let fallback = c_string(cat.locale("en-US").static_message(""));
        let by_addr = all.into_iter().filter(|s| !s.is_empty()).map(|s| (s.as_ptr() as usize, (s.len(), c_string(s))));
        CStrings { by_addr: by_addr.collect(), fallback }
    }

    /// The C copy of `s`, a string borrowed from this table's catalog.
    fn find(&self, s: &str) -> Option<*const c_char> {
        if s.is_empty() {
            return Some(EMPTY.as_ptr());
        }
        let (len, c) = self.by_addr.get(&(s.as_ptr() as usize))?;
        (*len == s.len()).then(|| c.as_ptr())
    }

    fn message(&self, s: &str) -> *const c_char {
        self.find(s).unwrap_or_else(|| self.fallback.as_ptr())
    }
}

static GLOBAL_STRINGS: LazyLock<CStrings> = LazyLock::new(|| CStrings::new(Catalog::global()));

/// A catalog and its C strings.
#[derive(Clone, Copy)]
struct Ctx<'a> {
    catalog: &'a Catalog,
    strings: &'a CStrings,
}

/// The catalog behind `handle`; NULL is the global one.
///
/// # Safety
/// `handle` is NULL or a live catalog from `smh_errors_catalog_open`.
unsafe fn ctx<'a>(handle: *const smh_errors_catalog) -> Ctx<'a> {
    match unsafe { handle.as_ref() } {
        Some(h) => Ctx { catalog: &h.catalog, strings: &h.strings },
        None => Ctx { catalog: Catalog::global(), strings: &GLOBAL_STRINGS },
    }
}

/// A C string argument as text: NULL is `None`; invalid UTF-8 is `Some("")`
/// (which the core answers as it answers garbage).
///
/// # Safety
/// `p` is NULL or a NUL-terminated string.
unsafe fn text<'a>(p: *const c_char) -> Option<&'a str> {
    if p.is_null() {
        return None;
    }
    Some(unsafe { CStr::from_ptr(p) }.to_str().unwrap_or(""))
}

/// A string argument given with its length (`len` bytes at `p`, not
/// NUL-terminated, NUL bytes included) as text, read as [`text`] reads a
/// NUL-terminated one: NULL is `None` whatever `len` says; invalid UTF-8 is
/// `Some("")`.
///
/// # Safety
/// `p` is NULL or readable for `len` bytes.
unsafe fn text_n<'a>(p: *const c_char, len: usize) -> Option<&'a str> {
    if p.is_null() {
        return None;
    }
    let bytes = unsafe { std::slice::from_raw_parts(p.cast::<u8>(), len) };
    Some(std::str::from_utf8(bytes).unwrap_or(""))
}

impl Ctx<'_> {
    /// The locale handle for a locale argument read by [`text`] or
    /// [`text_n`]: `None` (a NULL pointer) is the default locale.
    fn locale(&self, locale: Option<&str>) -> Locale<'_> {
        match locale {
            Some(l) => self.catalog.locale(l),
            None => self.catalog.default_locale(),
        }
    }

    fn fill(&self, loc: Locale<'_>, code: &str, hit: &Lookup<'_>, out: &mut smh_errors_lookup_result) {
        *out = smh_errors_lookup_result {
            message: self.strings.message(loc.static_message(code)),
            locale: self.strings.find(hit.locale).unwrap_or(EMPTY.as_ptr()),
            resolution: match hit.resolution {
                Resolution::Exact => smh_errors_resolution::Exact,
                Resolution::Parent => smh_errors_resolution::Parent,
                Resolution::Generic => smh_errors_resolution::Generic,
            },
            matched: hit.matched.map_or(ptr::null(), |c| CODES[c.index()].as_ptr()),
            kind: match hit.kind {
                Some(Kind::Common) => smh_errors_kind::Common,
                Some(Kind::Business) => smh_errors_kind::Business,
                None => smh_errors_kind::None,
            },
            retryable: hit.retryable,
            doc_url: hit.doc_url.and_then(|u| self.strings.find(u)).unwrap_or(ptr::null()),
        };
    }
}

/// Every registry code as a C string, in registry order, NULL-terminated.
static CODES: LazyLock<Vec<CString>> = LazyLock::new(|| ErrorCode::ALL.iter().map(|c| c_string(c.as_str())).collect());

static CODE_PTRS: LazyLock<CodeList> =
    LazyLock::new(|| CodeList(CODES.iter().map(|c| c.as_ptr()).chain(std::iter::once(ptr::null())).collect()));

/// Every top-level category of the registry as a C string, in the order of
/// `ErrorCode::categories()`.
static CATEGORIES: LazyLock<Vec<CString>> =
    LazyLock::new(|| ErrorCode::categories().iter().map(|c| c_string(c)).collect());

/// The NULL-terminated array of code pointers (pointers into `CODES`).
struct CodeList(Vec<*const c_char>);
// SAFETY: the pointers point into `CODES`, immutable and alive for the process.
unsafe impl Send for CodeList {}
// SAFETY: as above; nothing mutates the list.
unsafe impl Sync for CodeList {}

/// Runs `f`, answering `default` if it panics.
fn guard<T>(default: T, f: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or(default)
}

/// Copies `s` into `buf` (capacity `cap`) with `snprintf` semantics, cut at
/// a UTF-8 character boundary; returns `s.len()`.
///
/// # Safety
/// `buf` is NULL or writable for `cap` bytes.
unsafe fn write_buf(s: &[u8], buf: *mut c_char, cap: usize) -> usize {
    if !buf.is_null() && cap > 0 {
        let mut n = s.len().min(cap - 1);
        // Back up to a character boundary (never split a UTF-8 sequence).
        while n > 0 && n < s.len() && (s[n] & 0xC0) == 0x80 {
            n -= 1;
        }
        unsafe {
            ptr::copy_nonoverlapping(s.as_ptr(), buf.cast::<u8>(), n);
            *buf.add(n) = 0;
        }
    }
    s.len()
}

// ---------------------------------------------------------------------------
// Version and codes
// ---------------------------------------------------------------------------

/// The library's version, `"MAJOR.MINOR.PATCH"` (equal to
/// `SMH_ERRORS_VERSION` when header and library match).
///
/// Returns a static string: never NULL, never freed. Thread-safe.
#[no_mangle]
pub extern "C" fn smh_errors_version() -> *const c_char {
    VERSION_C.as_ptr()
}

/// The number of codes in the registry.
///
/// Takes no pointer (no NULL to consider) and returns a number (nothing to
/// free). Thread-safe; never fails.
#[no_mangle]
pub extern "C" fn smh_errors_code_count() -> usize {
    ErrorCode::COUNT
}

/// The registry code at `index` (0 to `smh_errors_code_count() - 1`), in
/// registry order, e.g. `"AuthFailure.SignatureFailure"`.
///
/// Returns a static string, never freed; NULL when `index` is out of range.
/// Thread-safe.
#[no_mangle]
pub extern "C" fn smh_errors_code_at(index: usize) -> *const c_char {
    guard(ptr::null(), || CODES.get(index).map_or(ptr::null(), |c| c.as_ptr()))
}

/// Every registry code, as a static NULL-terminated array of static strings
/// (the same pointers as `smh_errors_code_at`). Never NULL, never freed.
/// Thread-safe.
#[no_mangle]
pub extern "C" fn smh_errors_codes() -> *const *const c_char {
    static NONE: [usize; 1] = [0];
    guard(NONE.as_ptr().cast(), || CODE_PTRS.0.as_ptr())
}

/// The number of top-level error categories: the distinct first segments
/// of the registry's codes (`"AuthFailure"` for
/// `"AuthFailure.SignatureFailure"`, `"OperationDenied"`, ...).
///
/// Takes no pointer (no NULL to consider) and returns a number (nothing to
/// free). Thread-safe; never fails.
#[no_mangle]
pub extern "C" fn smh_errors_category_count() -> usize {
    guard(0, || CATEGORIES.len())
}

/// The category at `index` (0 to `smh_errors_category_count() - 1`), in the
/// order of their first codes in the registry, e.g. `"ActionOffline"`.
///
/// Returns a static string, never freed; NULL when `index` is out of range.
/// Thread-safe.
#[no_mangle]
pub extern "C" fn smh_errors_category_at(index: usize) -> *const c_char {
    guard(ptr::null(), || CATEGORIES.get(index).map_or(ptr::null(), |c| c.as_ptr()))
}

/// The top-level category of any code, registered or not: its first segment
/// (up to the first `.`), when that is a category of the registry.
/// `"AuthFailure.Whatever"` gives `"AuthFailure"`; `"Foo.Bar"` and
/// `"authfailure.x"` give NULL (case-sensitive, as the API is).
///
/// `code` is `len` bytes, not NUL-terminated; NUL bytes inside are part of
/// the code (`"Auth\0Failure.X"` has no category). NULL `code` (whatever
/// `len` says) and invalid UTF-8 give NULL.
///
/// Returns a static string, the same pointer `smh_errors_category_at` gives
/// for that category, never freed; or NULL. Allocates nothing. Thread-safe.
///
/// # Safety
/// `code` is NULL or readable for `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_category_of_n(code: *const c_char, len: usize) -> *const c_char {
    let code = unsafe { text_n(code, len) };
    guard(ptr::null(), || {
        let Some(category) = code.and_then(ErrorCode::category_of) else {
            return ptr::null();
        };
        let index = ErrorCode::categories().iter().position(|c| *c == category);
        index.and_then(|i| CATEGORIES.get(i)).map_or(ptr::null(), |c| c.as_ptr())
    })
}

// ---------------------------------------------------------------------------
// The global catalog
// ---------------------------------------------------------------------------

/// The localized message of `code` in `locale`, from the global catalog (the
/// builtin one plus the overlays named by `SMH_ERRORS_CATALOG_DIR`).
///
/// `code` is a NUL-terminated error code such as
/// `"AuthFailure.SignatureFailure"`; an unknown code gets its nearest
/// registered parent's message, else the generic message (which, here, does
/// not show the code: see `smh_errors_format`). NULL or invalid-UTF-8 `code`
/// gives the generic message.
///
/// `locale` is BCP 47, POSIX or an `Accept-Language` list (`"zh_CN.UTF-8"`,
/// `"zh-Hans"`, `"en"`); NULL means the default locale
/// (`SMH_ERRORS_LOCALE`, `LC_ALL`, `LC_MESSAGES`, `LANG`, then en-US);
/// garbage or invalid UTF-8 means en-US.
///
/// Returns a static string: never NULL, NUL-terminated, valid for the life
/// of the process, never to be freed. Allocates nothing (a locale string
/// the catalog has not seen is negotiated once and remembered). Thread-safe.
///
/// # Safety
/// `code` and `locale` are each NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_message(code: *const c_char, locale: *const c_char) -> *const c_char {
    unsafe { smh_errors_catalog_message(ptr::null(), code, locale) }
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
    unsafe { smh_errors_catalog_negotiate(ptr::null(), requested) }
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
    unsafe { smh_errors_catalog_lookup(ptr::null(), code, locale, out) }
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
    unsafe { smh_errors_catalog_format(ptr::null(), code, locale, arg_names, arg_values, nargs, buf, cap) }
}

/// Why the overlays named by `SMH_ERRORS_CATALOG_DIR` were not loaded (every
/// problem, with `file:line:col`), or NULL when they were (or none were
/// named). The global catalog is then the builtin one.
///
/// Returns a static string, never freed. Thread-safe.
#[no_mangle]
pub extern "C" fn smh_errors_global_catalog_error() -> *const c_char {
    static ERROR: LazyLock<Option<CString>> =
        LazyLock::new(|| Catalog::global_error().map(|e| c_string(&e.to_string())));
    guard(ptr::null(), || {
        Catalog::global();
        ERROR.as_ref().map_or(ptr::null(), |e| e.as_ptr())
    })
}

// ---------------------------------------------------------------------------
// Catalog handles
// ---------------------------------------------------------------------------

/// Opens a catalog: the builtin locales plus the overlay directory `dir`
/// (locale folders such as `dir/ja-JP/errors.ftl`, validated as the build
/// validates the shipped catalog). A partial locale falls back along its
/// chain, ending in en-US.
///
/// On success returns `SMH_ERRORS_STATUS_OK` and sets `*out` to a catalog the
/// caller frees with `smh_errors_catalog_free`. On failure sets `*out` to
/// NULL and returns `SMH_ERRORS_STATUS_NULL_ARGUMENT` (`dir` or `out` NULL)
/// or `SMH_ERRORS_STATUS_CATALOG_INVALID`; then, if `error` is not NULL,
/// `*error` is a readable description (every problem, with
/// `file:line:col`) that the caller frees with `smh_errors_string_free`. On
/// success `*error` is set to NULL.
///
/// Thread-safe. The catalog itself may be used from any number of threads at
/// once.
///
/// # Safety
/// `dir` is NULL or a NUL-terminated path (any bytes); `out` and `error` are
/// each NULL or writable for one pointer.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_catalog_open(
    dir: *const c_char,
    out: *mut *mut smh_errors_catalog,
    error: *mut *mut c_char,
) -> smh_errors_status {
    if dir.is_null() {
        unsafe { open(&[], out, error, "smh_errors_catalog_open: `dir` is NULL") }
    } else {
        unsafe { open(&[dir], out, error, "") }
    }
}

/// Opens a catalog of the builtin locales plus the `ndirs` overlay
/// directories in `dirs`, each applied over the ones before it (a later
/// directory's message wins; it may use terms an earlier one defines). With
/// `ndirs` 0 (`dirs` may then be NULL) it is the builtin catalog alone,
/// without the overlays of `SMH_ERRORS_CATALOG_DIR`.
///
/// Results, `*out`, `*error` and thread safety as in
/// `smh_errors_catalog_open`; `SMH_ERRORS_STATUS_NULL_ARGUMENT` when `out`
/// is NULL, or `dirs` or one of its entries is NULL while `ndirs` is not 0.
///
/// # Safety
/// `dirs` is NULL or readable for `ndirs` pointers, each NULL or a
/// NUL-terminated path; `out` and `error` are each NULL or writable for one
/// pointer.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_catalog_open_dirs(
    dirs: *const *const c_char,
    ndirs: usize,
    out: *mut *mut smh_errors_catalog,
    error: *mut *mut c_char,
) -> smh_errors_status {
    if ndirs == 0 {
        return unsafe { open(&[], out, error, "") };
    }
    if dirs.is_null() {
        return unsafe { open(&[], out, error, "smh_errors_catalog_open_dirs: `dirs` is NULL") };
    }
    let dirs = unsafe { std::slice::from_raw_parts(dirs, ndirs) };
    if dirs.iter().any(|d| d.is_null()) {
        return unsafe { open(&[], out, error, "smh_errors_catalog_open_dirs: an entry of `dirs` is NULL") };
    }
    unsafe { open(dirs, out, error, "") }
}

/// The body of the `smh_errors_catalog_open` functions: `refuse`, when not
/// empty, is why the arguments are refused (a NULL argument).
///
/// # Safety
/// Each of `dirs` is a NUL-terminated path; `out` and `error` are each NULL
/// or writable for one pointer.
unsafe fn open(
    dirs: &[*const c_char],
    out: *mut *mut smh_errors_catalog,
    error: *mut *mut c_char,
    refuse: &str,
) -> smh_errors_status {
    if !error.is_null() {
        unsafe { *error = ptr::null_mut() };
    }
    let set_error = |msg: &str| {
        if !error.is_null() {
            unsafe { *error = c_string(msg).into_raw() };
        }
    };
    if out.is_null() {
        set_error("smh_errors_catalog_open: `out` is NULL");
        return smh_errors_status::NullArgument;
    }
    unsafe { *out = ptr::null_mut() };
    if !refuse.is_empty() {
        set_error(refuse);
        return smh_errors_status::NullArgument;
    }
    let paths: Vec<&std::ffi::OsStr> =
        dirs.iter().map(|&d| std::ffi::OsStr::from_bytes(unsafe { CStr::from_ptr(d) }.to_bytes())).collect();
    let built = catch_unwind(AssertUnwindSafe(|| {
        paths.iter().fold(Catalog::builder(), |b, p| b.overlay_dir(p)).build().map(|catalog| {
            let strings = CStrings::new(&catalog);
            Box::new(smh_errors_catalog { catalog, strings })
        })
    }));
    match built {
        Ok(Ok(h)) => {
            unsafe { *out = Box::into_raw(h) };
            smh_errors_status::Ok
        }
        Ok(Err(e)) => {
            set_error(&e.to_string());
            smh_errors_status::CatalogInvalid
        }
        Err(_) => {
            set_error("smh_errors_catalog_open: internal error");
            smh_errors_status::Internal
        }
    }
}

/// Frees a catalog from `smh_errors_catalog_open`; NULL does nothing. Every
/// string the catalog answered with becomes invalid. Not to be called while
/// another thread uses the catalog.
///
/// # Safety
/// `catalog` is NULL or a catalog from `smh_errors_catalog_open`, not yet
/// freed.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_catalog_free(catalog: *mut smh_errors_catalog) {
    if !catalog.is_null() {
        guard((), || drop(unsafe { Box::from_raw(catalog) }));
    }
}

/// Frees a string the library allocated for the caller (the `error` of
/// `smh_errors_catalog_open`); NULL does nothing. Thread-safe.
///
/// # Safety
/// `s` is NULL or such a string, not yet freed.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_string_free(s: *mut c_char) {
    if !s.is_null() {
        guard((), || drop(unsafe { CString::from_raw(s) }));
    }
}

/// The number of locales in `catalog` (NULL: the global catalog): en-US
/// first, then the other builtin ones, then those the overlays added.
/// Returns a number: nothing to free. Thread-safe.
///
/// # Safety
/// `catalog` is NULL or a live catalog.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_catalog_locale_count(catalog: *const smh_errors_catalog) -> usize {
    guard(0, || unsafe { ctx(catalog) }.catalog.locales().count())
}

/// The locale at `index` in `catalog` (NULL: the global catalog), e.g.
/// `"zh-CN"`; NULL when `index` is out of range. The string belongs to the
/// catalog; never freed. Thread-safe.
///
/// # Safety
/// `catalog` is NULL or a live catalog.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_catalog_locale_at(
    catalog: *const smh_errors_catalog,
    index: usize,
) -> *const c_char {
    guard(ptr::null(), || {
        let c = unsafe { ctx(catalog) };
        c.catalog.locales().nth(index).and_then(|l| c.strings.find(l)).unwrap_or(ptr::null())
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
    guard(EMPTY.as_ptr(), || {
        let c = unsafe { ctx(catalog) };
        let loc = c.locale(unsafe { text(locale) });
        let code = unsafe { text(code) }.unwrap_or("");
        c.strings.message(loc.static_message(code))
    })
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
    unsafe { negotiate(catalog, text(requested)) }
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
    unsafe { negotiate(catalog, text_n(requested, requested_len)) }
}

/// The body of `smh_errors_catalog_negotiate` and `_negotiate_n`.
///
/// # Safety
/// `catalog` is NULL or a live catalog.
unsafe fn negotiate(catalog: *const smh_errors_catalog, requested: Option<&str>) -> *const c_char {
    guard(EMPTY.as_ptr(), || {
        let c = unsafe { ctx(catalog) };
        let name = c.locale(requested).name();
        c.strings.find(name).unwrap_or(EMPTY.as_ptr())
    })
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
    unsafe { lookup_into(catalog, text(code), text(locale), out) }
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
    unsafe { lookup_into(catalog, text_n(code, code_len), text_n(locale, locale_len), out) }
}

/// The body of `smh_errors_catalog_lookup` and `_lookup_n`: `code` `None` is
/// the empty code, `locale` `None` the default locale.
///
/// # Safety
/// `catalog` is NULL or a live catalog; `out` is NULL or writable.
unsafe fn lookup_into(
    catalog: *const smh_errors_catalog,
    code: Option<&str>,
    locale: Option<&str>,
    out: *mut smh_errors_lookup_result,
) -> smh_errors_status {
    let Some(out) = (unsafe { out.as_mut() }) else {
        return smh_errors_status::NullArgument;
    };
    *out = smh_errors_lookup_result {
        message: EMPTY.as_ptr(),
        locale: EMPTY.as_ptr(),
        resolution: smh_errors_resolution::Generic,
        matched: ptr::null(),
        kind: smh_errors_kind::None,
        retryable: false,
        doc_url: ptr::null(),
    };
    guard(smh_errors_status::Internal, || {
        let c = unsafe { ctx(catalog) };
        let loc = c.locale(locale);
        let code = code.unwrap_or("");
        c.fill(loc, code, &loc.lookup(code), out);
        smh_errors_status::Ok
    })
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
    let code = unsafe { text(code) }.unwrap_or("");
    match guard(Err(()), || Ok(unsafe { read_args(arg_names, arg_values, nargs) })) {
        Ok(args) => unsafe { format_into(catalog, code, text(locale), args.as_ref(), buf, cap) },
        Err(()) => unsafe { write_buf(b"", buf, cap) },
    }
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
    let code = unsafe { text_n(code, code_len) }.unwrap_or("");
    unsafe { format_into(catalog, code, text_n(locale, locale_len), None, buf, cap) }
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
unsafe fn format_into(
    catalog: *const smh_errors_catalog,
    code: &str,
    locale: Option<&str>,
    args: Option<&FluentArgs<'_>>,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    let n = guard(None, || {
        let c = unsafe { ctx(catalog) };
        let loc = c.locale(locale);
        let hit = match args {
            Some(a) => loc.format(code, a),
            None => loc.lookup(code),
        };
        Some(unsafe { write_buf(hit.message.as_bytes(), buf, cap) })
    });
    n.unwrap_or_else(|| unsafe { write_buf(b"", buf, cap) })
}

// ---------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------

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
    if !out.is_null() {
        unsafe { *out = ptr::null_mut() };
    }
    let bytes: &[u8] = if body.is_null() { &[] } else { unsafe { std::slice::from_raw_parts(body, len) } };
    let parsed = guard(None, || {
        let mut r = smh_errors_response {
            outcome: smh_errors_outcome::Invalid,
            error: None,
            request_id: None,
            code: None,
            server_message: None,
            parse_error: None,
            parse_error_kind: None,
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
                r.parse_error_kind = Some(nul_terminated(e.kind()));
            }
        }
        Some(r)
    });
    match parsed {
        Some(r) => {
            let outcome = r.outcome;
            if !out.is_null() {
                unsafe { *out = Box::into_raw(Box::new(r)) };
            }
            outcome
        }
        None => smh_errors_outcome::Invalid,
    }
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
        guard((), || drop(unsafe { Box::from_raw(response) }));
    }
}

/// What the body said; `SMH_ERRORS_OUTCOME_INVALID` for NULL. Returns a
/// value: nothing to free. Thread-safe.
///
/// # Safety
/// `response` is NULL or a live response.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_response_outcome(response: *const smh_errors_response) -> smh_errors_outcome {
    unsafe { response.as_ref() }.map_or(smh_errors_outcome::Invalid, |r| r.outcome)
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
    guard(ptr::null(), || field(unsafe { response.as_ref() }.map_or(&None, |r| &r.code), len))
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
    guard(ptr::null(), || field(unsafe { response.as_ref() }.map_or(&None, |r| &r.server_message), len))
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
    guard(ptr::null(), || field(unsafe { response.as_ref() }.map_or(&None, |r| &r.request_id), len))
}

/// Why the body is `_INVALID`, readable (`"the body is not valid JSON:
/// EOF while parsing an object at line 1, column 12"`); NULL otherwise. The
/// string belongs to `response`. Thread-safe.
///
/// # Safety
/// `response` is NULL or a live response.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_response_parse_error(response: *const smh_errors_response) -> *const c_char {
    guard(ptr::null(), || field(unsafe { response.as_ref() }.map_or(&None, |r| &r.parse_error), ptr::null_mut()))
}

/// The kind of parse error, the same name in every binding: `"too_large"`,
/// `"invalid_utf8"`, `"too_deep"`, `"syntax"`, `"not_an_object"`,
/// `"unknown_shape"`, `"wrong_type"` or `"missing_field"`; NULL unless the
/// outcome is `_INVALID`. The string belongs to `response`. Thread-safe.
///
/// # Safety
/// `response` is NULL or a live response.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_response_parse_error_kind(response: *const smh_errors_response) -> *const c_char {
    guard(ptr::null(), || field(unsafe { response.as_ref() }.map_or(&None, |r| &r.parse_error_kind), ptr::null_mut()))
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
    guard(false, || unsafe { response.as_ref() }.and_then(|r| r.error.as_ref()).is_some_and(ApiError::retryable))
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
    guard(EMPTY.as_ptr(), || {
        let c = unsafe { ctx(catalog) };
        let code = error_code(response);
        c.strings.message(c.locale(unsafe { text(locale) }).static_message(code))
    })
}

fn error_code<'a>(response: *const smh_errors_response) -> &'a str {
    unsafe { response.as_ref() }.and_then(|r| r.error.as_ref()).map_or("", |e| e.code.as_str())
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
    let Some(out) = (unsafe { out.as_mut() }) else {
        return smh_errors_status::NullArgument;
    };
    guard(smh_errors_status::Internal, || {
        let c = unsafe { ctx(catalog) };
        let loc = c.locale(unsafe { text(locale) });
        let code = error_code(response);
        c.fill(loc, code, &loc.lookup(code), out);
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
    unsafe { format_into(catalog, error_code(response), text(locale), None, buf, cap) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_turns_a_panic_into_the_default() {
        assert_eq!(guard(7, || -> i32 { panic!("boom") }), 7);
        assert_eq!(guard(7, || 3), 3);
    }

    #[test]
    fn write_buf_has_snprintf_semantics_and_cuts_at_a_character() {
        let text = "ab\u{4e2d}c".as_bytes(); // a b, a 3-byte character, c: 6 bytes
        let mut buf = [0x55 as c_char; 8];
        assert_eq!(unsafe { write_buf(text, buf.as_mut_ptr(), 0) }, 6);
        assert_eq!(buf[0], 0x55, "cap 0 writes nothing");
        assert_eq!(unsafe { write_buf(text, ptr::null_mut(), 5) }, 6);
        for (cap, written) in [(1, 0), (2, 1), (3, 2), (4, 2), (5, 2), (6, 5), (7, 6), (8, 6)] {
            assert_eq!(unsafe { write_buf(text, buf.as_mut_ptr(), cap) }, 6);
            let got = unsafe { CStr::from_ptr(buf.as_ptr()) }.to_bytes();
            assert_eq!(got, &text[..written], "cap {cap}");
        }
    }

    #[test]
    fn text_n_reads_exactly_len_bytes() {
        let bytes = b"Auth\0Failure\xff";
        let p = bytes.as_ptr().cast::<c_char>();
        assert_eq!(unsafe { text_n(ptr::null(), 5) }, None, "NULL whatever the length");
        assert_eq!(unsafe { text_n(p, 0) }, Some(""));
        assert_eq!(unsafe { text_n(p, 4) }, Some("Auth"));
        assert_eq!(unsafe { text_n(p, 12) }, Some("Auth\0Failure"), "a NUL is part of the text");
        assert_eq!(unsafe { text_n(p, 13) }, Some(""), "invalid UTF-8 is the empty text");
    }

    /// The C table of categories is the core's list, in its order.
    #[test]
    fn categories_are_the_cores() {
        let core = ErrorCode::categories();
        assert_eq!(smh_errors_category_count(), core.len());
        for (i, c) in core.iter().enumerate() {
            let at = smh_errors_category_at(i);
            assert_eq!(unsafe { CStr::from_ptr(at) }.to_str(), Ok(*c));
            let code = format!("{c}.Anything");
            assert_eq!(unsafe { smh_errors_category_of_n(code.as_ptr().cast(), code.len()) }, at);
        }
        assert!(smh_errors_category_at(core.len()).is_null());
    }

    /// Every string any lookup can answer with is in the table (the
    /// fallback is never needed), for the builtin catalog and an overlay.
    #[test]
    fn the_table_holds_every_answer() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/overlays/ja-partial");
        let overlay = Catalog::builder().overlay_dir(dir).build().expect("ja-partial builds");
        for cat in [Catalog::builtin(), &overlay] {
            let table = CStrings::new(cat);
            let requests = ["zh_CN.UTF-8", "ja", "fr", "C", "", "zh-Hant", "en-XA", "ar-XB", "ja-JP, zh;q=0.5"];
            let locales: Vec<&str> = cat.locales().chain(requests).collect();
            let codes = ErrorCode::ALL.iter().map(|c| c.as_str()).chain(["", "Nope", "InvalidParameterValue.X", "a b"]);
            for code in codes {
                for &l in &locales {
                    let loc = cat.locale(l);
                    assert!(table.find(loc.static_message(code)).is_some(), "{code} in {l}");
                    assert!(table.find(loc.name()).is_some(), "{l}");
                    let hit = loc.lookup(code);
                    assert!(table.find(hit.locale).is_some(), "{code} in {l}");
                    assert!(hit.doc_url.is_none_or(|u| table.find(u).is_some()), "{code} in {l}");
                }
            }
        }
    }
}
