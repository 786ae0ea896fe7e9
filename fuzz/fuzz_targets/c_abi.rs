//! The C ABI (`libsmh_errors`) called from Rust with arbitrary byte
//! strings (NUL inside, no NUL, not UTF-8, long), through the `_n`
//! (pointer + length) and the NUL-terminated forms, with buffers of
//! arbitrary capacity, NULL arguments, the global catalog and an opened
//! one: never a crash or a sanitizer report (every argument lives in an
//! allocation of exactly its size), and always the core's answer.
#![no_main]

use std::ffi::{c_char, CStr, CString};
use std::ptr;
use std::sync::LazyLock;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use smh_errors::ffi::AnswerExt;
use smh_errors::{parse_response, Answer, Catalog, ErrorCode, Resolution, Response};
use smh_errors_c::*;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    code: &'a [u8],
    locale: &'a [u8],
    /// Pass NULL for the code, the locale.
    null_code: bool,
    null_locale: bool,
    /// The opened catalog instead of the global one.
    opened: bool,
    cap: u16,
    body: &'a [u8],
    message: &'a [u8],
}

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/overlays");

/// A catalog opened through the C ABI, and the same catalog built by the
/// core, to compare with.
struct Opened {
    handle: usize,
    core: Catalog,
}

static OPENED: LazyLock<Opened> = LazyLock::new(|| {
    let dir = CString::new(format!("{FIXTURES}/ja-partial")).expect("no NUL in the path");
    let mut out = ptr::null_mut();
    let mut err = ptr::null_mut();
    let status = unsafe { smh_errors_catalog_open(dir.as_ptr(), &mut out, &mut err) };
    assert_eq!(status, smh_errors_status::Ok);
    assert!(err.is_null() && !out.is_null());
    let core = Catalog::builder().overlay_dir(format!("{FIXTURES}/ja-partial")).build().expect("the fixture loads");
    Opened { handle: out as usize, core }
});

/// `b` in an allocation of exactly its length (ASan sees any read past it).
fn exact(b: &[u8]) -> Box<[u8]> {
    b.to_vec().into_boxed_slice()
}

/// `b` cut at its first NUL, as a C caller's string would be.
fn c_str(b: &[u8]) -> CString {
    let end = b.iter().position(|&x| x == 0).unwrap_or(b.len());
    CString::new(&b[..end]).expect("cut at the first NUL")
}

unsafe fn s<'a>(p: *const c_char) -> Option<&'a [u8]> {
    (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_bytes())
}

/// The C lookup result is the core's answer, field by field.
fn same(r: &smh_errors_lookup_result, a: &Answer<'_, '_>) {
    unsafe {
        assert_eq!(s(r.message), Some(a.static_message_c().to_bytes()), "message");
        assert_eq!(s(r.locale), Some(a.locale().as_bytes()), "locale");
        assert_eq!(s(r.matched), a.matched.map(|c| c.as_str().as_bytes()), "matched");
        assert_eq!(s(r.doc_url), a.doc_url().map(str::as_bytes), "doc_url");
    }
    let res = match a.resolution {
        Resolution::Exact => smh_errors_resolution::Exact,
        Resolution::Parent => smh_errors_resolution::Parent,
        Resolution::Generic => smh_errors_resolution::Generic,
    };
    assert_eq!(r.resolution, res);
    assert_eq!(r.retryable, a.retryable());
    assert_eq!(r.kind == smh_errors_kind::None, a.matched.is_none());
}

/// A buffer of exactly `cap` bytes written by `f` with snprintf semantics:
/// the returned length is `full`'s, the text is its longest prefix that
/// fits and ends at a character boundary, then a NUL.
fn check_buf(cap: usize, full: &[u8], f: impl FnOnce(*mut c_char, usize) -> usize) {
    let mut buf = vec![0x55u8; cap].into_boxed_slice();
    let p = if cap == 0 { ptr::null_mut() } else { buf.as_mut_ptr().cast::<c_char>() };
    let n = f(p, cap);
    assert_eq!(n, full.len(), "the full length");
    if cap > 0 {
        let written = buf.iter().position(|&b| b == 0).expect("a NUL within the buffer");
        assert!(written < cap);
        assert_eq!(&buf[..written], &full[..written]);
        assert!(std::str::from_utf8(&buf[..written]).is_ok(), "cut inside a character");
        if written < full.len() && !full[..written + 1].contains(&0) {
            // Cut: nothing more would have fitted at a character boundary.
            let next =
                (written + 1..=full.len()).find(|&i| std::str::from_utf8(&full[..i]).is_ok()).unwrap_or(full.len());
            assert!(next > cap - 1, "cut at {written} though {next} bytes fit in {cap}");
        }
    }
}

