//! Locale tables: a locale's answers for every registered code, in one
//! call, for bindings that keep answers on their own side of the boundary
//! (Go, Java); and the one call that answers any code, the generic message
//! included.

use std::collections::HashMap;
use std::ffi::c_char;
#[cfg(test)]
use std::ffi::CStr;
use std::ptr;
use std::sync::RwLock;

use smh_errors::ffi::{self, AnswerExt, LocaleExt, LocaleKey};
use smh_errors::{Catalog, ErrorCode};

use crate::catalogs::{ctx, smh_errors_catalog, tables};
use crate::ffi_boundary;
use crate::lookup::{answer, fill, smh_errors_kind, smh_errors_lookup_result, GENERIC};
use crate::strings::{bytes_n, write_buf};

/// At most this many locale tables are kept per catalog (one per distinct
/// chain of catalog locales that requests resolve to); past that,
/// `smh_errors_catalog_locale_table_n` gives NULL for a new one.
pub const SMH_ERRORS_MAX_LOCALE_TABLES: usize = 256;

/// One registered code's answer in a locale table. Every string is owned
/// by the catalog (valid as long as it is), NUL-terminated, and given with
/// its length in bytes (without the NUL).
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct smh_errors_entry {
    /// The registered code (`"AuthFailure.SignatureFailure"`), the same
    /// pointer `smh_errors_code_at` gives.
    pub code: *const c_char,
    /// The length of `code`.
    pub code_len: usize,
    /// The localized text, the same `smh_errors_catalog_message` gives.
    pub message: *const c_char,
    /// The length of `message`.
    pub message_len: usize,
    /// The catalog locale that answered (`"zh-CN"`; a later locale of the
    /// chain, ending in en-US, where the first lacks the message).
    pub locale: *const c_char,
    /// The length of `locale`.
    pub locale_len: usize,
    /// The answering message's documentation link, or NULL.
    pub doc_url: *const c_char,
    /// The length of `doc_url` (0 when it is NULL).
    pub doc_url_len: usize,
    /// The code's kind.
    pub kind: smh_errors_kind,
    /// Whether a client may retry after a backoff.
    pub retryable: bool,
    /// Whether the code is retired (as `smh_errors_retired_n` says): no
    /// current official source lists it any more.
    pub retired: bool,
}

/// A locale's answers for every registered code, made by
/// `smh_errors_catalog_locale_table_n` and owned by the catalog (never
/// freed by the caller, never changed, valid as long as the catalog).
///
/// A code that is an entry's `code` is answered by that entry (resolution
/// exact). Any other code is answered by the parent rule: the entry whose
/// code is the code's longest prefix that ends just before a `separator`
/// byte (only the code's first `max_code_len + 1` bytes can hold one),
/// with resolution parent and `matched` that entry's code; when no prefix
/// is an entry's code, by the generic message, which
/// `smh_errors_catalog_lookup_format_n` gives.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct smh_errors_locale_table {
    /// The catalog locale the request resolved to, as
    /// `smh_errors_catalog_negotiate` gives it.
    pub locale: *const c_char,
    /// The length of `locale`.
    pub locale_len: usize,
    /// The number of entries: `smh_errors_code_count()`.
    pub count: usize,
    /// Every registered code's answer, in registry order.
    pub entries: *const smh_errors_entry,
    /// The parent search reads no more than a code's first
    /// `max_code_len + 1` bytes (the length of the longest registered code).
    pub max_code_len: usize,
    /// The byte between a code's segments (`'.'`).
    pub separator: c_char,
}

/// A table and the entries it points to.
struct Table {
    public: smh_errors_locale_table,
    _entries: Box<[smh_errors_entry]>,
}

// SAFETY: the pointers point into the catalog's strings and the table's own
// entries, immutable and alive as long as the `Tables` holding the table.
unsafe impl Send for Table {}
// SAFETY: as above; nothing mutates a table once made.
unsafe impl Sync for Table {}

/// The tables of one catalog, made on first request and kept while the
/// catalog lives: a table is never moved (boxed) nor changed.
#[derive(Default)]
pub(crate) struct Tables {
    kept: RwLock<HashMap<LocaleKey, Box<Table>>>,
}

