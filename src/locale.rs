//! Locale rules: reading what a caller asked for, and choosing the catalog
//! locales that answer it, in order.
//!
//! Every rule about locales lives here:
//!
//! * Input is forgiving: BCP 47 (`zh-Hans-CN`, `en`), POSIX (`zh_CN.UTF-8`,
//!   `de_DE@euro`), any case, and `Accept-Language` lists with q-values.
//!   Empty, `C`, `POSIX`, `*` and garbage ask for nothing, so the source
//!   locale (en-US) answers: never an error.
//! * Chinese of any script or region (`zh`, `zh-TW`, `zh-Hant-HK`, `cmn`,
//!   `yue`, ...) resolves to a loaded Chinese catalog of the same script
//!   (same region first) and then to zh-CN: see [`CHINESE_LANGUAGES`] and
//!   [`TRADITIONAL_REGIONS`]. This is decided here, not left to whatever
//!   generic negotiation returns.
//! * Other languages use fluent-langneg's filtering negotiation.
//! * The pseudo-locales ([`PSEUDO_LOCALES`]) answer only a request for
//!   exactly their tag: `en`, `en-GB`, `ar`, `ar-EG` or `*` never get one.
//! * Every chain ends in en-US, which has every message.
//! * Limits: only the first 16 entries of an `Accept-Language` list are read;
//!   a tag longer than 64 bytes asks for nothing; a q-value that is not an
//!   RFC 9110 qvalue (`q=1.5`, `q=0.0001`, `q=abc`) counts as absent (1).
//!   A chain holds at most 8 locales.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

use crate::format::SOURCE_LOCALE;

/// Environment variables that give the default locale, first set and
/// non-empty wins (POSIX order, with our own variable first).
pub const LOCALE_ENV_VARS: [&str; 4] = ["SMH_ERRORS_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"];

/// Language subtags treated as Chinese: `zh`, its three-letter forms
/// `zho`/`chi`, and the ISO 639-3 members of the Chinese macrolanguage that
/// software tags text with.
pub const CHINESE_LANGUAGES: [&str; 10] = ["zh", "zho", "chi", "cmn", "yue", "wuu", "hak", "nan", "gan", "hsn"];

/// Regions whose Chinese is written in Traditional script when the tag names
/// no script.
pub const TRADITIONAL_REGIONS: [&str; 3] = ["TW", "HK", "MO"];

/// The pseudo-locales, built from en-US for testing how a program's screens
/// cope: `en-XA` (accented, about 30% longer) and `ar-XB` (mirrored letters,
/// right to left). Negotiation gives one only to a request for exactly that
/// tag (`en-XA`, `en_XA.UTF-8`, `en-xa`), never to `en`, `ar`, `ar-EG`, `*`
/// or a list that does not name it.
pub const PSEUDO_LOCALES: [&str; 2] = ["en-XA", "ar-XB"];

/// Whether `id` is one of the [`PSEUDO_LOCALES`].
pub(crate) fn is_pseudo(id: &LanguageIdentifier) -> bool {
    id.variants().next().is_none()
        && id.script.is_none()
        && matches!(
            (id.language.as_str(), id.region.as_ref().map(|r| r.as_str())),
            ("en", Some("XA")) | ("ar", Some("XB"))
        )
}

/// Longest locale chain kept (requested locales, their fallbacks, en-US).
pub(crate) const MAX_CHAIN: usize = 8;

/// At most this many entries of an `Accept-Language` list are read.
const MAX_REQUESTED: usize = 16;

/// A tag longer than this is not a locale (the validator's limit).
const MAX_TAG_LEN: usize = smh_errors_check::MAX_TAG_LEN;

/// The default locale string from the environment ([`LOCALE_ENV_VARS`]), if
/// any is set and non-empty.
pub fn env_locale() -> Option<String> {
    LOCALE_ENV_VARS.iter().filter_map(|v| std::env::var(v).ok()).find(|s| !s.trim().is_empty())
}

/// Reads a locale request (one tag, POSIX name or `Accept-Language` list)
/// into language identifiers, most wanted first. Entries that ask for nothing
/// (`C`, `*`, garbage, `q=0`) are dropped, so the result may be empty.
pub(crate) fn parse_requested(input: &str) -> Vec<LanguageIdentifier> {
    let mut weighted: Vec<(u16, LanguageIdentifier)> = Vec::new();
    for entry in input.split(',').take(MAX_REQUESTED) {
        let mut parts = entry.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let mut q = 1000u16;
        for p in parts {
            let p = p.trim();
            if let Some(v) = p.strip_prefix("q=").or_else(|| p.strip_prefix("Q=")) {
                q = qvalue(v.trim()).unwrap_or(1000);
            }
        }
        if q == 0 {
            continue;
        }
        if let Some(id) = parse_tag(tag) {
            if !weighted.iter().any(|(_, w)| *w == id) {
                weighted.push((q, id));
            }
        }
    }
    // Stable: equal weights keep the caller's order.
    weighted.sort_by_key(|w| std::cmp::Reverse(w.0));
    weighted.into_iter().map(|(_, id)| id).collect()
}

