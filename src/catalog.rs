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
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{LazyLock, OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rustc_hash::FxHashMap;
use unic_langid::LanguageIdentifier;

use crate::check::{self, Shapes, SOURCE_LOCALE, UNKNOWN_CODE_ID, UNKNOWN_ERROR_ID};
use crate::codes::{ErrorCode, Kind, BUILTIN_LOCALES, MAX_CODE_LEN, PSEUDO_SOURCES};
use crate::diag::Diagnostic;
use crate::locale::{self, MAX_CHAIN};

/// A code longer than this is not shown in the generic message.
pub const MAX_SHOWN_CODE_LEN: usize = 128;

/// The environment variable naming overlay catalog directories (a path list,
/// `:`-separated on Unix) that the [global](Catalog::global) catalog loads.
pub const CATALOG_DIR_ENV: &str = "SMH_ERRORS_CATALOG_DIR";

/// The most locales one catalog holds (builtin and overlays together).
pub const MAX_LOCALES: usize = 250;

/// Message slots per locale: every code, then the two generic messages.
const UNKNOWN_CODE_SLOT: usize = ErrorCode::COUNT;
const UNKNOWN_ERROR_SLOT: usize = ErrorCode::COUNT + 1;
const SLOTS: usize = ErrorCode::COUNT + 2;

/// Distinct locale strings remembered per catalog, so that a caller passing
/// `"zh_CN.UTF-8"` on every call negotiates once.
const CHAIN_CACHE_CAP: usize = 1024;

/// How a lookup found its message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Resolution {
    /// The code's own message.
    Exact,
    /// The message of the nearest registered ancestor of an unknown code.
    Parent,
    /// The generic message for unknown codes.
    Generic,
}

impl Resolution {
    /// `"exact"`, `"parent"` or `"generic"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Resolution::Exact => "exact",
            Resolution::Parent => "parent",
            Resolution::Generic => "generic",
        }
    }
}

