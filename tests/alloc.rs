//! The builtin catalog answers exact and parent lookups without allocating
//! (DESIGN.md, "Speed"). A counting global allocator counts the allocations
//! of the current thread only, so the test harness's own threads cannot
//! disturb the count; every assertion runs in the one test of this binary.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;

use smh_errors::{Catalog, ErrorCode, Resolution};

struct Counting;

thread_local! {
    /// Allocations (alloc, alloc_zeroed, realloc) made by this thread.
    static ALLOCS: Cell<u64> = const { Cell::new(0) };
}

fn bump() {
    // `try_with`: the allocator also runs while thread-locals are torn down.
    let _ = ALLOCS.try_with(|n| n.set(n.get() + 1));
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        bump();
        System.alloc(layout)
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        bump();
        System.alloc_zeroed(layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        bump();
        System.realloc(ptr, layout, new_size)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// How many times `f` allocates on this thread.
fn allocations(f: impl FnOnce()) -> u64 {
    let before = ALLOCS.with(Cell::get);
    f();
    ALLOCS.with(Cell::get) - before
}

const N: usize = 1000;
const PARENT_CODE: &str = "InvalidParameterValue.Foo";
const GENERIC_CODE: &str = "Foo.Bar";

#[test]
fn lookups_allocate_nothing() {
    let cat = Catalog::builtin();
    let codes: Vec<&'static str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();

    // Warm-up: builds the catalog and the code table, and caches the
    // negotiation of "zh_CN.UTF-8".
    assert_eq!(cat.lookup(codes[0], Some("zh-CN")).locale, "zh-CN");
    assert_eq!(cat.lookup(codes[0], Some("zh_CN.UTF-8")).locale, "zh-CN");
    assert_eq!(cat.lookup(PARENT_CODE, Some("zh-CN")).resolution, Resolution::Parent);
    let zh = cat.locale("zh-CN");
    let en = cat.locale("en-US");
    assert_eq!(zh.name(), "zh-CN");
    assert_eq!(en.name(), "en-US");
    for &code in &codes {
        let hit = zh.lookup(code);
        assert_eq!(hit.resolution, Resolution::Exact, "{code}");
        assert_eq!(hit.locale, "zh-CN", "{code}");
    }

    // The counter counts: a generic lookup formats `$code` into a new string.
    let n = allocations(|| {
        let hit = black_box(cat.lookup(black_box(GENERIC_CODE), Some("zh-CN")));
        assert_eq!(hit.resolution, Resolution::Generic);
        assert!(hit.message.contains(GENERIC_CODE));
    });
    assert!(n > 0, "a generic lookup should allocate; the counter saw {n}");
    let n = allocations(|| drop(black_box(vec![0u8; 16])));
    assert_eq!(n, 1, "the counter should see exactly one allocation");

    let cases: [(&str, &dyn Fn(&'static str)); 8] = [
        ("Catalog::lookup(code, Some(\"zh-CN\"))", &|code| {
            let hit = black_box(cat.lookup(black_box(code), Some(black_box("zh-CN"))));
            assert!(hit.resolution == Resolution::Exact && hit.locale == "zh-CN");
        }),
        ("Catalog::lookup(code, Some(\"en-US\"))", &|code| {
            let hit = black_box(cat.lookup(black_box(code), Some(black_box("en-US"))));
            assert!(hit.resolution == Resolution::Exact && hit.locale == "en-US");
        }),
        ("Catalog::lookup(code, Some(\"zh_CN.UTF-8\")), cached", &|code| {
            let hit = black_box(cat.lookup(black_box(code), Some(black_box("zh_CN.UTF-8"))));
            assert!(hit.resolution == Resolution::Exact && hit.locale == "zh-CN");
        }),
        ("Locale::lookup(code) on a zh-CN handle", &|code| {
            let hit = black_box(black_box(&zh).lookup(black_box(code)));
            assert!(hit.resolution == Resolution::Exact && hit.locale == "zh-CN");
        }),
        ("Catalog::lookup(\"InvalidParameterValue.Foo\", Some(\"zh-CN\"))", &|_| {
            let hit = black_box(cat.lookup(black_box(PARENT_CODE), Some(black_box("zh-CN"))));
            assert!(hit.resolution == Resolution::Parent && hit.locale == "zh-CN");
        }),
        // The pseudo-locales' texts are transformed once, when the catalog is
        // built: their lookups borrow like any other locale's.
        ("Catalog::lookup(code, Some(\"en-XA\"))", &|code| {
            let hit = black_box(cat.lookup(black_box(code), Some(black_box("en-XA"))));
            assert!(hit.resolution == Resolution::Exact && hit.locale == "en-XA");
        }),
        ("Catalog::lookup(code, Some(\"ar-XB\"))", &|code| {
            let hit = black_box(cat.lookup(black_box(code), Some(black_box("ar-XB"))));
            assert!(hit.resolution == Resolution::Exact && hit.locale == "ar-XB");
        }),
        ("Locale::lookup(\"InvalidParameterValue.Foo\") on a zh-CN handle", &|_| {
            let hit = black_box(black_box(&zh).lookup(black_box(PARENT_CODE)));
            assert!(hit.resolution == Resolution::Parent && hit.locale == "zh-CN");
        }),
    ];
    // Every case runs before any assertion, so that a failure lists them all.
    let mut failures = Vec::new();
    for (name, case) in cases {
        let n = allocations(|| {
            for i in 0..N {
                case(codes[i % codes.len()]);
            }
        });
        if n != 0 {
            failures.push(format!("{N} x {name} allocated {n} times"));
        }
    }

    // ErrorCode::from_code: known codes, a parent's child, and junk.
    let n = allocations(|| {
        for i in 0..N {
            let code = codes[i % codes.len()];
            assert_eq!(black_box(ErrorCode::from_code(black_box(code))).map(ErrorCode::as_str), Some(code));
            assert!(black_box(ErrorCode::from_code(black_box(PARENT_CODE))).is_none());
            assert!(black_box(ErrorCode::from_code(black_box(""))).is_none());
        }
    });
    if n != 0 {
        failures.push(format!("{N} x ErrorCode::from_code allocated {n} times"));
    }

    assert!(failures.is_empty(), "lookups that should not allocate did:\n{}", failures.join("\n"));
}
