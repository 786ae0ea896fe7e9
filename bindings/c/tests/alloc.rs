//! `smh_errors_message`, `smh_errors_negotiate` and `smh_errors_lookup` of a
//! known code allocate nothing once the tables are built (the header
//! promises it for `smh_errors_message`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::ffi::{c_char, CStr, CString};
use std::ptr;
use std::sync::atomic::{AtomicUsize, Ordering};

use smh_errors_c::*;

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
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
                for &c in &codes {
                    assert_eq!(smh_errors_lookup(c, l, out.as_mut_ptr()), smh_errors_status::Ok);
                }
            }
        }
    };
    run(&mut out); // builds the tables and the locale cache
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    run(&mut out);
    assert_eq!(ALLOCATIONS.load(Ordering::SeqCst) - before, 0, "allocations after warm-up");
}
