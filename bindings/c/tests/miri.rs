//! The C ABI's unsafe code exercised from Rust, small enough to run under
//! Miri (`make miri`: `cargo +nightly miri test -p smh-errors-c --test
//! miri`), which checks every pointer read and write, every allocation
//! and free, for undefined behaviour; a plain `cargo test` runs the same
//! assertions natively.
//!
//! Each argument lives in an allocation of exactly its length, so that a
//! read past `len` (or past a NUL) is an out-of-bounds access Miri reports.
//! Catalogs are opened with `smh_errors_catalog_open_dirs(NULL, 0, ...)`
//! (the builtin catalog, no file system) except in the test of the global
//! catalog, which Miri cannot run (it calls `getauxval`) and `cargo test`
//! runs natively.

use std::ffi::{c_char, CStr, CString};
use std::mem::MaybeUninit;
use std::ptr::{self, NonNull};

use smh_errors_c::*;

/// `b` in an allocation of exactly its length.
fn exact(b: &[u8]) -> Box<[u8]> {
    b.to_vec().into_boxed_slice()
}

/// The bytes of a C string; `None` for NULL.
fn s<'a>(p: *const c_char) -> Option<&'a [u8]> {
    (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_bytes())
}

/// A catalog of the builtin locales alone, opened and checked.
fn open_builtin() -> *mut smh_errors_catalog {
    let mut out = ptr::null_mut();
    let mut err = NonNull::<c_char>::dangling().as_ptr(); // must be overwritten with NULL
    let st = unsafe { smh_errors_catalog_open_dirs(ptr::null(), 0, &mut out, &mut err) };
    assert_eq!(st, smh_errors_status::Ok);
    assert!(!out.is_null());
    assert!(err.is_null(), "success sets *error to NULL");
    out
}

fn lookup_n(cat: *const smh_errors_catalog, code: &[u8], locale: &[u8]) -> smh_errors_lookup_result {
    let (code, locale) = (exact(code), exact(locale));
    let mut r = MaybeUninit::uninit();
    let st = unsafe {
        smh_errors_catalog_lookup_n(
            cat,
            code.as_ptr().cast(),
            code.len(),
            locale.as_ptr().cast(),
            locale.len(),
            r.as_mut_ptr(),
        )
    };
    assert_eq!(st, smh_errors_status::Ok);
    unsafe { r.assume_init() }
}

#[test]
fn pointer_and_length_read_exactly_len_bytes() {
    let cat = open_builtin();
    // A registered code, exactly its bytes (no NUL after them).
    let r = lookup_n(cat, b"InvalidParameterValue", b"zh-CN");
    assert_eq!(r.resolution, smh_errors_resolution::Exact);
    assert_eq!(s(r.matched), Some(&b"InvalidParameterValue"[..]));
    assert_eq!(s(r.locale), Some(&b"zh-CN"[..]));
    assert!(!s(r.message).unwrap_or_default().is_empty());
    // A NUL inside the code is part of it: answered by the parent.
    let r = lookup_n(cat, b"InvalidParameterValue.\0x", b"en-US");
    assert_eq!(r.resolution, smh_errors_resolution::Parent);
    assert_eq!(s(r.matched), Some(&b"InvalidParameterValue"[..]));
    // "Auth\0Failure" is no code; "zh\0CN" is garbage: en-US.
    let r = lookup_n(cat, b"Auth\0Failure", b"zh\0CN");
    assert_eq!(r.resolution, smh_errors_resolution::Generic);
    assert!(r.matched.is_null() && r.doc_url.is_null());
    assert_eq!(s(r.locale), Some(&b"en-US"[..]));
    // Not UTF-8: the empty code, en-US.
    let r = lookup_n(cat, b"\xff\xfe", b"\xc3");
    assert_eq!(r.resolution, smh_errors_resolution::Generic);
    assert_eq!(s(r.locale), Some(&b"en-US"[..]));
    // Empty, and a long code (over the shown limit).
    let r = lookup_n(cat, b"", b"");
    assert_eq!(r.resolution, smh_errors_resolution::Generic);
    let long = [b'A'; 300];
    let r = lookup_n(cat, &long, b"zh_CN.UTF-8");
    assert_eq!(s(r.locale), Some(&b"zh-CN"[..]));
    assert!(!s(r.message).unwrap_or_default().windows(300).any(|w| w == long), "a long code is not shown");
    // NULL with a length: NULL, whatever the length says.
    let mut r = MaybeUninit::uninit();
    let st = unsafe { smh_errors_catalog_lookup_n(cat, ptr::null(), 99, c"zh".as_ptr(), 2, r.as_mut_ptr()) };
    assert_eq!(st, smh_errors_status::Ok);
    assert_eq!(unsafe { r.assume_init() }.resolution, smh_errors_resolution::Generic);
    // NULL out.
    let code = exact(b"AuthFailure");
    let st =
        unsafe { smh_errors_catalog_lookup_n(cat, code.as_ptr().cast(), code.len(), ptr::null(), 0, ptr::null_mut()) };
    assert_eq!(st, smh_errors_status::NullArgument);
    // Negotiation by length.
    let loc = exact(b"zh-Hant-TWextra");
    let neg = unsafe { smh_errors_catalog_negotiate_n(cat, loc.as_ptr().cast(), 10) };
    assert_eq!(s(neg), Some(&b"zh-CN"[..]));
    // The category and the retry policy by length.
    let code = exact(b"AuthFailure.SignatureFailure");
    let c = unsafe { smh_errors_category_of_n(code.as_ptr().cast(), code.len()) };
    assert_eq!(s(c), Some(&b"AuthFailure"[..]));
    assert!(unsafe { smh_errors_category_of_n(code.as_ptr().cast(), 4) }.is_null());
    assert!(!unsafe { smh_errors_retryable_n(code.as_ptr().cast(), code.len()) });
    let code = exact(b"InternalError.Whatever");
    assert!(unsafe { smh_errors_retryable_n(code.as_ptr().cast(), code.len()) });
    unsafe { smh_errors_catalog_free(cat) };
}

