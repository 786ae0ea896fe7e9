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

use std::borrow::Cow;
use std::ffi::CStr;
use std::fmt;
use std::sync::{LazyLock, OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rustc_hash::FxHashMap;
use unic_langid::LanguageIdentifier;

pub use crate::codes::{match_code, Resolution};
use crate::codes::{ErrorCode, Kind, Status, BUILTIN_LOCALES, PSEUDO_SOURCES};
use crate::detail::Detail;
use crate::format::{UNKNOWN_CODE_ID, UNKNOWN_ERROR_ID};
use crate::locale::{self, MAX_CHAIN};
pub use crate::overlay::{CatalogBuilder, CatalogError, CATALOG_DIR_ENV, MAX_LOCALES};

/// A code longer than this is not shown in the generic message.
pub const MAX_SHOWN_CODE_LEN: usize = 128;

/// At most this many distinct codes get a static text that shows them
/// (`ffi::AnswerExt::static_message`) per catalog; past that, an unknown
/// code's static text is the generic one that does not show it.
pub(crate) const MAX_STATIC_UNKNOWN_CODES: usize = 1024;

/// Message slots per locale: every code, then the two generic messages.
const UNKNOWN_CODE_SLOT: usize = ErrorCode::COUNT;
const UNKNOWN_ERROR_SLOT: usize = ErrorCode::COUNT + 1;
const SLOTS: usize = ErrorCode::COUNT + 2;

/// Distinct locale strings remembered per catalog, so that a caller passing
/// `"zh_CN.UTF-8"` on every call negotiates once.
const CHAIN_CACHE_CAP: usize = 1024;

/// Of those, the first this many of at most 15 bytes are found without a
/// lock (see [`Catalog::short_chain`]).
const SHORT_SEEN_CAP: usize = 32;

/// The answer to "what does this code mean, in this locale?". It borrows
/// from the catalog and from the code asked; exact and parent answers
/// allocate nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lookup<'c> {
    /// The code as asked (`InvalidParameterValue.Foo`).
    pub code: &'c str,
    /// The code whose message answered (`InvalidParameterValue`); `None` when
    /// the generic message answered.
    pub matched: Option<ErrorCode>,
    /// Whether the message is the code's own, a parent's, or the generic one.
    pub resolution: Resolution,
    /// The catalog locale that answered (`zh-CN`).
    pub locale: &'c str,
    /// The localized text.
    pub message: Cow<'c, str>,
    /// The matched code's kind; `None` for the generic message.
    pub kind: Option<Kind>,
    /// Whether a client may retry after a backoff: the matched code's policy,
    /// `false` for the generic message.
    pub retryable: bool,
    /// The answering message's `.doc-url` attribute, if it has one.
    pub doc_url: Option<&'c str>,
}

impl Lookup<'_> {
    /// The matched code as a string (`""` for the generic message).
    pub fn matched_str(&self) -> &'static str {
        self.matched.map_or("", ErrorCode::as_str)
    }

    /// The matched code's [`Status`]: whether a current source still
    /// carries it (`Retired`: only older SDK releases did); `None` for the
    /// generic message.
    pub fn status(&self) -> Option<Status> {
        self.matched.map(ErrorCode::status)
    }

    /// The answer as a JSON object with the shared vocabulary: `code`,
    /// `matched` (null for generic), `resolution`, `locale`, `message`,
    /// `kind` (null for generic), `retryable`, `status` (`current` or
    /// `retired`, null for generic), `doc_url` (null if none).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "code": self.code,
            "matched": self.matched.map(ErrorCode::as_str),
            "resolution": self.resolution.as_str(),
            "locale": self.locale,
            "message": self.message,
            "kind": self.kind.map(Kind::as_str),
            "retryable": self.retryable,
            "status": self.status().map(Status::as_str),
            "doc_url": self.doc_url,
        })
    }
}