impl Tables {
    /// The table of `locale` in `catalog`, made if new; NULL when
    /// [`SMH_ERRORS_MAX_LOCALE_TABLES`] are kept already.
    fn get(&self, catalog: &Catalog, locale: Option<&[u8]>) -> *const smh_errors_locale_table {
        let l = ffi::locale_bytes(catalog, locale);
        let key = l.key();
        if let Some(t) = self.kept.read().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return &t.public;
        }
        let mut kept = self.kept.write().unwrap_or_else(|e| e.into_inner());
        if let Some(t) = kept.get(&key) {
            return &t.public;
        }
        if kept.len() >= SMH_ERRORS_MAX_LOCALE_TABLES {
            return ptr::null();
        }
        let entries: Box<[smh_errors_entry]> = ErrorCode::ALL
            .iter()
            .map(|&c| {
                let a = l.answer(c.as_str());
                let (message, locale, doc_url) = (a.static_message_c(), a.locale_c(), a.doc_url_c());
                let r = fill(&a, message.as_ptr());
                smh_errors_entry {
                    code: ffi::code_str(c).as_ptr(),
                    code_len: c.as_str().len(),
                    message: r.message,
                    message_len: message.to_bytes().len(),
                    locale: r.locale,
                    locale_len: locale.to_bytes().len(),
                    doc_url: r.doc_url,
                    doc_url_len: doc_url.map_or(0, |u| u.to_bytes().len()),
                    kind: r.kind,
                    retryable: r.retryable,
                    retired: r.retired,
                }
            })
            .collect();
        let name = l.name_c();
        let table = Box::new(Table {
            public: smh_errors_locale_table {
                locale: name.as_ptr(),
                locale_len: name.to_bytes().len(),
                count: entries.len(),
                entries: entries.as_ptr(),
                max_code_len: ffi::MAX_CODE_LEN,
                separator: ffi::PARENT_SEPARATOR as c_char,
            },
            _entries: entries,
        });
        let p: *const smh_errors_locale_table = &table.public;
        kept.insert(key, table);
        p
    }
}

/// The answers of every registered code in `locale` (`locale_len` bytes,
/// no NUL terminator needed; NULL: the default locale, whatever
/// `locale_len` says; invalid UTF-8 or garbage: en-US) in `catalog` (NULL:
/// the global catalog): see `smh_errors_locale_table`.
///
/// Requests that resolve alike (`"zh-CN"`, `"zh_CN.UTF-8"`, `"zh"`) give
/// the same table. The table is made the first time it is asked for and
/// kept by the catalog: owned by it, valid as long as it, never freed by
/// the caller. Returns NULL when the catalog already keeps
/// `SMH_ERRORS_MAX_LOCALE_TABLES` tables and this one is new (ask with
/// `smh_errors_catalog_lookup_format_n` then), or on an internal error.
/// Thread-safe.
///
/// # Safety
/// `catalog` is NULL or a live catalog; `locale` is NULL or readable for
/// `locale_len` bytes.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_catalog_locale_table_n(
    catalog: *const smh_errors_catalog,
    locale: *const c_char,
    locale_len: usize,
) -> *const smh_errors_locale_table {
    ffi_boundary!({ unsafe { tables(catalog) }.get(unsafe { ctx(catalog) }, unsafe { bytes_n(locale, locale_len) }) })
}

/// Answers any code in one call: fills `*out` (when `out` is not NULL) as
/// `smh_errors_catalog_lookup_n` does, except its `message`, which is NULL,
/// and writes the full message into `buf`, as `smh_errors_catalog_format_n`
/// does (snprintf semantics, cut at a UTF-8 character boundary; the generic
/// message shows the code when it is fit to show). `code`, `locale` and
/// their lengths are read as by `smh_errors_catalog_lookup_n`.
///
/// Returns the full length of the message in bytes (the text was cut if
/// the result is `>= cap`; `buf` may be NULL when `cap` is 0, to measure);
/// 0 only on an internal error (then `*out` holds a generic answer). The
/// strings in `*out` belong to the catalog; `buf` is the caller's. Thread-safe.
///
/// # Safety
/// `catalog` is NULL or a live catalog; `code` is NULL or readable for
/// `code_len` bytes; `locale` is NULL or readable for `locale_len` bytes;
/// `out` is NULL or writable; `buf` is NULL or writable for `cap` bytes.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn smh_errors_catalog_lookup_format_n(
    catalog: *const smh_errors_catalog,
    code: *const c_char,
    code_len: usize,
    locale: *const c_char,
    locale_len: usize,
    out: *mut smh_errors_lookup_result,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    ffi_boundary!({
        unsafe { write_buf(b"", buf, cap) };
        let mut out = unsafe { out.as_mut() };
        if let Some(o) = out.as_deref_mut() {
            *o = GENERIC;
        }
        let code = unsafe { bytes_n(code, code_len) }.unwrap_or_default();
        let a = unsafe { answer(catalog, code, bytes_n(locale, locale_len)) };
        if let Some(o) = out {
            *o = fill(&a, ptr::null());
        }
        unsafe { write_buf(a.message().as_bytes(), buf, cap) }
    })
}