#[test]
fn nul_terminated_strings_and_buffers() {
    let cat = open_builtin();
    let code = CString::new("ResourceNotFound.Library").unwrap_or_default();
    let loc = CString::new("zh_CN.UTF-8").unwrap_or_default();
    let m = unsafe { smh_errors_catalog_message(cat, code.as_ptr(), loc.as_ptr()) };
    let text = s(m).unwrap_or_default().to_vec();
    assert!(!text.is_empty());
    let mut r = MaybeUninit::uninit();
    assert_eq!(
        unsafe { smh_errors_catalog_lookup(cat, code.as_ptr(), loc.as_ptr(), r.as_mut_ptr()) },
        smh_errors_status::Ok
    );
    assert_eq!(unsafe { r.assume_init() }.message, m, "the same catalog string");
    // snprintf semantics into buffers of exactly `cap` bytes, cut at a
    // character (the zh-CN text is three bytes a character).
    let full = unsafe {
        smh_errors_catalog_format(cat, code.as_ptr(), loc.as_ptr(), ptr::null(), ptr::null(), 0, ptr::null_mut(), 0)
    };
    assert_eq!(full, text.len());
    for cap in [1usize, 2, 4, 5, full, full + 1] {
        let mut buf = vec![0x55u8; cap].into_boxed_slice();
        let n = unsafe {
            smh_errors_catalog_format(
                cat,
                code.as_ptr(),
                loc.as_ptr(),
                ptr::null(),
                ptr::null(),
                0,
                buf.as_mut_ptr().cast(),
                cap,
            )
        };
        assert_eq!(n, full);
        let written = buf.iter().position(|&b| b == 0).unwrap_or(cap);
        assert!(written < cap, "a NUL inside the buffer");
        assert_eq!(&buf[..written], &text[..written]);
        assert!(std::str::from_utf8(&buf[..written]).is_ok(), "cut at a character");
    }
    // Arguments: arrays of `nargs` strings, NULL entries skipped.
    let names = [c"code".as_ptr(), ptr::null()];
    let values = [c"Shown.Code".as_ptr(), c"x".as_ptr()];
    let unknown = c"Nope.Unknown";
    let mut buf = [0 as c_char; 128];
    let n = unsafe {
        smh_errors_catalog_format(
            cat,
            unknown.as_ptr(),
            c"en".as_ptr(),
            names.as_ptr(),
            values.as_ptr(),
            2,
            buf.as_mut_ptr(),
            buf.len(),
        )
    };
    let got = s(buf.as_ptr()).unwrap_or_default();
    assert_eq!(n, got.len());
    assert!(got.windows(12).any(|w| w == b"Nope.Unknown"), "$code is the code as asked: {got:?}");
    // The `_n` format.
    let code_n = exact(b"AuthFailure.SignatureFailure");
    let n = unsafe {
        smh_errors_catalog_format_n(cat, code_n.as_ptr().cast(), code_n.len(), ptr::null(), 0, ptr::null_mut(), 0)
    };
    assert!(n > 0);
    unsafe { smh_errors_catalog_free(cat) };
}

#[test]
fn string_tables_are_static_and_null_terminated() {
    let n = smh_errors_code_count();
    assert!(n > 0);
    let list = smh_errors_codes();
    for i in 0..n {
        let p = unsafe { *list.add(i) };
        assert_eq!(p, smh_errors_code_at(i), "the same pointer");
        assert!(!s(p).unwrap_or_default().is_empty());
    }
    assert!(unsafe { *list.add(n) }.is_null(), "NULL-terminated");
    assert!(smh_errors_code_at(n).is_null());
    let cats = smh_errors_category_count();
    for i in 0..cats {
        assert!(!s(smh_errors_category_at(i)).unwrap_or_default().is_empty());
    }
    assert!(smh_errors_category_at(cats).is_null());
    assert_eq!(s(smh_errors_version()), Some(env!("CARGO_PKG_VERSION").as_bytes()));
}