/// The answer as `smh-errors explain` prints it (and every binding's command
/// line): `code [locale, how, kind, retryable]` (with `, retired` when the
/// matched code is retired), then the message indented, then
/// `see: <doc_url>` when there is one. No trailing newline.
impl fmt::Display for Lookup<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The code may come from the network: shown escaped.
        write!(f, "{} [{}, ", crate::text::Escaped(self.code), self.locale)?;
        match self.resolution {
            Resolution::Exact => f.write_str("exact")?,
            Resolution::Parent => write!(f, "via parent {}", self.matched_str())?,
            Resolution::Generic => f.write_str("unknown code")?,
        }
        if let Some(k) = self.kind {
            write!(f, ", {}, {}", k.as_str(), if self.retryable { "retryable" } else { "not retryable" })?;
        }
        if self.status() == Some(Status::Retired) {
            f.write_str(", retired")?;
        }
        write!(f, "]\n  {}", self.message)?;
        if let Some(u) = self.doc_url {
            write!(f, "\n  see: {u}")?;
        }
        Ok(())
    }
}

/// A message as the catalog keeps it.
enum Text {
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
    name_nul: NulStr,
    pub(crate) bundle: FluentBundle<FluentResource>,
    texts: Vec<Text>,
    /// Each slot's `.doc-url`, with a trailing NUL.
    doc_urls: Vec<Option<NulStr>>,
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
    fn new(text: &str) -> NulStr {
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

/// One code's static text in each locale of a catalog, each formatted on
/// first use and kept with a trailing NUL.
type ShownTexts = Box<[OnceLock<NulStr>]>;

/// The static texts of unknown codes seen so far (see
/// [`MAX_STATIC_UNKNOWN_CODES`]): slots filled once and never changed while
/// the catalog lives, so a text borrowed from one lives as long as the
/// catalog.
struct ShownCodes {
    /// code -> index in `slots`.
    index: RwLock<FxHashMap<Box<str>, usize>>,
    /// For each code, its text in each locale (formatted on first use, with
    /// a trailing NUL).
    slots: OnceLock<Box<[OnceLock<ShownTexts>]>>,
}

/// Indexes of the locales that answer a request, best first, ending in en-US.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(crate) struct Chain {
    idx: [u8; MAX_CHAIN],
    len: u8,
}

impl Chain {
    fn from_indexes(v: &[usize]) -> Chain {
        let mut c = Chain { idx: [0; MAX_CHAIN], len: 0 };
        for &i in v.iter().take(MAX_CHAIN) {
            c.idx[c.len as usize] = i as u8;
            c.len += 1;
        }
        c
    }
    #[inline]
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.idx[..self.len as usize].iter().map(|&i| i as usize)
    }
    #[inline]
    fn first(&self) -> usize {
        self.idx[0] as usize
    }
}

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

static GLOBAL: LazyLock<(Option<Catalog>, Option<CatalogError>)> = LazyLock::new(|| {
    let dirs = crate::overlay::env_dirs();
    if dirs.is_empty() {
        return (None, None);
    }
    match dirs.iter().fold(Catalog::builder(), |b, d| b.overlay_dir(d)).build() {
        Ok(c) => (Some(c), None),
        Err(e) => (None, Some(e)),
    }
});