/// An HTTP qvalue in thousandths (RFC 9110: `0`, `0.5`, `0.125`, `1`,
/// `1.000`; at most three decimals, at most 1), or `None` if it is not one.
fn qvalue(v: &str) -> Option<u16> {
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{frac:0<3}").parse::<u16>().ok()?;
    match int {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// Reads one tag, BCP 47 or POSIX, forgivingly; `None` when it asks for no
/// particular language.
pub(crate) fn parse_tag(tag: &str) -> Option<LanguageIdentifier> {
    let tag = tag.trim();
    // POSIX: language[_territory][.codeset][@modifier]
    let tag = tag.split(['.', '@']).next().unwrap_or("");
    if tag.is_empty() || tag.len() > MAX_TAG_LEN {
        return None;
    }
    if tag == "*" || tag.eq_ignore_ascii_case("C") || tag.eq_ignore_ascii_case("POSIX") {
        return None;
    }
    let tag = tag.replace('_', "-");
    // Drop trailing subtags (extensions, private use) until what is left parses.
    let mut candidate = tag.as_str();
    // The syntax is the validator's (one rule for folder names and requests).
    loop {
        if LanguageIdentifier::from_bytes(candidate.as_bytes()).is_ok() {
            return smh_errors_check::parse_locale_tag(candidate);
        }
        candidate = &candidate[..candidate.rfind('-')?];
    }
}

/// The canonical spelling of a locale tag (`zh_cn` -> `zh-CN`), or `None` if
/// it is not one.
pub fn canonical(tag: &str) -> Option<String> {
    parse_tag(tag).map(|id| id.to_string())
}

fn is_chinese(id: &LanguageIdentifier) -> bool {
    CHINESE_LANGUAGES.contains(&id.language.as_str())
}

/// `"Hant"` or `"Hans"`: the script of a Chinese tag, explicit or implied.
fn chinese_script(id: &LanguageIdentifier) -> &'static str {
    if let Some(s) = id.script {
        return if s.as_str().eq_ignore_ascii_case("Hant") { "Hant" } else { "Hans" };
    }
    if id.language.as_str() == "yue" {
        return "Hant";
    }
    match id.region {
        Some(r) if TRADITIONAL_REGIONS.contains(&r.as_str()) => "Hant",
        _ => "Hans",
    }
}

/// The catalog locales that answer `requested`, as indexes into `available`,
/// best first, ending with the source locale (en-US). `available` must hold
/// the source locale.
pub(crate) fn negotiate(requested: &[LanguageIdentifier], available: &[LanguageIdentifier]) -> Vec<usize> {
    let mut chain: Vec<usize> = Vec::new();
    let push = |i: usize, chain: &mut Vec<usize>| {
        if !chain.contains(&i) && chain.len() < MAX_CHAIN - 1 {
            chain.push(i);
        }
    };
    let zh_cn = available.iter().position(|a| {
        a.language.as_str() == "zh" && a.region.is_some_and(|r| r.as_str() == "CN") && chinese_script(a) == "Hans"
    });
    for r in requested {
        if is_chinese(r) {
            let script = chinese_script(r);
            let mut same: Vec<(u8, usize)> = available
                .iter()
                .enumerate()
                .filter(|(_, a)| is_chinese(a) && chinese_script(a) == script)
                .map(|(i, a)| {
                    let score = if a == r {
                        0
                    } else if a.language == r.language && a.region == r.region {
                        1
                    } else if a.region == r.region {
                        2
                    } else {
                        3
                    };
                    (score, i)
                })
                .collect();
            same.sort();
            for (_, i) in same {
                push(i, &mut chain);
            }
            if let Some(i) = zh_cn {
                push(i, &mut chain);
            }
        } else if is_pseudo(r) {
            // Only the exact tag selects a pseudo-locale.
            if let Some(i) = available.iter().position(|a| a == r) {
                push(i, &mut chain);
            }
        } else {
            // Pseudo-locales take no part in ordinary negotiation.
            let real: Vec<&LanguageIdentifier> = available.iter().filter(|a| !is_pseudo(a)).collect();
            let found = negotiate_languages(std::slice::from_ref(r), &real, None, NegotiationStrategy::Filtering);
            for m in found {
                if let Some(i) = available.iter().position(|a| a == *m) {
                    push(i, &mut chain);
                }
            }
        }
    }
    let source = available.iter().position(|a| *a == SOURCE_LOCALE).unwrap_or(0);
    // en-US has every message: nothing after it is ever used.
    match chain.iter().position(|&i| i == source) {
        Some(at) => chain.truncate(at + 1),
        None => chain.push(source),
    }
    chain
}

/// Whether a catalog locale named `name` that is not English would answer a
/// request for `en` or `en-GB` ahead of the source locale: such an overlay is
/// refused (it would take English away from English speakers).
pub(crate) fn takes_english(name: &str) -> bool {
    let Some(id) = smh_errors_check::parse_locale_tag(name) else { return true };
    if id.language.as_str() == "en" {
        return false;
    }
    let Ok(source) = SOURCE_LOCALE.parse::<LanguageIdentifier>() else { return false };
    let available = [source, id];
    ["en", "en-GB"].iter().any(|r| negotiate(&parse_requested(r), &available).first() == Some(&1))
}