/// The length of a C string the catalog keeps (for tests).
#[cfg(test)]
fn len(p: *const c_char) -> usize {
    unsafe { CStr::from_ptr(p) }.to_bytes().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_is_every_codes_lookup_and_kept() {
        let t = unsafe { smh_errors_catalog_locale_table_n(ptr::null(), "zh_CN.UTF-8".as_ptr().cast(), 11) };
        let t = unsafe { &*t };
        assert_eq!(unsafe { CStr::from_ptr(t.locale) }.to_str(), Ok("zh-CN"));
        assert_eq!(t.count, ErrorCode::COUNT);
        let entries = unsafe { std::slice::from_raw_parts(t.entries, t.count) };
        for (e, c) in entries.iter().zip(ErrorCode::ALL) {
            let mut r = GENERIC;
            let code = c.as_str();
            unsafe {
                crate::smh_errors_catalog_lookup_n(
                    ptr::null(),
                    code.as_ptr().cast(),
                    code.len(),
                    c"zh-CN".as_ptr(),
                    5,
                    &mut r,
                )
            };
            assert_eq!(
                (e.message, e.locale, e.doc_url, e.kind, e.retryable),
                (r.message, r.locale, r.doc_url, r.kind, r.retryable)
            );
            assert_eq!(e.code, r.matched);
            assert_eq!((e.code_len, e.message_len, e.locale_len), (len(e.code), len(e.message), len(e.locale)));
            assert_eq!(e.doc_url_len, if e.doc_url.is_null() { 0 } else { len(e.doc_url) });
        }
        // A request that resolves alike gives the same table.
        let again = unsafe { smh_errors_catalog_locale_table_n(ptr::null(), "zh".as_ptr().cast(), 2) };
        assert!(ptr::eq(again, t));
        assert_eq!((t.separator as u8, t.max_code_len), (b'.', ffi::MAX_CODE_LEN));
    }

    #[test]
    fn lookup_format_answers_as_lookup_and_format_do() {
        for code in [&b"Nope.Code"[..], b"InvalidParameterValue.Foo", b"AuthFailure", b"a b", b"", b"\xff"] {
            let mut r = GENERIC;
            let mut buf = [0 as c_char; 256];
            let n = unsafe {
                smh_errors_catalog_lookup_format_n(
                    ptr::null(),
                    code.as_ptr().cast(),
                    code.len(),
                    c"en".as_ptr(),
                    2,
                    &mut r,
                    buf.as_mut_ptr(),
                    buf.len(),
                )
            };
            let mut want = GENERIC;
            unsafe {
                crate::smh_errors_catalog_lookup_n(
                    ptr::null(),
                    code.as_ptr().cast(),
                    code.len(),
                    c"en".as_ptr(),
                    2,
                    &mut want,
                )
            };
            assert!(r.message.is_null());
            assert_eq!(
                (r.locale, r.resolution, r.matched, r.doc_url),
                (want.locale, want.resolution, want.matched, want.doc_url)
            );
            let mut fmt = [0 as c_char; 256];
            let m = unsafe {
                crate::smh_errors_catalog_format_n(
                    ptr::null(),
                    code.as_ptr().cast(),
                    code.len(),
                    c"en".as_ptr(),
                    2,
                    fmt.as_mut_ptr(),
                    fmt.len(),
                )
            };
            assert_eq!(n, m);
            assert_eq!(unsafe { CStr::from_ptr(buf.as_ptr()) }, unsafe { CStr::from_ptr(fmt.as_ptr()) });
        }
    }
}