impl Catalog {
    /// The catalog compiled into the library (en-US and zh-CN, and the
    /// pseudo-locales built from en-US), built once on first use.
    #[inline]
    pub fn builtin() -> &'static Catalog {
        &BUILTIN
    }

    /// The catalog the convenience functions use: the builtin one plus the
    /// overlays named by `SMH_ERRORS_CATALOG_DIR`, read once on first use. If
    /// those overlays are broken, this is the builtin catalog and
    /// [`Catalog::global_error`] says why.
    #[inline]
    pub fn global() -> &'static Catalog {
        GLOBAL.0.as_ref().unwrap_or_else(|| Catalog::builtin())
    }

    /// Why the overlays of `SMH_ERRORS_CATALOG_DIR` were not loaded, if they
    /// were not.
    pub fn global_error() -> Option<&'static CatalogError> {
        GLOBAL.1.as_ref()
    }

    /// A builder for a catalog with overlays.
    pub fn builder() -> CatalogBuilder {
        CatalogBuilder::new()
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
        self.handle(locale).lookup(code)
    }

    /// The localized detail of an error's server message in `locale`
    /// (`None`: the default locale): see [`Locale::detail`].
    pub fn detail(&self, code: &str, server_message: &str, locale: Option<&str>) -> Option<Detail<'_>> {
        self.handle(locale).detail(code, server_message)
    }

    /// Like [`Catalog::lookup`], formatting the message with `args` (a
    /// message's own variables; `$code` is always the code as asked).
    pub fn format<'a>(&'a self, code: &'a str, locale: Option<&str>, args: &FluentArgs<'_>) -> Lookup<'a> {
        self.handle(locale).format(code, args)
    }

    /// Answers `code` in `locale` (`None`: the default locale) with one
    /// search; see [`Answer`].
    #[inline]
    pub fn answer<'c, 'q>(&'c self, code: &'q str, locale: Option<&str>) -> Answer<'c, 'q> {
        self.handle(locale).answer(code)
    }

    /// [`Catalog::answer`] for a code and a locale given as bytes, which
    /// need not be UTF-8: the code is matched by its bytes
    /// ([`crate::match_bytes`]), and a generic answer never shows a
    /// code that is not UTF-8; a locale that is not UTF-8 is en-US, as
    /// garbage is; `None` is the default locale. A registered code and a
    /// locale named exactly are found without checking UTF-8.
    #[inline(always)]
    pub(crate) fn answer_bytes<'c, 'q>(&'c self, code: &'q [u8], locale: Option<&[u8]>) -> Answer<'c, 'q> {
        let chain = self.locale_bytes(locale).chain;
        let (matched, resolution) = crate::codes::match_bytes(code);
        let text = match matched {
            Some(c) if resolution == Resolution::Exact => c.as_str(),
            _ => std::str::from_utf8(code).unwrap_or(""),
        };
        self.answer_matched(text, matched, resolution, chain)
    }

    /// [`Catalog::locale`] for a request given as bytes: one that is not
    /// UTF-8 gives en-US, as garbage does; `None` is the default locale
    /// ([`Catalog::default_locale`]).
    #[inline(always)]
    pub(crate) fn locale_bytes(&self, requested: Option<&[u8]>) -> Locale<'_> {
        match requested {
            Some(r) => Locale { catalog: self, chain: self.chain_for_bytes(r) },
            None => self.default_locale(),
        }
    }

    fn handle(&self, locale: Option<&str>) -> Locale<'_> {
        match locale {
            Some(l) => self.locale(l),
            None => self.default_locale(),
        }
    }

    #[inline(always)]
    fn chain_for_bytes(&self, requested: &[u8]) -> Chain {
        match self.short_chain(requested) {
            Some(c) => c,
            None => self.chain_for_long(std::str::from_utf8(requested).unwrap_or("")),
        }
    }

    #[inline]
    fn chain_for(&self, requested: &str) -> Chain {
        match self.short_chain(requested.as_bytes()) {
            Some(c) => c,
            None => self.chain_for_long(requested),
        }
    }

    /// The chain of a request of at most 15 bytes, compared as one
    /// integer: a locale's exact name, else a request seen before
    /// (negotiated once, then found without a lock), else negotiated now
    /// (bytes that are not UTF-8 as garbage) and kept while there is room.
    /// `None` for a longer request, or a new one once the room is full.
    #[inline(always)]
    fn short_chain(&self, requested: &[u8]) -> Option<Chain> {
        let key = short_key(requested)?;
        if let Some(i) = self.short.iter().position(|&k| k == key) {
            return Some(self.exact[i]);
        }
        for slot in self.short_seen.iter() {
            match slot.get() {
                Some(&(k, chain)) if k == key => return Some(chain),
                Some(_) => {}
                None => return Some(self.remember_short(key, requested)),
            }
        }
        None
    }

    #[cold]
    fn remember_short(&self, key: u128, requested: &[u8]) -> Chain {
        let chain = self.negotiate_chain(std::str::from_utf8(requested).unwrap_or(""));
        let mut filled = self.short_fill.lock().unwrap_or_else(|e| e.into_inner());
        let seen = self.short_seen[..*filled].iter().any(|s| s.get().is_some_and(|&(k, _)| k == key));
        if !seen && *filled < self.short_seen.len() {
            let _ = self.short_seen[*filled].set((key, chain));
            *filled += 1;
        }
        chain
    }

    /// The chain of a request longer than 15 bytes (or past the short
    /// requests kept): a locale's exact name, else the requests kept
    /// under a lock, else negotiated now.
    fn chain_for_long(&self, requested: &str) -> Chain {
        if let Some(i) = self.locales.iter().position(|l| *l.name == *requested) {
            return self.exact[i];
        }
        if let Some(c) = self.cache.read().unwrap_or_else(|e| e.into_inner()).get(requested) {
            return *c;
        }
        let chain = self.negotiate_chain(requested);
        if requested.len() <= 256 {
            let mut cache = self.cache.write().unwrap_or_else(|e| e.into_inner());
            if cache.len() < CHAIN_CACHE_CAP {
                cache.insert(requested.into(), chain);
            }
        }
        chain
    }

    fn negotiate_chain(&self, requested: &str) -> Chain {
        Chain::from_indexes(&locale::negotiate(&locale::parse_requested(requested), &self.ids))
    }

    /// The one search: which message of which locale answers `code` in
    /// `chain`.
    #[inline]
    fn answer_in<'c, 'q>(&'c self, code: &'q str, chain: Chain) -> Answer<'c, 'q> {
        let (matched, resolution) = match_code(code);
        self.answer_matched(code, matched, resolution, chain)
    }

    /// The answer for `code`, once the code that answers it is known.
    #[inline(always)]
    fn answer_matched<'c, 'q>(
        &'c self,
        code: &'q str,
        matched: Option<ErrorCode>,
        resolution: Resolution,
        chain: Chain,
    ) -> Answer<'c, 'q> {
        let slot = match matched {
            Some(c) => c.index(),
            None if shows(code) => UNKNOWN_CODE_SLOT,
            None => UNKNOWN_ERROR_SLOT,
        };
        // The first locale of the chain with the message; en-US has them all.
        let li = self.first_with(chain, slot);
        Answer { catalog: self, code, matched, resolution, chain, li, slot }
    }

    /// The first locale of `chain` that has the message of `slot`.
    #[inline(always)]
    fn first_with(&self, chain: Chain, slot: usize) -> usize {
        chain.iter().find(|&i| !matches!(self.locales[i].texts[slot], Text::Missing)).unwrap_or(0)
    }

    /// The static text (with its trailing NUL) of `slot` in locale `li`
    /// formatted for `code`, from the table of codes seen so far; `None`
    /// when the table is full.
    pub(crate) fn shown_text(&self, li: usize, slot: usize, code: &str) -> Option<&NulStr> {
        let found = self.shown.index.read().unwrap_or_else(|e| e.into_inner()).get(code).copied();
        let idx = match found {
            Some(i) => i,
            None => {
                let mut index = self.shown.index.write().unwrap_or_else(|e| e.into_inner());
                match index.get(code) {
                    Some(&i) => i,
                    None if index.len() < MAX_STATIC_UNKNOWN_CODES => {
                        let i = index.len();
                        let slots = self.shown_slots();
                        let _ = slots[i].set((0..self.locales.len()).map(|_| OnceLock::new()).collect());
                        index.insert(code.into(), i);
                        i
                    }
                    None => return None,
                }
            }
        };
        let texts = self.shown_slots()[idx].get()?;
        let text = texts.get(li)?.get_or_init(|| NulStr::new(&self.format_slot(&self.locales[li], slot, code, None)));
        Some(text)
    }

    fn shown_slots(&self) -> &[OnceLock<ShownTexts>] {
        self.shown.slots.get_or_init(|| (0..MAX_STATIC_UNKNOWN_CODES).map(|_| OnceLock::new()).collect())
    }

    fn format_slot(&self, l: &LocaleData, slot: usize, code: &str, args: Option<&FluentArgs<'_>>) -> String {
        let id = slot_id(slot);
        let Some(pattern) = l.bundle.get_message(id).and_then(|m| m.value()) else {
            return String::new();
        };
        let mut all = FluentArgs::with_capacity(1 + args.map_or(0, |a| a.iter().count()));
        if let Some(a) = args {
            for (k, v) in a.iter().filter(|(k, _)| *k != "code") {
                all.set(k.to_string(), v.clone());
            }
        }
        all.set("code", FluentValue::from(code));
        let mut errors = Vec::new();
        l.bundle.format_pattern(pattern, Some(&all), &mut errors).into_owned()
    }
}

