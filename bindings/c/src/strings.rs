//! Strings across the boundary: reading C string arguments, writing text
//! into a caller's buffer, and the few C strings this crate owns (the
//! version, the registry's codes and categories).

use std::ffi::{c_char, CStr, CString};
use std::ptr;
use std::sync::LazyLock;

use smh_errors::{ffi, ErrorCode};

/// The library's version, `MAJOR.MINOR.PATCH`, NUL-terminated.
pub(crate) const VERSION_C: &CStr = match CStr::from_bytes_with_nul(concat!(env!("CARGO_PKG_VERSION"), "\0").as_bytes())
{
    Ok(s) => s,
    Err(_) => c"",
};

/// `s` as a C string, cut at its first NUL.
pub(crate) fn c_string(s: &str) -> CString {
    let bytes = s.as_bytes();
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    CString::new(&bytes[..end]).unwrap_or_default()
}

/// The NULL-terminated array of pointers to the registry's codes (the
/// core's static C strings), in registry order.
pub(crate) static CODE_PTRS: LazyLock<CodeList> = LazyLock::new(|| {
    CodeList(ErrorCode::ALL.iter().map(|&c| ffi::code_str(c).as_ptr()).chain(std::iter::once(ptr::null())).collect())
});

/// Every top-level category as a C string, in the order of
/// `ErrorCode::categories()`.
pub(crate) static CATEGORIES: LazyLock<Vec<CString>> =
    LazyLock::new(|| ErrorCode::categories().iter().map(|c| c_string(c)).collect());

/// A NULL-terminated array of pointers to the core's static code strings.
pub(crate) struct CodeList(pub(crate) Vec<*const c_char>);
// SAFETY: the pointers point to the core's static C strings, immutable and alive for the process.
unsafe impl Send for CodeList {}
// SAFETY: as above; nothing mutates the list.
unsafe impl Sync for CodeList {}

/// A C string argument as bytes, for the core to read (it decides what
/// bytes that are not UTF-8 mean): NULL is `None`.
///
/// # Safety
/// `p` is NULL or a NUL-terminated string.
#[inline]
pub(crate) unsafe fn bytes<'a>(p: *const c_char) -> Option<&'a [u8]> {
    if p.is_null() {
        return None;
    }
    Some(unsafe { CStr::from_ptr(p) }.to_bytes())
}

/// A string argument given with its length (`len` bytes at `p`, not
/// NUL-terminated, NUL bytes included), as bytes for the core to read:
/// NULL is `None` whatever `len` says.
///
/// # Safety
/// `p` is NULL or readable for `len` bytes.
#[inline]
pub(crate) unsafe fn bytes_n<'a>(p: *const c_char, len: usize) -> Option<&'a [u8]> {
    if p.is_null() {
        return None;
    }
    Some(unsafe { std::slice::from_raw_parts(p.cast::<u8>(), len) })
}

/// A C string argument as text: NULL is `None`; invalid UTF-8 is `Some("")`
/// (which the core answers as it answers garbage).
///
/// # Safety
/// `p` is NULL or a NUL-terminated string.
pub(crate) unsafe fn text<'a>(p: *const c_char) -> Option<&'a str> {
    if p.is_null() {
        return None;
    }
    Some(unsafe { CStr::from_ptr(p) }.to_str().unwrap_or(""))
}

/// A string argument given with its length (`len` bytes at `p`, not
/// NUL-terminated, NUL bytes included), read as [`text`] reads a
/// NUL-terminated one: NULL is `None` whatever `len` says; invalid UTF-8 is
/// `Some("")`.
///
/// # Safety
/// `p` is NULL or readable for `len` bytes.
pub(crate) unsafe fn text_n<'a>(p: *const c_char, len: usize) -> Option<&'a str> {
    if p.is_null() {
        return None;
    }
    let bytes = unsafe { std::slice::from_raw_parts(p.cast::<u8>(), len) };
    Some(std::str::from_utf8(bytes).unwrap_or(""))
}

/// A string argument given with its length, for text that is shown rather
/// than looked up: NULL is `""`; invalid UTF-8 is kept, as U+FFFD.
///
/// # Safety
/// `p` is NULL or readable for `len` bytes.
pub(crate) unsafe fn text_n_lossy<'a>(p: *const c_char, len: usize) -> std::borrow::Cow<'a, str> {
    if p.is_null() {
        return std::borrow::Cow::Borrowed("");
    }
    String::from_utf8_lossy(unsafe { std::slice::from_raw_parts(p.cast::<u8>(), len) })
}

/// Copies `s` into `buf` (capacity `cap`) with `snprintf` semantics, cut at
/// a UTF-8 character boundary; returns `s.len()`.
///
/// # Safety
/// `buf` is NULL or writable for `cap` bytes.
pub(crate) unsafe fn write_buf(s: &[u8], buf: *mut c_char, cap: usize) -> usize {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