impl fmt::Display for Resolution {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

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

struct LocaleData {
    name: Box<str>,
    bundle: FluentBundle<FluentResource>,
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

/// A catalog that could not be built: every problem, each with
/// `file:line:col`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    /// The problems, in the order found.
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors = self.diagnostics.iter().filter(|d| d.is_error()).count();
        write!(f, "the catalog overlay has {errors} error(s)")?;
        for d in &self.diagnostics {
            write!(f, "\n{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CatalogError {}

static BUILTIN: LazyLock<Catalog> = LazyLock::new(|| finish(builtin_locales()));

static GLOBAL: LazyLock<(Option<Catalog>, Option<CatalogError>)> = LazyLock::new(|| {
    let dirs: Vec<PathBuf> = match std::env::var_os(CATALOG_DIR_ENV) {
        Some(v) if !v.is_empty() => std::env::split_paths(&v).filter(|p| !p.as_os_str().is_empty()).collect(),
        _ => Vec::new(),
    };
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

/// Which registered code answers `code`: itself (exact), its nearest
/// registered ancestor (parent), or none (generic). Never allocates.
pub fn match_code(code: &str) -> (Option<ErrorCode>, Resolution) {
    if let Some(c) = ErrorCode::from_code(code) {
        return (Some(c), Resolution::Exact);
    }
    // Only a prefix no longer than the longest code can be one, so a huge
    // code of many segments costs no more than a short one.
    let bytes = code.as_bytes();
    let head = &bytes[..bytes.len().min(MAX_CODE_LEN + 1)];
    for (i, _) in head.iter().enumerate().rev().filter(|(_, &b)| b == b'.') {
        // `.` is ASCII, so `i` is a character boundary.
        if let Some(c) = ErrorCode::from_code(&code[..i]) {
            return (Some(c), Resolution::Parent);
        }
    }
    (None, Resolution::Generic)
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

/// Builds a [`Catalog`]: the builtin locales, then overlay directories and
/// sources, each laid out as `<dir>/<locale>/*.ftl`. An overlay adds a locale
/// (a partial one falls back along the locale chain) or overrides messages of
/// an existing one. Every overlay file is validated as the build validates
/// the shipped catalog.
#[derive(Debug, Default)]
pub struct CatalogBuilder {
    dirs: Vec<PathBuf>,
    sources: Vec<(String, String, String)>,
}

impl CatalogBuilder {
    /// A builder holding the builtin locales.
    pub fn new() -> CatalogBuilder {
        CatalogBuilder::default()
    }

    /// Adds an overlay directory of locale folders (`<dir>/ja-JP/*.ftl`).
    /// Later overlays override earlier ones.
    pub fn overlay_dir(mut self, dir: impl AsRef<Path>) -> CatalogBuilder {
        self.dirs.push(dir.as_ref().to_path_buf());
        self
    }

    /// Adds one overlay file given as text: `locale` (`ja-JP`), a `name` for
    /// diagnostics, and the FTL source. Applied after the directories.
    pub fn overlay_source(mut self, locale: &str, name: &str, ftl: impl Into<String>) -> CatalogBuilder {
        self.sources.push((locale.to_string(), name.to_string(), ftl.into()));
        self
    }

    /// Every problem the overlays have, errors and warnings, without
    /// building anything: what `smh-errors check` reports for an overlay.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        self.validate().1
    }

    /// Builds the catalog, or returns every problem of every overlay.
    pub fn build(self) -> Result<Catalog, CatalogError> {
        let (groups, diags) = self.validate();
        if diags.iter().any(Diagnostic::is_error) {
            return Err(CatalogError { diagnostics: diags });
        }
        let mut cat = builtin_locales();
        for (loc, files) in groups {
            let li = match cat.iter().position(|l| *l.name == *loc) {
                Some(i) => i,
                None => {
                    cat.push(new_locale(&loc));
                    cat.len() - 1
                }
            };
            for (_, text) in files {
                // Validated above: parse errors cannot happen here.
                let res = FluentResource::try_new(text).unwrap_or_else(|(r, _)| r);
                cat[li].bundle.add_resource_overriding(res);
            }
        }
        Ok(finish(cat))
    }

    /// Reads every overlay and checks each locale folder against en-US and
    /// what its locale already has. Returns (locale, files) groups in
    /// application order, and every problem.
    #[allow(clippy::type_complexity)]
    fn validate(&self) -> (Vec<(String, Vec<(String, String)>)>, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let mut groups: Vec<(String, Vec<(String, String)>)> = Vec::new();
        for dir in &self.dirs {
            let before = diags.len();
            let folders = check::read_catalog_dir(dir, &mut diags);
            if folders.is_empty() && diags.len() == before {
                diags.push(Diagnostic::whole_file(
                    &dir.display().to_string(),
                    "no-locales",
                    "this overlay directory has no locale folder (such as `ja-JP/`)".into(),
                ));
            }
            groups.extend(folders.into_iter().map(|f| (f.name, f.files)));
        }
        for (loc, name, text) in &self.sources {
            match locale::canonical(loc) {
                Some(l) => groups.push((l, vec![(name.clone(), text.clone())])),
                None => diags.push(Diagnostic::whole_file(
                    name,
                    "bad-locale",
                    format!("`{loc}` is not a locale tag such as `ja-JP`"),
                )),
            }
        }
        if groups.is_empty() {
            return (groups, diags);
        }
        let mut names: Vec<&str> = BUILTIN_LOCALES.iter().map(|(n, _)| *n).collect();
        names.extend(groups.iter().map(|(n, _)| n.as_str()));
        names.sort_unstable();
        names.dedup();
        if names.len() > MAX_LOCALES {
            diags.push(Diagnostic::whole_file(
                &self.dirs.first().map(|d| d.display().to_string()).unwrap_or_default(),
                "too-many-locales",
                format!("the overlays add up to {} locales; a catalog holds at most {MAX_LOCALES}", names.len()),
            ));
            return (groups, diags);
        }
        let builtin_shapes = builtin_shapes();
        let ids = check::expected_ids(ErrorCode::ALL.iter().map(|c| c.as_str()));
        let source = &builtin_shapes[SOURCE_LOCALE];
        let mut have: BTreeMap<String, Shapes> = builtin_shapes.clone();
        for (loc, files) in &groups {
            let f: Vec<check::File<'_>> = files.iter().map(|(p, t)| check::File { path: p, text: t }).collect();
            let base = have.get(loc).cloned();
            let expect =
                check::Expect { locale: loc, ids: &ids, source: Some(source), complete: false, base: base.as_ref() };
            let (shapes, d) = check::check_locale(&f, &expect);
            diags.extend(d);
            let entry = have.entry(loc.clone()).or_default();
            entry.messages.extend(shapes.messages);
            entry.terms.extend(shapes.terms);
        }
        (groups, diags)
    }
}

/// Checks a catalog directory as `smh-errors check DIR` does: a full catalog
/// (with `codes.toml`) as the build checks the shipped one, or an overlay of
/// locale folders as [`CatalogBuilder::build`] checks it. Returns every
/// problem, errors and warnings, each with `file:line:col`.
pub fn check_dir(dir: &Path) -> Vec<Diagnostic> {
    if dir.join("codes.toml").is_file() {
        check::check_catalog_dir(dir).diagnostics
    } else {
        Catalog::builder().overlay_dir(dir).diagnostics()
    }
}

/// How much of the registry each locale folder of a catalog directory
/// translates (`smh-errors coverage DIR`): a full catalog (with
/// `codes.toml`) against its own registry, an overlay against the builtin
/// one. Problems reading the directory come back as diagnostics.
pub fn coverage_dir(dir: &Path) -> (Vec<check::Coverage>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let reg = dir.join("codes.toml");
    let ids = if reg.is_file() {
        let shown = reg.display().to_string();
        let parsed = std::fs::read_to_string(&reg)
            .map_err(|e| vec![Diagnostic::whole_file(&shown, "unreadable", format!("cannot read the registry: {e}"))])
            .and_then(|t| crate::registry::parse_registry(&shown, &t));
        match parsed {
            Ok(codes) => check::expected_ids(codes.iter().map(|c| c.code.as_str())),
            Err(d) => return (Vec::new(), d),
        }
    } else {
        check::expected_ids(ErrorCode::ALL.iter().map(|c| c.as_str()))
    };
    let folders = check::read_catalog_dir(dir, &mut diags);
    let table = folders
        .iter()
        .map(|l| {
            let files: Vec<check::File<'_>> = l.files.iter().map(|(p, t)| check::File { path: p, text: t }).collect();
            check::coverage(&l.name, &files, &ids)
        })
        .collect();
    (table, diags)
}

fn builtin_locales() -> Vec<LocaleData> {
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

fn new_locale(name: &str) -> LocaleData {
    let id: LanguageIdentifier = name.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    // NUMBER(), the one function the validator allows (check::FUNCTIONS).
    let _ = bundle.add_builtins();
    LocaleData { name: name.into(), bundle, texts: Vec::new(), doc_urls: Vec::new() }
}

/// Formats every variable-free message once and negotiates each locale's own
/// chain.
fn finish(mut locales: Vec<LocaleData>) -> Catalog {
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

/// The shapes of the builtin locales, for validating overlays against.
fn builtin_shapes() -> BTreeMap<String, Shapes> {
    let ids = check::expected_ids(ErrorCode::ALL.iter().map(|c| c.as_str()));
    BUILTIN_LOCALES
        .iter()
        .map(|(name, files)| {
            let f: Vec<check::File<'_>> = files.iter().map(|(p, t)| check::File { path: p, text: t }).collect();
            let (shapes, _) = check::check_locale(
                &f,
                &check::Expect { locale: name, ids: &ids, source: None, complete: false, base: None },
            );
            (name.to_string(), shapes)
        })
        .collect()
}
