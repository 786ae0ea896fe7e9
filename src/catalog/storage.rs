//! A locale's messages as the catalog keeps them: each slot's text
//! (formatted once when it has no variables) and link, with a trailing NUL.

use std::ffi::CStr;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;

use crate::codes::ErrorCode;
use crate::format::{UNKNOWN_CODE_ID, UNKNOWN_ERROR_ID};

/// Message slots per locale: every code, then the two generic messages.
pub(super) const UNKNOWN_CODE_SLOT: usize = ErrorCode::COUNT;
pub(super) const UNKNOWN_ERROR_SLOT: usize = ErrorCode::COUNT + 1;
pub(super) const SLOTS: usize = ErrorCode::COUNT + 2;

/// A message as the catalog keeps it.
pub(super) enum Text {
    /// The locale has no such message (only in overlays): fall back.
    Missing,
    /// Formatted once at build time, kept with a trailing NUL.
    Plain(NulStr),
    /// Has variables: formatted at each lookup.
    Formatted,
}
pub(crate) struct LocaleData {
    pub(crate) name: Box<str>,
    /// `name` with a trailing NUL.
    pub(super) name_nul: NulStr,
    pub(crate) bundle: FluentBundle<FluentResource>,
    pub(super) texts: Vec<Text>,
    /// Each slot's `.doc-url`, with a trailing NUL.
    pub(super) doc_urls: Vec<Option<NulStr>>,
}
/// A string the catalog keeps with a trailing NUL, so that a C caller is
/// handed a pointer straight into it.
pub(crate) struct NulStr {
    /// The text, then a NUL.
    s: Box<str>,
    /// Where the C string's NUL is: the first NUL of `s` (the trailing one,
    /// unless the text holds one of its own, which an overlay could write).
    c_end: usize,
}

impl NulStr {
    pub(super) fn new(text: &str) -> NulStr {
        let mut b = String::with_capacity(text.len() + 1);
        b.push_str(text);
        b.push('\0');
        let c_end = b.bytes().position(|c| c == 0).unwrap_or(text.len());
        NulStr { s: b.into_boxed_str(), c_end }
    }

    /// The text, without the NUL.
    #[inline]
    pub(crate) fn as_str(&self) -> &str {
        &self.s[..self.s.len() - 1]
    }

    /// The text as a C string (cut at a NUL it holds), without scanning it.
    #[inline]
    pub(crate) fn as_c(&self) -> &CStr {
        let bytes = &self.s.as_bytes()[..=self.c_end];
        // SAFETY: `c_end` is the index of the first NUL of `s` (set in `new`;
        // `s` never changes), so `bytes` ends in a NUL and holds no other.
        unsafe { CStr::from_bytes_with_nul_unchecked(bytes) }
    }
}
pub(super) fn slot_id(slot: usize) -> &'static str {
    match slot {
        UNKNOWN_CODE_SLOT => UNKNOWN_CODE_ID,
        UNKNOWN_ERROR_SLOT => UNKNOWN_ERROR_ID,
        i => ErrorCode::ALL[i].fluent_id(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_string_gives_rust_all_of_it_and_c_up_to_a_nul() {
        let plain = NulStr::new("abc");
        assert_eq!((plain.as_str(), plain.as_c().to_bytes()), ("abc", &b"abc"[..]));
        let inner = NulStr::new("ab\0cd");
        assert_eq!((inner.as_str(), inner.as_c().to_bytes()), ("ab\0cd", &b"ab"[..]));
        let empty = NulStr::new("");
        assert_eq!((empty.as_str(), empty.as_c().to_bytes()), ("", &b""[..]));
    }
}
