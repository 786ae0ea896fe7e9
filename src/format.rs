//! The catalog format's constants, as the runtime uses them.
//!
//! They have one home, the validator crate (`smh-errors-check`), which
//! defines the catalog format: `build.rs` checks the shipped catalog with it
//! and the runtime validates overlays with it, so both read the same
//! constants. The runtime re-exports [`SOURCE_LOCALE`] for its users.

pub use smh_errors_check::SOURCE_LOCALE;
pub(crate) use smh_errors_check::{UNKNOWN_CODE_ID, UNKNOWN_ERROR_ID};