#[test]
fn catalog_handles_live_until_freed() {
    let cat = open_builtin();
    let count = unsafe { smh_errors_catalog_locale_count(cat) };
    assert!(count >= 2);
    let names: Vec<Vec<u8>> =
        (0..count).map(|i| s(unsafe { smh_errors_catalog_locale_at(cat, i) }).unwrap_or_default().to_vec()).collect();
    assert_eq!(names[0], b"en-US");
    assert!(names.iter().any(|n| n == b"zh-CN"));
    assert!(unsafe { smh_errors_catalog_locale_at(cat, count) }.is_null());
    // Strings handed out stay valid while the catalog lives, from any
    // number of lookups (the shown-code table grows on first use).
    let mut kept = Vec::new();
    for code in [&b"Nope.A"[..], b"Nope.B", b"Nope.A"] {
        kept.push(lookup_n(cat, code, b"zh-CN").message);
    }
    assert_eq!(kept[0], kept[2], "a shown code's text is made once");
    for p in &kept {
        assert!(!s(*p).unwrap_or_default().is_empty());
    }
    // Two catalogs at once, freed in either order; NULL frees nothing.
    let other = open_builtin();
    unsafe { smh_errors_catalog_free(cat) };
    let r = lookup_n(other, b"ActionOffline", b"en");
    assert_eq!(r.resolution, smh_errors_resolution::Exact);
    unsafe { smh_errors_catalog_free(other) };
    unsafe { smh_errors_catalog_free(ptr::null_mut()) };
    // Refused arguments: an error string the caller frees.
    let mut out = NonNull::<smh_errors_catalog>::dangling().as_ptr();
    let mut err = ptr::null_mut();
    let st = unsafe { smh_errors_catalog_open(ptr::null(), &mut out, &mut err) };
    assert_eq!(st, smh_errors_status::NullArgument);
    assert!(out.is_null(), "failure sets *out to NULL");
    assert!(!s(err).unwrap_or_default().is_empty());
    unsafe { smh_errors_string_free(err) };
    let st = unsafe { smh_errors_catalog_open_dirs(ptr::null(), 2, &mut out, ptr::null_mut()) };
    assert_eq!(st, smh_errors_status::NullArgument);
    let dirs = [ptr::null::<c_char>()];
    let mut err = ptr::null_mut();
    let st = unsafe { smh_errors_catalog_open_dirs(dirs.as_ptr(), 1, &mut out, &mut err) };
    assert_eq!(st, smh_errors_status::NullArgument);
    unsafe { smh_errors_string_free(err) };
    let st = unsafe { smh_errors_catalog_open_dirs(ptr::null(), 0, ptr::null_mut(), ptr::null_mut()) };
    assert_eq!(st, smh_errors_status::NullArgument);
    unsafe { smh_errors_string_free(ptr::null_mut()) };
}

/// Parses `body` (in an allocation of exactly its size).
fn parse(body: &[u8]) -> (smh_errors_outcome, *mut smh_errors_response) {
    let body = exact(body);
    let mut resp = ptr::null_mut();
    let outcome = unsafe { smh_errors_parse_response(body.as_ptr(), body.len(), &mut resp) };
    assert!(!resp.is_null());
    (outcome, resp)
}

fn field(
    resp: *const smh_errors_response,
    f: unsafe extern "C" fn(*const smh_errors_response, *mut usize) -> *const c_char,
) -> Option<Vec<u8>> {
    let mut len = usize::MAX;
    let p = unsafe { f(resp, &mut len) };
    if p.is_null() {
        assert_eq!(len, 0);
        return None;
    }
    let b = unsafe { std::slice::from_raw_parts(p.cast::<u8>(), len + 1) };
    assert_eq!(b[len], 0, "NUL-terminated");
    Some(b[..len].to_vec())
}