/// Never a [`short_key`] (its last byte, the length, is over 15).
const NO_SHORT_KEY: u128 = u128::MAX;

/// A locale name (or request) of at most 15 bytes as one integer: its bytes
/// (little-endian), then zeros, then its length in the last byte. Two short
/// strings are equal exactly when their keys are; `None` for a longer
/// string. Made in registers from (overlapping) loads: bytes stored to
/// memory and read back as one integer would stall the read.
#[inline]
fn short_key(b: &[u8]) -> Option<u128> {
    let n = b.len();
    if n > 15 {
        return None;
    }
    let u64_at = |i: usize| b.get(i..i + 8).and_then(|s| s.try_into().ok()).map_or(0, u64::from_le_bytes);
    let u32_at = |i: usize| b.get(i..i + 4).and_then(|s| s.try_into().ok()).map_or(0, u32::from_le_bytes);
    let (lo, hi) = if n >= 8 {
        // Bytes 8.. are the top n - 8 bytes of the last eight.
        let hi = if n == 8 { 0 } else { u64_at(n - 8) >> (8 * (16 - n)) };
        (u64_at(0), hi)
    } else if n >= 4 {
        // The last four shifted over the first four: the overlap agrees.
        (u64::from(u32_at(0)) | (u64::from(u32_at(n - 4)) << (8 * (n - 4))), 0)
    } else {
        (b.iter().enumerate().fold(0u64, |v, (i, &c)| v | (u64::from(c) << (8 * i))), 0)
    };
    Some(u128::from(lo) | (u128::from(hi) << 64) | ((n as u128) << 120))
}

