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

use std::borrow::Cow;
use std::fmt;
use std::sync::{LazyLock, OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rustc_hash::FxHashMap;
use unic_langid::LanguageIdentifier;

pub use crate::codes::{match_code, Resolution};
use crate::codes::{ErrorCode, Kind, BUILTIN_LOCALES, PSEUDO_SOURCES};
use crate::format::{UNKNOWN_CODE_ID, UNKNOWN_ERROR_ID};
use crate::locale::{self, MAX_CHAIN};
pub use crate::overlay::{CatalogBuilder, CatalogError, CATALOG_DIR_ENV, MAX_LOCALES};

/// A code longer than this is not shown in the generic message.
pub const MAX_SHOWN_CODE_LEN: usize = 128;

/// Message slots per locale: every code, then the two generic messages.
const UNKNOWN_CODE_SLOT: usize = ErrorCode::COUNT;
const UNKNOWN_ERROR_SLOT: usize = ErrorCode::COUNT + 1;
const SLOTS: usize = ErrorCode::COUNT + 2;

/// Distinct locale strings remembered per catalog, so that a caller passing
/// `"zh_CN.UTF-8"` on every call negotiates once.
const CHAIN_CACHE_CAP: usize = 1024;

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

    /// The answer as a JSON object with the shared vocabulary: `code`,
    /// `matched` (null for generic), `resolution`, `locale`, `message`,
    /// `kind` (null for generic), `retryable`, `doc_url` (null if none).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "code": self.code,
            "matched": self.matched.map(ErrorCode::as_str),
            "resolution": self.resolution.as_str(),
            "locale": self.locale,
            "message": self.message,
            "kind": self.kind.map(Kind::as_str),
            "retryable": self.retryable,
            "doc_url": self.doc_url,
        })
    }
}

/// The answer as `smh-errors explain` prints it (and every binding's command
/// line): `code [locale, how, kind, retryable]`, then the message indented,
/// then `see: <doc_url>` when there is one. No trailing newline.
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
    /// Formatted once at build time.
    Plain(Box<str>),
    /// Has variables: formatted at each lookup.
    Formatted,
}

pub(crate) struct LocaleData {
    pub(crate) name: Box<str>,
    pub(crate) bundle: FluentBundle<FluentResource>,
    texts: Vec<Text>,
    doc_urls: Vec<Option<Box<str>>>,
}