fuzz_target!(|input: Input<'_>| {
    let (code, locale) = (exact(input.code), exact(input.locale));
    let (code_c, locale_c) = (c_str(input.code), c_str(input.locale));
    let (code_p, code_n) =
        if input.null_code { (ptr::null(), 7) } else { (code.as_ptr().cast::<c_char>(), code.len()) };
    let (loc_p, loc_n) =
        if input.null_locale { (ptr::null(), 3) } else { (locale.as_ptr().cast::<c_char>(), locale.len()) };
    let code_cp = if input.null_code { ptr::null() } else { code_c.as_ptr() };
    let loc_cp = if input.null_locale { ptr::null() } else { locale_c.as_ptr() };
    let (handle, core): (*const smh_errors_catalog, &Catalog) = if input.opened {
        (OPENED.handle as *const smh_errors_catalog, &OPENED.core)
    } else {
        (ptr::null(), Catalog::global())
    };
    let core_loc = |full: bool| -> Option<&[u8]> {
        if input.null_locale {
            None
        } else if full {
            Some(input.locale)
        } else {
            Some(locale_c.to_bytes())
        }
    };
    let core_code = |full: bool| -> &[u8] {
        if input.null_code {
            b""
        } else if full {
            input.code
        } else {
            code_c.to_bytes()
        }
    };

    // The NUL-terminated forms: what a C caller holding these bytes sees.
    let a = smh_errors::ffi::answer_bytes(core, core_code(false), core_loc(false));
    let m = unsafe { smh_errors_catalog_message(handle, code_cp, loc_cp) };
    assert_eq!(unsafe { s(m) }, Some(a.static_message_c().to_bytes()));
    if handle.is_null() {
        assert_eq!(unsafe { smh_errors_message(code_cp, loc_cp) }, m, "not the same static string");
    }
    let mut r = std::mem::MaybeUninit::<smh_errors_lookup_result>::uninit();
    assert_eq!(unsafe { smh_errors_catalog_lookup(handle, code_cp, loc_cp, r.as_mut_ptr()) }, smh_errors_status::Ok);
    same(unsafe { r.assume_init_ref() }, &a);
    let neg = unsafe { smh_errors_catalog_negotiate(handle, loc_cp) };
    let want = smh_errors::ffi::locale_bytes(core, core_loc(false)).name();
    assert_eq!(unsafe { s(neg) }, Some(want.as_bytes()));
    let full = a.message();
    check_buf(input.cap as usize, full.as_bytes(), |b, c| unsafe {
        smh_errors_catalog_format(handle, code_cp, loc_cp, ptr::null(), ptr::null(), 0, b, c)
    });

    // The length-delimited forms: every byte counts, NULs included.
    let a = smh_errors::ffi::answer_bytes(core, core_code(true), core_loc(true));
    let mut r = std::mem::MaybeUninit::<smh_errors_lookup_result>::uninit();
    let st = unsafe { smh_errors_catalog_lookup_n(handle, code_p, code_n, loc_p, loc_n, r.as_mut_ptr()) };
    assert_eq!(st, smh_errors_status::Ok);
    same(unsafe { r.assume_init_ref() }, &a);
    let neg = unsafe { smh_errors_catalog_negotiate_n(handle, loc_p, loc_n) };
    let want = smh_errors::ffi::locale_bytes(core, core_loc(true)).name();
    assert_eq!(unsafe { s(neg) }, Some(want.as_bytes()));
    let full = a.message();
    check_buf(input.cap as usize, full.as_bytes(), |b, c| unsafe {
        smh_errors_catalog_format_n(handle, code_p, code_n, loc_p, loc_n, b, c)
    });
    let bytes = if input.null_code { None } else { Some(input.code) };
    assert_eq!(unsafe { smh_errors_retryable_n(code_p, code_n) }, bytes.is_some_and(smh_errors::retryable_bytes));
    let cat = unsafe { s(smh_errors_category_of_n(code_p, code_n)) };
    assert_eq!(cat, bytes.and_then(ErrorCode::category_of_bytes).map(str::as_bytes));
    assert_eq!(unsafe { smh_errors_lookup_n_null_out(handle, code_p, code_n) }, smh_errors_status::NullArgument);

    // A response body.
    let body = exact(input.body);
    let mut resp = ptr::null_mut();
    let outcome = unsafe { smh_errors_parse_response(body.as_ptr(), body.len(), &mut resp) };
    assert!(!resp.is_null());
    let field = |f: unsafe extern "C" fn(*const smh_errors_response, *mut usize) -> *const c_char| {
        let mut len = usize::MAX;
        let p = unsafe { f(resp, &mut len) };
        if p.is_null() {
            assert_eq!(len, 0);
            None
        } else {
            let b = unsafe { std::slice::from_raw_parts(p.cast::<u8>(), len) };
            assert_eq!(unsafe { *p.add(len) }, 0, "not NUL-terminated");
            Some(b.to_vec())
        }
    };
    let owned = |s: &Option<String>| s.as_ref().map(|s| s.as_bytes().to_vec());
    let loc = core_loc(false);
    match parse_response(input.body) {
        Ok(Response::Success { request_id }) => {
            assert_eq!(outcome, smh_errors_outcome::Success);
            assert_eq!(field(smh_errors_response_request_id), owned(&request_id));
            assert_eq!(field(smh_errors_response_code), None);
        }
        Ok(Response::Error(e)) => {
            assert_eq!(outcome, smh_errors_outcome::Error);
            assert_eq!(field(smh_errors_response_code), Some(e.code.as_bytes().to_vec()));
            assert_eq!(field(smh_errors_response_server_message), owned(&e.server_message));
            assert_eq!(field(smh_errors_response_request_id), owned(&e.request_id));
            assert_eq!(unsafe { smh_errors_response_retryable(resp) }, e.retryable());
            let a = smh_errors::ffi::answer_bytes(core, e.code.as_bytes(), loc);
            let m = unsafe { smh_errors_response_message(resp, handle, loc_cp) };
            assert_eq!(unsafe { s(m) }, Some(a.static_message_c().to_bytes()));
            let mut r = std::mem::MaybeUninit::<smh_errors_lookup_result>::uninit();
            let st = unsafe { smh_errors_response_lookup(resp, handle, loc_cp, r.as_mut_ptr()) };
            assert_eq!(st, smh_errors_status::Ok);
            same(unsafe { r.assume_init_ref() }, &a);
            let full = a.message();
            check_buf(input.cap as usize, full.as_bytes(), |b, c| unsafe {
                smh_errors_response_format(resp, handle, loc_cp, b, c)
            });
        }
        Err(e) => {
            assert_eq!(outcome, smh_errors_outcome::Invalid);
            let kind = unsafe { smh_errors_response_parse_error_kind(resp) };
            assert_eq!(kind, e.kind().into());
            let name = unsafe { s(smh_errors_parse_error_kind_name(kind as std::ffi::c_int)) };
            assert_eq!(name, Some(e.kind().as_str().as_bytes()));
            let why = unsafe { s(smh_errors_response_parse_error(resp)) };
            assert_eq!(why, Some(e.to_string().as_bytes()));
            assert!(unsafe { smh_errors_response_code(resp, ptr::null_mut()) }.is_null());
        }
    }
    unsafe { smh_errors_response_free(resp) };

    // The one-line text of an error, every string given with its length.
    let msg = exact(input.message);
    let lossy = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let (c, m) = (lossy(core_code(true)), lossy(input.message));
    let rid = lossy(input.locale);
    let want = smh_errors::text::ErrorText { code: &c, message: Some(&m), request_id: Some(&rid) }.to_string();
    check_buf(input.cap as usize, want.as_bytes(), |b, cap| unsafe {
        smh_errors_error_text_n(
            code_p,
            code_n,
            msg.as_ptr().cast(),
            msg.len(),
            locale.as_ptr().cast(),
            locale.len(),
            b,
            cap,
        )
    });
});

/// `smh_errors_catalog_lookup_n` with a NULL `out`.
unsafe fn smh_errors_lookup_n_null_out(
    handle: *const smh_errors_catalog,
    code: *const c_char,
    len: usize,
) -> smh_errors_status {
    unsafe { smh_errors_catalog_lookup_n(handle, code, len, ptr::null(), 0, ptr::null_mut()) }
}
