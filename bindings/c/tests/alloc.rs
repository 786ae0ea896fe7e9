//! `smh_errors_message`, `smh_errors_negotiate` and `smh_errors_lookup` of
//! known and unknown codes, their length-delimited `_n` forms,
//! `smh_errors_retryable_n` and `smh_errors_category_of_n` allocate nothing
//! once the tables are built (an unknown code's text is kept the first time
//! it is shown)
//! (the header promises it for `smh_errors_message`,
//! `smh_errors_catalog_lookup_n` and `smh_errors_category_of_n`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ffi::{c_char, CStr, CString};
use std::ptr;

use smh_errors_c::*;

struct Counting;

thread_local! {
    /// Allocations made by this thread. Counted per thread: the test
    /// harness allocates on its own threads (printing another test's result)
    /// while a test measures, and a process-wide count saw those (CI did).
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

/// How many allocations the calling thread has made.
fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // `try_with`: a thread being torn down has no counter, and that
        // allocation is none of a test's.
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn lookups_allocate_nothing() {
    let codes: Vec<*const c_char> = (0..smh_errors_code_count())
        .map(|i| smh_errors_code_at(i))
        .chain([c"InvalidParameterValue.Foo".as_ptr()])
        .collect();
    let unknown = [c"Nope.Nothing".as_ptr(), c"".as_ptr(), ptr::null(), c"a b".as_ptr(), c"\xff".as_ptr()];
    let locales: Vec<CString> = ["zh-CN", "en-US", "zh_CN.UTF-8", "en", "fr, zh;q=0.8", "C", ""]
        .iter()
        .map(|l| CString::new(*l).unwrap())
        .collect();
    let mut locale_ptrs: Vec<*const c_char> = locales.iter().map(|l| l.as_ptr()).collect();
    locale_ptrs.push(ptr::null());
    let mut out = std::mem::MaybeUninit::<smh_errors_lookup_result>::uninit();
    let run = |out: &mut std::mem::MaybeUninit<smh_errors_lookup_result>| {
        for &l in &locale_ptrs {
            unsafe {
                smh_errors_negotiate(l);
                for &c in codes.iter().chain(&unknown) {
                    let m = smh_errors_message(c, l);
                    assert!(!CStr::from_ptr(m).to_bytes().is_empty());
                }
                let l_len = if l.is_null() { 0 } else { CStr::from_ptr(l).to_bytes().len() };
                assert!(!smh_errors_catalog_negotiate_n(ptr::null(), l, l_len).is_null());
                for &c in codes.iter().chain(&unknown) {
                    assert_eq!(smh_errors_lookup(c, l, out.as_mut_ptr()), smh_errors_status::Ok);
                    assert_eq!((*out.as_ptr()).message, smh_errors_message(c, l), "the same text, one pointer");
                    let c_len = if c.is_null() { 0 } else { CStr::from_ptr(c).to_bytes().len() };
                    let status = smh_errors_catalog_lookup_n(ptr::null(), c, c_len, l, l_len, out.as_mut_ptr());
                    assert_eq!(status, smh_errors_status::Ok);
                }
                // A code with a NUL inside, not NUL-terminated, given by length.
                let nul_inside = b"InvalidParameterValue.\0x";
                let status = smh_errors_catalog_lookup_n(
                    ptr::null(),
                    nul_inside.as_ptr().cast(),
                    nul_inside.len(),
                    l,
                    l_len,
                    out.as_mut_ptr(),
                );
                assert_eq!(status, smh_errors_status::Ok);
                assert_eq!((*out.as_ptr()).resolution, smh_errors_resolution::Parent);
            }
        }
        for (&c, known) in codes.iter().map(|c| (c, true)).chain(unknown.iter().map(|c| (c, false))) {
            unsafe {
                let c_len = if c.is_null() { 5 } else { CStr::from_ptr(c).to_bytes().len() };
                assert_eq!(!smh_errors_category_of_n(c, c_len).is_null(), known);
                smh_errors_retryable_n(c, c_len);
            }
        }
    };
    run(&mut out); // builds the tables and the locale cache
    let before = allocations();
    run(&mut out);
    assert_eq!(allocations() - before, 0, "allocations after warm-up");
}

/// A server message that matches no known pattern (another code's, a near
/// miss, a hole over the bound, 1 MiB) costs no allocation: the detail
/// functions answer 0 without building anything. A match allocates (it
/// formats the Fluent message), into the library's memory, never the
/// caller's.
#[test]
fn a_message_of_no_pattern_allocates_nothing() {
    let long = "`".repeat(1 << 20);
    let over = format!("Parameter `{}` format invalid.", "x".repeat(129));
    let misses: [(&str, &str); 5] = [
        ("InternalError", "Parameter `x` format invalid."),
        ("InvalidParameter", "Parameter `x` format invalid"),
        ("InvalidParameter", "Parameter `` format invalid."),
        ("InvalidParameter", &over),
        ("InvalidParameter", &long),
    ];
    let mut buf = [0 as c_char; 64];
    let run = |buf: &mut [c_char; 64]| {
        for (code, message) in misses {
            let n = unsafe {
                smh_errors_catalog_detail_n(
                    ptr::null(),
                    code.as_ptr().cast(),
                    code.len(),
                    message.as_ptr().cast(),
                    message.len(),
                    c"zh-CN".as_ptr(),
                    5,
                    buf.as_mut_ptr(),
                    buf.len(),
                )
            };
            assert_eq!((n, buf[0]), (0, 0), "{code} {:.40}", message);
        }
    };
    run(&mut buf); // builds the catalog and its tables
    let before = allocations();
    run(&mut buf);
    assert_eq!(allocations(), before);
    // A match does allocate (to format), and answers.
    let hit = "Parameter `x` format invalid.";
    let n = unsafe {
        smh_errors_catalog_detail_n(
            ptr::null(),
            c"InvalidParameter".as_ptr(),
            16,
            hit.as_ptr().cast(),
            hit.len(),
            c"zh-CN".as_ptr(),
            5,
            buf.as_mut_ptr(),
            buf.len(),
        )
    };
    assert_eq!(unsafe { CStr::from_ptr(buf.as_ptr()) }.to_str().unwrap().len(), n);
    assert!(allocations() > before);
}