#[test]
fn response_handles() {
    let cat = open_builtin();
    let (outcome, resp) =
        parse(br#"{"Response":{"Error":{"Code":"InvalidParameterValue.X","Message":"a\u0000b"},"RequestId":"r-1"}}"#);
    assert_eq!(outcome, smh_errors_outcome::Error);
    assert_eq!(unsafe { smh_errors_response_outcome(resp) }, outcome);
    assert_eq!(field(resp, smh_errors_response_code).as_deref(), Some(&b"InvalidParameterValue.X"[..]));
    assert_eq!(field(resp, smh_errors_response_server_message).as_deref(), Some(&b"a\0b"[..]), "NUL kept");
    assert_eq!(field(resp, smh_errors_response_request_id).as_deref(), Some(&b"r-1"[..]));
    assert!(unsafe { smh_errors_response_parse_error(resp) }.is_null());
    let mut r = MaybeUninit::uninit();
    let st = unsafe { smh_errors_response_lookup(resp, cat, c"zh-CN".as_ptr(), r.as_mut_ptr()) };
    assert_eq!(st, smh_errors_status::Ok);
    let r = unsafe { r.assume_init() };
    assert_eq!(r.resolution, smh_errors_resolution::Parent);
    assert_eq!(unsafe { smh_errors_response_message(resp, cat, c"zh-CN".as_ptr()) }, r.message);
    let n = unsafe { smh_errors_response_format(resp, cat, c"zh-CN".as_ptr(), ptr::null_mut(), 0) };
    assert_eq!(n, s(r.message).unwrap_or_default().len());
    assert!(!unsafe { smh_errors_response_retryable(resp) });
    unsafe { smh_errors_response_free(resp) };

    let (outcome, resp) = parse(b"{\"Response\":{\"RequestId\":\"ok\"}}");
    assert_eq!(outcome, smh_errors_outcome::Success);
    assert_eq!(field(resp, smh_errors_response_request_id).as_deref(), Some(&b"ok"[..]));
    assert_eq!(field(resp, smh_errors_response_code), None);
    unsafe { smh_errors_response_free(resp) };

    for (body, kind) in
        [(&b"{\"Response\":"[..], &b"syntax"[..]), (b"\xff", b"invalid_utf8"), (b"[]", b"not_an_object")]
    {
        let (outcome, resp) = parse(body);
        assert_eq!(outcome, smh_errors_outcome::Invalid);
        let k = unsafe { smh_errors_response_parse_error_kind(resp) };
        assert_eq!(s(smh_errors_parse_error_kind_name(k as std::ffi::c_int)), Some(kind));
        assert!(!s(unsafe { smh_errors_response_parse_error(resp) }).unwrap_or_default().is_empty());
        unsafe { smh_errors_response_free(resp) };
    }
    // NULL body (an empty one), NULL out, NULL response.
    let outcome = unsafe { smh_errors_parse_response(ptr::null(), 5, ptr::null_mut()) };
    assert_eq!(outcome, smh_errors_outcome::Invalid);
    assert_eq!(unsafe { smh_errors_response_outcome(ptr::null()) }, smh_errors_outcome::Invalid);
    assert!(unsafe { smh_errors_response_code(ptr::null(), ptr::null_mut()) }.is_null());
    unsafe { smh_errors_response_free(ptr::null_mut()) };
    unsafe { smh_errors_catalog_free(cat) };
}

#[test]
fn error_text_is_escaped_and_measured() {
    let (code, msg, rid) = (exact(b"Auth\0X"), exact(b"line\nnext\xff"), exact(b"r"));
    let call = |buf: *mut c_char, cap: usize| unsafe {
        smh_errors_error_text_n(
            code.as_ptr().cast(),
            code.len(),
            msg.as_ptr().cast(),
            msg.len(),
            rid.as_ptr().cast(),
            rid.len(),
            buf,
            cap,
        )
    };
    let n = call(ptr::null_mut(), 0);
    let mut buf = vec![0u8; n + 1].into_boxed_slice();
    assert_eq!(call(buf.as_mut_ptr().cast(), buf.len()), n);
    let text = std::str::from_utf8(&buf[..n]).unwrap_or_default();
    assert_eq!(text, "Auth\\u{0}X: line\\nnext\u{fffd} (RequestId: r)");
    let mut small = [0u8; 3];
    assert_eq!(call(small.as_mut_ptr().cast(), small.len()), n);
    assert_eq!(&small, b"Au\0");
}

#[test]
// The global catalog first checks AT_SECURE with getauxval (no overlay in a
// setuid process), a foreign function Miri cannot run: natively only.
#[cfg_attr(miri, ignore = "Miri cannot call getauxval (the global catalog's setuid check)")]
fn the_global_catalog() {
    // NULL catalog: the global one (reads the environment once).
    let m = unsafe { smh_errors_message(c"AuthFailure".as_ptr(), c"en-US".as_ptr()) };
    assert!(!s(m).unwrap_or_default().is_empty());
    assert_eq!(unsafe { smh_errors_message(ptr::null(), ptr::null()) }, unsafe {
        smh_errors_message(c"".as_ptr(), ptr::null())
    });
    assert_eq!(s(unsafe { smh_errors_negotiate(c"zh".as_ptr()) }), Some(&b"zh-CN"[..]));
    assert!(smh_errors_global_catalog_error().is_null() || std::env::var_os("SMH_ERRORS_CATALOG_DIR").is_some());
}
