//! The one FFI boundary: `ffi_boundary!` runs the body of an exported
//! function, catching any panic and answering with the [`PanicDefault`] of
//! the function's return type instead of unwinding into C.
//!
//! The macro wraps the body, not the item, so that cbindgen (which does not
//! expand macros) still sees every `#[no_mangle] pub extern "C" fn`.

use std::ffi::c_char;

use crate::{smh_errors_outcome, smh_errors_status};

/// The answer of an exported function whose body panicked (a bug caught at
/// the boundary): a value the header documents as safe to use.
pub trait PanicDefault {
    /// The value answered instead of the panic.
    fn panic_default() -> Self;
}

impl PanicDefault for () {
    fn panic_default() -> Self {}
}

impl PanicDefault for bool {
    /// Not retryable, not found.
    fn panic_default() -> Self {
        false
    }
}

impl PanicDefault for usize {
    /// No items, no bytes written.
    fn panic_default() -> Self {
        0
    }
}

impl PanicDefault for *const c_char {
    /// A valid, empty, static string: safe to read for a caller that expects
    /// a string that is never NULL, and one that expects NULL or a string.
    fn panic_default() -> Self {
        c"".as_ptr()
    }
}

impl PanicDefault for *const *const c_char {
    /// A static, empty, NULL-terminated list.
    fn panic_default() -> Self {
        static NONE: [usize; 1] = [0];
        NONE.as_ptr().cast()
    }
}

impl PanicDefault for *const crate::smh_errors_locale_table {
    /// NULL: no table.
    fn panic_default() -> Self {
        std::ptr::null()
    }
}

impl PanicDefault for crate::smh_errors_parse_error_kind {
    /// `SMH_ERRORS_PARSE_ERROR_KIND_NONE`.
    fn panic_default() -> Self {
        crate::smh_errors_parse_error_kind::None
    }
}

impl PanicDefault for smh_errors_status {
    /// `SMH_ERRORS_STATUS_INTERNAL`.
    fn panic_default() -> Self {
        smh_errors_status::Internal
    }
}

impl PanicDefault for smh_errors_outcome {
    /// `SMH_ERRORS_OUTCOME_INVALID`.
    fn panic_default() -> Self {
        smh_errors_outcome::Invalid
    }
}

/// Runs `f`, answering `T::panic_default()` if it panics.
pub(crate) fn run<T: PanicDefault>(f: impl FnOnce() -> T) -> T {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|_| T::panic_default())
}

/// The body of every exported function: `ffi_boundary!({ ... })` runs the
/// block behind [`run`], so a panic gives the return type's
/// [`PanicDefault`].
#[macro_export]
#[doc(hidden)]
macro_rules! ffi_boundary {
    ($body:block) => {
        $crate::boundary::run(move || $body)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_gives_the_types_default() {
        assert_eq!(run(|| -> usize { panic!("boom") }), 0);
        assert_eq!(run(|| 3usize), 3);
        assert!(!run(|| -> bool { panic!("boom") }));
        assert_eq!(run(|| -> smh_errors_status { panic!("boom") }), smh_errors_status::Internal);
        assert_eq!(run(|| -> smh_errors_outcome { panic!("boom") }), smh_errors_outcome::Invalid);
        let s = run(|| -> *const c_char { panic!("boom") });
        assert_eq!(unsafe { std::ffi::CStr::from_ptr(s) }.to_bytes(), b"");
        let list = run(|| -> *const *const c_char { panic!("boom") });
        assert!(unsafe { *list }.is_null());
    }
}
