//! The registry: the version, every code, the categories, and the retry
//! policy and status of any code.

use std::ffi::c_char;
use std::ptr;

use smh_errors::{ffi, ErrorCode};

use crate::ffi_boundary;
use crate::strings::{bytes_n, CATEGORIES, CODE_PTRS, VERSION_C};

/// The library's version, `"MAJOR.MINOR.PATCH"` (equal to
/// `SMH_ERRORS_VERSION` when header and library match).
///
/// Returns a static string: never NULL, never freed. Thread-safe.
#[no_mangle]
pub extern "C" fn smh_errors_version() -> *const c_char {
    ffi_boundary!({ VERSION_C.as_ptr() })
}

/// The number of codes in the registry.
///
/// Takes no pointer (no NULL to consider) and returns a number (nothing to
/// free). Thread-safe; never fails.
#[no_mangle]
pub extern "C" fn smh_errors_code_count() -> usize {
    ffi_boundary!({ ErrorCode::COUNT })
}

/// The registry code at `index` (0 to `smh_errors_code_count() - 1`), in
/// registry order, e.g. `"AuthFailure.SignatureFailure"`.
///
/// Returns a static string, never freed; NULL when `index` is out of range.
/// Thread-safe.
#[no_mangle]
pub extern "C" fn smh_errors_code_at(index: usize) -> *const c_char {
    ffi_boundary!({ ErrorCode::ALL.get(index).map_or(ptr::null(), |&c| ffi::code_str(c).as_ptr()) })
}

/// Every registry code, as a static NULL-terminated array of static strings
/// (the same pointers as `smh_errors_code_at`). Never NULL, never freed.
/// Thread-safe.
#[no_mangle]
pub extern "C" fn smh_errors_codes() -> *const *const c_char {
    ffi_boundary!({ CODE_PTRS.0.as_ptr() })
}

/// The number of top-level error categories: the distinct first segments
/// of the registry's codes (`"AuthFailure"` for
/// `"AuthFailure.SignatureFailure"`, `"OperationDenied"`, ...).
///
/// Takes no pointer (no NULL to consider) and returns a number (nothing to
/// free). Thread-safe; never fails.
#[no_mangle]
pub extern "C" fn smh_errors_category_count() -> usize {
    ffi_boundary!({ CATEGORIES.len() })
}

/// The category at `index` (0 to `smh_errors_category_count() - 1`), in the
/// order of their first codes in the registry, e.g. `"ActionOffline"`.
///
/// Returns a static string, never freed; NULL when `index` is out of range.
/// Thread-safe.
#[no_mangle]
pub extern "C" fn smh_errors_category_at(index: usize) -> *const c_char {
    ffi_boundary!({ CATEGORIES.get(index).map_or(ptr::null(), |c| c.as_ptr()) })
}

/// The top-level category of any code, registered or not: its first segment
/// (up to the first `.`), when that is a category of the registry.
/// `"AuthFailure.Whatever"` gives `"AuthFailure"`; `"Foo.Bar"` and
/// `"authfailure.x"` give NULL (case-sensitive, as the API is).
///
/// `code` is `len` bytes, not NUL-terminated, compared as bytes; NUL bytes
/// inside are part of the code (`"Auth\0Failure.X"` has no category). NULL
/// `code` (whatever `len` says) gives NULL.
///
/// Returns a static string, the same pointer `smh_errors_category_at` gives
/// for that category, never freed; or NULL. Allocates nothing. Thread-safe.
///
/// # Safety
/// `code` is NULL or readable for `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_category_of_n(code: *const c_char, len: usize) -> *const c_char {
    ffi_boundary!({
        let code = unsafe { bytes_n(code, len) };
        let Some(category) = code.and_then(ErrorCode::category_of_bytes) else {
            return ptr::null();
        };
        let index = ErrorCode::categories().iter().position(|c| *c == category);
        index.and_then(|i| CATEGORIES.get(i)).map_or(ptr::null(), |c| c.as_ptr())
    })
}

