//! For foreign-function layers only (the C ABI crate, `bindings/c`): the
//! catalog's strings as NUL-terminated C strings kept by the catalog, codes
//! and locales given as bytes, the kept texts of unknown codes shown, and
//! what a binding needs to answer a registered or parent code itself.
//!
//! Not part of the Rust API: Rust callers use [`Catalog`], [`Locale`] and
//! [`Answer`], which own or borrow Rust strings. Items here may change in
//! any release.
//!
//! The rule for bytes: a code is matched by its bytes
//! ([`match_bytes`](crate::match_bytes)); a generic answer never
//! shows a code that is not UTF-8; a locale that is not UTF-8 is en-US, as
//! garbage is; `None` is the default locale.

use std::ffi::CStr;

use crate::catalog::{Answer, Catalog, Chain, Locale, NulStr};
use crate::codes::ErrorCode;

/// At most this many distinct unknown codes per catalog get a static text
/// that shows them ([`AnswerExt::static_message`]); past that, an unknown
/// code's static text is the generic one that does not show it.
pub const MAX_STATIC_UNKNOWN_CODES: usize = crate::catalog::MAX_STATIC_UNKNOWN_CODES;

/// The byte between a code's segments. An unregistered code is answered by
/// its longest prefix that ends just before one and is a registered code
/// (its nearest registered ancestor), else by the generic message.
pub const PARENT_SEPARATOR: u8 = crate::codes::SEPARATOR;

/// The longest registered code, in bytes: the parent search reads only a
/// code's first `MAX_CODE_LEN + 1` bytes (a longer prefix is never
/// registered).
pub const MAX_CODE_LEN: usize = crate::codes::MAX_CODE_LEN;

/// Answers `code` in `locale`, both given as bytes (see the module's rule).
/// A registered code and a locale named exactly are found without checking
/// UTF-8.
#[inline(always)]
pub fn answer_bytes<'c, 'q>(catalog: &'c Catalog, code: &'q [u8], locale: Option<&[u8]>) -> Answer<'c, 'q> {
    catalog.answer_bytes(code, locale)
}

/// The locale handle for a request given as bytes (see the module's rule).
#[inline(always)]
pub fn locale_bytes<'c>(catalog: &'c Catalog, requested: Option<&[u8]>) -> Locale<'c> {
    catalog.locale_bytes(requested)
}

/// The name of the catalog's locale at `index` (in the order of
/// [`Catalog::locales`]), kept by the catalog; `None` past the end.
pub fn locale_name(catalog: &Catalog, index: usize) -> Option<&CStr> {
    catalog.locale_c(index)
}

/// A registered code as a static C string.
#[inline]
pub fn code_str(code: ErrorCode) -> &'static CStr {
    code.c_str()
}

/// A resolved locale as a value that compares equal exactly for the handles
/// of one catalog that answer every code alike (the same chain of catalog
/// locales): a key for what a binding keeps per locale.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct LocaleKey(Chain);

/// The C forms of a [`Locale`].
pub trait LocaleExt<'c> {
    /// [`Locale::name`] as a C string kept by the catalog.
    fn name_c(&self) -> &'c CStr;
    /// The handle's [`LocaleKey`].
    fn key(&self) -> LocaleKey;
    /// [`AnswerExt::static_message`] of `code` in this locale.
    fn static_message(&self, code: &str) -> &'c str;
}

impl<'c> LocaleExt<'c> for Locale<'c> {
    #[inline]
    fn name_c(&self) -> &'c CStr {
        Locale::name_c(self)
    }

    #[inline]
    fn key(&self) -> LocaleKey {
        LocaleKey(self.chain)
    }

    fn static_message(&self, code: &str) -> &'c str {
        self.answer(code).static_message()
    }
}

/// The C forms of an [`Answer`]: strings kept by the catalog, with a
/// trailing NUL, valid as long as the catalog.
pub trait AnswerExt<'c> {
    /// The localized text as a string that lives as long as the catalog,
    /// equal to [`Answer::message`]: a text with variables (the generic
    /// message showing the code) is formatted once per code and locale and
    /// kept, for at most [`MAX_STATIC_UNKNOWN_CODES`] codes per catalog;
    /// past that, the generic text that does not show the code. Allocates
    /// only the first time a code is seen.
    fn static_message(&self) -> &'c str;
    /// [`AnswerExt::static_message`] as a C string (cut at a NUL the text
    /// itself holds).
    fn static_message_c(&self) -> &'c CStr;
    /// [`Answer::locale`] as a C string.
    fn locale_c(&self) -> &'c CStr;
    /// [`Answer::doc_url`] as a C string.
    fn doc_url_c(&self) -> Option<&'c CStr>;
}

impl<'c> AnswerExt<'c> for Answer<'c, '_> {
    #[inline]
    fn static_message(&self) -> &'c str {
        self.static_nul().map_or("", NulStr::as_str)
    }

    #[inline]
    fn static_message_c(&self) -> &'c CStr {
        self.static_nul().map_or(c"", NulStr::as_c)
    }

    #[inline]
    fn locale_c(&self) -> &'c CStr {
        Answer::locale_c(self)
    }

    #[inline]
    fn doc_url_c(&self) -> Option<&'c CStr> {
        Answer::doc_url_c(self)
    }
}
