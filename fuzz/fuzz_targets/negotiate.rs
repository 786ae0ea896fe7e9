//! Locale negotiation on arbitrary strings: the bytes as given (any
//! request, `Accept-Language` lists, POSIX names, garbage, not UTF-8), and
//! an `Accept-Language` list built from the same bytes out of tags whose
//! answers are known, with q-values. Always a locale the catalog ships; the
//! same answer for bytes and text, first call and cached; a pseudo-locale
//! or a Chinese answer only when asked for; and for the built list, the
//! answer the list's highest-weighted known tag gives.
#![no_main]

use std::sync::LazyLock;

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use smh_errors::ffi::LocaleExt;
use smh_errors::locale::{CHINESE_LANGUAGES, PSEUDO_LOCALES};
use smh_errors::Catalog;

/// A catalog with overlay locales (ja-JP, zh-TW) beside the builtin ones.
static OVERLAID: LazyLock<Catalog> = LazyLock::new(|| {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/overlays");
    Catalog::builder()
        .overlay_dir(format!("{fixtures}/ja-partial"))
        .overlay_dir(format!("{fixtures}/zh-tw"))
        .build()
        .expect("the overlay fixtures load")
});

/// Tags whose answer in the builtin catalog is known (`None`: the tag asks
/// for nothing the catalog has).
const TAGS: [(&str, Option<&str>); 18] = [
    ("en-US", Some("en-US")),
    ("en", Some("en-US")),
    ("en_GB.UTF-8", Some("en-US")),
    ("zh-CN", Some("zh-CN")),
    ("zh", Some("zh-CN")),
    ("zh-TW", Some("zh-CN")),
    ("zh_HK.UTF-8", Some("zh-CN")),
    ("yue", Some("zh-CN")),
    ("zh-Hant", Some("zh-CN")),
    ("en-XA", Some("en-XA")),
    ("ar-XB", Some("ar-XB")),
    ("ar", None),
    ("fr-CH", None),
    ("de", None),
    ("ja-JP", None),
    ("*", None),
    ("C", None),
    ("x!y", None),
];

/// One entry of a built list: a known tag and its weight.
#[derive(Arbitrary, Debug)]
struct Entry {
    tag: u8,
    q: Q,
}

#[derive(Arbitrary, Debug)]
enum Q {
    /// No q-value: 1.
    Absent,
    /// A valid q-value in thousandths (taken modulo 1001), written with
    /// up to three decimals.
    Valid(u16),
    /// A q-value that is not one (`q=2`, `q=0.1234`): the entry counts as 1.
    Invalid(bool),
}

/// Checks the promises of one request against `cat`.
fn check(cat: &Catalog, requested: &[u8]) -> &'static str {
    let by_bytes = smh_errors::ffi::locale_bytes(cat, Some(requested));
    let name = by_bytes.name();
    assert!(cat.locales().any(|l| l == name), "{name} is not a locale of the catalog");
    let chain: Vec<&str> = by_bytes.chain().collect();
    assert_eq!(chain.first(), Some(&name));
    assert_eq!(chain.last(), Some(&"en-US"), "the chain {chain:?} does not end in en-US");
    assert!(chain.iter().all(|l| cat.locales().any(|c| c == *l)), "{chain:?}");
    for (i, l) in chain.iter().enumerate() {
        assert!(!chain[..i].contains(l), "{l} twice in {chain:?}");
    }
    assert_eq!(by_bytes.name_c().to_bytes(), name.as_bytes());
    let lower = String::from_utf8_lossy(requested).to_ascii_lowercase();
    match std::str::from_utf8(requested) {
        Ok(text) => {
            assert_eq!(cat.negotiate(text), name, "text and bytes differ");
            assert_eq!(cat.negotiate(text), name, "the cached answer differs");
            assert_eq!(cat.locale(text).name(), name);
        }
        Err(_) => assert_eq!(name, "en-US", "bytes that are not UTF-8 are garbage"),
    }
    // Only a request that names it gets a pseudo-locale or another language.
    if PSEUDO_LOCALES.contains(&name) {
        let (lang, region) = name.split_once('-').expect("a pseudo-locale has a region");
        assert!(lower.contains(lang) && lower.contains(&region.to_ascii_lowercase()), "{lower:?} -> {name}");
    } else if name.starts_with("zh") {
        assert!(CHINESE_LANGUAGES.iter().any(|l| lower.contains(l)), "{lower:?} -> {name}");
    } else if name != "en-US" {
        let lang = name.split('-').next().unwrap_or(name).to_ascii_lowercase();
        assert!(lower.contains(&lang), "{lower:?} -> {name}");
    }
    // The catalog's own string, static for the builtin catalog.
    if std::ptr::eq(cat, Catalog::builtin()) {
        PSEUDO_LOCALES.iter().chain(&["en-US", "zh-CN"]).find(|l| **l == name).copied().unwrap_or("")
    } else {
        ""
    }
}

fuzz_target!(|data: &[u8]| {
    check(Catalog::builtin(), data);
    check(&OVERLAID, data);

    // A list of known tags, with weights, from the same bytes.
    let mut u = Unstructured::new(data);
    let Ok(entries) = Vec::<Entry>::arbitrary(&mut u) else { return };
    let mut list = String::new();
    let mut model: Vec<(u16, usize)> = Vec::new();
    for (n, e) in entries.iter().enumerate() {
        let ti = e.tag as usize % TAGS.len();
        if n > 0 {
            list.push_str(if n % 2 == 0 { ", " } else { "," });
        }
        list.push_str(TAGS[ti].0);
        let q = match e.q {
            Q::Absent => 1000,
            Q::Valid(v) => {
                let v = v % 1001;
                if v == 1000 {
                    list.push_str(";q=1");
                } else {
                    list.push_str(&format!(";q=0.{v:03}"));
                }
                v
            }
            Q::Invalid(two) => {
                list.push_str(if two { ";q=2" } else { ";q=0.1234" });
                1000
            }
        };
        // At most 16 entries are read; a tag again keeps its first weight.
        if n < 16 && q > 0 && !model.iter().any(|(_, t)| *t == ti) {
            model.push((q, ti));
        }
    }
    model.sort_by_key(|m| std::cmp::Reverse(m.0));
    let expect = model.iter().find_map(|(_, t)| TAGS[*t].1).unwrap_or("en-US");
    let got = check(Catalog::builtin(), list.as_bytes());
    assert_eq!(got, expect, "{list:?}");
});
