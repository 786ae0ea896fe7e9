//! A locale request resolved against a catalog: the handle that answers
//! many codes without negotiating again.

use std::borrow::Cow;
use std::ffi::CStr;
use std::fmt;

use fluent_bundle::{FluentArgs, FluentValue};

use super::chain::Chain;
use super::{Answer, Catalog, Lookup};
use crate::detail::Detail;

/// A locale request resolved against a catalog, once: look up many codes
/// with it without negotiating again. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Locale<'c> {
    pub(crate) catalog: &'c Catalog,
    pub(crate) chain: Chain,
}

impl fmt::Debug for Locale<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.chain()).finish()
    }
}

impl<'c> Locale<'c> {
    /// The catalog locale that answers first (`zh-CN`).
    pub fn name(&self) -> &'c str {
        &self.catalog.locales[self.chain.first()].name
    }

    /// [`Locale::name`] as a NUL-terminated string kept by the catalog.
    #[inline]
    pub(crate) fn name_c(&self) -> &'c CStr {
        self.catalog.locales[self.chain.first()].name_nul.as_c()
    }

    /// Every catalog locale tried, in order; the last is en-US.
    pub fn chain(&self) -> impl Iterator<Item = &'c str> + '_ {
        let cat = self.catalog;
        self.chain.iter().map(move |i| &*cat.locales[i].name)
    }

    /// Answers `code` in this locale: one search, from which every form of
    /// the answer is read.
    #[inline]
    pub fn answer<'q>(&self, code: &'q str) -> Answer<'c, 'q> {
        self.catalog.answer_in(code, self.chain)
    }

    /// Resolves `code` in this locale. An exact or parent lookup allocates
    /// nothing.
    pub fn lookup<'a>(&self, code: &'a str) -> Lookup<'a>
    where
        'c: 'a,
    {
        self.answer(code).lookup()
    }

    /// The localized text of `code` in this locale; allocates only for the
    /// generic message that shows the code.
    pub fn message(&self, code: &str) -> Cow<'c, str> {
        self.answer(code).message()
    }

    /// Like [`Locale::lookup`], formatting the message with `args`.
    pub fn format<'a>(&self, code: &'a str, args: &FluentArgs<'_>) -> Lookup<'a>
    where
        'c: 'a,
    {
        self.answer(code).format(args)
    }

    /// The localized detail of an error with code `code` whose server
    /// message is `server_message`: the known pattern it matches (see
    /// [`crate::detail`] for the rule), said by the first locale of this
    /// chain with that pattern's message, its holes' text escaped. `None`
    /// when the message matches no pattern: never a wrong detail.
    pub fn detail(&self, code: &str, server_message: &str) -> Option<Detail<'c>> {
        let m = crate::detail::match_message(code, server_message)?;
        let cat = self.catalog;
        let (l, pattern) = self.chain.iter().map(|i| &cat.locales[i]).find_map(|l| {
            let p = l.bundle.get_message(m.id).and_then(|msg| msg.value())?;
            Some((l, p))
        })?;
        let mut args = FluentArgs::with_capacity(m.values.len());
        for (name, value) in &m.values {
            args.set(*name, FluentValue::from(crate::text::escape(value).into_owned()));
        }
        let mut errors = Vec::new();
        let message = l.bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned();
        Some(Detail { id: m.id, message, locale: &l.name })
    }
}
