//! The catalog: locales of messages, and the rules that answer a code.
//!
//! Resolution of a code, in a chain of locales (see [`crate::locale`]):
//!
//! 1. **exact**: the code's own message, in the first locale of the chain
//!    that has it (en-US, last in every chain, has them all);
//! 2. **parent**: for a code the registry lacks, the nearest registered
//!    ancestor (`InvalidParameterValue.Foo` -> `InvalidParameterValue`);
//! 3. **generic**: the `unknown-code` message, showing the code; or
//!    `unknown-error` when the code is empty or not fit to show: longer than
//!    [`MAX_SHOWN_CODE_LEN`] bytes, or holding anything but printable ASCII
//!    (spaces, control characters, non-ASCII).
//!
//! Messages without variables are formatted once, when the catalog is built,
//! so an exact or parent lookup borrows its text and allocates nothing.
//!
//! Every question is answered by one search, [`Locale::answer`], giving an
//! [`Answer`]; the plain message, the formatted one, [`Lookup`] and the C
//! library's result are all read from it. The catalog keeps each plain text,
//! documentation link and locale name with a trailing NUL, so that a C
//! caller is handed a pointer straight into the catalog ([`crate::ffi`]).
//!
//! The files, one concern each: `storage` (a locale's messages as the
//! catalog keeps them), `shown` (the kept texts of unknown codes shown),
//! `chain` (locale requests resolved to chains, and the kept ones),
//! `answer` (the one search, and the answer's forms), `handle` (a resolved
//! locale), `assemble` (building a catalog from locales). The global
//! catalog and the builder are the overlays' ([`crate::overlay`]).

use std::ffi::CStr;
use std::fmt;
use std::sync::{LazyLock, OnceLock, RwLock};

use fluent_bundle::FluentArgs;
use rustc_hash::FxHashMap;
use unic_langid::LanguageIdentifier;

mod answer;
mod assemble;
mod chain;
mod handle;
mod shown;
mod storage;

pub use answer::{Answer, Lookup};
pub(crate) use assemble::{builtin_locales, finish, new_locale};
pub(crate) use chain::Chain;
pub use handle::Locale;
use shown::ShownCodes;
pub(crate) use shown::MAX_STATIC_UNKNOWN_CODES;
pub(crate) use storage::{LocaleData, NulStr};

pub use crate::codes::{match_code, Resolution};
use crate::detail::Detail;
use crate::locale;

/// The Fluent files the library ships for `locale` (`en-US`, `zh-CN`), as
/// the repository has them: each file's path (`catalog/zh-CN/errors.ftl`)
/// and text; `None` for a locale it does not ship. For translators' tools
/// (`smh-errors export --format xliff`).
pub fn builtin_files(locale: &str) -> Option<&'static [(&'static str, &'static str)]> {
    crate::codes::BUILTIN_LOCALES.iter().find(|(name, _)| *name == locale).map(|(_, files)| *files)
}

/// A code longer than this is not shown in the generic message.
pub const MAX_SHOWN_CODE_LEN: usize = 128;

/// A set of locales with a message for every code: the builtin catalog,
/// optionally with overlays loaded at run time. `Send + Sync`; share it.
pub struct Catalog {
    locales: Vec<LocaleData>,
    ids: Vec<LanguageIdentifier>,
    /// Chain for each locale's exact name.
    exact: Vec<Chain>,
    /// Each locale's name as a [`short_key`] ([`NO_SHORT_KEY`] for a long
    /// name), so that a request naming a locale exactly is matched without
    /// a call.
    short: Vec<u128>,
    /// Requests of at most 15 bytes negotiated so far (as a [`short_key`])
    /// and their chains: slots filled in order, each once, under
    /// `short_fill` (the number filled), and read without a lock.
    short_seen: Box<[OnceLock<(u128, Chain)>]>,
    short_fill: std::sync::Mutex<usize>,
    cache: RwLock<FxHashMap<Box<str>, Chain>>,
    default: OnceLock<Chain>,
    shown: ShownCodes,
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalog").field("locales", &self.locales().collect::<Vec<_>>()).finish()
    }
}
static BUILTIN: LazyLock<Catalog> = LazyLock::new(|| finish(builtin_locales()));

impl Catalog {
    /// The catalog compiled into the library (en-US and zh-CN, and the
    /// pseudo-locales built from en-US), built once on first use.
    #[inline]
    pub fn builtin() -> &'static Catalog {
        &BUILTIN
    }

    /// The catalog's locales: en-US first, then the other builtin ones
    /// (zh-CN, then the pseudo-locales en-XA and ar-XB), then those that
    /// overlays added.
    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.locales.iter().map(|l| &*l.name)
    }

    /// The name of the catalog's locale at `index` (in the order of
    /// [`Catalog::locales`]) as a NUL-terminated string kept by the catalog;
    /// `None` past the end.
    pub(crate) fn locale_c(&self, index: usize) -> Option<&CStr> {
        self.locales.get(index).map(|l| l.name_nul.as_c())
    }

    /// The locale handle for a request (BCP 47, POSIX or `Accept-Language`;
    /// anything else gives en-US). Resolve once, then look up many codes.
    #[inline]
    pub fn locale(&self, requested: &str) -> Locale<'_> {
        Locale { catalog: self, chain: self.chain_for(requested) }
    }

    /// The locale handle for the environment's default locale
    /// (`SMH_ERRORS_LOCALE`, `LC_ALL`, `LC_MESSAGES`, `LANG`, then en-US),
    /// read once per catalog.
    #[inline]
    pub fn default_locale(&self) -> Locale<'_> {
        let chain = *self.default.get_or_init(|| {
            let req = locale::env_locale().unwrap_or_default();
            self.negotiate_chain(&req)
        });
        Locale { catalog: self, chain }
    }

    /// The catalog locale that a request resolves to: `"zh-CN"` for
    /// `"zh_CN.UTF-8"`, `"en-US"` for `"C"` or garbage.
    pub fn negotiate(&self, requested: &str) -> &str {
        self.locale(requested).name()
    }

    /// Resolves `code` in `locale` (`None`: the default locale). Never fails:
    /// unknown codes get a parent's or the generic message.
    pub fn lookup<'a>(&'a self, code: &'a str, locale: Option<&str>) -> Lookup<'a> {
        self.locale_or_default(locale).lookup(code)
    }

    /// The localized detail of an error's server message in `locale`
    /// (`None`: the default locale): see [`Locale::detail`].
    pub fn detail(&self, code: &str, server_message: &str, locale: Option<&str>) -> Option<Detail<'_>> {
        self.locale_or_default(locale).detail(code, server_message)
    }

    /// Like [`Catalog::lookup`], formatting the message with `args` (a
    /// message's own variables; `$code` is always the code as asked).
    pub fn format<'a>(&'a self, code: &'a str, locale: Option<&str>, args: &FluentArgs<'_>) -> Lookup<'a> {
        self.locale_or_default(locale).format(code, args)
    }

    /// Answers `code` in `locale` (`None`: the default locale) with one
    /// search; see [`Answer`].
    #[inline]
    pub fn answer<'c, 'q>(&'c self, code: &'q str, locale: Option<&str>) -> Answer<'c, 'q> {
        self.locale_or_default(locale).answer(code)
    }

    /// The locale handle for a request, or for the default locale
    /// ([`Catalog::default_locale`]) when there is none: what every call
    /// that takes an optional locale resolves.
    #[inline]
    pub fn locale_or_default(&self, locale: Option<&str>) -> Locale<'_> {
        match locale {
            Some(l) => self.locale(l),
            None => self.default_locale(),
        }
    }
}
