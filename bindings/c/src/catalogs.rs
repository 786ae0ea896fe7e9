//! Catalog handles: opening overlay directories, freeing, the locales of a
//! catalog, and why the global catalog's overlays were not loaded.

use std::ffi::{c_char, CStr, CString};
use std::os::unix::ffi::OsStrExt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;
use std::sync::LazyLock;

use smh_errors::{ffi, Catalog};

use crate::ffi_boundary;
use crate::smh_errors_status;
use crate::strings::c_string;
use crate::tables::Tables;

/// A catalog with overlay locales, opened from a directory by
/// `smh_errors_catalog_open`; freed by `smh_errors_catalog_free`.
pub struct smh_errors_catalog {
    catalog: Catalog,
    tables: Tables,
}

/// The catalog behind `handle`; NULL is the global one.
///
/// # Safety
/// `handle` is NULL or a live catalog from `smh_errors_catalog_open`.
pub(crate) unsafe fn ctx<'a>(handle: *const smh_errors_catalog) -> &'a Catalog {
    match unsafe { handle.as_ref() } {
        Some(h) => &h.catalog,
        None => Catalog::global(),
    }
}

/// The locale tables kept for `handle`'s catalog; NULL is the global one.
///
/// # Safety
/// `handle` is NULL or a live catalog from `smh_errors_catalog_open`.
pub(crate) unsafe fn tables<'a>(handle: *const smh_errors_catalog) -> &'a Tables {
    static GLOBAL: LazyLock<Tables> = LazyLock::new(Tables::default);
    match unsafe { handle.as_ref() } {
        Some(h) => &h.tables,
        None => &GLOBAL,
    }
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
    ffi_boundary!({
        Catalog::global();
        ERROR.as_ref().map_or(ptr::null(), |e| e.as_ptr())
    })
}

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
    ffi_boundary!({
        if dir.is_null() {
            unsafe { open(&[], out, error, "smh_errors_catalog_open: `dir` is NULL") }
        } else {
            unsafe { open(&[dir], out, error, "") }
        }
    })
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
    ffi_boundary!({
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
    })
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
        paths
            .iter()
            .fold(Catalog::builder(), |b, p| b.overlay_dir(p))
            .build()
            .map(|catalog| Box::new(smh_errors_catalog { catalog, tables: Tables::default() }))
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
        ffi_boundary!({ drop(unsafe { Box::from_raw(catalog) }) });
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
        ffi_boundary!({ drop(unsafe { CString::from_raw(s) }) });
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
    ffi_boundary!({ unsafe { ctx(catalog) }.locales().count() })
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
    ffi_boundary!({ ffi::locale_name(unsafe { ctx(catalog) }, index).map_or(ptr::null(), CStr::as_ptr) })
}