/// Whether a code may be shown in the generic message: short, printable
/// ASCII, no spaces (so that a hostile code cannot inject lines into logs).
#[inline]
fn shows(code: &str) -> bool {
    !code.is_empty() && code.len() <= MAX_SHOWN_CODE_LEN && code.bytes().all(|b| b.is_ascii_graphic())
}

fn slot_id(slot: usize) -> &'static str {
    match slot {
        UNKNOWN_CODE_SLOT => UNKNOWN_CODE_ID,
        UNKNOWN_ERROR_SLOT => UNKNOWN_ERROR_ID,
        i => ErrorCode::ALL[i].fluent_id(),
    }
}

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

/// The complete answer to "what does code `q` mean in this locale?", found
/// by one search ([`Locale::answer`]): the code that matched, how, and which
/// message of which catalog locale answers. Every form of the answer (the
/// plain or formatted message, a [`Lookup`], a C string) is read from it,
/// without searching again. Cheap to copy; allocates nothing.
#[derive(Clone, Copy)]
pub struct Answer<'c, 'q> {
    catalog: &'c Catalog,
    /// The code as asked.
    pub code: &'q str,
    /// The code whose message answered; `None` for the generic message.
    pub matched: Option<ErrorCode>,
    /// Whether the code's own, a parent's or the generic message answered.
    pub resolution: Resolution,
    chain: Chain,
    /// The answering locale's index in the catalog.
    li: usize,
    /// The answering message: a code's index, or a generic slot.
    slot: usize,
}

impl fmt::Debug for Answer<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Answer")
            .field("code", &self.code)
            .field("matched", &self.matched)
            .field("resolution", &self.resolution)
            .field("locale", &self.locale())
            .finish()
    }
}

