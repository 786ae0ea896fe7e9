//! Building a catalog: the builtin locales, and the slots of every locale
//! formatted once.

use std::sync::{OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use rustc_hash::FxHashMap;
use unic_langid::LanguageIdentifier;

use super::chain::{short_key, Chain, NO_SHORT_KEY, SHORT_SEEN_CAP};
use super::shown::ShownCodes;
use super::storage::{slot_id, LocaleData, NulStr, Text, SLOTS};
use super::Catalog;
use crate::codes::{BUILTIN_LOCALES, PSEUDO_SOURCES};
use crate::locale;

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
    let shown = ShownCodes::new();
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