/// Indexes of the locales that answer a request, best first, ending in en-US.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Chain {
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
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.idx[..self.len as usize].iter().map(|&i| i as usize)
    }
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
    cache: RwLock<FxHashMap<Box<str>, Chain>>,
    default: OnceLock<Chain>,
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
    pub fn builtin() -> &'static Catalog {
        &BUILTIN
    }

    /// The catalog the convenience functions use: the builtin one plus the
    /// overlays named by `SMH_ERRORS_CATALOG_DIR`, read once on first use. If
    /// those overlays are broken, this is the builtin catalog and
    /// [`Catalog::global_error`] says why.
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

    /// The locale handle for a request (BCP 47, POSIX or `Accept-Language`;
    /// anything else gives en-US). Resolve once, then look up many codes.
    pub fn locale(&self, requested: &str) -> Locale<'_> {
        Locale { catalog: self, chain: self.chain_for(requested) }
    }

    /// The locale handle for the environment's default locale
    /// (`SMH_ERRORS_LOCALE`, `LC_ALL`, `LC_MESSAGES`, `LANG`, then en-US),
    /// read once per catalog.
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

    /// Like [`Catalog::lookup`], formatting the message with `args` (a
    /// message's own variables; `$code` is always the code as asked).
    pub fn format<'a>(&'a self, code: &'a str, locale: Option<&str>, args: &FluentArgs<'_>) -> Lookup<'a> {
        self.handle(locale).format(code, args)
    }

    fn handle(&self, locale: Option<&str>) -> Locale<'_> {
        match locale {
            Some(l) => self.locale(l),
            None => self.default_locale(),
        }
    }

    fn chain_for(&self, requested: &str) -> Chain {
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

    /// Which message answers `code` in `chain`: (locale index, slot,
    /// matched code, resolution).
    fn find(&self, code: &str, chain: Chain) -> (usize, usize, Option<ErrorCode>, Resolution) {
        let (matched, resolution) = match_code(code);
        let slot = match matched {
            Some(c) => c.index(),
            None if shows(code) => UNKNOWN_CODE_SLOT,
            None => UNKNOWN_ERROR_SLOT,
        };
        // The first locale of the chain with the message; en-US has them all.
        let li = chain.iter().find(|&i| !matches!(self.locales[i].texts[slot], Text::Missing)).unwrap_or(0);
        (li, slot, matched, resolution)
    }

    /// The text of `slot` in locale `li`: borrowed when formatted once at
    /// build time, formatted now when it has variables.
    fn text(&self, li: usize, slot: usize, code: &str, args: Option<&FluentArgs<'_>>) -> Cow<'_, str> {
        let l = &self.locales[li];
        match &l.texts[slot] {
            Text::Plain(s) => Cow::Borrowed(&**s),
            _ => Cow::Owned(self.format_slot(l, slot, code, args)),
        }
    }

    fn resolve<'a>(&'a self, code: &'a str, chain: Chain, args: Option<&FluentArgs<'_>>) -> Lookup<'a> {
        let (li, slot, matched, resolution) = self.find(code, chain);
        let l = &self.locales[li];
        Lookup {
            code,
            matched,
            resolution,
            locale: &l.name,
            message: self.text(li, slot, code, args),
            kind: matched.map(ErrorCode::kind),
            retryable: matched.is_some_and(ErrorCode::retryable),
            doc_url: l.doc_urls[slot].as_deref(),
        }
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

/// Whether a code may be shown in the generic message: short, printable
/// ASCII, no spaces (so that a hostile code cannot inject lines into logs).
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
    catalog: &'c Catalog,
    chain: Chain,
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

    /// Every catalog locale tried, in order; the last is en-US.
    pub fn chain(&self) -> impl Iterator<Item = &'c str> + '_ {
        let cat = self.catalog;
        self.chain.iter().map(move |i| &*cat.locales[i].name)
    }

    /// Resolves `code` in this locale. An exact or parent lookup allocates
    /// nothing.
    pub fn lookup<'a>(&self, code: &'a str) -> Lookup<'a>
    where
        'c: 'a,
    {
        self.catalog.resolve(code, self.chain, None)
    }

    /// The localized text of `code` in this locale; allocates only for the
    /// generic message that shows the code.
    pub fn message(&self, code: &str) -> Cow<'c, str> {
        let (li, slot, _, _) = self.catalog.find(code, self.chain);
        self.catalog.text(li, slot, code, None)
    }

    /// The localized text of `code` as a string that lives as long as the
    /// catalog, never allocating: the exact or parent message, or for a code
    /// the catalog does not know, the generic `unknown-error` text (which
    /// does not show the code). For callers that cannot own a string, such
    /// as a C API returning `const char *`.
    pub fn static_message(&self, code: &str) -> &'c str {
        let (li, slot, _, _) = self.catalog.find(code, self.chain);
        let slot = if slot == UNKNOWN_CODE_SLOT { UNKNOWN_ERROR_SLOT } else { slot };
        let li =
            self.chain.iter().find(|&i| !matches!(self.catalog.locales[i].texts[slot], Text::Missing)).unwrap_or(li);
        match &self.catalog.locales[li].texts[slot] {
            Text::Plain(s) => s,
            // A message with variables has no static text; en-US's
            // `unknown-error` is plain (the build checks every locale).
            _ => match &self.catalog.locales[0].texts[UNKNOWN_ERROR_SLOT] {
                Text::Plain(s) => s,
                _ => "",
            },
        }
    }

    /// Like [`Locale::lookup`], formatting the message with `args`.
    pub fn format<'a>(&self, code: &'a str, args: &FluentArgs<'_>) -> Lookup<'a>
    where
        'c: 'a,
    {
        self.catalog.resolve(code, self.chain, Some(args))
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
    LocaleData { name: name.into(), bundle, texts: Vec::new(), doc_urls: Vec::new() }
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
                        Text::Plain(s.into())
                    } else {
                        Text::Formatted
                    }
                }
            };
            let doc = msg.as_ref().and_then(|m| m.get_attribute("doc-url")).map(|a| {
                let mut errors = Vec::new();
                Box::<str>::from(l.bundle.format_pattern(a.value(), None, &mut errors))
            });
            texts.push(text);
            docs.push(doc);
        }
        l.texts = texts;
        l.doc_urls = docs;
    }
    let ids: Vec<LanguageIdentifier> = locales.iter().map(|l| l.name.parse().unwrap_or_default()).collect();
    let exact = ids.iter().map(|id| Chain::from_indexes(&locale::negotiate(std::slice::from_ref(id), &ids))).collect();
    Catalog { locales, ids, exact, cache: RwLock::new(FxHashMap::default()), default: OnceLock::new() }
}