impl<'c, 'q> Answer<'c, 'q> {
    #[inline]
    fn data(&self) -> &'c LocaleData {
        &self.catalog.locales[self.li]
    }

    /// The catalog locale that answered (`zh-CN`).
    #[inline]
    pub fn locale(&self) -> &'c str {
        &self.data().name
    }

    /// [`Answer::locale`] as a NUL-terminated string kept by the catalog.
    #[inline]
    pub(crate) fn locale_c(&self) -> &'c CStr {
        self.data().name_nul.as_c()
    }

    /// The matched code's kind; `None` for the generic message.
    #[inline]
    pub fn kind(&self) -> Option<Kind> {
        self.matched.map(ErrorCode::kind)
    }

    /// The matched code's retry policy; `false` for the generic message.
    #[inline]
    pub fn retryable(&self) -> bool {
        self.matched.is_some_and(ErrorCode::retryable)
    }

    /// The answering message's `.doc-url` attribute, if it has one.
    #[inline]
    pub fn doc_url(&self) -> Option<&'c str> {
        self.data().doc_urls[self.slot].as_ref().map(NulStr::as_str)
    }

    /// [`Answer::doc_url`] as a NUL-terminated string kept by the catalog.
    #[inline]
    pub(crate) fn doc_url_c(&self) -> Option<&'c CStr> {
        self.data().doc_urls[self.slot].as_ref().map(NulStr::as_c)
    }

    /// The localized text: borrowed when it was formatted once at build
    /// time, formatted now (showing the code) when it has variables.
    #[inline(always)]
    pub fn message(&self) -> Cow<'c, str> {
        match &self.data().texts[self.slot] {
            Text::Plain(s) => Cow::Borrowed(s.as_str()),
            _ => Cow::Owned(self.format_now(None)),
        }
    }

    /// The text of a message with variables, formatted now.
    #[inline(never)]
    fn format_now(&self, args: Option<&FluentArgs<'_>>) -> String {
        self.catalog.format_slot(self.data(), self.slot, self.code, args)
    }

    /// The text formatted with `args` (a message's own variables; `$code` is
    /// always the code as asked).
    pub fn formatted(&self, args: &FluentArgs<'_>) -> Cow<'c, str> {
        match &self.data().texts[self.slot] {
            Text::Plain(s) => Cow::Borrowed(s.as_str()),
            _ => Cow::Owned(self.format_now(Some(args))),
        }
    }

    /// The localized text as the catalog keeps it, with its trailing NUL,
    /// equal to [`Answer::message`]: a text with variables (the generic
    /// message showing the code) is formatted once per code and locale and
    /// kept, for at most [`MAX_STATIC_UNKNOWN_CODES`] codes per catalog;
    /// past that, the generic text that does not show the code.
    #[inline]
    pub(crate) fn static_nul(&self) -> Option<&'c NulStr> {
        let cat = self.catalog;
        if let Text::Plain(s) = &self.data().texts[self.slot] {
            return Some(s);
        }
        if let Some(s) = cat.shown_text(self.li, self.slot, self.code) {
            return Some(s);
        }
        // The table is full: the generic text without the code, plain in
        // en-US at least (the build checks every locale).
        let li = cat.first_with(self.chain, UNKNOWN_ERROR_SLOT);
        [li, 0].into_iter().find_map(|i| match &cat.locales[i].texts[UNKNOWN_ERROR_SLOT] {
            Text::Plain(s) => Some(s),
            _ => None,
        })
    }

    /// The answer as a [`Lookup`], its message as [`Answer::message`].
    #[inline(always)]
    pub fn lookup<'a>(&self) -> Lookup<'a>
    where
        'c: 'a,
        'q: 'a,
    {
        self.lookup_with_message(self.message())
    }

    /// The answer as a [`Lookup`], its message formatted with `args`.
    pub fn format<'a>(&self, args: &FluentArgs<'_>) -> Lookup<'a>
    where
        'c: 'a,
        'q: 'a,
    {
        self.lookup_with_message(self.formatted(args))
    }

    #[inline(always)]
    fn lookup_with_message<'a>(&self, message: Cow<'c, str>) -> Lookup<'a>
    where
        'c: 'a,
        'q: 'a,
    {
        Lookup {
            code: self.code,
            matched: self.matched,
            resolution: self.resolution,
            locale: self.locale(),
            message,
            kind: self.kind(),
            retryable: self.retryable(),
            doc_url: self.doc_url(),
        }
    }
}

pub(crate) fn builtin_locales() -> Vec<LocaleData> {
    // The shipped locales, then the pseudo-locales (generated from en-US by
    // build.rs, so they load like any other).
    BUILTIN_LOCALES
        .iter()
        .chain(PSEUDO_SOURCES)
        .map(|(name, files)| {
            let mut l = new_locale(name);
            for (_, text) in files.iter() {
                // The build validated these files.
                let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
                let _ = l.bundle.add_resource(res);
            }
            l
        })
        .collect()
}

pub(crate) fn new_locale(name: &str) -> LocaleData {
    let id: LanguageIdentifier = name.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    // NUMBER(), the one function the validator allows (format::FUNCTIONS).
    let _ = bundle.add_builtins();
    LocaleData { name: name.into(), name_nul: NulStr::new(name), bundle, texts: Vec::new(), doc_urls: Vec::new() }
}