/// Whether a client may retry a request that failed with `code` after a
/// backoff: the policy of the code, or of its nearest registered parent
/// (`"InternalError.Whatever"` as `"InternalError"`); false for a code the
/// registry does not know.
///
/// `code` is `len` bytes, not NUL-terminated, matched as bytes (as
/// `smh_errors_catalog_lookup_n` matches it); NUL bytes inside are part of
/// the code. NULL `code` (whatever `len` says) gives false.
///
/// Returns a value: nothing to free. Allocates nothing. Thread-safe.
///
/// # Safety
/// `code` is NULL or readable for `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_retryable_n(code: *const c_char, len: usize) -> bool {
    ffi_boundary!({ unsafe { bytes_n(code, len) }.is_some_and(smh_errors::retryable_bytes) })
}

/// Whether the registered code that answers `code` (the code itself, or
/// its nearest registered parent, as a lookup's `matched`) is retired: no
/// current official source (the service's error-code page, an official
/// SDK's newest release) lists it any more. A retired code still answers
/// with its own message. False for a current code and for a code the
/// registry does not know (a generic answer).
///
/// `code` is `len` bytes, not NUL-terminated, matched as bytes (as
/// `smh_errors_catalog_lookup_n` matches it); NUL bytes inside are part of
/// the code. NULL `code` (whatever `len` says) gives false.
///
/// Returns a value: nothing to free. Allocates nothing. Thread-safe.
///
/// # Safety
/// `code` is NULL or readable for `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn smh_errors_retired_n(code: *const c_char, len: usize) -> bool {
    ffi_boundary!({
        unsafe { bytes_n(code, len) }.and_then(|c| smh_errors::match_bytes(c).0).is_some_and(ErrorCode::is_retired)
    })
}

#[cfg(test)]
mod tests {
    use std::ffi::CStr;

    use super::*;

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

    /// Retryable by code is the core's policy, a parent's for an unknown
    /// child, false for an unknown code and for NULL.
    #[test]
    fn retryable_n_is_the_cores_policy() {
        let retry = |s: &[u8]| unsafe { smh_errors_retryable_n(s.as_ptr().cast(), s.len()) };
        let some_retryable = ErrorCode::ALL.iter().find(|c| c.retryable()).expect("a retryable code");
        let some_not = ErrorCode::ALL.iter().find(|c| !c.retryable()).expect("a code not retryable");
        assert!(retry(some_retryable.as_str().as_bytes()));
        assert!(retry(format!("{}.Child", some_retryable.as_str()).as_bytes()));
        assert!(!retry(some_not.as_str().as_bytes()));
        assert!(!retry(b"Nope.Nothing"));
        assert!(!retry(b"\xff"));
        let child = [some_retryable.as_str().as_bytes(), b".\xff"].concat();
        assert!(retry(&child), "a child that is not UTF-8");
        assert!(!unsafe { smh_errors_retryable_n(ptr::null(), 5) });
        // Only `len` bytes are read: the retryable code followed by garbage.
        let long = format!("{}Garbage", some_retryable.as_str());
        assert!(unsafe { smh_errors_retryable_n(long.as_ptr().cast(), some_retryable.as_str().len()) });
    }

    /// Retired by code is the core's status of the matched code: a retired
    /// code and its unknown child are, a current code, an unknown code and
    /// NULL are not.
    #[test]
    fn retired_n_is_the_cores_status() {
        let retired = |s: &[u8]| unsafe { smh_errors_retired_n(s.as_ptr().cast(), s.len()) };
        let some_retired = ErrorCode::ALL.iter().find(|c| c.is_retired()).expect("a retired code");
        let some_current = ErrorCode::ALL.iter().find(|c| !c.is_retired()).expect("a current code");
        assert!(retired(some_retired.as_str().as_bytes()));
        assert!(retired(format!("{}.Child", some_retired.as_str()).as_bytes()));
        assert!(!retired(some_current.as_str().as_bytes()));
        assert!(!retired(b"Nope.Nothing"));
        assert!(!retired(b"\xff"));
        assert!(!unsafe { smh_errors_retired_n(ptr::null(), 5) });
        for c in ErrorCode::ALL {
            assert_eq!(retired(c.as_str().as_bytes()), c.is_retired(), "{c}");
        }
    }
}
