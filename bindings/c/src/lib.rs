//! The C ABI of smh-errors (`libsmh_errors`): thin conversions over the core.
//!
//! Conventions (the header says the same to C programmers):
//!
//! * every function is thread-safe and catches panics at one boundary
//!   (`ffi_boundary!`), answering with the documented value of its return
//!   type ([`PanicDefault`]) instead of unwinding into C;
//! * strings that come from the catalog (messages, locale names,
//!   documentation links) are NUL-terminated, kept so by the catalog itself,
//!   live as long as their catalog (the process, for the builtin/global one)
//!   and are never freed by the caller: a lookup hands out a pointer into
//!   the catalog;
//! * text with arguments is written into a caller's buffer with `snprintf`
//!   semantics;
//! * objects the library allocates are opaque and have a `_free` function;
//! * results are status enums; there is no thread-local "last error".
//!
//! No catalog rule lives here: every answer comes from the `smh_errors` core.
//! The functions, by topic: [`codes`], [`lookup`], [`catalogs`],
//! [`responses`]; argument and buffer conversions in `strings`.

#![allow(non_camel_case_types)]
#![warn(missing_docs)]

#[doc(hidden)]
pub mod boundary;
// In this order, cbindgen writes the header's functions by topic.
pub mod catalogs;
pub mod codes;
pub mod lookup;
pub mod parse_error_kind;
pub mod responses;
mod strings;
pub mod tables;

pub use boundary::PanicDefault;
pub use catalogs::*;
pub use codes::*;
pub use lookup::*;
pub use parse_error_kind::*;
pub use responses::*;
pub use tables::*;

/// The result of a function that can fail.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum smh_errors_status {
    /// Success.
    Ok = 0,
    /// A required pointer argument was NULL.
    NullArgument = 1,
    /// An overlay catalog could not be read or has errors; the error string
    /// says which, with `file:line:col`.
    CatalogInvalid = 2,
    /// The library failed internally (a bug); nothing was allocated.
    Internal = 3,
}

/// A code longer than this many bytes is never shown in the generic message
/// (the core's `MAX_SHOWN_CODE_LEN`; a test checks they are equal).
pub const SMH_ERRORS_MAX_SHOWN_CODE_LEN: usize = 128;

/// At most this many distinct unknown codes per catalog get a static message
/// that shows them (`smh_errors_message`, `smh_errors_lookup`); past that, a
/// new unknown code gets the generic text that does not show it (the core's
/// `MAX_STATIC_UNKNOWN_CODES`; a test checks they are equal).
pub const SMH_ERRORS_MAX_STATIC_UNKNOWN_CODES: usize = 1024;

#[cfg(test)]
mod tests {
    use smh_errors::catalog::MAX_SHOWN_CODE_LEN;
    use smh_errors::ffi::MAX_STATIC_UNKNOWN_CODES;

    #[test]
    fn the_limits_are_the_cores() {
        assert_eq!(super::SMH_ERRORS_MAX_SHOWN_CODE_LEN, MAX_SHOWN_CODE_LEN);
        assert_eq!(super::SMH_ERRORS_MAX_STATIC_UNKNOWN_CODES, MAX_STATIC_UNKNOWN_CODES);
    }
}