/// Formats every variable-free message once and negotiates each locale's own
/// chain.
pub(crate) fn finish(mut locales: Vec<LocaleData>) -> Catalog {
    for l in &mut locales {
        let mut texts = Vec::with_capacity(SLOTS);
        let mut docs = Vec::with_capacity(SLOTS);
        for slot in 0..SLOTS {
            let id = slot_id(slot);
            let msg = l.bundle.get_message(id);
            let text = match msg.as_ref().and_then(|m| m.value()) {
                None => Text::Missing,
                Some(p) => {
                    let mut errors = Vec::new();
                    let s = l.bundle.format_pattern(p, None, &mut errors);
                    if errors.is_empty() {
                        Text::Plain(NulStr::new(&s))
                    } else {
                        Text::Formatted
                    }
                }
            };
            let doc = msg.as_ref().and_then(|m| m.get_attribute("doc-url")).map(|a| {
                let mut errors = Vec::new();
                NulStr::new(&l.bundle.format_pattern(a.value(), None, &mut errors))
            });
            texts.push(text);
            docs.push(doc);
        }
        l.texts = texts;
        l.doc_urls = docs;
    }
    let ids: Vec<LanguageIdentifier> = locales.iter().map(|l| l.name.parse().unwrap_or_default()).collect();
    let exact = ids.iter().map(|id| Chain::from_indexes(&locale::negotiate(std::slice::from_ref(id), &ids))).collect();
    let shown = ShownCodes { index: RwLock::new(FxHashMap::default()), slots: OnceLock::new() };
    let short = locales.iter().map(|l| short_key(l.name.as_bytes()).unwrap_or(NO_SHORT_KEY)).collect();
    Catalog {
        locales,
        ids,
        exact,
        short,
        short_seen: (0..SHORT_SEEN_CAP).map(|_| OnceLock::new()).collect(),
        short_fill: std::sync::Mutex::new(0),
        cache: RwLock::new(FxHashMap::default()),
        default: OnceLock::new(),
        shown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ffi::{AnswerExt, LocaleExt};

    fn ja_partial() -> Catalog {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/overlays/ja-partial");
        Catalog::builder().overlay_dir(dir).build().expect("ja-partial builds")
    }

    /// ja-partial has `unknown-code` but not `unknown-error`: every form of
    /// the answer comes from the same message of the same locale.
    #[test]
    fn every_form_reads_the_same_message() {
        let cat = ja_partial();
        let ja = cat.locale("ja");
        let a = ja.answer("Nope.X");
        assert_eq!(a.locale(), "ja-JP");
        assert_eq!(a.locale_c().to_str(), Ok("ja-JP"));
        let shown = "リクエストはエラーコード Nope.X で失敗しました。";
        assert_eq!(a.message(), shown);
        assert_eq!(a.static_message(), shown);
        assert_eq!(a.static_message_c().to_str(), Ok(shown));
        assert_eq!(ja.lookup("Nope.X").message, shown);
        assert_eq!(ja.lookup("Nope.X").locale, "ja-JP");
        // The same pointer each time: kept by the catalog.
        assert_eq!(ja.static_message("Nope.X").as_ptr(), a.static_message().as_ptr());
        // A code not fit to show: `unknown-error`, which only en-US has here.
        for code in ["", "a b", "\n"] {
            let e = ja.answer(code);
            assert_eq!(e.locale(), "en-US", "{code:?}");
            assert_eq!(e.static_message(), "The request failed for an unknown reason.");
            assert_eq!(e.static_message(), e.message());
        }
        // A translated code and its link.
        let m = ja.answer("AuthFailure.MFAFailure");
        assert_eq!((m.locale(), m.static_message()), ("ja-JP", "MFA 認証に失敗しました。"));
        assert_eq!(m.doc_url(), Some("https://intl.cloud.tencent.com/ja/document/product/378"));
        assert_eq!(m.doc_url_c().map(|u| u.to_bytes()), m.doc_url().map(str::as_bytes));
    }

    #[test]
    fn unknown_codes_get_static_text_up_to_the_bound() {
        let cat = Catalog::builder().build().expect("builtin");
        let en = cat.locale("en-US");
        let zh = cat.locale("zh-CN");
        for i in 0..MAX_STATIC_UNKNOWN_CODES {
            let code = format!("Nope.N{i}");
            assert_eq!(en.static_message(&code), format!("The request failed with error code {code}."));
            assert_eq!(zh.static_message(&code), zh.message(&code));
        }
        // Seen codes keep their text; a new one past the bound does not show.
        assert_eq!(en.static_message("Nope.N0"), "The request failed with error code Nope.N0.");
        assert_eq!(en.static_message("Nope.Late"), "The request failed for an unknown reason.");
        assert_eq!(en.message("Nope.Late"), "The request failed with error code Nope.Late.");
        assert_eq!(zh.static_message("Nope.Late"), zh.static_message(""));
        // Registered and parent codes never use the table.
        assert_eq!(en.static_message("InvalidParameterValue.Foo"), en.message("InvalidParameterValue"));
    }

    #[test]
    fn a_short_key_is_the_bytes_then_zeros_then_the_length() {
        let text = b"zh_CN.UTF-8@abcd\xff";
        for n in 0..=text.len() {
            let b = &text[..n];
            let want = (n <= 15).then(|| {
                let mut k = [0u8; 16];
                k[..n].copy_from_slice(b);
                k[15] = n as u8;
                u128::from_le_bytes(k)
            });
            assert_eq!(short_key(b), want, "{n}");
        }
        assert_ne!(short_key(b"zh-CN"), short_key(b"zh-CN\0"));
    }

    #[test]
    fn short_requests_are_kept_in_order_then_past_the_room_in_the_cache() {
        let cat = Catalog::builder().build().expect("builtin");
        for round in 0..2 {
            for i in 0..(SHORT_SEEN_CAP * 2) {
                let (req, want) =
                    if i % 2 == 0 { (format!("zh_CN.{i}"), "zh-CN") } else { (format!("qq-{i}"), "en-US") };
                assert_eq!(cat.negotiate(&req), want, "{req} (round {round})");
                assert_eq!(cat.locale_bytes(Some(req.as_bytes())).name(), want, "{req}");
            }
        }
        assert_eq!(*cat.short_fill.lock().unwrap(), SHORT_SEEN_CAP);
        assert!(cat.short_seen.iter().all(|s| s.get().is_some()));
        // Past the room: kept in the locked cache.
        assert!(cat.cache.read().unwrap().contains_key("zh_CN.62"));
        // Bytes that are not UTF-8 are garbage, kept as such.
        let tiny = Catalog::builder().build().expect("builtin");
        assert_eq!(tiny.locale_bytes(Some(b"zh-\xff")).name(), "en-US");
        assert_eq!(tiny.locale_bytes(Some(b"zh-\xff")).name(), "en-US");
        assert_eq!(tiny.locale("zh_CN.UTF-8").name(), "zh-CN");
        assert_eq!(*tiny.short_fill.lock().unwrap(), 2);
    }

    #[test]
    fn a_kept_string_gives_rust_all_of_it_and_c_up_to_a_nul() {
        let plain = NulStr::new("abc");
        assert_eq!((plain.as_str(), plain.as_c().to_bytes()), ("abc", &b"abc"[..]));
        let inner = NulStr::new("ab\0cd");
        assert_eq!((inner.as_str(), inner.as_c().to_bytes()), ("ab\0cd", &b"ab"[..]));
        let empty = NulStr::new("");
        assert_eq!((empty.as_str(), empty.as_c().to_bytes()), ("", &b""[..]));
    }

    #[test]
    fn a_plain_text_is_kept_with_its_nul() {
        let cat = Catalog::builtin();
        for l in cat.locales() {
            for c in ErrorCode::ALL {
                let a = cat.locale(l).answer(c.as_str());
                assert_eq!(a.static_message().as_bytes(), a.static_message_c().to_bytes(), "{l} {c:?}");
                assert_eq!(a.static_message(), a.message());
            }
        }
        assert_eq!(cat.locale_c(0).map(CStr::to_bytes), Some(&b"en-US"[..]));
        assert_eq!(cat.locale_c(cat.locales().count()), None);
    }
}
